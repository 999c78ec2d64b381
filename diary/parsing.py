"""Reading a cramp typed in words: `/log 7 left calf 3 min woke`, `/log 4 both feet 30s
last night`, in any order, and stories such as "had a bad cramp in my left calf last night".

`read_log` is strict (a command): a word it does not know, a thing said twice, a
severity outside 0-10 or a time in the future is a Problem, and nothing is logged.
`read_story` is lenient (free text): it only says whether the message tells of a cramp
the person had, and what it gave away about it, so the bot can offer to log it.
Numbers are read in the digits 0-9 only, as everywhere in the bot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from diary.entry import (
    FUTURE_TOLERANCE,
    MAX_NOTE_LENGTH,
    MAX_SEVERITY,
    OLDEST,
    Draft,
    Side,
    Site,
    duration_of_minutes,
    resolve_when,
)

ProblemKind = Literal[
    "unknown_words", "twice", "severity_range", "future", "too_old", "bad_time", "note_too_long"
]


@dataclass(frozen=True, slots=True)
class Problem:
    kind: ProblemKind
    # The words concerned, as typed (for "twice": the thing given twice).
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Reading:
    """What typed words said: the draft so far, and the first problem met (if any)."""

    draft: Draft
    problem: Problem | None = None

    def complete_enough(self) -> bool:
        """Site, side, severity and duration given: logged at once, the rest defaulted."""
        d = self.draft
        return None not in (d.site, d.side, d.severity, d.duration)


_SITE_WORDS: dict[str, tuple[Site, bool]] = {
    # word -> (site, plural: "feet" alone means both feet)
    "calf": ("calf", False),
    "calves": ("calf", True),
    "thigh": ("thigh", False),
    "thighs": ("thigh", True),
    "quad": ("thigh", False),
    "quads": ("thigh", True),
    "foot": ("foot", False),
    "feet": ("foot", True),
    "sole": ("foot", False),
    "arch": ("foot", False),
    "toe": ("toes", False),
    "toes": ("toes", False),
    "hamstring": ("hamstring", False),
    "hamstrings": ("hamstring", True),
}
_SIDE_WORDS: dict[str, Side] = {"left": "left", "right": "right", "both": "both"}
# Words that carry nothing to log: "had a bad cramp in my calf".
_FILLER_WORDS = (
    "i i've ive had have has got get a an the my in on at of for and with was it is me",
    "very quite really about around cramp cramps cramped cramping leg legs muscle",
    "muscles bad painful pain charley horse spasm lasted lasting long side",
)
_FILLER = frozenset(word for line in _FILLER_WORDS for word in line.split())
_CRAMP_WORDS = re.compile(r"\b(cramp\w*|charley horses?|spasms?)\b")
_QUESTION_START = re.compile(
    r"^(why|how|what|when|where|which|who|can|could|should|would|is|are|do|does|did|will)\b"
)
# First-person, already happened: "i had", "woke me", "last night", "my calf".
_TOLD_AS_HAPPENED = re.compile(
    r"\b(i had|i got|i've had|ive had|had a|got a|woke|last night|this morning|yesterday|"
    r"earlier|tonight|just now|my (left |right )?(calf|calves|thigh|foot|feet|toes?|hamstring))"
)

_NOTE = re.compile(r"(?:^|\s)note:?\s*(.*)$", re.DOTALL)
_SEVERITY_OF_TEN = re.compile(r"(?<![0-9])([0-9]{1,3})\s*/\s*10\b")
_DURATION = re.compile(
    r"(?<![0-9.:])([0-9]{1,4}(?:\.[0-9]+)?)\s*"
    r"(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)\b"
)
_CLOCK = re.compile(
    r"(?<![0-9])([0-9]{1,2})(?::([0-9]{2}))?\s*(am|pm)\b|(?<![0-9.])([0-9]{1,2}):([0-9]{2})\b"
)
_ISO_DATE = re.compile(r"\b([0-9]{4})-([0-9]{2})-([0-9]{2})\b")
_INTEGER = re.compile(r"^[0-9]{1,6}$")
# Phrases first (longest first), each read as one thing.
_PHRASES: tuple[tuple[re.Pattern[str], str, object], ...] = tuple(
    (re.compile(rf"(?<!\w){pattern}(?!\w)"), name, value)
    for pattern, name, value in (
        (r"(under|less than) (a|one|1) ?min(ute)?", "duration", "under_1"),
        (r"(a few )?seconds", "duration", "under_1"),
        (r"(over|more than) (10|ten) ?min(ute)?s?", "duration", "over_10"),
        (r"(didn'?t|did not|not|never) (wake|woke|woken)( me)?( up)?", "woke", False),
        (r"slept through( it)?", "woke", False),
        (r"(woke|woken|wakes|waking|wake|awoke)( me)?( up)?", "woke", True),
        (
            r"(didn'?t|did not|not|won'?t|wouldn'?t) (ease|eased|easing|stop|stopped|go away)",
            "eased",
            False,
        ),
        (r"still (going|cramping|there|on)|ongoing|not easing", "eased", False),
        (r"eased( off)?|(it )?(went|has gone|is gone|stopped|passed)", "eased", True),
        (r"last night", "when", "last_night"),
        (r"this morning|in the morning", "when", "this_morning"),
        (r"(just )?now|right now|tonight", "when", "now"),
        (r"yesterday", "day", "yesterday"),
        (r"today", "day", "today"),
        (r"tomorrow", "day", "tomorrow"),
    )
)


@dataclass
class _Found:
    """What the words said so far, and what was said twice."""

    values: dict[str, object] = field(default_factory=dict)
    twice: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    problem: Problem | None = None

    def put(self, name: str, value: object, words: str) -> None:
        if name in self.values and name not in self.twice:
            self.twice.append(name if name != "when" else words)
        self.values.setdefault(name, value)

    def fail(self, problem: Problem) -> None:
        if self.problem is None:
            self.problem = problem


def _clock_time(match: re.Match[str]) -> time | None:
    if match.group(3):  # "11pm", "7:30 am"
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if not 1 <= hour <= 12 or minute > 59:
            return None
        hour = hour % 12 + (12 if match.group(3) == "pm" else 0)
        return time(hour, minute)
    hour, minute = int(match.group(4)), int(match.group(5))
    return time(hour, minute) if hour <= 23 and minute <= 59 else None


def _read(text: str) -> _Found:
    found = _Found()
    words = text.lower().replace(",", " ").replace(";", " ")
    note = _NOTE.search(words)
    if note is not None:
        # The note keeps the person's own spelling and capitals.
        start = note.start(1)
        kept = text[start:].strip()
        words = words[: note.start()]
        if len(kept) > MAX_NOTE_LENGTH:
            found.fail(Problem("note_too_long", str(MAX_NOTE_LENGTH)))
        elif kept:
            found.put("note", kept, "note")

    def take(pattern: re.Pattern[str], handle: object) -> None:
        nonlocal words
        for match in list(pattern.finditer(words)):
            handle(match)  # type: ignore[operator]
        words = pattern.sub(" ", words)

    def severity_of_ten(match: re.Match[str]) -> None:
        value = int(match.group(1))
        if value > MAX_SEVERITY:
            found.fail(Problem("severity_range", match.group(0)))
        found.put("severity", value, match.group(0))

    def duration(match: re.Match[str]) -> None:
        amount, unit = float(match.group(1)), match.group(2)
        minutes = amount / 60 if unit.startswith("s") else amount * 60 if unit[0] == "h" else amount
        found.put("duration", duration_of_minutes(minutes), match.group(0))

    def clock(match: re.Match[str]) -> None:
        moment = _clock_time(match)
        if moment is None:
            found.fail(Problem("bad_time", match.group(0).strip()))
            return
        found.put("clock", moment, match.group(0).strip())

    def iso_date(match: re.Match[str]) -> None:
        try:
            day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            found.fail(Problem("bad_time", match.group(0)))
            return
        found.put("day", day, match.group(0))

    def phrases(durations: bool) -> None:
        nonlocal words
        for pattern, name, value in _PHRASES:
            if (name == "duration") == durations:
                for match in list(pattern.finditer(words)):
                    found.put(name, value, match.group(0))
                words = pattern.sub(" ", words)

    take(_SEVERITY_OF_TEN, severity_of_ten)
    take(_ISO_DATE, iso_date)
    # "more than 10 minutes" before "10 minutes".
    phrases(durations=True)
    take(_CLOCK, clock)
    take(_DURATION, duration)
    phrases(durations=False)

    for word in words.split():
        word = word.strip(".!?()'\"")
        if not word or word in _FILLER:
            continue
        if word in _SITE_WORDS:
            site, plural = _SITE_WORDS[word]
            found.put("site", site, word)
            if plural:
                found.values.setdefault("plural", True)
        elif word in _SIDE_WORDS:
            found.put("side", _SIDE_WORDS[word], word)
        elif _INTEGER.match(word):
            value = int(word)
            if value > MAX_SEVERITY:
                found.fail(Problem("severity_range", word))
            found.put("severity", value, word)
        else:
            found.unknown.append(word)
    return found


def _instant(found: _Found, zone: ZoneInfo, now: datetime) -> datetime | Problem | None:
    """When the cramp was, from the time words; None when none were given."""
    values = found.values
    day, moment, when = values.get("day"), values.get("clock"), values.get("when")
    if day is None and moment is None:
        return resolve_when(when, zone, now) if isinstance(when, str) else None  # type: ignore[arg-type]
    today = now.astimezone(zone).date()
    if day == "tomorrow":
        return Problem("future", "tomorrow")
    if day == "yesterday":
        day = today - timedelta(days=1)
    elif day == "today":
        day = today
    if isinstance(moment, time):
        if isinstance(day, date):
            instant = datetime.combine(day, moment, zone).astimezone(UTC)
        else:
            # A time alone: the last time the clock showed it.
            instant = datetime.combine(today, moment, zone).astimezone(UTC)
            if instant > now + FUTURE_TOLERANCE:
                instant = datetime.combine(today - timedelta(days=1), moment, zone)
                instant = instant.astimezone(UTC)
    elif isinstance(day, date):
        instant = now if day == today else datetime.combine(day, time(12), zone).astimezone(UTC)
    else:
        return None
    return instant


def _draft(found: _Found, zone: ZoneInfo, now: datetime) -> tuple[Draft, Problem | None]:
    values = found.values
    at = _instant(found, zone, now)
    problem: Problem | None = None
    if isinstance(at, Problem):
        problem, at = at, None
    elif at is not None and at > now + FUTURE_TOLERANCE:
        problem, at = Problem("future"), None
    elif at is not None and at < now - OLDEST:
        problem, at = Problem("too_old"), None
    side = values.get("side")
    if side is None and values.get("plural"):
        side = "both"
    severity = values.get("severity")
    draft = Draft(
        at=at,
        site=values.get("site"),  # type: ignore[arg-type]
        side=side,  # type: ignore[arg-type]
        severity=severity if isinstance(severity, int) and severity <= MAX_SEVERITY else None,
        duration=values.get("duration"),  # type: ignore[arg-type]
        eased=values.get("eased"),  # type: ignore[arg-type]
        woke=values.get("woke"),  # type: ignore[arg-type]
        note=values.get("note"),  # type: ignore[arg-type]
    )
    return draft, problem


def read_log(text: str, zone: ZoneInfo, now: datetime) -> Reading:
    """The arguments of /log, strictly: any problem means nothing is logged."""
    found = _read(text)
    draft, time_problem = _draft(found, zone, now)
    problem = found.problem or time_problem
    if problem is None and found.unknown:
        problem = Problem("unknown_words", " ".join(dict.fromkeys(found.unknown)))
    if problem is None and found.twice:
        problem = Problem("twice", found.twice[0])
    return Reading(draft, problem)


def tells_of_a_cramp(text: str) -> bool:
    """Whether free text tells of a cramp the person had, not a question about cramps."""
    lowered = " ".join(text.lower().split())
    if "?" in lowered or _QUESTION_START.match(lowered):
        return False
    return bool(_CRAMP_WORDS.search(lowered) and _TOLD_AS_HAPPENED.search(lowered))


def read_story(text: str, zone: ZoneInfo, now: datetime) -> Draft | None:
    """A draft when free text tells of a cramp the person had ("had a bad cramp in my
    left calf last night"); None for questions and anything else."""
    if not tells_of_a_cramp(text):
        return None
    lowered = " ".join(text.lower().split())
    found = _read(lowered)
    found.values.pop("note", None)
    draft, problem = _draft(found, zone, now)
    if problem is not None or found.twice:
        # Unclear about a detail: offer to log it, asking everything.
        return Draft()
    return draft


def default_rest(draft: Draft, now: datetime) -> Draft:
    """A cramp typed in one go: not said when means now, not said it woke means it did not."""
    return Draft(
        at=draft.at or now,
        site=draft.site,
        side=draft.side,
        severity=draft.severity,
        duration=draft.duration,
        eased=draft.eased,
        woke=bool(draft.woke),
        note=draft.note,
    )


@dataclass(frozen=True, slots=True)
class ItemCommand:
    """`/diary medicine NAME since DAY`, `/diary tried NAME`, `/diary remove NAME`."""

    action: Literal["medicine", "tried", "remove"]
    name: str
    started_on: date | None = None


MAX_ITEM_NAME = 80
_SINCE = re.compile(r"\s+(?:since|from|started|on)\s+(\S+)\s*$", re.IGNORECASE)


def read_day(word: str, today: date) -> date | Problem:
    """A day typed as 2026-11-12, today or yesterday; never in the future."""
    lowered = word.lower()
    if lowered == "today":
        return today
    if lowered == "yesterday":
        return today - timedelta(days=1)
    found = _ISO_DATE.fullmatch(lowered)
    if found is None:
        return Problem("bad_time", word[:20])
    try:
        day = date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    except ValueError:
        return Problem("bad_time", word[:20])
    return Problem("future") if day > today else day


def read_item(args: list[str], today: date) -> ItemCommand | Problem | None:
    """What /diary's words ask; None for words that are no such command."""
    if len(args) < 2:
        return None
    action = args[0].lower()
    if action not in ("medicine", "tried", "remove"):
        return None
    rest = " ".join(args[1:]).strip()
    started_on: date | None = None
    since = _SINCE.search(rest) if action == "medicine" else None
    if since is not None:
        day = read_day(since.group(1), today)
        if isinstance(day, Problem):
            return day
        started_on, rest = day, rest[: since.start()].strip()
    if not rest or len(rest) > MAX_ITEM_NAME:
        return None
    return ItemCommand(action, rest, started_on)  # type: ignore[arg-type]


# /report: 4 weeks ending today unless told otherwise, at most a year.
REPORT_DEFAULT_DAYS = 28
REPORT_LONGEST_DAYS = 366
_SPAN = re.compile(r"^([0-9]{1,3})\s*(days?|d|weeks?|w)$")


def read_report_start(args: list[str], today: date) -> date | None:
    """The first day of the report: `[]` (4 weeks), `since 2026-11-01`, `8 weeks`,
    `10 days`; None for anything else, a day to come, or more than a year."""
    words = " ".join(args).strip().lower()
    if not words:
        return today - timedelta(days=REPORT_DEFAULT_DAYS - 1)
    first: date | None = None
    span = _SPAN.match(words)
    if span is not None:
        count = int(span.group(1)) * (7 if span.group(2).startswith("w") else 1)
        first = today - timedelta(days=count - 1) if count else None
    elif words.startswith(("since ", "from ")):
        day = read_day(words.split(maxsplit=1)[1], today)
        first = day if isinstance(day, date) else None
    if first is None or (today - first).days + 1 > REPORT_LONGEST_DAYS:
        return None
    return first
