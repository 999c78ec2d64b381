"""Reminder planning: when is a subscriber's next reminder due?

A schedule is a set of local wall-clock times plus the subscriber's IANA zone name, so
09:00 stays 09:00 local when daylight-saving time starts or ends. Instants that enter
this module must be aware (any zone); instants that leave it are aware UTC datetimes.
Nothing here reads the clock: the caller passes "now" in as ``after``.

Daylight-saving choices (zoneinfo, PEP 495), so that each daily time fires exactly once
per local day:

- A time inside the spring-forward gap (02:30 in Europe/Berlin on 2026-03-29, when
  clocks jump from 02:00 to 03:00) does not exist that day. It fires once, shifted
  forward by the length of the gap (03:30 CEST). This is what ``fold=0`` gives: the
  wall time is read with the offset in force before the jump. Firing late beats not
  firing at all, and shifting (rather than snapping to 03:00) keeps two gap times
  apart.
- A time inside the repeated fall-back hour (02:30 in Europe/Berlin on 2026-10-25,
  when clocks go from 03:00 back to 02:00) exists twice that day. It fires once, at
  the first occurrence (``fold=0``, still on summer time).

Two scheduled times that land on the same instant (say 02:30 shifted onto a 03:30
that is also scheduled) are one reminder: occurrences are instants, and an instant
is due once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import Literal
from zoneinfo import ZoneInfo, available_timezones

Kind = Literal["hydration", "stretching", "minerals"]
# The diary's weekly summary (diary/weekly.py) rides on the same subscriptions, planning
# and dispatcher as the reminders: one weekday and time, in the person's zone, with quiet
# hours, pause and stop applying alike. It is not a reminder /remind offers.
SummaryKind = Literal["diary_summary"]
ScheduleKind = Kind | SummaryKind
Profile = Literal["general", "fitness", "pregnancy"]
QuietPolicy = Literal["defer", "skip"]

KINDS: tuple[Kind, ...] = ("hydration", "stretching", "minerals")
DIARY_SUMMARY: SummaryKind = "diary_summary"
SCHEDULE_KINDS: tuple[ScheduleKind, ...] = (*KINDS, DIARY_SUMMARY)
PROFILES: tuple[Profile, ...] = ("general", "fitness", "pregnancy")
ALL_DAYS: frozenset[int] = frozenset(range(7))
MAX_TIMES_PER_DAY = 24
# "every N hours": one limit for what /remind accepts and what a schedule may hold.
MAX_EVERY_HOURS = 12

# Two of every weekday: on a DST day a shifted time can land in quiet hours and be
# skipped, and the same weekday a week later must still be found.
_SEARCH_DAYS = 15
# Deferred reminders fire up to a day after their scheduled time, so candidates from the
# two local days before the search start can still be due after it.
_LOOKBACK_DAYS = 2
_MINUTES_PER_DAY = 24 * 60


# Files some systems keep in the zone directory that are not zones a user lives in:
# "localtime" would be whatever the server's zone is.
_NOT_ZONES = frozenset({"localtime", "posixrules", "Factory"})


@cache
def known_zones() -> frozenset[str]:
    """Every zone name of the installed zone database (read once)."""
    return frozenset(available_timezones()) - _NOT_ZONES


def load_zone(zone: str) -> ZoneInfo:
    """The ZoneInfo for an IANA name; ValueError for anything that is not a known zone.

    Only names from the installed zone database are accepted, so a stored name can never
    make ZoneInfo read an arbitrary file or raise OSError.
    """
    if zone not in known_zones():
        raise ValueError(f"unknown time zone: {zone[:60]!r}")
    return ZoneInfo(zone)


def _as_utc(instant: datetime, name: str) -> datetime:
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime, got a naive one")
    return instant.astimezone(UTC)


def _to_minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute


def _from_minutes(minutes: int) -> time:
    minutes %= _MINUTES_PER_DAY
    return time(minutes // 60, minutes % 60)


def _require_naive(moment: time, what: str) -> None:
    if moment.tzinfo is not None:
        raise ValueError(f"{what} must be a naive local time, got {moment.isoformat()}")


def expand_every(hours: int, start: time, end: time) -> tuple[time, ...]:
    """The daily times of "every `hours` hours from `start` to `end`", both ends included.

    The window may wrap midnight (22:00-06:00). Every 2 h from 09:00 to 21:00 gives
    09:00, 11:00, ..., 21:00; the last time is the last whole step that fits.
    """
    if isinstance(hours, bool) or not 1 <= hours <= MAX_EVERY_HOURS:
        raise ValueError(f"every_hours must be 1..{MAX_EVERY_HOURS}, got {hours!r}")
    for moment, what in ((start, "window start"), (end, "window end")):
        _require_naive(moment, what)
        if moment.second or moment.microsecond:
            raise ValueError(f"{what} must be whole minutes, got {moment.isoformat()}")
    first = _to_minutes(start)
    span = (_to_minutes(end) - first) % _MINUTES_PER_DAY
    if span == 0:
        raise ValueError("the window is empty: start and end are the same time")
    steps = span // (hours * 60)
    return tuple(sorted(_from_minutes(first + step * hours * 60) for step in range(steps + 1)))


@dataclass(frozen=True)
class Schedule:
    """Daily reminder times of one kind, in the subscriber's local time.

    `times` is normalised to sorted and unique. A time belongs to the local date on which
    it falls: with days={Mon..Fri}, 00:30 fires in the early hours of Monday to Friday.
    `every_hours` and `window` are kept only to show the schedule back to the user as
    it was set; build such schedules with `Schedule.every`.
    """

    kind: ScheduleKind
    times: tuple[time, ...]
    days: frozenset[int] = ALL_DAYS
    every_hours: int | None = None
    window: tuple[time, time] | None = None

    def __post_init__(self) -> None:
        if self.kind not in SCHEDULE_KINDS:
            raise ValueError(f"unknown reminder kind: {self.kind!r}")
        for moment in self.times:
            _require_naive(moment, "a reminder time")
        times = tuple(sorted({moment.replace(fold=0) for moment in self.times}))
        if not 1 <= len(times) <= MAX_TIMES_PER_DAY:
            raise ValueError(f"a schedule needs 1..{MAX_TIMES_PER_DAY} times, got {len(times)}")
        days = frozenset(self.days)
        if not days or not days <= ALL_DAYS:
            raise ValueError(f"days must be a non-empty subset of 0..6, got {sorted(days)}")
        if (self.every_hours is None) != (self.window is None):
            raise ValueError("every_hours and window are set together (use Schedule.every)")
        if (
            self.every_hours is not None
            and self.window is not None
            and times != expand_every(self.every_hours, *self.window)
        ):
            raise ValueError("times do not match every_hours and window")
        # Frozen dataclass: normalising in place is the documented way.
        object.__setattr__(self, "times", times)
        object.__setattr__(self, "days", days)

    @classmethod
    def every(
        cls,
        kind: ScheduleKind,
        hours: int,
        start: time,
        end: time,
        days: Iterable[int] = ALL_DAYS,
    ) -> Schedule:
        """Every `hours` hours from `start` to `end` (e.g. every 2 h, 09:00-21:00)."""
        return cls(kind, expand_every(hours, start, end), frozenset(days), hours, (start, end))


@dataclass(frozen=True)
class QuietHours:
    """Local hours without reminders; [start, end), may wrap midnight (22:00-07:00).

    "defer" moves a reminder that falls inside to the end of that quiet period; all
    reminders of one quiet period become a single reminder. "skip" drops them.
    """

    start: time
    end: time
    policy: QuietPolicy

    def __post_init__(self) -> None:
        _require_naive(self.start, "quiet start")
        _require_naive(self.end, "quiet end")
        if self.start == self.end:
            raise ValueError("quiet hours need different start and end times")
        if self.policy not in ("defer", "skip"):
            raise ValueError(f"unknown quiet-hours policy: {self.policy!r}")

    @property
    def wraps_midnight(self) -> bool:
        return self.end < self.start

    def contains(self, moment: time) -> bool:
        """Whether a local wall-clock time is quiet (the end itself is not)."""
        if self.wraps_midnight:
            return moment >= self.start or moment < self.end
        return self.start <= moment < self.end


def _instant_of(tz: ZoneInfo, day: date, moment: time) -> datetime:
    """The UTC instant of a local wall time: fold=0 gives the DST choices above."""
    return datetime.combine(day, moment.replace(fold=0), tzinfo=tz).astimezone(UTC)


def local_day(zone: str, instant: datetime) -> date:
    """The subscriber's local date at `instant`."""
    return _as_utc(instant, "instant").astimezone(load_zone(zone)).date()


