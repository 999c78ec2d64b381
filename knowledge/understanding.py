"""What a message is about (leg cramps or something else) and what the person tells about
themselves (pregnant, a child, an athlete, a medicine, at night, right now).

The patterns live in content/understanding.yaml; this module only applies them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.models import Understanding
from knowledge.text import Normalised, answered_no


@dataclass(frozen=True)
class Reading:
    # The message speaks about legs or cramps at all.
    about_legs: bool
    # It speaks about cramps elsewhere (period, stomach, hand).
    elsewhere: bool
    # It is plainly about something else (a recipe, the weather).
    off_topic: bool
    # Whether a leg is named, not only the cramp.
    legs_named: bool
    # Another leg or back problem (sciatica, a sprain), and whether a cramp is named at all.
    other_condition: bool
    cramps_named: bool
    # Facts, in content order: (fact id, its topic, whether it leads).
    facts: tuple[tuple[str, str, bool], ...]

    @property
    def not_about_cramps(self) -> bool:
        """About cramps elsewhere in the body (and no leg), another subject, or another leg
        problem, with no cramp named."""
        if self.elsewhere and not self.legs_named:
            return True
        # a recipe, heartburn, a sprain: unless the message names a cramp or a leg too
        return (self.off_topic or self.other_condition) and not (
            self.cramps_named or (self.off_topic and self.legs_named)
        )


_LEG_WORDS = re.compile(
    r"\b(legs?|calf|thigh|thighs|shins?|knees?|ankles?|foot|feet|toes?|hamstrings?|quads?)\b"
)


def _any_of(patterns: list[str]) -> re.Pattern[str]:
    """One search for "does any of these match": a single alternation scans the text once
    instead of once per pattern."""
    return re.compile("|".join(f"(?:{p})" for p in patterns))


class Reader:
    def __init__(self, understanding: Understanding) -> None:
        scope = understanding.scope
        self._about = _any_of(scope.about)
        self._elsewhere = _any_of(scope.elsewhere)
        self._off_topic = _any_of(scope.off_topic)
        self._other_conditions = _any_of(scope.other_conditions)
        self._cramps_named = _any_of(scope.cramps_named)
        self._facts = [
            (fact.id, fact.topic, fact.leads, fact.within, _any_of(fact.patterns))
            for fact in understanding.facts
        ]

    def read(self, message: Normalised) -> Reading:
        text = message.canonical
        # Each asking sentence on its own: "^why" is the start of a question, wherever it
        # stands; "Swelling? nope." asks nothing.
        asked = [
            s.canonical
            for i, s in enumerate(message.sentences)
            if s.question and not answered_no(message.sentences, i)
        ]
        return Reading(
            about_legs=bool(self._about.search(text)),
            elsewhere=bool(self._elsewhere.search(text)),
            off_topic=bool(self._off_topic.search(text)),
            facts=tuple(
                (fact, topic, leads)
                for fact, topic, leads, within, pattern in self._facts
                if any(pattern.search(part) for part in (asked if within == "question" else [text]))
            ),
            legs_named=bool(_LEG_WORDS.search(text)),
            other_condition=bool(self._other_conditions.search(text)),
            cramps_named=bool(self._cramps_named.search(text)),
        )
