"""What a message is about (leg cramps or something else) and what the person tells about
themselves (pregnant, a child, an athlete, a medicine, at night, right now).

The patterns live in content/understanding.yaml; this module only applies them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from knowledge.models import Understanding
from knowledge.prefixes import PatternGroups, Scan
from knowledge.text import Normalised, answered_no, denied, part_starts


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
    # Another leg or back problem (sciatica, a sprain) or a subject of legs that is no
    # problem (a workout plan, a leg of lamb), and whether a cramp is named at all.
    other_condition: bool
    cramps_named: bool
    # Facts, in content order: (fact id, its topic, whether it leads).
    facts: tuple[tuple[str, str, bool], ...]
    # Every cramp it names is one elsewhere ("period cramps radiating into my thighs").
    only_cramps_elsewhere: bool = False
    # A joke or a poem asked for.
    request: bool = False
    # About an animal's legs or cramps, and the writer's own legs not named.
    animal_only: bool = False

    @property
    def no_leg_of_the_writer(self) -> bool:
        """An animal's legs, a request for a joke, or cramps elsewhere in the body (and no
        leg, or no cramp of a leg): no leg sign of a person can be what it tells."""
        if self.request or self.animal_only:
            return True
        return self.elsewhere and (not self.legs_named or self.only_cramps_elsewhere)

    @property
    def not_about_cramps(self) -> bool:
        """As `no_leg_of_the_writer`, or another subject, or another leg problem with no
        cramp named."""
        if self.no_leg_of_the_writer:
            return True
        # a recipe or heartburn unless the message names a cramp or a leg too; a sprain or
        # runner's knee (a leg named by its nature) unless it names a cramp
        if self.cramps_named:
            return False
        return self.other_condition or (self.off_topic and not self.legs_named)


# ("5 feet 9 inches" is a height)
_LEG_WORDS = re.compile(
    r"\b(?<!\d )"
    r"(legs?|calf|thigh|thighs|shins?|knees?|ankles?|foot|feet|toes?|hamstrings?|quads?)\b"
)


_CRAMP_WORD = re.compile(r"\bcramp\b")


def _told(scan: Scan, fact: str) -> bool:
    """Whether the text says it: "i'm not on any tablets" does not tell of a medicine."""
    return any(not denied(scan.text, m.start()) for m in scan.matches(fact))


class Reader:
    def __init__(self, understanding: Understanding) -> None:
        scope = understanding.scope
        groups: dict[str, list[str]] = {
            f"scope:{key}": list(getattr(scope, key))
            for key in (
                "about", "elsewhere", "off_topic", "other_conditions", "cramps_named",
                "requests", "animals", "own_legs", "leg_subjects",
            )
        }  # fmt: skip
        facts = understanding.facts
        groups.update({f.id: list(f.patterns) for f in facts if f.within == "message"})
        self._patterns = PatternGroups(groups)
        # The asking sentences are looked at for the question facts alone: a small index,
        # so a message with several questions is not scanned for everything again.
        self._question_patterns = PatternGroups(
            {f.id: list(f.patterns) for f in facts if f.within == "question"}
        )
        self._facts = [
            (fact.id, fact.topic, fact.leads, fact.within, bool(fact.patterns), tuple(fact.all_of))
            for fact in understanding.facts
        ]

    def _facts_of(self, whole: Scan, asked: list[Scan]) -> tuple[tuple[str, str, bool], ...]:
        held: list[tuple[str, str, bool]] = []
        ids: set[str] = set()
        for fact, topic, leads, within, has_patterns, all_of in self._facts:
            if not ids.issuperset(all_of):
                continue
            scans = asked if within == "question" else [whole]
            if has_patterns and not any(_told(scan, fact) for scan in scans):
                continue
            ids.add(fact)
            if topic is not None:
                held.append((fact, topic, leads))
        return tuple(held)

    def read(self, message: Normalised) -> Reading:
        text = message.canonical
        whole = self._patterns.scan(text)
        # Each asking sentence on its own: "^why" is the start of a question, wherever it
        # stands; "Swelling? nope." asks nothing.
        asked = [
            self._question_patterns.scan(s.canonical)
            for i, s in enumerate(message.sentences)
            if s.question and not answered_no(message.sentences, i)
        ]
        return Reading(
            about_legs=whole.found("scope:about"),
            elsewhere=whole.found("scope:elsewhere"),
            off_topic=whole.found("scope:off_topic"),
            facts=self._facts_of(whole, asked),
            legs_named=_leg_named(whole),
            # "not shin splints (had those before)" tells what it is not
            other_condition=_told(whole, "scope:other_conditions")
            or whole.found("scope:leg_subjects"),
            cramps_named=_cramp_named(whole),
            only_cramps_elsewhere=_only_cramps_elsewhere(whole, message),
            request=whole.found("scope:requests"),
            animal_only=whole.found("scope:animals") and not whole.found("scope:own_legs"),
        )


def _inside(match: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    return any(start <= match.start() < end for start, end in spans)


def _spans(whole: Scan, group: str) -> list[tuple[int, int]]:
    return [m.span() for m in whole.matches(group)]


def _leg_named(whole: Scan) -> bool:
    """A leg named, not one that is no one's problem: "recipe for chicken legs", "the second
    leg of the tie"."""
    subjects = _spans(whole, "scope:leg_subjects")
    return any(not _inside(m, subjects) for m in _LEG_WORDS.finditer(whole.text))


