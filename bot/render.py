"""Build the HTML of each answer from content. Every piece of content is escaped here."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from bot import texts
from knowledge.assistant import Answer, Kind
from knowledge.loader import Content
from knowledge.models import FaqEntry, Sign, Topic
from knowledge.triage import TriageResult
from storage.models import Base
from storage.triage_results import StoredTriage


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def _with_disclaimer(body: str, content: Content, medical: bool) -> str:
    if not medical:
        return body
    return f"{body}\n\n<i>{esc(content.messages.disclaimer)}</i>"


def _with_note(body: str, note: str | None) -> str:
    """A group's profile can add a line under an answer (content/groups.yaml)."""
    return f"{body}\n\n💡 <i>{esc(note)}</i>" if note else body


def sources_line(sources: Iterable[str]) -> str:
    """Who the facts come from, in a few words: "Sources: NHS, NICE CKS". Each source
    names its publisher before a colon ("NHS: Leg cramps"); the publishers are named once
    each, in the order given."""
    publishers = dict.fromkeys(source.split(":", 1)[0].strip() for source in sources)
    names = [texts.SOURCE_PUBLISHER_NAMES.get(name, name) for name in publishers if name]
    return texts.SOURCES_LINE.format(names=esc(", ".join(dict.fromkeys(names))))


def _with_sources(body: str, sources: Iterable[str]) -> str:
    return f"{body}\n\n{sources_line(sources)}"


def topic_summary(topic: Topic, content: Content, note: str | None = None) -> str:
    body = _with_note(f"<b>{esc(topic.title)}</b>\n\n{esc(topic.short)}", note)
    return _with_disclaimer(_with_sources(body, topic.sources), content, topic.medical)


def topic_details(topic: Topic, content: Content, note: str | None = None) -> str:
    body = _with_note(f"<b>{esc(topic.title)}</b>\n\n{esc(topic.details)}", note)
    return _with_disclaimer(_with_sources(body, topic.sources), content, topic.medical)


def faq_answer(entry: FaqEntry, content: Content) -> str:
    body = _with_sources(f"<b>{esc(entry.question)}</b>\n\n{esc(entry.answer)}", entry.sources)
    return _with_disclaimer(body, content, medical=True)


def red_flag_advice(answer: Answer, content: Content) -> str:
    """Which sign was recognised, in plain words, then that sign's own advice (the most
    severe first); a message in another language gets the advice in its language too."""
    parts: list[str] = []
    foreign = answer.foreign
    if foreign is not None:
        # Written in another language: the advice for the level reached, in that language.
        language = foreign.language
        advice = (
            language.emergency_advice if answer.level == "emergency" else language.urgent_advice
        )
        parts.append(f"<b>{esc(advice)}</b>")
    hits = [hit for hit in answer.red_flags if hit.level == answer.level]
    if hits and not hits[0].named:
        # An emergency the net read beside a same-day sign, with no word of it: the sign
        # the rules recognised, then the plain emergency advice, naming nothing more.
        told = next(hit.sign for hit in answer.red_flags if not hit.learned)
        parts.append(texts.RED_FLAG_REASON_UNNAMED.format(labels=esc(told.label)))
        parts.append(f"<b>{esc(content.messages.emergency_advice)}</b>")
    elif hits:
        # The first sign at the level reached, in plain words, and its advice: several signs
        # of one level ("one leg swollen" and "a swollen red leg") would say it twice.
        parts.append(_sign_advice(hits[0].sign, learned=hits[0].learned))
        beside = dict.fromkeys(hit.sign.advice_beside for hit in hits[1:] if hit.named)
        parts += [f"<b>{esc(advice)}</b>" for advice in beside if advice]
    elif foreign is not None:
        english = (
            content.messages.emergency_advice
            if answer.level == "emergency"
            else content.messages.urgent_advice
        )
        parts.append(esc(english))
    return _with_disclaimer("\n\n".join(parts), content, medical=True)


def _sign_advice(sign: Sign, learned: bool = False) -> str:
    """The sign in plain words, then its own advice."""
    reason = texts.RED_FLAG_REASON_LEARNED if learned else texts.RED_FLAG_REASON
    return f"{reason.format(labels=esc(sign.label))}\n\n<b>{esc(sign.advice)}</b>"


def sign_advice(sign: Sign, content: Content) -> str:
    """One red flag's advice on its own (the diary's long cramp), as a red-flag answer has it."""
    return _with_disclaimer(_sign_advice(sign), content, medical=True)


