"""The red-flag probes' messages (tests/knowledge/probes/): every report each caught stays
caught at least at its level, every look-alike it left quiet stays quiet, and what is still
missed or alarmed is an expected failure, so a fix shows up as an unexpected pass.

A look-alike in English is checked with the English detector alone (`fired`); one in
another language (a module with `READ_WHOLE = True`) with the assistant's whole answer,
which is where the language's own reading is."""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

import pytest

from tests.knowledge.test_red_flags import ASSISTANT, fired

_RANK = {None: 0, "urgent": 1, "emergency": 2}
# In the order they were written; a new review's module is added here only.
_PROBES = tuple(
    import_module(f"tests.knowledge.probes.{name}")
    for name in (
        "review3",
        "comma_lists",
        "review4",
        "review5",
        "review6",
        "review7",
        "review8",
        "review9",
        "casual_reports",
        "review10",
        "review11",
        "review12",
        "review13",
        "review14",
        "review15",
        "review16",
        "review17",
        "review18",
        "review19",
        "review20",
        "review21",
        "review22",
        "review23",
        "review24",
        "review25",
        "languages16",
        "review_languages16",
        "review_or16",
        "review_without16",
        "review_languages17",
        "review26",
        "review27",
        "review28",
        "review29",
        "review30",
        "review31",
        "review32",
        "review33",
        "review34",
        "review35",
        "review36",
        "review37",
        "review38",
        "review39",
        "review40",
        "review41",
        "review42",
        "review43",
        "review44",
        "review45",
        "review46",
        "review_languages18",
        "review47",
        "review48",
        "review49",
    )
)


def _texts(name: str) -> list[tuple[str, bool]]:
    def whole(module: ModuleType) -> bool:
        return bool(getattr(module, "READ_WHOLE", False))

    return [(text, whole(p)) for p in _PROBES for text in getattr(p, name)]


def _quiet(text: str, whole: bool) -> bool:
    # The English detector and the whole answer: the learned net (knowledge/flag_model.py)
    # and the languages' reading are the answer's, not the detector's.
    if whole:
        return ASSISTANT.answer(text).level is None
    return fired(text) == [] and ASSISTANT.answer(text).level is None


@pytest.mark.parametrize(("text", "level"), [r for p in _PROBES for r in p.REPORTS])
def test_the_probes_reports_are_recognised(text: str, level: str) -> None:
    answer = ASSISTANT.answer(text)
    assert _RANK[answer.level] >= _RANK[level], (answer.language, answer.level, answer.sign)


@pytest.mark.parametrize(("text", "whole"), _texts("LOOK_ALIKES"))
def test_the_probes_look_alikes_raise_no_alarm(text: str, whole: bool) -> None:
    assert _quiet(text, whole), ASSISTANT.normaliser.normalise(text).canonical


@pytest.mark.xfail(strict=True, reason="still missed (see the probe's docstring)")
@pytest.mark.parametrize("text", [t for p in _PROBES for t in p.STILL_MISSED])
def test_the_probes_reports_still_missed(text: str) -> None:
    assert ASSISTANT.answer(text).level is not None


@pytest.mark.xfail(strict=True, reason="an emergency still answered as same-day")
@pytest.mark.parametrize(
    "text",
    [r[0] if isinstance(r, tuple) else r for p in _PROBES for r in getattr(p, "STILL_UNDER", ())],
)
def test_the_probes_emergencies_still_under(text: str) -> None:
    assert ASSISTANT.answer(text).level == "emergency"


@pytest.mark.xfail(strict=True, reason="still alarmed (see the probe's docstring)")
@pytest.mark.parametrize(("text", "whole"), _texts("STILL_ALARMED"))
def test_the_probes_look_alikes_still_alarmed(text: str, whole: bool) -> None:
    assert _quiet(text, whole)
