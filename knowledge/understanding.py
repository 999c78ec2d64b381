"""What a message is about (leg cramps or something else) and what the person tells about
themselves (pregnant, a child, an athlete, a medicine, at night, right now).

The patterns live in content/understanding.yaml; this module only applies them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.models import Understanding
from knowledge.text import Normalised, answered_no, denied


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
    # Every cramp it names is one elsewhere ("period cramps radiating into my thighs").
    only_cramps_elsewhere: bool = False
    # A joke or a poem asked for.
    request: bool = False

    @property
    def not_about_cramps(self) -> bool:
        """About cramps elsewhere in the body (and no leg, or no cramp of a leg), another
        subject, another leg problem with no cramp named, or a request for a joke."""
        if self.request:
            return True
        if self.elsewhere and (not self.legs_named or self.only_cramps_elsewhere):
            return True
        # a recipe, heartburn, a sprain: unless the message names a cramp or a leg too
        return (self.off_topic or self.other_condition) and not (
            self.cramps_named or (self.off_topic and self.legs_named)
        )


_LEG_WORDS = re.compile(
    r"\b(legs?|calf|thigh|thighs|shins?|knees?|ankles?|foot|feet|toes?|hamstrings?|quads?)\b"
)


_CRAMP_WORD = re.compile(r"\bcramp\b")


def _any_of(patterns: list[str]) -> re.Pattern[str]:
    """One search for "does any of these match": a single alternation scans the text once
    instead of once per pattern."""
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def _told(pattern: re.Pattern[str], text: str) -> bool:
    """Whether `text` says it: "i'm not on any tablets" does not tell of a medicine."""
    return any(not denied(text, m.start()) for m in pattern.finditer(text))


class Reader:
    def __init__(self, understanding: Understanding) -> None:
        scope = understanding.scope
        self._about = _any_of(scope.about)
        self._elsewhere = _any_of(scope.elsewhere)
        self._off_topic = _any_of(scope.off_topic)
        self._other_conditions = _any_of(scope.other_conditions)
        self._cramps_named = _any_of(scope.cramps_named)
        self._requests = _any_of(scope.requests)
        self._facts = [
            (
                fact.id,
                fact.topic,
                fact.leads,
                fact.within,
                _any_of(fact.patterns) if fact.patterns else None,
                tuple(fact.all_of),
            )
            for fact in understanding.facts
        ]

    def _facts_of(self, text: str, asked: list[str]) -> tuple[tuple[str, str, bool], ...]:
        held: list[tuple[str, str, bool]] = []
        ids: set[str] = set()
        for fact, topic, leads, within, pattern, all_of in self._facts:
            if not ids.issuperset(all_of):
                continue
            parts = asked if within == "question" else [text]
            if pattern is not None and not any(_told(pattern, part) for part in parts):
                continue
            ids.add(fact)
            if topic is not None:
                held.append((fact, topic, leads))
        return tuple(held)

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
            facts=self._facts_of(text, asked),
            legs_named=bool(_LEG_WORDS.search(text)),
            other_condition=bool(self._other_conditions.search(text)),
            cramps_named=bool(self._cramps_named.search(text)),
            only_cramps_elsewhere=self._only_cramps_elsewhere(text),
            request=bool(self._requests.search(text)),
        )

    def _only_cramps_elsewhere(self, text: str) -> bool:
        spans = [m.span() for m in self._elsewhere.finditer(text)]
        if not spans:
            return False
        return all(
            any(start <= m.start() < end for start, end in spans)
            for m in _CRAMP_WORD.finditer(text)
        )
