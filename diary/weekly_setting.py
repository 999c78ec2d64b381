"""Switching the weekly summary on and off, and on which day and time it comes.

The summary is a subscription of kind "diary_summary" (scheduler.planning.DIARY_SUMMARY):
one weekday and one time, in the person's zone. Stored, planned, claimed and sent by the
reminder machinery itself, so it has the reminders' guarantees (sent at most once,
recorded, kept across restarts) and follows the chat's quiet hours, pause and /stop like
any reminder; /mydata exports it and /forget deletes it with the other subscriptions.
What it says is diary/weekly.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time

from diary import wording
from scheduler.chat_ref import ChatRef, chat_row
from scheduler.clock_words import WordProblem, glue, quote, read_days, read_time, unknown_word
from scheduler.planning import DIARY_SUMMARY, Schedule, skipped_times
from scheduler.subscriptions import quiet_of, schedule_of, set_schedule
from storage import subscriptions
from storage.db import Database
from storage.models import Chat, Subscription

# What a summary switched on without a day or a time comes at: the end of the weekend,
# when the week is over and most people are home.
DEFAULT_DAY = 6
DEFAULT_TIME = time(19)
# The times offered as buttons (any other can be typed).
TIME_CHOICES = (time(8), time(12), time(18), time(19), time(20), time(21))
# More words than any way of saying it takes.
MAX_WORDS = 6
_FILLERS = frozenset({"on", "at", "every", "each", "the"})
_OFF_WORDS = frozenset({"off", "stop", "no", "none"})


def weekly_schedule(day: int, at: time) -> Schedule:
    return Schedule(DIARY_SUMMARY, (at,), frozenset({day}))


@dataclass(frozen=True, slots=True)
class Setting:
    """The summary as it is set; `day` and `at` are None when it is off."""

    day: int | None
    at: time | None
    next_due: datetime | None
    zone: str
    zone_set: bool
    # On, but quiet hours set to "skip" cover its time: it never arrives.
    never: bool = False

    @property
    def on(self) -> bool:
        return self.day is not None


def _setting(chat: Chat, sub: Subscription | None) -> Setting:
    if sub is None:
        return Setting(None, None, None, chat.timezone, chat.timezone_set)
    schedule = schedule_of(sub)
    never = sub.next_due_at is None and bool(skipped_times(schedule, quiet_of(chat)))
    return Setting(
        min(schedule.days),
        schedule.times[0],
        sub.next_due_at,
        chat.timezone,
        chat.timezone_set,
        never,
    )


async def setting_of(db: Database, ref: ChatRef, now: datetime, *, create: bool) -> Setting:
    async with db.session.begin() as session:
        chat = await chat_row(session, ref, now, create=create)
        sub = await subscriptions.get_subscription(session, ref.chat_id, DIARY_SUMMARY)
        return _setting(chat, sub)


async def switch_on(
    db: Database,
    ref: ChatRef,
    day: int | None,
    at: time | None,
    now: datetime,
    *,
    create: bool,
) -> Setting:
    """On, at `day` and `at`; either left out keeps what is set (or the default)."""
    async with db.session.begin() as session:
        chat = await chat_row(session, ref, now, create=create)
        before = await subscriptions.get_subscription(session, ref.chat_id, DIARY_SUMMARY)
        current = _setting(chat, before)
        schedule = weekly_schedule(
            day if day is not None else current.day if current.day is not None else DEFAULT_DAY,
            at or current.at or DEFAULT_TIME,
        )
        if before is not None and schedule_of(before) == schedule:
            return current  # a double tap: saved already
        sub = await set_schedule(session, chat, schedule, now)
        chat.updated_at = now
        return _setting(chat, sub)


async def switch_off(db: Database, ref: ChatRef, now: datetime, *, create: bool) -> bool:
    """Off; False when it was off already."""
    async with db.session.begin() as session:
        chat = await chat_row(session, ref, now, create=create)
        chat.updated_at = now
        return await subscriptions.turn_off(session, ref.chat_id, DIARY_SUMMARY)


# -- typed: /diary summary ...--------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ShowSetting:
    """`/diary summary` alone: the buttons."""


@dataclass(frozen=True, slots=True)
class TurnOn:
    day: int | None
    at: time | None


@dataclass(frozen=True, slots=True)
class TurnOff:
    pass


@dataclass(frozen=True, slots=True)
class Problems:
    """What was wrong, each in plain words (user words quoted; the caller escapes)."""

    found: tuple[str, ...]


SummaryCommand = ShowSetting | TurnOn | TurnOff | Problems


def _time_problem(word: str) -> str:
    try:
        read_time(word)
    except WordProblem as problem:
        return str(problem)
    return ""


def read_summary(args: Sequence[str]) -> SummaryCommand:
    """What `/diary summary` with these words asks: `sun 19:00`, `sunday 7 pm`, `20:00`
    (the day kept), `off`, `on`; every word it cannot use is named in Problems."""
    words = [word.lower() for word in args if word.lower() not in _FILLERS]
    if not words:
        return ShowSetting() if not args else TurnOn(None, None)
    if len(words) > MAX_WORDS:
        return Problems((wording.SUMMARY_TOO_MANY_WORDS,))
    if len(words) == 1 and words[0] in _OFF_WORDS:
        return TurnOff()
    day: int | None = None
    at: time | None = None
    found: list[str] = []
    for word in glue(words):
        days = read_days(word)
        if days is not None:
            if len(days) > 1:
                found.append(wording.SUMMARY_ONE_DAY.format(detail=quote(word)))
            elif day is not None:
                found.append(wording.SUMMARY_SAID_TWICE.format(detail="day"))
            else:
                day = min(days)
            continue
        problem = _time_problem(word)
        if not problem:
            if at is not None:
                found.append(wording.SUMMARY_SAID_TWICE.format(detail="time"))
            else:
                at = read_time(word)
        elif any(ch.isdigit() for ch in word):
            found.append(problem)
        else:
            found.append(str(unknown_word(word)))
    if found:
        return Problems(tuple(found))
    return TurnOn(day, at)
