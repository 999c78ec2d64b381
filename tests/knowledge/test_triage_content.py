"""content/triage.yaml: the real file loads and says the right things; broken copies are
refused with a ContentError that names the file and the key."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
import yaml

from knowledge.loader import DEFAULT_CONTENT_DIR, ContentError
from knowledge.models import CORE_TOPIC_IDS as TOPIC_IDS
from knowledge.triage import LEVELS, TriageEngine, TriageFlow, load_triage

FLOW = load_triage()
ENGINE = TriageEngine(FLOW)
RAW: dict[str, Any] = yaml.safe_load((DEFAULT_CONTENT_DIR / "triage.yaml").read_text("utf-8"))
RANK: dict[str, int] = {level: rank for rank, level in enumerate(LEVELS)}


def all_text(flow: TriageFlow) -> list[str]:
    texts = [flow.intro]
    for question in flow.questions:
        texts += [question.text, *(o.text for o in question.options)]
    texts += [rule.reason for rule in flow.rules] + [tip.text for tip in flow.tips]
    for level in LEVELS:
        advice = flow.advice_for(level)
        texts += [advice.title, advice.advice, *advice.come_back_if]
    return texts


# --- the real file -------------------------------------------------------------------


def test_real_file_loads_and_is_short() -> None:
    assert isinstance(FLOW, TriageFlow)
    # "Under a minute": about 8-12 questions, and nobody is asked more than 12.
    assert 8 <= len(FLOW.questions) <= 12
    assert max(len(ENGINE.evaluate({}).to_ask), 0) <= 12
    assert FLOW.sources


def test_every_guidance_sign_is_asked_at_its_stage() -> None:
    """Each sign from medical-guidance.md appears in a question of the right stage."""
    signs = {
        "emergency": [
            "short of breath",
            "chest pain",
            "coughing up blood",
            "collapsed",
            "suddenly turned cold, pale or blue",
        ],
        "urgent": [
            "more swollen than the other",
            "warm",
            "red or darker",
            "hard or sore",
            "10 minutes",
            "tetanus",
            "soil",
            "rusty metal",
            "lead",
            "mercury",
            "pregnant",
            "red and swollen",
        ],
        "doctor": [
            "sleep",
            "daily life",
            "every week",
            "numbness",
            "swelling in both legs",
            "weaker or smaller",
            "twitching",
            "calf pain when walking",
            "pale or cold",
            "statin",
            "diuretic",
            "salbutamol",
            "nifedipine",
            "kidney",
            "liver",
            "diabetes",
            "peripheral artery disease",
        ],
        "context": ["exercise", "hot weather", "drink less", "alcohol"],
    }
    for stage, words in signs.items():
        text = " ".join(
            q.text + " " + " ".join(o.text for o in q.options)
            for q in FLOW.questions
            if q.stage == stage
        ).casefold()
        for word in words:
            assert word in text, f"{word!r} is not asked at stage {stage!r}"


def test_picking_one_of_several_signs_can_never_lower_the_level() -> None:
    """Options of one question that carry a flag all lead to the same level, so a person
    with two signs who taps only one still gets the right level."""
    for question in FLOW.questions:
        levels = {
            rule.level
            for rule in FLOW.rules
            for option in question.options
            if option.id in rule.when.get(question.id, [])
        }
        assert len(levels) <= 1, f"{question.id}: flagged options lead to {levels}"


def test_every_option_is_either_neutral_or_flagged_consistently() -> None:
    # Each non-context question has exactly one "nothing wrong" option: it fires no
    # rule, opens no further question and adds no tip.
    conditions = [
        *(rule.when for rule in FLOW.rules),
        *(q.ask_if for q in FLOW.questions if q.ask_if),
        *(tip.when for tip in FLOW.tips),
    ]
    for question in FLOW.questions:
        if question.stage == "context":
            continue
        neutral = [
            o.id
            for o in question.options
            if not any(o.id in condition.get(question.id, []) for condition in conditions)
        ]
        assert len(neutral) == 1, (question.id, neutral)


def test_level_advice_follows_the_guidance() -> None:
    emergency = FLOW.levels.emergency.advice
    for number in ("112", "999", "911"):
        assert number in emergency
    assert re.search(r"do\s+not\s+drive", emergency, re.IGNORECASE)
    assert FLOW.levels.emergency.show_tips is False

    urgent = FLOW.levels.urgent.advice.casefold()
    for words in ("today", "same-day", "111", "maternity unit"):
        assert words in urgent
    assert any("112" in line for line in FLOW.levels.urgent.come_back_if)

    doctor = FLOW.levels.doctor.advice.casefold()
    assert "routine appointment" in doctor
    assert "do not stop any prescribed medicine" in doctor

    self_care = FLOW.levels.self_care
    for words in ("stretch", "massage", "warm", "cold", "drink"):
        assert words in self_care.advice.casefold()
    back = " ".join(self_care.come_back_if).casefold()
    for words in ("10 minutes", "swollen", "112", "999", "911", "new medicine", "numbness"):
        assert words in back


def test_intro_says_what_the_check_is_and_is_not() -> None:
    assert "not a diagnosis" in FLOW.intro
    for number in ("112", "999", "911"):
        assert number in FLOW.intro


def test_line_breaks_only_end_sentences_or_start_bullets() -> None:
    # A wrapped YAML line kept by mistake would show as a break mid-sentence in Telegram.
    for text in all_text(FLOW):
        lines = text.split("\n")
        for before, after in pairwise(lines):
            assert not before or before[-1] in ".?!:)" or after.startswith("•"), text


def test_text_is_plain_and_never_recommends_quinine() -> None:
    for text in all_text(FLOW):
        assert not re.search(r"</?[a-z]+[^>]*>", text), f"markup in {text!r}"
        assert "quinine" not in text.casefold()


def test_topics_are_known_and_every_level_has_advice() -> None:
    for level in LEVELS:
        assert FLOW.advice_for(level).advice
        assert set(FLOW.advice_for(level).topics) <= set(TOPIC_IDS)
    for rule_ in FLOW.rules:
        assert set(rule_.topics) <= set(TOPIC_IDS)
    for tip in FLOW.tips:
        assert set(tip.topics) <= set(TOPIC_IDS)


# --- broken copies -------------------------------------------------------------------

Mutation = Callable[[dict[str, Any]], None]


def question(data: dict[str, Any], question_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(q for q in data["questions"] if q["id"] == question_id)
    return found


def rule(data: dict[str, Any], rule_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(r for r in data["rules"] if r["id"] == rule_id)
    return found


def _set(path: str, value: Any) -> Mutation:
    """Set a dotted path, where a segment like questions=leg_signs picks an item by id."""

    def mutate(data: dict[str, Any]) -> None:
        node: Any = data
        *parents, last = path.split(".")
        for part in parents:
            if "=" in part:
                section, item_id = part.split("=")
                node = next(item for item in node[section] if item["id"] == item_id)
            elif isinstance(node, list):
                node = node[int(part)]
            else:
                node = node[part]
        if isinstance(node, list):
            node[int(last)] = value
        elif value is DELETE:
            del node[last]
        else:
            node[last] = value

    return mutate


DELETE = object()


def _move_first_question_last(data: dict[str, Any]) -> None:
    data["questions"].append(data["questions"].pop(0))


def _drop_emergency_rules(data: dict[str, Any]) -> None:
    data["rules"] = [r for r in data["rules"] if r["level"] != "emergency"]


def _drop_rules_on(question_id: str) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        data["rules"] = [r for r in data["rules"] if question_id not in r["when"]]

    return mutate


BROKEN: list[tuple[str, Mutation, str, str]] = [
    # (what is broken, how, the key the error must name, words of the problem)
    (
        "rule refers to a missing question",
        _set("rules=leg_signs.when", {"leg_sign": ["present"]}),
        "rules[1](id=leg_signs).when.leg_sign",
        "unknown question 'leg_sign'",
    ),
    (
        "rule refers to a missing option",
        _set("rules=leg_signs.when", {"leg_signs": ["yes_please"]}),
        "rules[1](id=leg_signs).when.leg_signs",
        "no option 'yes_please'",
    ),
    (
        "tip refers to a missing option",
        _set("tips=heat.when", {"when_cramps": ["sauna"]}),
        "tips[1](id=heat).when.when_cramps",
        "no option 'sauna'",
    ),
    (
        "level advice missing",
        _set("levels.doctor", DELETE),
        "levels.doctor",
        "Field required",
    ),
    (
        "unknown key in a question",
        _set("questions=leg_signs.colour", "red"),
        "questions[1](id=leg_signs).colour",
        "Extra inputs are not permitted",
    ),
    (
        "unknown key at the top",
        _set("sourcs", ["x"]),
        "sourcs",
        "Extra inputs are not permitted",
    ),
    (
        "duplicate question id",
        _set("questions=cramp_wound_poison.id", "leg_signs"),
        "questions[2](id=leg_signs).id",
        "used twice",
    ),
    (
        "duplicate option id",
        _set("questions=leg_signs.options.1.id", "present"),
        "questions[1](id=leg_signs).options[1](id=present).id",
        "used twice",
    ),
    (
        "duplicate rule id",
        _set("rules=toxin.id", "dirty_wound"),
        "rules[5](id=dirty_wound).id",
        "used twice",
    ),
    (
        "emergency advice without the numbers",
        _set("levels.emergency.advice", "Please get help as quickly as you can, do not drive."),
        "levels.emergency.advice",
        "112",
    ),
    (
        "emergency level showing tips",
        _set("levels.emergency.show_tips", True),
        "levels.emergency.show_tips",
        "must not show self-care tips",
    ),
    (
        "self-care without a come-back list",
        _set("levels.self_care.come_back_if", []),
        "levels.self_care.come_back_if",
        "come_back_if",
    ),
    (
        "option text too long for a button",
        _set("questions=leg_signs.options.0.text", "Yes, at least one of these signs is there"),
        "questions[1](id=leg_signs).options[0](id=present).text",
        "at most 40 characters",
    ),
    (
        "question text too long",
        _set("questions=cramp_wound_poison.text", "Has a cramp lasted long? " * 21),
        "questions[2](id=cramp_wound_poison).text",
        "at most 500 characters",
    ),
    (
        "unquoted yes as an option id",
        _set("questions=cramp_wound_poison.options.0.id", True),
        "questions[2](id=cramp_wound_poison).options[0](id=True).id",
        "true/false",
    ),
    (
        "unknown topic",
        _set("rules=long_cramp.topics", ["cramp_facts"]),
        "rules[3](id=long_cramp).topics",
        "unknown topic ids",
    ),
    (
        "ask_if refers to a later question",
        _set("questions=pregnant_leg.ask_if", {"impact": ["present"]}),
        "questions[4](id=pregnant_leg).ask_if.impact",
        "no earlier question 'impact'",
    ),
    (
        "emergency question made conditional",
        _set("questions=emergency_signs.ask_if", {"leg_signs": ["present"]}),
        "questions[0](id=emergency_signs).ask_if",
        "must always be asked",
    ),
    (
        "emergency question not first",
        _move_first_question_last,
        "questions[0](id=leg_signs).stage",
        "must ask emergency signs",
    ),
    (
        "urgent question listed after routine ones",
        _set("questions=other_symptoms.stage", "urgent"),
        "questions[7](id=other_symptoms).stage",
        "list questions from the most serious stage down",
    ),
    (
        "urgent rule on a routine question",
        _set("rules=impact.level", "urgent"),
        "rules[10](id=impact).when.impact",
        "raise the question's stage",
    ),
    (
        "context answer changing the level",
        _set("rules=impact.when", {"when_cramps": ["alcohol"]}),
        "rules[10](id=impact).when.when_cramps",
        "of stage 'context'",
    ),
    (
        "no emergency rule",
        _drop_emergency_rules,
        "rules",
        "no rule gives the emergency level",
    ),
    (
        "question whose answers nobody uses",
        _drop_rules_on("cramp_wound_poison"),
        "questions[2](id=cramp_wound_poison)",
        "no a rule or another question",
    ),
    (
        "unknown stop level",
        _set("stop_at", "self_care"),
        "stop_at",
        "Input should be",
    ),
]


@pytest.mark.parametrize(
    ("broken", "mutate", "key", "problem"), BROKEN, ids=[case[0] for case in BROKEN]
)
def test_broken_copy_is_refused(
    tmp_path: Path, broken: str, mutate: Mutation, key: str, problem: str
) -> None:
    data = copy.deepcopy(RAW)
    mutate(data)
    path = tmp_path / "triage.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    # Topic ids are checked against the topics.yaml beside the flow.
    (tmp_path / "topics.yaml").write_bytes((DEFAULT_CONTENT_DIR / "topics.yaml").read_bytes())
    with pytest.raises(ContentError) as info:
        load_triage(tmp_path)
    error = info.value
    assert error.path == path
    assert error.key == key, broken
    assert problem in error.problem, broken
    assert "triage.yaml" in str(error) and key in str(error)


def test_unquoted_yes_in_the_file_is_explained(tmp_path: Path) -> None:
    text = (DEFAULT_CONTENT_DIR / "triage.yaml").read_text("utf-8")
    broken = text.replace("when: {leg_signs: [present]}", "when: {leg_signs: [yes]}")
    assert broken != text
    (tmp_path / "triage.yaml").write_text(broken, "utf-8")
    with pytest.raises(ContentError) as info:
        load_triage(tmp_path)
    assert info.value.key == "rules[1](id=leg_signs).when.leg_signs[0]"
    assert "quotes" in info.value.problem


def test_missing_and_invalid_files(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="file not found"):
        load_triage(tmp_path)
    (tmp_path / "triage.yaml").write_text("questions: [unclosed\n", "utf-8")
    with pytest.raises(ContentError, match="not valid YAML"):
        load_triage(tmp_path)
