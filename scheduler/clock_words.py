"""Times of day, time ranges and days of the week as people type them, for /remind,
quiet hours in /settings and the local time given to /timezone alike.

Input is what Telegram users type, so everything is bounded before any real work and only
ASCII digits count as digits: Python's int() and regex \\d would accept "٣" and other
Unicode digits (scheduler/numbers.py holds the one rule for counts typed elsewhere). Every
failure is a ParseError whose message says in plain words what was wrong and ends with
the accepted forms; nothing else is ever raised for bad input.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import time

from rapidfuzz import fuzz, process

from scheduler.planning import ALL_DAYS

MAX_TOKEN_LENGTH = 40

TIME_USAGE = "Times look like 09:00, 9:30, 9, 21h30, 9.30, 9am or 9:30pm."

QUIET_HOURS_USAGE = "Quiet hours look like 22:00-07:00 or 10pm-7am (start, then end)."


class ParseError(ValueError):
    """Bad user input. `message` is friendly and ends with the accepted forms;
    `problem` is just the first sentence(s), saying what was wrong."""

    def __init__(self, message: str, *, problem: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.problem = message if problem is None else problem


class WordProblem(Exception):
    """What was wrong, before the caller appends the usage that fits (a ParseError)."""


def usage_error(problem: str, usage: str) -> ParseError:
    return ParseError(f"{problem}\n\n{usage}", problem=problem)


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
DAY_SUGGESTIONS = (
    *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    *("daily", "weekdays", "weekends"),
)
_RANGE_WORDS = frozenset({"-", "to", "till", "until"})
_MERIDIEM_WORDS = {"am": "am", "a.m.": "am", "a.m": "am", "pm": "pm", "p.m.": "pm", "p.m": "pm"}
# Dashes that phones and word processors substitute for a hyphen.
DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-"})

_CLOCK = re.compile(r"(?P<hour>[0-9]{1,2})(?:[:.h](?P<minute>[0-9]{2})|h)?(?P<half>am|pm)?")
_COMPACT_CLOCK = re.compile(r"(?P<hour>[0-9]{2})(?P<minute>[0-9]{2})")
_NAMED_TIMES = {"noon": time(12, 0), "midday": time(12, 0), "midnight": time(0, 0)}


def quote(token: str) -> str:
    """A user's token fit to quote back: visible characters only, and short."""
    visible = "".join(ch for ch in token if unicodedata.category(ch)[0] != "C")
    if not visible:
        return "that (it has only invisible characters)"
    hidden = " (with invisible characters)" if len(visible) < len(token) else ""
    if len(visible) > 20:
        visible = visible[:20] + "…"
    return f"“{visible}”{hidden}"


def has_foreign_digits(token: str) -> bool:
    return any(ch.isdigit() and not ch.isascii() for ch in token)


def suggest(word: str, choices: Sequence[str], limit: int = 3) -> list[str]:
    """Close spellings of `word` among `choices`, best first."""
    found = process.extract(
        word[:MAX_TOKEN_LENGTH], choices, scorer=fuzz.ratio, score_cutoff=70, limit=limit
    )
    return [choice for choice, _score, _index in found]


def did_you_mean(options: Sequence[str]) -> str:
    if not options:
        return ""
    if len(options) == 1:
        return f" Did you mean {options[0]}?"
    return f" Did you mean {', '.join(options[:-1])} or {options[-1]}?"


def read_time(token: str) -> time:
    """One time of day from one lower-case token, or WordProblem saying why not."""
    text = token
    for spelling, short in _MERIDIEM_WORDS.items():
        if text.endswith(spelling) and spelling != short:
            text = text[: -len(spelling)] + short
    if text in _NAMED_TIMES:
        return _NAMED_TIMES[text]
    if has_foreign_digits(token):
        raise WordProblem(f"{quote(token)} is not a time of day: please use the digits 0-9.")
    compact = _COMPACT_CLOCK.fullmatch(text)
    match = compact or _CLOCK.fullmatch(text)
    if match is None:
        raise WordProblem(f"{quote(token)} is not a time of day.")
    hour = int(match["hour"])
    minute = int(match["minute"] or 0)
    half = None if compact else match["half"]
    if half is not None:
        if not 1 <= hour <= 12:
            raise WordProblem(
                f"{quote(token)} is not a time of day: with am/pm the hour is 1 to 12."
            )
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        hint = " For midnight write 00:00." if (hour, minute) == (24, 0) else ""
        raise WordProblem(f"{quote(token)} is not a time of day.{hint}")
    return time(hour, minute)


def read_range(token: str) -> tuple[time, time] | None:
    """A "start-end" pair of times, None if the token has no dash."""
    if token.count("-") != 1:
        return None
    start, end = token.split("-")
    if not start or not end:
        return None
    return read_time(start), read_time(end)


def read_days(token: str) -> frozenset[int] | None:
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


def glue(words: Sequence[str]) -> list[str]:
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


def unknown_word(word: str) -> WordProblem:
    """The problem to report for a token that is neither a time nor a day."""
    # Only the best day: "weekday" and "weekdays" side by side would not help anyone.
    day_hint = suggest(word, DAY_SUGGESTIONS, limit=1) if len(word) > 3 else []
    if day_hint:
        return WordProblem(f"{quote(word)} is not a day I know.{did_you_mean(day_hint)}")
    if any(ch.isdigit() for ch in word):
        return WordProblem(f"{quote(word)} is not a time of day.")
    return WordProblem(f"I don't understand {quote(word)}.")


def read_range_quietly(word: str) -> tuple[time, time] | None:
    try:
        return read_range(word)
    except WordProblem:
        return None


def days_from(words: Sequence[str]) -> frozenset[int]:
    """Union of the day selectors in `words`; all days when there are none."""
    days: set[int] = set()
    for word in words:
        selected = read_days(word)
        if selected is None:
            raise unknown_word(word)
        days |= selected
    return frozenset(days) or ALL_DAYS


def bounded(text: str, usage: str) -> str:
    if len(text) > MAX_TOKEN_LENGTH * 2:
        raise usage_error("That is too long for a time.", usage)
    return text.translate(DASHES).strip().lower()


def parse_time(text: str) -> time:
    """A time of day ("09:00", "9", "21h30", "9.30", "9am", "9:30pm"); ParseError if not."""
    words = bounded(text, TIME_USAGE).split()
    if words and words[-1] in _MERIDIEM_WORDS and len(words) == 2:
        words = [words[0] + _MERIDIEM_WORDS[words[1]]]
    try:
        if len(words) != 1:
            raise WordProblem(f"{quote(text)} is not a time of day.")
        return read_time(words[0])
    except WordProblem as problem:
        raise usage_error(str(problem), TIME_USAGE) from None


def parse_quiet_hours(text: str) -> tuple[time, time]:
    """Quiet hours as (start, end), e.g. "22:00-07:00" or "10pm to 7am"; may wrap midnight."""
    words = bounded(text, QUIET_HOURS_USAGE).split()
    if words and words[0] in ("from", "between"):
        words = words[1:]
    try:
        glued = glue(words)
        window = read_range(glued[0]) if len(glued) == 1 else None
        if window is None:
            raise WordProblem(f"{quote(text)} is not a start and an end time.")
    except WordProblem as problem:
        raise usage_error(str(problem), QUIET_HOURS_USAGE) from None
    if window[0] == window[1]:
        raise usage_error("Quiet hours need different start and end times.", QUIET_HOURS_USAGE)
    return window
