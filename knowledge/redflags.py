"""Recognise emergency and urgent signs in free text, before any topic matching.

Sensitivity comes first: any one pattern group set is enough, typos are corrected and
lay words folded beforehand. The one thing that suppresses a match is a negation right
before it ("no chest pain"), because answering that with an emergency alarm teaches
people to ignore the alarm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.models import RedFlag, RedFlags
from knowledge.text import NEGATIONS

_NEGATION_WINDOW_WORDS = 2
_LEVEL_ORDER = {"urgent": 1, "emergency": 2}


@dataclass(frozen=True)
class RedFlagHit:
    flag: RedFlag

    @property
    def level(self) -> str:
        return self.flag.level


def _negated(text: str, start: int) -> bool:
    before = text[:start].split()[-_NEGATION_WINDOW_WORDS:]
    return any(word in NEGATIONS for word in before)


def _affirmed_search(pattern: re.Pattern[str], text: str) -> bool:
    return any(not _negated(text, m.start()) for m in pattern.finditer(text))


class RedFlagDetector:
    def __init__(self, red_flags: RedFlags) -> None:
        self._flags = [
            (flag, [[re.compile(p) for p in group] for group in flag.all_of])
            for flag in red_flags.red_flags
        ]

    def detect(self, canonical_text: str) -> list[RedFlagHit]:
        """All flags present in text already passed through Normaliser.canonical()."""
        hits = [
            RedFlagHit(flag)
            for flag, groups in self._flags
            if all(any(_affirmed_search(p, canonical_text) for p in group) for group in groups)
        ]
        hits.sort(key=lambda hit: -_LEVEL_ORDER[hit.level])
        return hits

    @staticmethod
    def highest_level(hits: list[RedFlagHit]) -> str | None:
        return hits[0].level if hits else None
