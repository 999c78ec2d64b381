"""The real content loads and has the expected shape; broken content stops loading.

Each broken-content test writes a temporary copy of content/ with one defect and checks
that ContentError names the file and the key, so a content editor can find the mistake.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from knowledge.loader import DEFAULT_CONTENT_DIR, Content, ContentError, load_content
from knowledge.models import CORE_TOPIC_IDS as TOPIC_IDS

EXPECTED_COMMANDS = {
    "causes": "causes",
    "symptoms": "symptoms",
    "treatment": "treatment",
    "relief": "relief",
    "prevention": "prevention",
    "hydration": "hydration",
    "minerals": "minerals",
    "medicines_for_cramps": "medications",
    "serious_conditions": "serious",
    "when_to_see_doctor": "doctor",
    "pregnancy": "pregnancy",
    "children": "children",
}

# Canonical words that the matcher and the red flags rely on.
REQUIRED_SYNONYMS = {
    "cramp": {"charley horse", "charlie horse", "spasm", "spasms", "cramping", "muscle knot"},
    "diuretic": {"water pill", "water pills", "water tablet", "water tablets", "fluid pills"},
    "alcohol": {"beer", "wine", "booze", "spirits", "vodka", "whisky", "liquor"},
    "tobacco": {"smoking", "cigarettes", "smoke", "vaping", "nicotine"},
    "breathless": {
        "short of breath",
        "shortness of breath",
        "can t breathe",
        "cant breathe",
        "out of breath",
        "struggling to breathe",
        "hard to breathe",
    },
    # Not bare "expecting": "I wasn't expecting it" says nothing about a pregnancy.
    "pregnant": {"pregnancy", "expecting a baby", "with child", "trimester"},
    "doctor": {"gp", "physician", "medic", "doc"},
    "magnesium": {"mag", "magnesium citrate"},
    "potassium": set(),
    "statin": {"atorvastatin", "simvastatin", "rosuvastatin", "lipitor"},
    "night": {"nighttime", "at night", "in bed", "sleeping", "asleep"},
    "calf": {"calves"},
    "thigh": {"thighs"},
    # Toes and hamstrings stay their own words: people ask about cramps in them by name.
    "foot": {"feet"},
    "dehydration": {"dehydrated", "thirsty"},
    "water": {"fluids", "drinking water", "h2o"},
    "medicine": {"medication", "meds", "pills", "drugs", "tablets"},
    "quinine": set(),
    "swelling": {"swollen", "puffy"},
    "numbness": {"numb"},
}

PLAIN_TEXT_PROBLEMS = [
    (re.compile(r"</?[a-zA-Z][^>]*>"), "HTML tag"),
    (re.compile(r"\*\*|__|`"), "Markdown emphasis or code"),
    (re.compile(r"\[[^\]]+\]\([^)]+\)"), "Markdown link"),
    (re.compile(r"^\s*[-*+] ", re.MULTILINE), "Markdown bullet (use '• ')"),
    (re.compile(r"^#", re.MULTILINE), "Markdown heading"),
]


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content()


def _texts(content: Content) -> list[tuple[str, str]]:
    """Every user-facing text with a label saying where it lives."""
    texts: list[tuple[str, str]] = []
    for topic in content.topics.values():
        for field in ("title", "short", "details"):
            texts.append((f"topics.{topic.id}.{field}", getattr(topic, field)))
    for entry in content.faq:
        texts.append((f"faq.{entry.id}.question", entry.question))
        texts.append((f"faq.{entry.id}.answer", entry.answer))
    for name, value in content.messages.model_dump().items():
        texts.append((f"messages.{name}", value))
    return texts


# ---------------------------------------------------------------- the real content


def test_real_content_loads_all_topics(content: Content) -> None:
    assert set(content.topics) >= set(TOPIC_IDS)
    # Content-only topics beside the core ones the code names.
    assert {"children", "restless_legs", "cramp_sites", "home_remedies"} <= set(content.topics)


def test_topic_commands_map_as_specified(content: Content) -> None:
    commands = {t.id: t.command for t in content.topics.values() if t.command}
    assert commands == EXPECTED_COMMANDS
    for topic_id, command in EXPECTED_COMMANDS.items():
        topic = content.topic_by_command(command)
        assert topic is not None and topic.id == topic_id


@pytest.mark.parametrize("topic_id", TOPIC_IDS)
def test_topic_is_complete_and_within_limits(content: Content, topic_id: str) -> None:
    topic = content.topics[topic_id]
    assert 3 <= len(topic.title) <= 80
    assert 40 <= len(topic.short) <= 900
    assert 40 <= len(topic.details) <= 3000
    assert len(topic.questions) >= 5, "at least five ways people ask"
    assert len(topic.keywords) >= 5
    assert 1 <= len(topic.related) <= 6
    assert all(r in content.topics and r != topic_id for r in topic.related)
    assert topic.sources
    assert topic.medical is True


@pytest.mark.parametrize("topic_id", TOPIC_IDS)
def test_every_topic_has_faq(content: Content, topic_id: str) -> None:
    assert content.faq_for(topic_id), f"no FAQ entry for {topic_id}"


def test_faq_size_and_limits(content: Content) -> None:
    assert 45 <= len(content.faq) <= 80
    ids = [entry.id for entry in content.faq]
    assert len(ids) == len(set(ids))
    for entry in content.faq:
        assert len(entry.answer) <= 1500, entry.id
        assert entry.sources, entry.id


def test_texts_are_plain_text(content: Content) -> None:
    problems = [
        f"{where}: {what}"
        for where, text in _texts(content)
        for pattern, what in PLAIN_TEXT_PROBLEMS
        if pattern.search(text)
    ]
    assert not problems, problems


def test_messages_say_what_they_must(content: Content) -> None:
    m = content.messages
    for number in ("112", "999", "911"):
        assert number in m.emergency_advice
        assert number in m.disclaimer
        assert number in m.no_match
        assert number in m.urgent_advice
    assert "do not drive yourself" in m.emergency_advice.lower()
    # Free text can describe an emergency that is not about a leg (a faint with period
    # pain): the general advice names no cause it cannot know.
    assert "clot" not in m.emergency_advice.lower() and "lungs" not in m.emergency_advice.lower()
    assert "only know about leg cramps" in m.out_of_scope and "112" in m.out_of_scope
    urgent = m.urgent_advice.lower()
    assert "today" in urgent or "same day" in urgent
    assert "111" in urgent and "maternity unit" in urgent
    assert "/faq" in m.welcome and "/triage" in m.welcome and "remind" in m.welcome.lower()
    # The privacy section, with /mydata and /forget, is added from the stored tables.
    from bot.render import about

    assert "/forget" in about(content) and "/mydata" in about(content)
    for source in ("NHS", "NICE", "HSE", "FDA"):
        assert source in m.about
    for word in ("/faq", "/triage"):
        assert word in m.no_match
    assert "not a diagnosis" in m.disclaimer.lower()


def test_red_flags_shape(content: Content) -> None:
    signs = {sign.id: sign for sign in content.red_flags.signs}
    emergency = {s for s, sign in signs.items() if sign.level == "emergency"}
    urgent = {s for s, sign in signs.items() if sign.level == "urgent"}
    # Every sign of ../shared/reference/medical-guidance.md, at its level.
    assert {
        "breathless",
        "painful_breathing",
        "chest_pain",
        "coughing_blood",
        "collapse",
        "cold_pale_leg",
        "stroke_signs",
        "tetanus_stiffness",
    } <= emergency
    assert {
        "one_sided_leg",
        "clot_risk_calf_pain",
        "calf_swollen_red",
        "long_cramp",
        "wound_cramps",
        "toxic_exposure",
        "pregnant_red_leg",
    } <= urgent
    for sign in signs.values():
        assert len(sign.examples) >= 3, sign.id
    for concept in content.red_flags.concepts.values():
        for pattern in concept.patterns:
            re.compile(pattern)
    assert len(content.red_flags.non_examples) >= 10


def test_synonyms_are_normalised_and_unambiguous(content: Content) -> None:
    owner: dict[str, str] = {}
    for canonical, variants in content.synonyms.items():
        assert canonical == canonical.lower().strip()
        for variant in variants:
            normalised = " ".join(re.sub(r"[^\w\s]|_", " ", variant.lower()).split())
            assert variant == normalised, f"write {variant!r} as {normalised!r}"
            assert variant not in content.synonyms, f"{variant!r} is also a canonical word"
            assert variant != canonical
            assert owner.setdefault(variant, canonical) == canonical, (
                f"{variant!r} maps to both {owner[variant]!r} and {canonical!r}"
            )


def test_required_synonyms_present(content: Content) -> None:
    for canonical, variants in REQUIRED_SYNONYMS.items():
        assert canonical in content.synonyms, canonical
        missing = variants - set(content.synonyms[canonical])
        assert not missing, f"{canonical}: missing {sorted(missing)}"
    # "tonic water" is a drink: it must not be folded into the medicine.
    assert all("tonic water" not in vs for vs in content.synonyms.values())


# ---------------------------------------------------------------- broken content


def _copy_content(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(DEFAULT_CONTENT_DIR, target)
    return target


def _edit_yaml(path: Path, change: Callable[[Any], None]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _load_error(directory: Path) -> ContentError:
    with pytest.raises(ContentError) as info:
        load_content(directory)
    return info.value


def test_yaml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    directory = _copy_content(tmp_path)
    path = directory / "faq.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n  - id: [not closed\n", "utf-8")
    err = _load_error(directory)
    assert str(path) in str(err)
    assert "not valid YAML" in str(err) and "line" in str(err)


def test_missing_topic_names_file_and_topic(tmp_path: Path) -> None:
    directory = _copy_content(tmp_path)
    path = directory / "topics.yaml"
    _edit_yaml(
        path, lambda d: d.update(topics=[t for t in d["topics"] if t["id"] != "alcohol_tobacco"])
    )
    err = _load_error(directory)
    assert str(path) in str(err)
    # A whole-file check has no single key; the message names the missing topic.
    assert "missing topics" in str(err) and "alcohol_tobacco" in str(err)


def test_unknown_key_names_file_and_key(tmp_path: Path) -> None:
    directory = _copy_content(tmp_path)
    path = directory / "topics.yaml"
    _edit_yaml(path, lambda d: d["topics"][2].update(colour="red"))
    err = _load_error(directory)
    assert str(path) in str(err)
    assert "topics[2](id=night_cramps).colour" in str(err)
    assert err.key == "topics[2](id=night_cramps).colour"


def test_overlong_short_answer_names_file_and_key(tmp_path: Path) -> None:
    directory = _copy_content(tmp_path)
    path = directory / "topics.yaml"
    _edit_yaml(path, lambda d: d["topics"][1].update(short="Cramps hurt. " * 80))
    err = _load_error(directory)
    assert str(path) in str(err)
    assert "topics[1](id=causes).short" in str(err)
    assert "900" in str(err)


def test_invalid_regex_names_file_and_key(tmp_path: Path) -> None:
    directory = _copy_content(tmp_path)
    path = directory / "red_flags.yaml"
    _edit_yaml(path, lambda d: d["concepts"]["chest_pain"]["patterns"].append(r"\b(chest pain"))
    err = _load_error(directory)
    assert str(path) in str(err)
    assert "concepts.chest_pain.patterns" in str(err)
    assert "not a valid regex" in str(err)


def test_unknown_related_topic_names_file_and_key(tmp_path: Path) -> None:
    directory = _copy_content(tmp_path)
    path = directory / "topics.yaml"
    _edit_yaml(path, lambda d: d["topics"][0]["related"].append("no_such_topic"))
    err = _load_error(directory)
    assert str(path) in str(err)
    assert "topics[0](id=what_are_leg_cramps).related" in str(err)


def test_topic_without_faq_names_faq_file(tmp_path: Path) -> None:
    directory = _copy_content(tmp_path)
    path = directory / "faq.yaml"
    _edit_yaml(path, lambda d: d.update(faq=[e for e in d["faq"] if e["topic"] != "exercise"]))
    err = _load_error(directory)
    assert str(path) in str(err)
    assert err.key == "faq" and "exercise" in str(err)


def _fact(data: Any, fact_id: str) -> Any:
    return next(f for f in data["facts"] if f["id"] == fact_id)


def test_unknown_term_names_file_and_pattern(tmp_path: Path) -> None:
    directory = _copy_content(tmp_path)
    path = directory / "understanding.yaml"
    _edit_yaml(path, lambda d: _fact(d, "medicine")["patterns"].append(r"\b{medicnes}\b"))
    err = _load_error(directory)
    assert str(path) in str(err)
    assert "unknown term {medicnes}" in str(err) and "facts[" in str(err)


def test_fact_made_of_an_unknown_fact_names_it(tmp_path: Path) -> None:
    directory = _copy_content(tmp_path)
    path = directory / "understanding.yaml"
    _edit_yaml(path, lambda d: _fact(d, "medicine_blamed")["all_of"].append("no_such_fact"))
    err = _load_error(directory)
    assert str(path) in str(err) and "no_such_fact" in str(err)


def test_fact_with_an_unknown_topic_names_file_and_key(tmp_path: Path) -> None:
    directory = _copy_content(tmp_path)
    path = directory / "understanding.yaml"
    _edit_yaml(path, lambda d: _fact(d, "night").update(topic="no_such_topic"))
    err = _load_error(directory)
    assert str(path) in str(err) and "(id=night).topic" in str(err)
