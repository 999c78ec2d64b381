"""The typed `/remind` shortcuts and the time formats of /settings, parsed into commands.

Input is what Telegram users type, so everything is bounded before any real work
(token count, total length, token length) and only ASCII digits count as digits:
Python's int() and regex \\d would accept "٣" and other Unicode digits (scheduler/numbers.py
holds the one rule for counts typed elsewhere). Every
failure is a ParseError whose message says in plain words what was wrong and ends
with the accepted forms; nothing else is ever raised for bad input.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import time

from rapidfuzz import fuzz, process

from scheduler.planning import ALL_DAYS, KINDS, MAX_TIMES_PER_DAY, Kind, Schedule

MAX_TOKENS = 50
MAX_TEXT_LENGTH = 400
MAX_TOKEN_LENGTH = 40
MAX_EVERY_HOURS = 12
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

TIME_USAGE = "Times look like 09:00, 9:30, 9, 21h30, 9.30, 9am or 9:30pm."

QUIET_HOURS_USAGE = "Quiet hours look like 22:00-07:00 or 10pm-7am (start, then end)."


class ParseError(ValueError):
    """Bad user input. `message` is friendly and ends with the accepted forms;
    `problem` is just the first sentence(s), saying what was wrong."""

    def __init__(self, message: str, *, problem: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.problem = message if problem is None else problem


class _Problem(Exception):
    """Internal: what was wrong, before the caller appends the usage that fits."""


def _error(problem: str, usage: str) -> ParseError:
    return ParseError(f"{problem}\n\n{usage}", problem=problem)


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

_DAY_WORDS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("mo", "mon", "monday"),
            ("tu", "tue", "tues", "tuesday"),
            ("we", "wed", "weds", "wednesday"),
            ("th", "thu", "thur", "thurs", "thursday"),
            ("fr", "fri", "friday"),
            ("sa", "sat", "saturday"),
            ("su", "sun", "sunday"),
        )
    )
    for name in names
}
_DAY_GROUPS: dict[str, frozenset[int]] = {
    "daily": ALL_DAYS,
    "everyday": ALL_DAYS,
    "weekdays": frozenset(range(5)),
    "weekday": frozenset(range(5)),
    "workdays": frozenset(range(5)),
    "weekends": frozenset({5, 6}),
    "weekend": frozenset({5, 6}),
}
_DAY_SUGGESTIONS = (
    *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    *("daily", "weekdays", "weekends"),
)
# Words people put between the parts ("stretching at 21:30 on mon and wed").
_FILLER_WORDS = frozenset({"at", "on", "and", "from", "between"})
_RANGE_WORDS = frozenset({"-", "to", "till", "until"})
_MERIDIEM_WORDS = {"am": "am", "a.m.": "am", "a.m": "am", "pm": "pm", "p.m.": "pm", "p.m": "pm"}
# Dashes that phones and word processors substitute for a hyphen.
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-"})

_CLOCK = re.compile(r"(?P<hour>[0-9]{1,2})(?:[:.h](?P<minute>[0-9]{2})|h)?(?P<half>am|pm)?")
_COMPACT_CLOCK = re.compile(r"(?P<hour>[0-9]{2})(?P<minute>[0-9]{2})")
_NAMED_TIMES = {"noon": time(12, 0), "midday": time(12, 0), "midnight": time(0, 0)}
_INTERVAL = re.compile(r"(?P<count>[0-9]{1,3})?\s*(?P<unit>[a-z]+)?")
_HOUR_UNITS = frozenset({"h", "hr", "hrs", "hour", "hours"})
_MINUTE_UNITS = frozenset({"m", "min", "mins", "minute", "minutes"})
_DURATION = re.compile(r"(?P<count>[0-9]{1,4})\s*(?P<unit>[a-z]*)")
_DAY_UNITS = frozenset({"", "d", "day", "days"})
_WEEK_UNITS = frozenset({"w", "wk", "wks", "week", "weeks"})


# --- helpers --------------------------------------------------------------------------


def _show(token: str) -> str:
    """A user's token fit to quote back: visible characters only, and short."""
    visible = "".join(ch for ch in token if unicodedata.category(ch)[0] != "C")
    if not visible:
        return "that (it has only invisible characters)"
    hidden = " (with invisible characters)" if len(visible) < len(token) else ""
    if len(visible) > 20:
        visible = visible[:20] + "…"
    return f"“{visible}”{hidden}"