def no_match(content: Content) -> str:
    return esc(content.messages.no_match)


def answer(result: Answer, content: Content) -> str:
    """The reply to a free-text message: the chat and `cramp-bot ask` both use this."""
    if result.urgent:
        return red_flag_advice(result, content)
    if result.kind is Kind.SMALL_TALK and result.small_talk is not None:
        return esc(texts.SMALL_TALK[result.small_talk.value])
    if result.kind is Kind.OTHER_LANGUAGE and result.foreign is not None:
        return esc(result.foreign.language.note)
    if result.kind is Kind.OUT_OF_SCOPE:
        return esc(content.messages.out_of_scope)
    if result.kind is Kind.NO_MATCH:
        return no_match(content)
    topic = content.topics.get(result.topic_id or "")
    if topic is None:
        return no_match(content)
    body = topic_summary(topic, content)
    others = [content.topics[t].title for t in result.also if t in content.topics]
    if others:
        # The message asked more than one thing: say so, the buttons below open them.
        body += f"\n\n👇 {esc(texts.ALSO_ASKED)} {esc('; '.join(others))}"
    return body


def welcome(content: Content, first_name: str | None) -> str:
    # One greeting, opening the welcome's first sentence: "Hello, Alice! I'm Cramp Coach."
    name = (first_name or "").strip()
    greeting = (
        texts.WELCOME_GREETING.format(name=esc(name)) if name else texts.WELCOME_GREETING_NO_NAME
    )
    return _with_disclaimer(f"{greeting} {esc(content.messages.welcome)}", content, medical=True)


def stored_data() -> list[str]:
    """What the bot stores about a person, in plain words, from the database tables
    themselves: a column added to storage/models.py shows up here once it is named in
    texts.STORED_FIELDS (a test fails until it is)."""
    columns = {
        f"{table.name}.{column.name}"
        for table in Base.metadata.sorted_tables
        for column in table.columns
    }
    return [words for words, fields in texts.STORED_FIELDS if columns & set(fields)]


def privacy() -> str:
    return (
        f"{esc(texts.PRIVACY_HEADER)}\n{esc(texts.PRIVACY_INTRO)}\n"
        f"{_bullets(stored_data())}\n{esc(texts.PRIVACY_FOOTER)}"
    )


def about(content: Content) -> str:
    body = f"{esc(content.messages.about)}\n\n{privacy()}"
    return _with_disclaimer(body, content, medical=True)


def help_text(lines: Iterable[tuple[str, str]]) -> str:
    body = "\n".join(f"/{command} – {esc(description)}" for command, description in lines)
    return f"{texts.HELP_HEADER}\n\n{body}\n\n{texts.HELP_FOOTER}"


_TAG = re.compile(r"<[^>]+>")


def to_plain_text(html_text: str) -> str:
    """The text a person reads, for the command line."""
    return html.unescape(_TAG.sub("", html_text))


def _bullets(items: Iterable[str]) -> str:
    return "\n".join(f"• {esc(item)}" for item in items)


def triage_result(result: TriageResult, content: Content) -> str:
    parts = [level_title(result.level, result.title)]
    if result.reasons:
        parts.append(f"{texts.TRIAGE_REASONS_HEADER}\n{_bullets(result.reasons)}")
    parts.append(f"{texts.TRIAGE_NOW_HEADER}\n{esc(result.advice)}")
    if result.tips:
        parts.append(f"{texts.TRIAGE_TIPS_HEADER}\n{_bullets(result.tips)}")
    if result.come_back_if:
        parts.append(f"{texts.TRIAGE_COME_BACK_HEADER}\n{_bullets(result.come_back_if)}")
    return _with_disclaimer("\n\n".join(parts), content, medical=True)


def level_title(level: str, title: str) -> str:
    return f"{texts.TRIAGE_LEVEL_ICONS.get(level, '')} <b>{esc(title)}</b>".strip()


def last_triage(stored: StoredTriage, title: str, content: Content) -> str:
    parts = [
        texts.TRIAGE_LAST_HEADER.format(date=stored.created_at.strftime("%d %b %Y")),
        level_title(stored.level, title),
    ]
    if stored.reasons:
        parts.append(f"{texts.TRIAGE_REASONS_HEADER}\n{_bullets(stored.reasons)}")
    return _with_disclaimer("\n\n".join(parts), content, medical=True)
