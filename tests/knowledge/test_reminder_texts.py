"""Reminder texts: the real file loads and says what it must; rotation never repeats the
last text and gets round all of them; broken copies stop loading with the file and key.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.loader import ContentError
from knowledge.reminder_texts import (
    MIN_VARIANTS,
    PROFILES,
    REMINDER_KINDS,
    REMINDERS_FILE,
    ReminderTexts,
    load_reminder_texts,
    stable_seed,
)
from tests.support.content_copies import Change, assert_refused, broken_copy

PAIRS = [(kind, profile) for kind in REMINDER_KINDS for profile in PROFILES]
PREGNANCY_PROFESSIONAL = re.compile(r"\b(midwife|GP|pharmacist)\b")


@functools.cache
def _texts() -> ReminderTexts:
    return load_reminder_texts()


def _joined(kind: str, profile: str) -> str:
    return " ".join(v.text for v in _texts().variants(kind, profile)).lower()


# ---------------------------------------------------------------- the real file


def test_real_file_loads_every_kind_and_profile() -> None:
    texts = _texts()
    assert REMINDER_KINDS == ("hydration", "stretching", "minerals")
    assert PROFILES == ("general", "fitness", "pregnancy")
    assert texts.sources
    assert texts.title("hydration") == "💧 Time for a glass of water"
    for kind in REMINDER_KINDS:
        assert 3 <= len(texts.title(kind)) <= 60


@pytest.mark.parametrize(("kind", "profile"), PAIRS)
def test_every_pair_has_enough_variants(kind: str, profile: str) -> None:
    assert len(_texts().variants(kind, profile)) >= MIN_VARIANTS >= 8


def test_ids_are_unique_and_total_is_at_least_72() -> None:
    ids = [v.id for kind, profile in PAIRS for v in _texts().variants(kind, profile)]
    assert len(ids) >= 72
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("kind", "profile"), PAIRS)
def test_texts_are_short_plain_and_distinct(kind: str, profile: str) -> None:
    variants = _texts().variants(kind, profile)
    assert len({v.text for v in variants}) == len(variants), "two variants say the same"
    for variant in variants:
        assert len(variant.text) <= 300, variant.id
        assert 1 <= len(re.findall(r"[.!?](?=\s|$)", variant.text)) <= 3, variant.id
        assert not re.search(r"</?[a-zA-Z][^>]*>|\*\*|__|`", variant.text), variant.id
        assert "\n" not in variant.text, variant.id


def test_pregnancy_minerals_ask_a_professional_before_any_supplement() -> None:
    for variant in _texts().variants("minerals", "pregnancy"):
        assert PREGNANCY_PROFESSIONAL.search(variant.text), variant.id
        assert "supplement" in variant.text.lower(), variant.id


def test_no_variant_mentions_quinine() -> None:
    for kind, profile in PAIRS:
        for variant in _texts().variants(kind, profile):
            assert "quinine" not in variant.text.lower(), variant.id


def test_supplements_only_with_advice_first() -> None:
    for kind, profile in PAIRS:
        for variant in _texts().variants(kind, profile):
            if "supplement" in variant.text.lower():
                assert re.search(r"\b(pharmacist|GP|doctor|midwife)\b", variant.text), variant.id


def test_general_texts_cover_the_guidance() -> None:
    hydration = _joined("hydration", "general")
    assert "not exercising" in hydration
    assert "without feeling very thirsty" in hydration
    for drink in ("sports drink", "coconut water", "watermelon"):
        assert drink in hydration
    stretching = _joined("stretching", "general")
    assert "calf" in stretching and "thigh" in stretching and "night" in stretching
    assert "before bed" in stretching
    minerals = _joined("minerals", "general")
    for food in ("leafy greens", "nuts", "whole grains", "beans", "bananas", "oranges"):
        assert food in minerals
    assert "avocado" in minerals and "tomato" in minerals
    assert "pharmacist" in minerals and "kidney" in minerals and "other medicines" in minerals


def test_fitness_texts_cover_training() -> None:
    stretching = _joined("stretching", "fitness")
    assert "warming up" in stretching and "cool down" in stretching
    assert "after your workout" in stretching or "post-training" in stretching
    hydration = _joined("hydration", "fitness")
    assert "during training" in hydration and "electrolytes" in hydration


def test_pregnancy_texts_cover_safe_stretches_and_rest() -> None:
    stretching = _joined("stretching", "pregnancy")
    assert "wall" in stretching and "flex your feet" in stretching and "walk" in stretching
    assert "rather than flat on your back" in stretching
    assert "stop if anything hurts" in stretching
    assert "legs raised" in stretching
    minerals = _joined("minerals", "pregnancy")
    for food in ("leafy greens", "nuts", "whole grains", "legumes", "bananas", "oranges"):
        assert food in minerals
    assert "avocado" in minerals and "tomato" in minerals


# ---------------------------------------------------------------- rotation


@settings(max_examples=300, deadline=None)
@given(
    pair=st.sampled_from(PAIRS),
    seed=st.integers(min_value=-(2**63), max_value=2**63),
    data=st.data(),
)
def test_pick_never_repeats_the_previous_one(
    pair: tuple[str, str], seed: int, data: st.DataObject
) -> None:
    kind, profile = pair
    ids = [v.id for v in _texts().variants(kind, profile)]
    previous = data.draw(st.one_of(st.none(), st.sampled_from(ids), st.text(max_size=10)))
    chosen = _texts().pick(kind, profile, previous, seed)
    assert chosen.id in ids
    assert chosen.id != previous
    assert _texts().pick(kind, profile, previous, seed) == chosen, "not deterministic"


@settings(max_examples=100, deadline=None)
@given(pair=st.sampled_from(PAIRS), seeds=st.lists(st.integers(), min_size=1, max_size=60))
def test_a_chain_of_picks_never_shows_the_same_text_twice_in_a_row(
    pair: tuple[str, str], seeds: list[int]
) -> None:
    previous: str | None = None
    for seed in seeds:
        chosen = _texts().pick(*pair, previous, seed).id
        assert chosen != previous
        previous = chosen


@pytest.mark.parametrize(("kind", "profile"), PAIRS)
def test_a_stable_seed_cycles_through_every_variant(kind: str, profile: str) -> None:
    count = len(_texts().variants(kind, profile))
    for chat_id in (1, 42, 123456789, -1001234567890):
        seed = stable_seed(chat_id, kind)
        previous: str | None = None
        shown: list[str] = []
        for _ in range(3 * count):
            previous = _texts().pick(kind, profile, previous, seed).id
            shown.append(previous)
        assert set(shown[:count]) == set(shown), "every variant within one round"
        assert set(Counter(shown).values()) == {3}, "each shown equally often"


@pytest.mark.parametrize(("kind", "profile"), PAIRS)
def test_a_changing_seed_visits_every_variant_reasonably_soon(kind: str, profile: str) -> None:
    count = len(_texts().variants(kind, profile))
    for chat_id in range(40):
        previous: str | None = None
        shown: set[str] = set()
        for occurrence in range(8 * count):
            seed = stable_seed(chat_id, kind, occurrence)
            previous = _texts().pick(kind, profile, previous, seed).id
            shown.add(previous)
        assert len(shown) == count, f"chat {chat_id} missed {count - len(shown)} variants"


def test_different_people_start_in_different_places() -> None:
    firsts = {_texts().pick("hydration", "general", None, stable_seed(c)).id for c in range(50)}
    assert len(firsts) >= 6


def test_stable_seed_is_fixed_across_processes() -> None:
    # A change here reorders every person's rotation: only change it on purpose.
    assert stable_seed(42, "hydration") == stable_seed(42, "hydration")
    assert stable_seed(42, "hydration") != stable_seed(42, "minerals")
    assert stable_seed(42, "hydration") == 7854481900021869575


def test_unknown_kind_or_profile_is_an_error() -> None:
    with pytest.raises(ValueError, match="kind"):
        _texts().variants("sleep", "general")
    with pytest.raises(ValueError, match="profile"):
        _texts().pick("hydration", "elderly", None, 1)
    with pytest.raises(ValueError, match="kind"):
        _texts().title("sleep")


# ---------------------------------------------------------------- broken copies


def _broken_copy(tmp_path: Path, change: Change) -> Path:
    return broken_copy(tmp_path, REMINDERS_FILE, change)


def _variants(data: dict[str, Any], kind: str, profile: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = data["reminders"][kind]["variants"][profile]
    return found


def _delete_pair(data: dict[str, Any]) -> None:
    del data["reminders"]["stretching"]["variants"]["fitness"]


def _delete_kind(data: dict[str, Any]) -> None:
    del data["reminders"]["minerals"]


def _too_few(data: dict[str, Any]) -> None:
    variants = _variants(data, "hydration", "general")
    del variants[7:]


def _duplicate_id(data: dict[str, Any]) -> None:
    _variants(data, "minerals", "general")[1]["id"] = "hyd_gen_steady_sips"


def _duplicate_id_in_pair(data: dict[str, Any]) -> None:
    _variants(data, "stretching", "pregnancy")[3]["id"] = "str_preg_wall_calf"


def _too_long(data: dict[str, Any]) -> None:
    _variants(data, "hydration", "pregnancy")[2]["text"] = "Drink some water. " + "x" * 290


def _four_sentences(data: dict[str, Any]) -> None:
    _variants(data, "stretching", "general")[0]["text"] = "Stretch. Now. Please. Thanks."


def _unknown_profile(data: dict[str, Any]) -> None:
    data["reminders"]["hydration"]["variants"]["elderly"] = []


def _unknown_variant_key(data: dict[str, Any]) -> None:
    _variants(data, "minerals", "fitness")[0]["tone"] = "cheerful"


def _unknown_top_key(data: dict[str, Any]) -> None:
    data["buttons"] = {"done": "Done"}


def _pregnancy_without_professional(data: dict[str, Any]) -> None:
    _variants(data, "minerals", "pregnancy")[4]["text"] = (
        "A magnesium supplement before bed may help with night cramps."
    )


def _quinine(data: dict[str, Any]) -> None:
    _variants(data, "minerals", "general")[0]["text"] = "Tonic water has quinine in it, try it."


def _supplement_without_advice(data: dict[str, Any]) -> None:
    _variants(data, "minerals", "fitness")[2]["text"] = "A magnesium supplement helps you train."


def _html(data: dict[str, Any]) -> None:
    _variants(data, "hydration", "fitness")[0]["text"] = "Drink <b>water</b> before training."


def _bad_id(data: dict[str, Any]) -> None:
    _variants(data, "hydration", "general")[0]["id"] = "Hydration-1"


def _missing_title(data: dict[str, Any]) -> None:
    del data["reminders"]["stretching"]["title"]


BROKEN = [
    (_delete_pair, "reminders.stretching.variants.fitness", "required"),
    (_delete_kind, "reminders.minerals", "required"),
    (_too_few, "reminders.hydration.variants.general", "at least 8"),
    (_duplicate_id, "reminders", "hyd_gen_steady_sips"),
    (_duplicate_id_in_pair, "reminders", "str_preg_wall_calf"),
    (
        _too_long,
        "reminders.hydration.variants.pregnancy[2](id=hyd_preg_earlier_in_day).text",
        "300",
    ),
    (
        _four_sentences,
        "reminders.stretching.variants.general[0](id=str_gen_bedtime_calf).text",
        "3",
    ),
    (_unknown_profile, "reminders.hydration.variants.elderly", "not permitted"),
    (_unknown_variant_key, "reminders.minerals.variants.fitness[0](id=min_fit_refuel).tone", "not"),
    (_unknown_top_key, "buttons", "not permitted"),
    (_pregnancy_without_professional, "reminders.minerals.variants.pregnancy", "midwife"),
    (_quinine, "reminders.minerals.variants.general[0](id=min_gen_magnesium).text", "quinine"),
    (_supplement_without_advice, "reminders.minerals.variants.fitness[2]", "pharmacist"),
    (_html, "reminders.hydration.variants.fitness[0](id=hyd_fit_before).text", "HTML"),
    (_bad_id, "reminders.hydration.variants.general[0](id=Hydration-1).id", "pattern"),
    (_missing_title, "reminders.stretching.title", "required"),
]


@pytest.mark.parametrize(
    ("change", "key", "problem"), BROKEN, ids=[c.__name__.strip("_") for c, _, _ in BROKEN]
)
def test_broken_copy_names_file_and_key(
    tmp_path: Path, change: Callable[[dict[str, Any]], None], key: str, problem: str
) -> None:
    directory = _broken_copy(tmp_path, change)
    assert_refused(load_reminder_texts, directory, REMINDERS_FILE, key, problem)


def test_unchanged_copy_loads(tmp_path: Path) -> None:
    directory = _broken_copy(tmp_path, lambda data: None)
    assert load_reminder_texts(directory) == _texts()


def test_missing_file_and_bad_yaml(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="file not found"):
        load_reminder_texts(tmp_path)
    (tmp_path / REMINDERS_FILE).write_text("reminders: [unclosed\n", encoding="utf-8")
    with pytest.raises(ContentError, match="not valid YAML"):
        load_reminder_texts(tmp_path)
    with pytest.raises(ContentError, match="directory not found"):
        load_reminder_texts(tmp_path / "nowhere")