def _has_foreign_digits(token: str) -> bool:
    return any(ch.isdigit() and not ch.isascii() for ch in token)


def _suggest(word: str, choices: Sequence[str], limit: int = 3) -> list[str]:
    """Close spellings of `word` among `choices`, best first."""
    found = process.extract(
        word[:MAX_TOKEN_LENGTH], choices, scorer=fuzz.ratio, score_cutoff=70, limit=limit
    )
    return [choice for choice, _score, _index in found]


def _did_you_mean(options: Sequence[str]) -> str:
    if not options:
        return ""
    if len(options) == 1:
        return f" Did you mean {options[0]}?"
    return f" Did you mean {', '.join(options[:-1])} or {options[-1]}?"


def _read_time(token: str) -> time:
    """One time of day from one lower-case token, or _Problem saying why not."""
    text = token
    for spelling, short in _MERIDIEM_WORDS.items():
        if text.endswith(spelling) and spelling != short:
            text = text[: -len(spelling)] + short
    if text in _NAMED_TIMES:
        return _NAMED_TIMES[text]
    if _has_foreign_digits(token):
        raise _Problem(f"{_show(token)} is not a time of day: please use the digits 0-9.")
    compact = _COMPACT_CLOCK.fullmatch(text)
    match = compact or _CLOCK.fullmatch(text)
    if match is None:
        raise _Problem(f"{_show(token)} is not a time of day.")
    hour = int(match["hour"])
    minute = int(match["minute"] or 0)
    half = None if compact else match["half"]
    if half is not None:
        if not 1 <= hour <= 12:
            raise _Problem(f"{_show(token)} is not a time of day: with am/pm the hour is 1 to 12.")
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        hint = " For midnight write 00:00." if (hour, minute) == (24, 0) else ""
        raise _Problem(f"{_show(token)} is not a time of day.{hint}")
    return time(hour, minute)


def _read_range(token: str) -> tuple[time, time] | None:
    """A "start-end" pair of times, None if the token has no dash."""
    if token.count("-") != 1:
        return None
    start, end = token.split("-")
    if not start or not end:
        return None
    return _read_time(start), _read_time(end)


def _read_days(token: str) -> frozenset[int] | None:
    """The weekdays a day selector names (mon, weekdays, fri-mon, mondays), else None."""
    if token in _DAY_GROUPS:
        return _DAY_GROUPS[token]
    if token in _DAY_WORDS:
        return frozenset({_DAY_WORDS[token]})
    if token.endswith("s") and token[:-1] in _DAY_WORDS and len(token) > 3:
        return frozenset({_DAY_WORDS[token[:-1]]})
    first, dash, last = token.partition("-")
    if dash and first in _DAY_WORDS and last in _DAY_WORDS:
        start, end = _DAY_WORDS[first], _DAY_WORDS[last]
        # fri-mon wraps over the weekend.
        return frozenset((start + step) % 7 for step in range((end - start) % 7 + 1))
    return None


def _words(args: Sequence[str]) -> list[str]:
    """Lower-case words with commas as separators, after bounding the input."""
    if len(args) > MAX_TOKENS:
        raise _Problem(f"That is too many words ({len(args)}); a reminder needs only a few.")
    if sum(len(arg) for arg in args) > MAX_TEXT_LENGTH:
        raise _Problem("That is too long for a reminder.")
    words = " ".join(args).translate(_DASHES).lower().replace(",", " ").split()
    if len(words) > MAX_TOKENS:
        raise _Problem(f"That is too many words ({len(words)}); a reminder needs only a few.")
    for word in words:
        if len(word) > MAX_TOKEN_LENGTH:
            raise _Problem(f"{_show(word)} is too long to be a time, a day or a reminder.")
    return words


def _glue(words: Sequence[str]) -> list[str]:
    """Glue what people split with spaces back into one token: "9 pm", "8 - 20", "8 to 20"."""
    glued: list[str] = []
    position = 0
    while position < len(words):
        word = words[position]
        following = words[position + 1] if position + 1 < len(words) else None
        if word in _MERIDIEM_WORDS and glued:
            glued[-1] += _MERIDIEM_WORDS[word]
        elif word in _RANGE_WORDS and glued and following is not None:
            glued[-1] = f"{glued[-1]}-{following}"
            position += 1
        elif word.endswith("-") and len(word) > 1 and following is not None:
            glued.append(word + following)
            position += 1
        elif word.startswith("-") and len(word) > 1 and glued:
            glued[-1] += word
        else:
            glued.append(word)
        position += 1
    return glued