def _cramp_named(whole: Scan) -> bool:
    """A cramp named, not inside what makes the message off topic: "our flat is so
    cramped", "cost of living is cramping my budget", "the lead singer of the cramps"."""
    named = whole.matches("scope:cramps_named")
    if not named:
        return False
    off = _spans(whole, "scope:off_topic")
    return any(not _inside(m, off) for m in named)


# A leg named as another place of the same cramps: "my hands and calves cramp", "cramp in
# the hands as well as the legs", "cramp in your stomach muscles and your calves", "leg,
# toes, and even arm cramps" (not a womb's or a period's: "period cramps and leg pain")
_LEG = r"(legs?|calf|thighs?|feet|foot|toes?|hamstrings?|shins?|quads?)"
_ALSO_A_LEG_AFTER = re.compile(
    rf"( muscles?)?( \w+)? (and|&|as well as|plus|or|and also|and even|but also)( in| of)?"
    rf"( my| the| your| his| her| both)? {_LEG}\b(?! (pain|ache|aches|aching|hurt|hurts|hurting))"
)
_ALSO_A_LEG_BEFORE = re.compile(rf"\b{_LEG}( \w+)?( \||,)? (and|&|or|and even|plus)( even)? $")
_NOT_A_MUSCLE = re.compile(
    r"\b(period|periods|menstrual|menstruation|uterus|womb|pelvic|pelvis|ovar\w*|ibs|bowel|"
    r"gut|stomach bug|diarrh\w*|ivf|bump)\b"
)


def _also_a_leg(text: str, start: int, end: int) -> bool:
    """Whether the place a cramp is told in (text[start:end]) is told beside a leg."""
    span = text[start:end]
    if _NOT_A_MUSCLE.search(span):
        return False
    return bool(
        _LEG_WORDS.search(span)
        or _ALSO_A_LEG_AFTER.match(text, end)
        or _ALSO_A_LEG_BEFORE.search(text, 0, start)
    )


def _only_cramps_elsewhere(whole: Scan, message: Normalised) -> bool:
    """Every cramp named is one elsewhere: inside what names the place ("period cramps"),
    or in a sentence that names no leg ("menstrual cramps ... these cramps were so
    painful. ... and leg pain so bad"): the leg then hurts beside cramps of another place."""
    spans = [
        (start, end)
        for start, end in _spans(whole, "scope:elsewhere")
        if not _also_a_leg(whole.text, start, end)
    ]
    if not spans:
        return False
    starts = part_starts([s.canonical for s in message.sentences])
    return all(
        denied(whole.text, m.start())  # "not a muscle cramp": no cramp of a leg
        or _inside(m, spans)
        or not _LEG_WORDS.search(message.sentences[bisect_right(starts, m.start()) - 1].canonical)
        for m in _CRAMP_WORD.finditer(whole.text)
    )