def end_of_local_day(zone: str, instant: datetime) -> datetime:
    """The next local midnight after `instant`, in UTC (for "skip today").

    Where midnight itself falls in a DST gap, this is the first instant of the new day.
    """
    tz = load_zone(zone)
    return _instant_of(tz, local_day(zone, instant) + timedelta(days=1), time(0, 0))


def _apply_quiet(tz: ZoneInfo, scheduled: datetime, quiet: QuietHours | None) -> datetime | None:
    """When a reminder scheduled at `scheduled` is actually due, or None if it is skipped.

    Quiet hours are judged on the wall clock the subscriber sees at that instant, so a
    time shifted by a DST gap is judged where it really lands.
    """
    wall = scheduled.astimezone(tz)
    if quiet is None or not quiet.contains(wall.time()):
        return scheduled
    if quiet.policy == "skip":
        return None
    quiet_ends_on = wall.date()
    if quiet.wraps_midnight and wall.time() >= quiet.start:
        quiet_ends_on += timedelta(days=1)
    # Every reminder of one quiet period maps to this same instant: they collapse into one.
    # A quiet end inside a DST gap follows the same rule as a reminder time (shifted).
    return _instant_of(tz, quiet_ends_on, quiet.end)


def outside_quiet(zone: str, instant: datetime, quiet: QuietHours | None) -> datetime:
    """`instant`, or the end of the quiet period it falls in (whatever the policy): for a
    reminder the person asked for at a given moment (a snooze), which must not arrive
    inside their quiet hours. Aware UTC out."""
    instant_utc = _as_utc(instant, "instant")
    if quiet is None:
        return instant_utc
    moved = _apply_quiet(load_zone(zone), instant_utc, QuietHours(quiet.start, quiet.end, "defer"))
    assert moved is not None  # "defer" never drops a reminder
    return moved


