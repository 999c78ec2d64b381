"""Recognise red flags as concepts: the sign, where it is, one side or both, how long, and
the setting it came in (content/red_flags.yaml).

A concept counts only when the person reports it:
- not when denied: "no", "not", "don't have any", "without"... reach forward over a few
  words ("i don't have any chest pain or breathing problems") but stop at a comma, "but",
  "just", or a new subject ("no swelling and my calf is red" still reports red);
- not when asked about: "what if my leg swells?", "signs of a clot", "can cramps cause
  chest pain?";
- a duration only when it is the cramp's own: "a cramp for 20 minutes", never "a 3 hour
  ride", "slept 8 hours" or "sore for hours afterwards".
Sensitivity comes first: when in doubt a sign counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge.models import Concept, Duration, RedFlags, Rule, Sign
from knowledge.text import SEGMENT_MARK, Normalised, Sentence, answered_no, denied

_LEVEL_ORDER = {"emergency": 0, "urgent": 1}


_HYPOTHETICAL = re.compile(
    r"\b(what if|what happens if|in case|whether|how do i know if|how can i tell if|"
    r"how to tell if|how do you know if|how would i know if|should i worry if|"
    r"signs? of|symptoms? of|risk of|chance of|worried about getting|afraid of getting|"
    r"if (?:i|you|he|she|we|they) ever|suppose|supposing|hypothetically|imagine if)\b"
)
_HYPOTHETICAL_REACH = 8
# Hearsay about what a sign means is a question about it, not a report of it: "my friend
# said cramps plus chest pain means a clot". "she said her chest hurts" claims nothing and
# stays a report.
_HEARSAY = re.compile(
    r"\b(said|says|told me|told us|tells me|heard|read|reckons|claims|apparently|according to)\b"
)
_CLAIM = re.compile(
    r"\b(means?|meant|is a sign|are a sign|was a sign|can mean|could mean|indicates?|"
    r"is a symptom|are a symptom|points to)\b"
)
_QUESTION_WORDS = frozenset(
    [
        "what",
        "why",
        "how",
        "can",
        "could",
        "does",
        "do",
        "is",
        "are",
        "should",
        "when",
        "which",
        "would",
        "will",
        "might",
        "may",
        "shall",
    ]
)
_PERSONAL = frozenset(
    """i my me im ive id mine myself he she his her him we our us they their them mum mom
    dad husband wife son daughter baby child kid partner friend grandma grandpa mother
    father have having has got feel feeling felt""".split()  # noqa: SIM905
)

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "ninety": 90, "few": 3, "several": 3, "couple": 2, "many": 3,
}  # fmt: skip
_DURATION = re.compile(
    r"\b(?:(?P<half>half an? hours?)|(?:over |more than |about |around |almost |nearly )?"
    r"(?P<count>\d+(?: \d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty|thirty|fort?y|fifty|sixty|ninety|(?:a )?few|several|"
    r"(?:a )?couple(?: of)?|many)(?: (?:and a half|or so|plus))? ?"
    r"(?P<unit>seconds|second|secs|sec|minutes|hours|days|day|weeks|week)|"
    r"(?P<ages>for hours))\b"
)
# What makes a duration someone else's: "20 minutes ago", "after 30 minutes".
# "usually 20 minutes": how cramps tend to go, not one cramp that will not ease.
_HABIT = re.compile(r"\b(usually|normally|typically|always|often|sometimes|generally|tend to)\b")
_NOT_A_SPAN_AFTER = re.compile(r"^ ?(ago|later|before|after|earlier|apart|every|each|per|a day)\b")
_NOT_A_SPAN_BEFORE = re.compile(r"\b(after|every|within|in|first|last|each|per)\s*$")
# "for 20 minutes", "lasted an hour": the time of what came before.
_NOT_LET_GO_IN = re.compile(
    r"\b(hasnt|has not|havent|have not|not|wont|didnt)( \w+){0,3} in"
    r"( (over|more than|about|around))?\s*$"
)
_LASTING = re.compile(
    r"\b(for|lasted|lasting|lasts|last|took|takes)"
    r"( (over|more than|about|around|almost|nearly|like))?\s*$"
)
# "the pain subsided after about an hour": the cramp's own time, told by its end.
_ENDED_AFTER = re.compile(
    r"\b(subsided|eased|stopped|went away|passed|released|relaxed|let go|calmed down|settled|"
    r"finally went|gone)( \w+){0,2} after( (about|around|nearly|almost|over))?\s*$"
)
_EVENT_AHEAD_WORDS = 3


@dataclass(frozen=True)
class SignHit:
    sign: Sign

    @property
    def level(self) -> str:
        return self.sign.level


@dataclass
class Findings:
    """Which concepts a message affirms, by sentence index."""

    where: dict[str, set[int]] = field(default_factory=dict)

    def add(self, name: str, sentence: int) -> None:
        self.where.setdefault(name, set()).add(sentence)

    def has(self, name: str) -> bool:
        return name in self.where

    def sentences(self, name: str) -> set[int]:
        return self.where.get(name, set())


def _asked_about(sentence: Sentence, text: str, start: int) -> bool:
    window = " ".join(text[:start].replace(SEGMENT_MARK, " ").split()[-_HYPOTHETICAL_REACH:])
    if _HYPOTHETICAL.search(window):
        return True
    if _HEARSAY.search(text[:start]) and _CLAIM.search(text[start:]):
        return True
    # A general question with nobody in it: "can cramps cause chest pain?"
    words = text.replace(SEGMENT_MARK, " ").split()
    return bool(
        sentence.question_mark
        and words
        and words[0] in _QUESTION_WORDS
        and not any(w in _PERSONAL for w in words)
    )


class RedFlagDetector:
    def __init__(self, red_flags: RedFlags) -> None:
        self._concepts: dict[str, tuple[Concept, list[re.Pattern[str]]]] = {
            name: (concept, [re.compile(p) for p in concept.patterns])
            for name, concept in red_flags.concepts.items()
        }
        # One search per concept and sentence rules most concepts out before the
        # per-match checks of denial and questions.
        self._any_of = {
            name: re.compile("|".join(f"(?:{p})" for p in concept.patterns))
            for name, concept in red_flags.concepts.items()
        }
        self._durations: dict[str, Duration] = dict(red_flags.durations)
        self._signs = sorted(red_flags.signs, key=lambda s: _LEVEL_ORDER[s.level])

    # --- concepts ---------------------------------------------------------------------

    def _matches(self, name: str, sentence: Sentence) -> list[tuple[int, int, bool]]:
        """(start, end, affirmed) of each match of a concept in one sentence."""
        concept, patterns = self._concepts[name]
        text = sentence.plain if concept.text == "plain" else sentence.canonical
        if not self._any_of[name].search(text):
            return []
        found = []
        for pattern in patterns:
            for m in pattern.finditer(text):
                affirmed = not concept.negatable or not (
                    denied(text, m.start()) or _asked_about(sentence, text, m.start())
                )
                found.append((m.start(), m.end(), affirmed))
        return found

    def findings(self, message: Normalised) -> Findings:
        found = Findings()
        sentences = message.sentences
        # One search over the whole message rules out most concepts before the sentences
        # are looked at one by one (a sentence is part of the whole, so nothing is missed).
        whole = {"canonical": message.canonical, "plain": message.plain}
        present = [
            name
            for name, (concept, _) in self._concepts.items()
            if self._any_of[name].search(whole[concept.text])
        ]
        for index, sentence in enumerate(sentences):
            if answered_no(sentences, index):
                continue
            for name in present:
                if any(affirmed for _, _, affirmed in self._matches(name, sentence)):
                    found.add(name, index)
        for name, duration in self._durations.items():
            for index in self._spans(duration, message):
                found.add(name, index)
        return found

    # --- durations --------------------------------------------------------------------

    def _spans(self, duration: Duration, message: Normalised) -> set[int]:
        """Sentences where something of `duration.of` lasted over its limit."""
        hits: set[int] = set()
        previous_subject: str | None = None
        for index, sentence in enumerate(message.sentences):
            text = sentence.canonical
            events: list[tuple[int, int, str]] = []
            for kind, names in (("of", duration.of), ("not_of", duration.not_of)):
                for name in names:
                    concept = self._concepts[name][0]
                    source = sentence.plain if concept.text == "plain" else text
                    if source is not text:
                        continue  # positions must refer to the same text
                    events += [(s, e, kind) for s, e, _ in self._matches(name, sentence)]
            events.sort()
            clock_span = _clock_span(sentence.plain)
            if (
                clock_span is not None
                and duration.over_minutes < clock_span < duration.under_minutes
            ):
                subject = max(events)[2] if events else previous_subject
                if subject == "of":
                    hits.add(index)
            for m in _DURATION.finditer(text):
                minutes = _minutes(m)
                if minutes is None or not duration.over_minutes < minutes < duration.under_minutes:
                    continue
                if _HABIT.search(text[: m.start()]):
                    continue
                before = text[: m.start()]
                told_as_span = (
                    _LASTING.search(before)
                    or _ENDED_AFTER.search(before)
                    or _NOT_LET_GO_IN.search(before)
                )
                lasting = bool(told_as_span) or text[m.end() :].startswith(" of ")
                if not lasting and (
                    _NOT_A_SPAN_AFTER.match(text[m.end() :])
                    or _NOT_A_SPAN_BEFORE.search(text[: m.start()])
                ):
                    continue
                subject = _subject_of(m, text, events, lasting) or previous_subject
                if subject == "of":
                    hits.add(index)
            if events:
                previous_subject = events[-1][2]
        return hits

    # --- signs ------------------------------------------------------------------------

    def _holds(self, rule: Rule, found: Findings) -> bool:
        if any(found.has(c) for c in rule.none):
            return False
        if not all(found.has(c) for c in rule.all):
            return False
        if not all(any(found.has(c) for c in group) for group in rule.any):
            return False
        if not rule.same_sentence:
            return True
        common: set[int] | None = None
        for name in rule.all:
            common = found.sentences(name) if common is None else common & found.sentences(name)
        candidates = (
            common
            if common is not None
            else set().union(*(found.sentences(c) for group in rule.any for c in group))
        )
        return any(
            all(any(i in found.sentences(c) for c in group) for group in rule.any)
            for i in candidates
        )

    def detect_normalised(self, message: Normalised) -> list[SignHit]:
        found = self.findings(message)
        return [
            SignHit(sign) for sign in self._signs if any(self._holds(r, found) for r in sign.when)
        ]


_CLOCK = r"(\d{1,2})(?: (\d{2}))?(?: ?(am|pm))?"
_SINCE_UNTIL_NOW = re.compile(
    rf"\bsince {_CLOCK}\b.*?\b(?:now|its now|it s now|it is now|now its|now it s) {_CLOCK}\b"
    rf"|\bsince {_CLOCK}\b.*?\b(?:its|it s|it is) {_CLOCK}( now)?\b"
)


def _clock_span(plain: str) -> float | None:
    """Minutes between "since 6 15" and "it s now 6 40" (times as typed, in one sentence)."""
    m = _SINCE_UNTIL_NOW.search(plain)
    if m is None:
        return None
    groups = [g for g in m.groups()]
    first, second = (
        (groups[0:3], groups[3:6]) if groups[0] is not None else (groups[6:9], groups[9:12])
    )
    start, end = _clock_minutes(*first), _clock_minutes(*second)
    if start is None or end is None:
        return None
    return (end - start) % (24 * 60)


def _clock_minutes(hour: str | None, minute: str | None, half: str | None) -> int | None:
    if hour is None or int(hour) > 23 or (minute is not None and int(minute) > 59):
        return None
    h = int(hour) % 12 + (12 if half == "pm" else 0) if half else int(hour)
    return h * 60 + int(minute or 0)


def _minutes(m: re.Match[str]) -> float | None:
    if m.group("half"):
        return 30
    if m.group("ages"):
        return 120
    count_text = (m.group("count") or "").replace("a ", "").replace(" of", "").strip()
    if count_text.replace(" ", "").isdigit():
        count = float(count_text.split()[0])
    else:
        count = float(_NUMBER_WORDS.get(count_text, 0))
    if not count:
        return None
    unit = m.group("unit")
    if unit.startswith("sec"):
        return count / 60
    if unit.startswith(("minute", "min")):
        return count
    if unit.startswith("hour"):
        return count * 60
    if unit.startswith("day"):
        return count * 1440
    return count * 10080


def _subject_of(
    m: re.Match[str], text: str, events: list[tuple[int, int, str]], lasting: bool
) -> str | None:
    """Whose time a duration is: after "for" or "lasted", what came before ("rode for 3
    hours"); otherwise the event right after it ("a 3 hour ride", "20 minutes of
    cramping"), else the nearest event before it in the sentence."""
    before = [(end, kind) for start, end, kind in events if end <= m.start()]
    if lasting and before:
        return max(before)[1]
    ahead_limit = m.end() + len(" ".join(text[m.end() :].split()[:_EVENT_AHEAD_WORDS])) + 1
    for start, _, kind in events:
        if m.end() <= start <= ahead_limit and SEGMENT_MARK not in text[m.end() : start]:
            return kind
    return max(before)[1] if before else None
