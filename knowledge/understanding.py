"""What a message is about (leg cramps or something else) and what the person tells about
themselves (pregnant, a child, an athlete, a medicine, at night, right now).

The patterns live in content/understanding.yaml; this module only applies them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.models import Understanding
from knowledge.text import Normalised


@dataclass(frozen=True)
class Reading:
    # The message speaks about legs or cramps at all.
    about_legs: bool
    # It speaks about cramps elsewhere (period, stomach, hand).
    elsewhere: bool
    # Facts, in content order: (fact id, the topic that answers from its angle).
    facts: tuple[tuple[str, str], ...]

    @property
    def out_of_scope(self) -> bool:
        return not self.about_legs or (self.elsewhere and not self._legs_named)

    # Whether legs are named besides the cramp word itself; set by Reader.
    _legs_named: bool = False

    def has(self, fact: str) -> bool:
        return any(f == fact for f, _ in self.facts)


_LEG_WORDS = re.compile(
    r"\b(legs?|calf|thigh|thighs|shins?|knees?|ankles?|foot|feet|toes?|hamstrings?|quads?)\b"
)


class Reader:
    def __init__(self, understanding: Understanding) -> None:
        self._about = [re.compile(p) for p in understanding.scope.about]
        self._elsewhere = [re.compile(p) for p in understanding.scope.elsewhere]
        self._facts = [
            (fact.id, fact.topic, [re.compile(p) for p in fact.patterns])
            for fact in understanding.facts
        ]

    def read(self, message: Normalised) -> Reading:
        text = message.canonical
        return Reading(
            about_legs=any(p.search(text) for p in self._about),
            elsewhere=any(p.search(text) for p in self._elsewhere),
            facts=tuple(
                (fact, topic)
                for fact, topic, patterns in self._facts
                if any(p.search(text) for p in patterns)
            ),
            _legs_named=bool(_LEG_WORDS.search(text)),
        )