def _kind_of(word: str) -> Kind | None:
    return _KIND_WORDS.get(word) or _KIND_WORDS.get(word.rstrip("s"))


def _require_kind(word: str) -> Kind:
    kind = _kind_of(word)
    if kind is None:
        hint = _did_you_mean(_suggest(word, KINDS))
        raise _Problem(f"I don't know a reminder called {_show(word)}.{hint}")
    return kind


def _unknown_word(word: str) -> _Problem:
    """The problem to report for a token that is neither a time nor a day."""
    # Only the best day: "weekday" and "weekdays" side by side would not help anyone.
    day_hint = _suggest(word, _DAY_SUGGESTIONS, limit=1) if len(word) > 3 else []
    if day_hint:
        return _Problem(f"{_show(word)} is not a day I know.{_did_you_mean(day_hint)}")
    if any(ch.isdigit() for ch in word):
        return _Problem(f"{_show(word)} is not a time of day.")
    return _Problem(f"I don't understand {_show(word)}.")


def _read_time_or_explain(word: str) -> time:
    try:
        return _read_time(word)
    except _Problem:
        if "-" in word and _read_range_quietly(word) is not None:
            raise _Problem(
                f"{_show(word)} is a range: ranges go with every, as in "
                "hydration every 2h 08:00-20:00."
            ) from None
        if any(ch.isdigit() for ch in word):
            raise
        raise _unknown_word(word) from None


def _read_range_quietly(word: str) -> tuple[time, time] | None:
    try:
        return _read_range(word)
    except _Problem:
        return None


def _days_from(words: Sequence[str]) -> frozenset[int]:
    """Union of the day selectors in `words`; all days when there are none."""
    days: set[int] = set()
    for word in words:
        selected = _read_days(word)
        if selected is None:
            raise _unknown_word(word)
        days |= selected
    return frozenset(days) or ALL_DAYS


def _without_fillers(words: Sequence[str]) -> list[str]:
    """Drop filler words; "every day" and "every monday" become plain day selectors."""
    kept: list[str] = []
    for word in words:
        if word in _FILLER_WORDS:
            continue
        if kept and kept[-1] == "every" and (word == "day" or _read_days(word) is not None):
            kept[-1] = "daily" if word == "day" else word
            continue
        kept.append(word)
    return kept


def _set_times(kind: Kind, words: Sequence[str]) -> SetTimes:
    times: set[time] = set()
    day_words: list[str] = []
    for word in words:
        if _read_days(word) is not None:
            day_words.append(word)
        else:
            times.add(_read_time_or_explain(word))
    if not times:
        raise _Problem(f"At what time? For example: {kind} 09:00 mon-fri.")
    if len(times) > MAX_TIMES_PER_DAY:
        raise _Problem(
            f"That is {len(times)} times a day; the most is {MAX_TIMES_PER_DAY}. "
            f"For many reminders try {kind} every 1h."
        )
    return SetTimes(kind, tuple(sorted(times)), _days_from(day_words))


def _read_interval(words: list[str]) -> int:
    """Hours from the words after "every" ("2h", "2 h", "2 hours", "hour"); consumes them."""
    if not words:
        raise _Problem("Every how many hours? For example: every 2h.")
    first = words.pop(0)
    match = _INTERVAL.fullmatch(first)
    if match is None or (match["count"] is None and match["unit"] is None):
        raise _Problem(f"{_show(first)} is not a number of hours, as in every 2h.")
    count, unit = match["count"], match["unit"]
    if count is not None and unit is None and words and words[0] in _HOUR_UNITS | _MINUTE_UNITS:
        unit = words.pop(0)
    if unit in _MINUTE_UNITS:
        raise _Problem(f"Reminders repeat in whole hours (1 to {MAX_EVERY_HOURS}), not minutes.")
    if unit is not None and unit not in _HOUR_UNITS:
        raise _Problem(f"{_show(first)} is not a number of hours, as in every 2h.")
    hours = 1 if count is None else int(count)
    if not 1 <= hours <= MAX_EVERY_HOURS:
        raise _Problem(f"“every {hours}h” does not work: the hours go from 1 to {MAX_EVERY_HOURS}.")
    return hours


