"""Every text the bot can send, read the way a person would: every template in bot/texts.py
with its placeholders filled (with 1 and with 2, where a number goes), the content
messages, the welcome, /about, /help, topic and FAQ answers and triage results.

What reads badly and is checked here: a second greeting, the disclaimer said twice, a
heading repeated by the items under it ("Get help if:" then "If you..."), a number with
the wrong noun ("1 stretches"), a sentence left without its full stop where others have
one, a command missing from /help, and claims about sources or stored data that the bot
does not keep.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from telegram.ext import CommandHandler, ConversationHandler

from bot import render, texts
from bot.commands import help_lines
from knowledge.loader import load_content
from knowledge.triage import LEVELS, TriageEngine, load_triage
from scheduler.clock_words import ParseError, parse_quiet_hours
from storage.models import Base

CONTENT = load_content()
# What may end a sentence (a closing bracket or quote may follow the mark).
ENDS = (".", "!", "?", "…", ".)", ".”", '."', "?”", '?"')
ENGINE = TriageEngine(load_triage())

# Placeholders that take a number; the others get a word or two.
NUMBERS = {"count", "goal", "days", "limit", "page", "pages", "number", "water", "stretches"}
NUMBERS |= {"minerals"}
SAMPLES = {
    "zone": "Europe/Berlin",
    "time": "21:30",
    "times": "07:00 and 21:30",
    "until": "Mon 12 Jan, 09:00",
    "next": "today at 21:30",
    "label": "💧 Water",
    "labels": "💧 Water, 🧘 Stretching",
    "title": "Bump club",
    "day": "Mon 12 Jan",
    "date": "12 Jan 2026",
    "quiet": "22:00–07:00",
}


def fields(template: str) -> list[tuple[str, str]]:
    return [
        (name, spec or "")
        for _, name, spec, _ in string.Formatter().parse(template)
        if name is not None
    ]


def fill(template: str, number: int, problem: str = "the goal must be a number") -> str:
    values: dict[str, Any] = {}
    for name, spec in fields(template):
        if name in NUMBERS or "|" in spec:
            values[name] = number
        elif name == "problem":
            values[name] = problem
        else:
            values[name] = SAMPLES.get(name, "something")
    return template.format(**values)


def strings_in(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_in(item)
    elif isinstance(value, tuple | list):
        for item in value:
            yield from strings_in(item)
    elif isinstance(value, texts.CommandInfo):
        yield value.description


TEMPLATES = {
    f"{name}[{index}]": text
    for name, value in vars(texts).items()
    if name.isupper() and not name.startswith("_")
    for index, text in enumerate(strings_in(value))
}
# Problems /settings reports: the time parser's sentences and the handler's fragments.
PROBLEMS = ["the goal must be between 1 and 30 glasses", "there is no setting called “x”"]
try:
    parse_quiet_hours("25:00")
except ParseError as error:
    PROBLEMS.append(error.problem)


def plain(html_text: str) -> str:
    return render.to_plain_text(html_text)


def rendered_templates() -> Iterator[tuple[str, str]]:
    for name, template in TEMPLATES.items():
        for number in (1, 2):
            for problem in PROBLEMS if "problem" in template else PROBLEMS[:1]:
                yield f"{name} with {number}", fill(template, number, problem)


def messages() -> Iterator[tuple[str, str]]:
    """Whole messages as a person receives them (HTML)."""
    yield "welcome", render.welcome(CONTENT, "Alice")
    yield "welcome without a name", render.welcome(CONTENT, None)
    yield "about", render.about(CONTENT)
    yield "help", render.help_text(help_lines(CONTENT, group=False))
    for field in ("no_match", "out_of_scope", "emergency_advice", "urgent_advice"):
        yield field, render.esc(getattr(CONTENT.messages, field))
    for topic in CONTENT.topics.values():
        yield f"topic {topic.id}", render.topic_summary(topic, CONTENT)
        yield f"topic {topic.id} details", render.topic_details(topic, CONTENT)
        for entry in CONTENT.faq_for(topic.id):
            yield f"faq {entry.id}", render.faq_answer(entry, CONTENT)
    for level, answers in TRIAGE_ANSWERS.items():
        yield f"triage {level}", render.triage_result(ENGINE.evaluate(answers), CONTENT)
    yield "triage intro", render.esc(ENGINE.flow.intro)


def triage_answers(level: str) -> dict[str, str]:
    """Answers that give `level`: the first rule of that level, the rest all calm."""
    flow = ENGINE.flow
    used = [rule.when for rule in flow.rules] + [q.ask_if for q in flow.questions if q.ask_if]
    rule = next((rule for rule in flow.rules if rule.level == level), None)
    findings = {q: options[0] for q, options in rule.when.items()} if rule else {}
    answers: dict[str, str] = {}
    while (question := ENGINE.next_question({**answers, **findings})) is not None:
        calm = [
            o.id for o in question.options if not any(o.id in c.get(question.id, []) for c in used)
        ]
        answers[question.id] = calm[0]
    return {**answers, **findings}


TRIAGE_ANSWERS = {level: triage_answers(level) for level in LEVELS}

ALL_HTML = [*rendered_templates(), *messages()]
ALL = [(name, plain(text)) for name, text in ALL_HTML]
MESSAGES = [(name, plain(text)) for name, text in messages()]


# --- the failures named in issue 11 ----------------------------------------------------


def test_one_greeting_in_the_welcome() -> None:
    for name in ("Alice", None):
        text = plain(render.welcome(CONTENT, name))
        assert len(re.findall(r"\b(hello|hi|hey)\b", text, re.IGNORECASE)) == 1, text
        assert text.count("Cramp Coach") == 1, text
    assert plain(render.welcome(CONTENT, "Alice")).startswith("Hello, Alice! I'm Cramp Coach.")
    assert plain(render.welcome(CONTENT, " ")).startswith("Hello! I'm Cramp Coach.")


def sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+|\n+", text)
    return [" ".join(part.split()).casefold() for part in parts if len(part.split()) >= 5]


@pytest.mark.parametrize(("name", "text"), MESSAGES, ids=[n for n, _ in MESSAGES])
def test_the_disclaimer_and_every_sentence_are_said_once(name: str, text: str) -> None:
    if not name.startswith(("topic", "faq")):  # a topic may explain what diagnosis is
        assert len(re.findall(r"diagnos", text, re.IGNORECASE)) <= 1, f"{name}: {text}"
    said = sentences(text)
    repeated = {s for s in said if said.count(s) > 1}
    assert not repeated, f"{name} says twice: {repeated}"


def test_a_heading_is_not_repeated_by_the_items_under_it() -> None:
    # "Get help if:" then "• If you become..." reads as "Get help if if you become".
    for name, text in ALL:
        lines = text.splitlines()
        for heading, item in pairwise(lines):
            if heading.endswith(":") and item.startswith("• "):
                last = heading.rstrip(":").split()[-1].casefold()
                first = item[2:].split()[0].casefold()
                assert last != first, f"{name}: {heading!r} then {item!r}"


_NOT_PLURAL = {"is", "was", "this", "its", "us", "as", "has", "does", "yes", "plus", "less"}


def test_a_number_agrees_with_its_noun() -> None:
    for name, html_text in rendered_templates():
        if "with 1" not in name:
            continue
        text = plain(html_text)
        for match in re.finditer(r"(?<![\d:.,])\b1 ([A-Za-z-]+)(?: ([A-Za-z-]+))?", text):
            for word in filter(None, match.groups()):
                folded = word.casefold()
                plural = folded.endswith("s") and not folded.endswith("ss")
                plural = plural and folded not in _NOT_PLURAL
                assert not plural, f"{name}: {match.group(0)!r} in {text!r}"


def test_template_plurals_and_sentences_read_right() -> None:
    assert texts.WEEK_CAPTION.format(water=1, stretches=1, minerals=1) == (
        "Last 7 days: 1 glass of water, 1 stretch, 1 mineral check-in."
    )
    assert texts.WEEK_CAPTION.format(water=0, stretches=2, minerals=3) == (
        "Last 7 days: 0 glasses of water, 2 stretches, 3 mineral check-ins."
    )
    for problem in ("a fragment", "A sentence.", "Is it a question?"):
        first = texts.SETTINGS_BAD.format(problem=problem).split("\n")[0]
        assert first.endswith((".", "?")) and not first.endswith(".."), first


def unfinished_sentences(html_text: str) -> list[str]:
    """In a text where sentences end with a full stop, the lines of prose (six words or
    more) that do not. Titles and headings (in bold, or a line with its block right under
    it), bullets, command lists and "Label: value" lines ("Time zone: Berlin") are not
    prose; nor are button labels and command descriptions, which end no sentence."""
    bold = [re.search(r"<b>[^<]*</b>\s*$", line) is not None for line in html_text.splitlines()]
    lines = [plain(line).strip() for line in html_text.splitlines()]
    if not any(line.endswith(ENDS) for line in lines):
        return []
    found = []
    for index, line in enumerate(lines):
        heading = bold[index] or (
            (index == 0 or not lines[index - 1])
            and index + 1 < len(lines)
            and bool(lines[index + 1])
        )
        if heading or len(line.split()) < 6 or line.startswith(("•", "/", "<")):
            continue
        label = re.match(r"^([^:]{1,30}):\s", line)
        if label and len(label.group(1).split()) <= 3:
            continue
        if not line.endswith((*ENDS, ":", ")", "”", '"')):
            found.append(line)
    return found


@pytest.mark.parametrize(("name", "text"), ALL_HTML, ids=[n for n, _ in ALL_HTML])
def test_sentences_end_with_punctuation(name: str, text: str) -> None:
    assert unfinished_sentences(text) == [], name


def test_settings_problems_all_end_the_same_way() -> None:
    endings = set()
    for problem in PROBLEMS:
        first = plain(fill(texts.SETTINGS_BAD, 1, problem)).split("\n")[0]
        assert first.endswith(ENDS), first
        endings.add(first[-1])
    assert len(endings) == 1


def registered_commands() -> set[str]:
    from bot.application import build_application
    from bot.settings import Settings

    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        telegram_bot_token="123456789:AAE2eTestTokenForTheTextsTest000000000",
        database_url="sqlite+aiosqlite:///" + str(Path("/nonexistent/never-opened.db")),
    )
    app = build_application(settings)
    handlers: list[Any] = [h for group in app.handlers.values() for h in group]
    commands: set[str] = set()
    while handlers:
        handler = handlers.pop()
        if isinstance(handler, ConversationHandler):
            handlers += [*handler.entry_points, *handler.fallbacks]
            handlers += [h for state in handler.states.values() for h in state]
        elif isinstance(handler, CommandHandler):
            commands |= set(handler.commands)
    return commands


def test_help_lists_every_registered_command() -> None:
    registered = registered_commands()
    assert {"cancel", "start", "help", "triage"} <= registered
    private = {command for command, _ in help_lines(CONTENT, group=False)}
    groups = {command for command, _ in help_lines(CONTENT, group=True, admin=True)}
    assert "cancel" in private
    assert registered - private - groups == set()
    text = plain(render.help_text(help_lines(CONTENT, group=False)))
    for command in private:
        assert f"/{command} " in text


# --- what /about claims ----------------------------------------------------------------


def test_topic_and_faq_answers_name_their_sources() -> None:
    about = plain(render.about(CONTENT))
    assert "sources" in about.casefold()
    for topic in CONTENT.topics.values():
        for text in (render.topic_summary(topic, CONTENT), render.topic_details(topic, CONTENT)):
            lines = plain(text).splitlines()
            assert render.sources_line(topic.sources) in lines, topic.id
        for entry in CONTENT.faq_for(topic.id):
            assert "\nSources: " in plain(render.faq_answer(entry, CONTENT)), entry.id
    line = render.sources_line(["NHS: Leg cramps", "NHS: DVT", "NICE CKS: Leg cramps"])
    assert line == "Sources: NHS, NICE CKS"


def model_columns() -> set[str]:
    return {f"{t.name}.{c.name}" for t in Base.metadata.sorted_tables for c in t.columns}


def test_every_stored_field_is_named_in_about() -> None:
    """The privacy list is made from the tables; a new column must say what it holds."""
    named = [field for _, fields_ in texts.STORED_FIELDS for field in fields_]
    classified = named + list(texts.NOT_PERSONAL_FIELDS)
    assert len(classified) == len(set(classified)), "a field is listed twice"
    columns = model_columns()
    assert columns - set(classified) == set(), "stored but not named in texts.STORED_FIELDS"
    assert set(classified) - columns == set(), "named but no longer stored"
    about = plain(render.about(CONTENT))
    for words, _ in texts.STORED_FIELDS:
        assert words in about
    for words in ("time zone", "quiet hours", "profile", "water goal", "Done counts"):
        assert words in about