def skipped_times(schedule: Schedule, quiet: QuietHours | None) -> tuple[time, ...]:
    """The schedule's times that quiet hours set to "skip" drop: they never arrive."""
    if quiet is None or quiet.policy != "skip":
        return ()
    return tuple(moment for moment in schedule.times if quiet.contains(moment))


def next_due(
    schedule: Schedule,
    zone: str,
    after: datetime,
    *,
    quiet: QuietHours | None = None,
    paused_until: datetime | None = None,
    skip_until: datetime | None = None,
) -> datetime | None:
    """The first reminder due strictly after `after`, as an aware UTC datetime.

    `paused_until` and `skip_until` suppress every reminder *scheduled* before them,
    including one that quiet hours would defer past them: "skip today" also skips
    tonight's reminder that would have been deferred to tomorrow morning.
    None only when no reminder can ever be due (all times skipped by quiet hours).
    """
    tz = load_zone(zone)
    after_utc = _as_utc(after, "after")
    suspended = [
        _as_utc(value, name)
        for value, name in ((paused_until, "paused_until"), (skip_until, "skip_until"))
        if value is not None
    ]
    suspended_until = max(suspended, default=None)
    search_from = max(after_utc, suspended_until or after_utc)
    first_day = search_from.astimezone(tz).date() - timedelta(days=_LOOKBACK_DAYS)

    best: datetime | None = None
    best_day: date | None = None
    for offset in range(_LOOKBACK_DAYS + _SEARCH_DAYS + 1):
        day = first_day + timedelta(days=offset)
        # Everything scheduled on a later local day is later than the best found so far
        # (deferral only ever moves a reminder later), so the search can stop.
        if best_day is not None and day > best_day:
            break
        if day.weekday() not in schedule.days:
            continue
        for moment in schedule.times:
            scheduled = _instant_of(tz, day, moment)
            if suspended_until is not None and scheduled < suspended_until:
                continue
            due = _apply_quiet(tz, scheduled, quiet)
            if due is None or due <= after_utc:
                continue
            if best is None or due < best:
                best = due
                best_day = best.astimezone(tz).date()
    return best


def occurrences(
    schedule: Schedule,
    zone: str,
    start: datetime,
    end: datetime,
    *,
    quiet: QuietHours | None = None,
    paused_until: datetime | None = None,
    skip_until: datetime | None = None,
) -> list[datetime]:
    """Every due instant in [start, end), in order: exactly what repeated next_due yields."""
    start_utc = _as_utc(start, "start")
    end_utc = _as_utc(end, "end")
    found: list[datetime] = []
    # One microsecond is datetime's resolution: "strictly after" this includes `start`.
    cursor = start_utc - timedelta(microseconds=1)
    while True:
        due = next_due(
            schedule,
            zone,
            cursor,
            quiet=quiet,
            paused_until=paused_until,
            skip_until=skip_until,
        )
        if due is None or due >= end_utc:
            return found
        found.append(due)
        cursor = due


def default_schedule(kind: Kind, profile: Profile = "general") -> Schedule:
    """The schedule offered first, before the subscriber picks their own times."""
    if profile not in PROFILES:
        raise ValueError(f"unknown profile: {profile!r}")
    if kind == "hydration":
        # Drinking steadily over the waking day. In pregnancy the last reminder comes
        # earlier, to spare a night of getting up to the toilet.
        last = time(19, 0) if profile == "pregnancy" else time(21, 0)
        return Schedule.every("hydration", 2, time(9, 0), last)
    if kind == "stretching":
        # Before bed: night cramps are the common ones, and a calf stretch before sleep
        # is the usual advice. One evening time for every profile, training days included.
        return Schedule("stretching", (time(21, 30),))
    if kind == "minerals":
        # With a meal: supplements are better tolerated with food; lunch is the meal
        # most people eat at a steady time.
        return Schedule("minerals", (time(12, 30),))
    raise ValueError(f"unknown reminder kind: {kind!r}")