def _set_every(kind: Kind, words: Sequence[str]) -> SetEvery:
    remaining = list(words)
    hours = _read_interval(remaining)
    start, end = DEFAULT_WINDOW
    day_words: list[str] = []
    for word in remaining:
        if _read_days(word) is not None:
            day_words.append(word)
            continue
        window = _read_range_quietly(word)
        if window is None:
            if "-" in word:
                _read_range(word)  # raises the problem with the side that is wrong
            if any(ch.isdigit() for ch in word):
                raise _Problem(
                    f"{_show(word)}: give the hours as start-end, as in every 2h 08:00-20:00."
                )
            raise _unknown_word(word)
        start, end = window
    if start == end:
        raise _Problem("The start and the end of the window are the same time.")
    return SetEvery(kind, hours, start, end, _days_from(day_words))


def _pause(words: Sequence[str]) -> Pause:
    example = "For example: pause 3d, or pause 1w for a week."
    if not words:
        raise _Problem(f"For how long? {example}")
    match = _DURATION.fullmatch("".join(words))
    if match is None or match["unit"] not in _DAY_UNITS | _WEEK_UNITS:
        if match is not None and match["unit"] in _HOUR_UNITS:
            raise _Problem(f"Pauses are in whole days. {example}")
        raise _Problem(f"{_show(' '.join(words))} is not a number of days. {example}")
    days = int(match["count"]) * (7 if match["unit"] in _WEEK_UNITS else 1)
    if not 1 <= days <= MAX_PAUSE_DAYS:
        raise _Problem(f"A pause lasts 1 to {MAX_PAUSE_DAYS} days. {example}")
    return Pause(days)


def _turn_off(words: Sequence[str]) -> TurnOff | StopAll:
    if len(words) != 1:
        raise _Problem("Which reminder? For example: off hydration.")
    if words[0] in _ALL_WORDS:
        return StopAll()
    return TurnOff(_require_kind(words[0]))


def _no_more(head: str, rest: Sequence[str]) -> None:
    if rest:
        raise _Problem(f"{head} needs nothing after it, but got {_show(' '.join(rest))}.")


def _command(words: Sequence[str]) -> RemindCommand:
    # The head is glued apart from the rest, so "hydration -5" never reads as a range.
    head, rest = words[0], _glue(_without_fillers(words[1:]))
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
        hint = _did_you_mean(_suggest(head, [*KINDS, *_COMMAND_WORDS]))
        raise _Problem(f"I don't know {_show(head)}.{hint}")
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
    except _Problem as problem:
        raise _error(str(problem), REMIND_USAGE) from None


def _bounded(text: str, usage: str) -> str:
    if len(text) > MAX_TOKEN_LENGTH * 2:
        raise _error("That is too long for a time.", usage)
    return text.translate(_DASHES).strip().lower()


def parse_time(text: str) -> time:
    """A time of day ("09:00", "9", "21h30", "9.30", "9am", "9:30pm"); ParseError if not."""
    words = _bounded(text, TIME_USAGE).split()
    if words and words[-1] in _MERIDIEM_WORDS and len(words) == 2:
        words = [words[0] + _MERIDIEM_WORDS[words[1]]]
    try:
        if len(words) != 1:
            raise _Problem(f"{_show(text)} is not a time of day.")
        return _read_time(words[0])
    except _Problem as problem:
        raise _error(str(problem), TIME_USAGE) from None


def parse_quiet_hours(text: str) -> tuple[time, time]:
    """Quiet hours as (start, end), e.g. "22:00-07:00" or "10pm to 7am"; may wrap midnight."""
    words = _bounded(text, QUIET_HOURS_USAGE).split()
    if words and words[0] in ("from", "between"):
        words = words[1:]
    try:
        glued = _glue(words)
        window = _read_range(glued[0]) if len(glued) == 1 else None
        if window is None:
            raise _Problem(f"{_show(text)} is not a start and an end time.")
    except _Problem as problem:
        raise _error(str(problem), QUIET_HOURS_USAGE) from None
    if window[0] == window[1]:
        raise _error("Quiet hours need different start and end times.", QUIET_HOURS_USAGE)
    return window
