"""content/groups.yaml: how a group's profile shapes what the bot says there.

The real file loads with the emphasis each profile promises; a copy with one defect is
refused with the file and the key named.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from knowledge.group_profiles import GROUPS_FILE, GroupProfiles, load_group_profiles
from knowledge.loader import ContentError, load_content
from tests.support.content_copies import Change, assert_refused, broken_copy


@pytest.fixture(scope="module")
def groups() -> GroupProfiles:
    return load_group_profiles()


def test_pregnancy_groups_see_pregnancy_first_and_the_midwife_advice(
    groups: GroupProfiles,
) -> None:
    pregnancy = groups.of("pregnancy")
    assert pregnancy.topics_first[0] == "pregnancy"
    assert "midwife" in pregnancy.focus and "supplement" in pregnancy.focus
    assert "midwife" in pregnancy.notes["minerals"]


def test_fitness_groups_hear_warm_up_cool_down_and_electrolytes(groups: GroupProfiles) -> None:
    fitness = groups.of("fitness")
    focus = fitness.focus.lower()
    assert "warm up" in focus and "cool down" in focus and "electrolytes" in focus
    stretch = next(s for s in fitness.suggested if s.kind == "stretching")
    assert "post-training" in stretch.why.lower()
    assert fitness.topics_first[0] == "exercise"


def test_every_topic_named_exists_and_unknown_profiles_fall_back(groups: GroupProfiles) -> None:
    topics = load_content().topics
    for name in ("general", "fitness", "pregnancy"):
        profile = groups.of(name)
        assert set(profile.topics_first) <= set(topics)
        assert set(profile.notes) <= set(topics)
        assert all(s.local_times() for s in profile.suggested)
    assert groups.of("elderly") == groups.of("general")


def _broken_copy(tmp_path: Path, change: Change) -> Path:
    return broken_copy(tmp_path, GROUPS_FILE, change)


def _profile(data: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = data["profiles"][name]
    return found


def _pregnancy_not_first(data: dict[str, Any]) -> None:
    _profile(data, "pregnancy")["topics_first"] = ["relief", "pregnancy"]


def _pregnancy_without_midwife(data: dict[str, Any]) -> None:
    _profile(data, "pregnancy")["notes"]["minerals"] = "Magnesium-rich foods such as nuts help."


def _fitness_without_electrolytes(data: dict[str, Any]) -> None:
    _profile(data, "fitness")["focus"] = "Warm up before training and cool down after it."


def _fitness_without_stretch(data: dict[str, Any]) -> None:
    suggested = _profile(data, "fitness")["suggested"]
    suggested[:] = [s for s in suggested if s["kind"] != "stretching"]


def _quinine(data: dict[str, Any]) -> None:
    _profile(data, "general")["focus"] = "Tonic water has quinine in it, so try a glass of it."


def _supplement_alone(data: dict[str, Any]) -> None:
    _profile(data, "fitness")["notes"]["hydration"] = "A magnesium supplement helps you train."


def _bad_time(data: dict[str, Any]) -> None:
    _profile(data, "general")["suggested"][0]["times"] = ["25:00"]


def _unknown_topic(data: dict[str, Any]) -> None:
    _profile(data, "general")["topics_first"] = ["yoga"]


def _kind_twice(data: dict[str, Any]) -> None:
    suggested = _profile(data, "general")["suggested"]
    suggested.append(dict(suggested[0]))


BROKEN = [
    (_pregnancy_not_first, "profiles.pregnancy", "pregnancy topic first"),
    (_pregnancy_without_midwife, "profiles.pregnancy", "midwife"),
    (_fitness_without_electrolytes, "profiles.fitness", "electrolytes"),
    (_fitness_without_stretch, "profiles.fitness", "stretching"),
    (_quinine, "profiles.general.focus", "quinine"),
    (_supplement_alone, "profiles.fitness.notes", "pharmacist"),
    (_bad_time, "profiles.general.suggested[0].times", "07:30"),
    (_unknown_topic, "profiles.general.topics_first", "unknown topic ids"),
    (_kind_twice, "profiles.general", "twice"),
]


@pytest.mark.parametrize(
    ("change", "key", "problem"), BROKEN, ids=[c.__name__.strip("_") for c, _, _ in BROKEN]
)
def test_broken_copy_names_file_and_key(
    tmp_path: Path, change: Callable[[dict[str, Any]], None], key: str, problem: str
) -> None:
    assert_refused(load_group_profiles, _broken_copy(tmp_path, change), GROUPS_FILE, key, problem)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="file not found"):
        load_group_profiles(tmp_path)
