"""The typed `/remind` shortcuts, parsed into commands: the reminder's kind and words
such as every, pause, off and list. Times and days are read by scheduler/clock_words.py.

Input is bounded (token count, total length, token length) before any real work. Every
failure is a ParseError whose message says in plain words what was wrong and ends with
the accepted forms; nothing else is ever raised for bad input.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import time

from scheduler.clock_words import (
    DASHES,
    MAX_TOKEN_LENGTH,
    WordProblem,
    days_from,
    did_you_mean,
    glue,
    quote,
    read_days,
    read_range,
    read_range_quietly,
    read_time,
    suggest,
    unknown_word,
    usage_error,
)
from scheduler.planning import ALL_DAYS, KINDS, MAX_EVERY_HOURS, MAX_TIMES_PER_DAY, Kind, Schedule

MAX_TOKENS = 50
MAX_TEXT_LENGTH = 400
MAX_PAUSE_DAYS = 90
DEFAULT_WINDOW = (time(9, 0), time(21, 0))

REMIND_USAGE = """\
You can write:
/remind hydration 09:00 13:00 17:00
/remind stretching 21:30 mon-fri
/remind minerals 12:30 sat sun
/remind hydration every 2h 08:00-20:00
/remind hydration every 3h  (from 09:00 to 21:00)
/remind hydration off
/remind list
/remind pause 3d  (1 to 90 days; 1w = 7 days)
/remind resume
/remind stop  (all reminders off)
Reminders: hydration, stretching, minerals.
Times: 09:00, 9:30, 9, 21h30, 9.30, 9am, 9:30pm.
Days: daily, weekdays, weekends, mon-fri, mon,wed,fri, sat sun."""

# --- commands -------------------------------------------------------------------------


@dataclass(frozen=True)
class SetTimes:
    kind: Kind
    times: tuple[time, ...]
    days: frozenset[int] = ALL_DAYS

    def to_schedule(self) -> Schedule:
        return Schedule(self.kind, self.times, self.days)


@dataclass(frozen=True)
class SetEvery:
    kind: Kind
    hours: int
    start: time
    end: time
    days: frozenset[int] = ALL_DAYS

    def to_schedule(self) -> Schedule:
        return Schedule.every(self.kind, self.hours, self.start, self.end, self.days)


@dataclass(frozen=True)
class TurnOff:
    kind: Kind


@dataclass(frozen=True)
class ListReminders:
    pass


@dataclass(frozen=True)
class Pause:
    days: int


@dataclass(frozen=True)
class Resume:
    pass


@dataclass(frozen=True)
class StopAll:
    pass


@dataclass(frozen=True)
class ShowMenu:
    pass


RemindCommand = SetTimes | SetEvery | TurnOff | ListReminders | Pause | Resume | StopAll | ShowMenu


# --- vocabulary -----------------------------------------------------------------------

_KIND_WORDS: dict[str, Kind] = {
    "hydration": "hydration",
    "hydrate": "hydration",
    "water": "hydration",
    "drink": "hydration",
    "drinking": "hydration",
    "stretching": "stretching",
    "stretch": "stretching",
    "stretches": "stretching",
    "minerals": "minerals",
    "mineral": "minerals",
}
_LIST_WORDS = frozenset({"list", "show", "ls"})
_MENU_WORDS = frozenset({"menu", "help"})
_RESUME_WORDS = frozenset({"resume", "unpause", "continue"})
_STOP_WORDS = frozenset({"stop", "off"})
_ALL_WORDS = frozenset({"all", "everything"})
_COMMAND_WORDS = ("list", "pause", "resume", "stop", "off")

# Words people put between the parts ("stretching at 21:30 on mon and wed").
_FILLER_WORDS = frozenset({"at", "on", "and", "from", "between"})
_INTERVAL = re.compile(r"(?P<count>[0-9]{1,3})?\s*(?P<unit>[a-z]+)?")
_HOUR_UNITS = frozenset({"h", "hr", "hrs", "hour", "hours"})
_MINUTE_UNITS = frozenset({"m", "min", "mins", "minute", "minutes"})
_DURATION = re.compile(r"(?P<count>[0-9]{1,4})\s*(?P<unit>[a-z]*)")
_DAY_UNITS = frozenset({"", "d", "day", "days"})
_WEEK_UNITS = frozenset({"w", "wk", "wks", "week", "weeks"})


# --- helpers --------------------------------------------------------------------------


def _words(args: Sequence[str]) -> list[str]:
    """Lower-case words with commas as separators, after bounding the input."""
    if len(args) > MAX_TOKENS:
        raise WordProblem(f"That is too many words ({len(args)}); a reminder needs only a few.")
    if sum(len(arg) for arg in args) > MAX_TEXT_LENGTH:
        raise WordProblem("That is too long for a reminder.")
    words = " ".join(args).translate(DASHES).lower().replace(",", " ").split()
    if len(words) > MAX_TOKENS:
        raise WordProblem(f"That is too many words ({len(words)}); a reminder needs only a few.")
    for word in words:
        if len(word) > MAX_TOKEN_LENGTH:
            raise WordProblem(f"{quote(word)} is too long to be a time, a day or a reminder.")
    return words


def _kind_of(word: str) -> Kind | None:
    return _KIND_WORDS.get(word) or _KIND_WORDS.get(word.rstrip("s"))


def _require_kind(word: str) -> Kind:
    kind = _kind_of(word)
    if kind is None:
        hint = did_you_mean(suggest(word, KINDS))
        raise WordProblem(f"I don't know a reminder called {quote(word)}.{hint}")
    return kind


def _read_time_or_explain(word: str) -> time:
    try:
        return read_time(word)
    except WordProblem:
        if "-" in word and read_range_quietly(word) is not None:
            raise WordProblem(
                f"{quote(word)} is a range: ranges go with every, as in "
                "hydration every 2h 08:00-20:00."
            ) from None
        if any(ch.isdigit() for ch in word):
            raise
        raise unknown_word(word) from None


def _without_fillers(words: Sequence[str]) -> list[str]:
    """Drop filler words; "every day" and "every monday" become plain day selectors."""
    kept: list[str] = []
    for word in words:
        if word in _FILLER_WORDS:
            continue
        if kept and kept[-1] == "every" and (word == "day" or read_days(word) is not None):
            kept[-1] = "daily" if word == "day" else word
            continue
        kept.append(word)
    return kept


def _set_times(kind: Kind, words: Sequence[str]) -> SetTimes:
    times: set[time] = set()
    day_words: list[str] = []
    for word in words:
        if read_days(word) is not None:
            day_words.append(word)
        else:
            times.add(_read_time_or_explain(word))
    if not times:
        raise WordProblem(f"At what time? For example: {kind} 09:00 mon-fri.")
    if len(times) > MAX_TIMES_PER_DAY:
        raise WordProblem(
            f"That is {len(times)} times a day; the most is {MAX_TIMES_PER_DAY}. "
            f"For many reminders try {kind} every 1h."
        )
    return SetTimes(kind, tuple(sorted(times)), days_from(day_words))


def _read_interval(words: list[str]) -> int:
    """Hours from the words after "every" ("2h", "2 h", "2 hours", "hour"); consumes them."""
    if not words:
        raise WordProblem("Every how many hours? For example: every 2h.")
    first = words.pop(0)
    match = _INTERVAL.fullmatch(first)
    if match is None or (match["count"] is None and match["unit"] is None):
        raise WordProblem(f"{quote(first)} is not a number of hours, as in every 2h.")
    count, unit = match["count"], match["unit"]
    if count is not None and unit is None and words and words[0] in _HOUR_UNITS | _MINUTE_UNITS:
        unit = words.pop(0)
    if unit in _MINUTE_UNITS:
        raise WordProblem(f"Reminders repeat in whole hours (1 to {MAX_EVERY_HOURS}), not minutes.")
    if unit is not None and unit not in _HOUR_UNITS:
        raise WordProblem(f"{quote(first)} is not a number of hours, as in every 2h.")
    hours = 1 if count is None else int(count)
    if not 1 <= hours <= MAX_EVERY_HOURS:
        raise WordProblem(
            f"“every {hours}h” does not work: the hours go from 1 to {MAX_EVERY_HOURS}."
        )
    return hours


def _set_every(kind: Kind, words: Sequence[str]) -> SetEvery:
    remaining = list(words)
    hours = _read_interval(remaining)
    start, end = DEFAULT_WINDOW
    day_words: list[str] = []
    for word in remaining:
        if read_days(word) is not None:
            day_words.append(word)
            continue
        window = read_range_quietly(word)
        if window is None:
            if "-" in word:
                read_range(word)  # raises the problem with the side that is wrong
            if any(ch.isdigit() for ch in word):
                raise WordProblem(
                    f"{quote(word)}: give the hours as start-end, as in every 2h 08:00-20:00."
                )
            raise unknown_word(word)
        start, end = window
    if start == end:
        raise WordProblem("The start and the end of the window are the same time.")
    return SetEvery(kind, hours, start, end, days_from(day_words))


def _pause(words: Sequence[str]) -> Pause:
    example = "For example: pause 3d, or pause 1w for a week."
    if not words:
        raise WordProblem(f"For how long? {example}")
    match = _DURATION.fullmatch("".join(words))
    if match is None or match["unit"] not in _DAY_UNITS | _WEEK_UNITS:
        if match is not None and match["unit"] in _HOUR_UNITS:
            raise WordProblem(f"Pauses are in whole days. {example}")
        raise WordProblem(f"{quote(' '.join(words))} is not a number of days. {example}")
    days = int(match["count"]) * (7 if match["unit"] in _WEEK_UNITS else 1)
    if not 1 <= days <= MAX_PAUSE_DAYS:
        raise WordProblem(f"A pause lasts 1 to {MAX_PAUSE_DAYS} days. {example}")
    return Pause(days)


def _turn_off(words: Sequence[str]) -> TurnOff | StopAll:
    if len(words) != 1:
        raise WordProblem("Which reminder? For example: off hydration.")
    if words[0] in _ALL_WORDS:
        return StopAll()
    return TurnOff(_require_kind(words[0]))


def _no_more(head: str, rest: Sequence[str]) -> None:
    if rest:
        raise WordProblem(f"{head} needs nothing after it, but got {quote(' '.join(rest))}.")


def _command(words: Sequence[str]) -> RemindCommand:
    # The head is glued apart from the rest, so "hydration -5" never reads as a range.
    head, rest = words[0], glue(_without_fillers(words[1:]))
    if head in _MENU_WORDS:
        return ShowMenu()
    if head in _LIST_WORDS:
        _no_more(head, rest)
        return ListReminders()
    if head in _RESUME_WORDS:
        _no_more(head, rest)
        return Resume()
    if head == "pause":
        return _pause(rest)
    if head in _STOP_WORDS:
        return StopAll() if not rest and head == "stop" else _turn_off(rest)
    kind = _kind_of(head)
    if kind is None:
        hint = did_you_mean(suggest(head, [*KINDS, *_COMMAND_WORDS]))
        raise WordProblem(f"I don't know {quote(head)}.{hint}")
    if rest and rest[0] == "every":
        return _set_every(kind, rest[1:])
    if rest in (["off"], ["stop"]):
        return TurnOff(kind)
    return _set_times(kind, rest)


def parse_remind(args: Sequence[str]) -> RemindCommand:
    """The command typed after /remind (PTB's context.args); ParseError if unclear."""
    try:
        words = _words(args)
        return _command(words) if words else ShowMenu()
    except WordProblem as problem:
        raise usage_error(str(problem), REMIND_USAGE) from None
