"""next_due and friends: zones, weekdays, quiet hours, pause, skip today, every N hours."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from scheduler.planning import (
    ALL_DAYS,
    KINDS,
    PROFILES,
    QuietHours,
    Schedule,
    default_schedule,
    end_of_local_day,
    expand_every,
    load_zone,
    local_day,
    next_due,
    occurrences,
)

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
WEEKDAYS = frozenset(range(5))


def local(zone: str, year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """An aware local datetime (fold=0), for writing expectations in local time."""
    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(zone))


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def times(*texts: str) -> tuple[time, ...]:
    return tuple(time.fromisoformat(text) for text in texts)


# (zone, times, days, after as local time, expected next as local time)
NEXT_DUE_CASES: list[tuple[str, tuple[time, ...], frozenset[int], datetime, datetime]] = [
    # Later the same day, and strictly after: a reminder due exactly at `after` is past.
    (
        "Europe/Berlin",
        times("09:00"),
        ALL_DAYS,
        local("Europe/Berlin", 2026, 1, 15, 8, 59),
        local("Europe/Berlin", 2026, 1, 15, 9, 0),
    ),
    (
        "Europe/Berlin",
        times("09:00"),
        ALL_DAYS,
        local("Europe/Berlin", 2026, 1, 15, 9, 0),
        local("Europe/Berlin", 2026, 1, 16, 9, 0),
    ),
    (
        "Europe/Berlin",
        times("09:00", "21:30"),
        ALL_DAYS,
        local("Europe/Berlin", 2026, 1, 15, 9),
        local("Europe/Berlin", 2026, 1, 15, 21, 30),
    ),
    # Weekdays: Friday evening -> Monday morning; weekends: Monday -> Saturday.
    (
        "Europe/Berlin",
        times("09:00"),
        WEEKDAYS,
        local("Europe/Berlin", 2026, 1, 16, 10, 0),
        local("Europe/Berlin", 2026, 1, 19, 9, 0),
    ),
    (
        "America/New_York",
        times("07:15"),
        frozenset({SAT, SUN}),
        local("America/New_York", 2026, 1, 12, 6, 0),
        local("America/New_York", 2026, 1, 17, 7, 15),
    ),
    (
        "America/New_York",
        times("12:30"),
        frozenset({WED}),
        local("America/New_York", 2026, 1, 14, 12, 31),
        local("America/New_York", 2026, 1, 21, 12, 30),
    ),
    # Odd offsets: UTC+05:45, UTC+05:30, UTC+14, UTC-11, UTC-12, UTC+12:45/13:45.
    (
        "Asia/Kathmandu",
        times("09:00"),
        ALL_DAYS,
        local("Asia/Kathmandu", 2026, 1, 15, 8, 45),
        local("Asia/Kathmandu", 2026, 1, 15, 9, 0),
    ),
    (
        "Asia/Kolkata",
        times("22:00"),
        ALL_DAYS,
        local("Asia/Kolkata", 2026, 6, 1, 23, 0),
        local("Asia/Kolkata", 2026, 6, 2, 22, 0),
    ),
    (
        "Pacific/Kiritimati",
        times("09:00"),
        frozenset({MON}),
        local("Pacific/Kiritimati", 2026, 1, 18, 23, 0),
        local("Pacific/Kiritimati", 2026, 1, 19, 9),
    ),
    (
        "Pacific/Pago_Pago",
        times("23:30"),
        ALL_DAYS,
        local("Pacific/Pago_Pago", 2026, 3, 1, 0, 0),
        local("Pacific/Pago_Pago", 2026, 3, 1, 23, 30),
    ),
    (
        "Etc/GMT+12",
        times("00:00"),
        ALL_DAYS,
        local("Etc/GMT+12", 2026, 12, 31, 12, 0),
        local("Etc/GMT+12", 2027, 1, 1, 0, 0),
    ),
    (
        "Pacific/Chatham",
        times("06:00"),
        ALL_DAYS,
        local("Pacific/Chatham", 2026, 1, 10, 7, 0),
        local("Pacific/Chatham", 2026, 1, 11, 6, 0),
    ),
    ("UTC", times("00:00", "12:00"), ALL_DAYS, utc(2026, 2, 28, 12, 0), utc(2026, 3, 1, 0, 0)),
    # A leap day is an ordinary day.
    ("UTC", times("08:00"), frozenset({SUN}), utc(2028, 2, 28, 9, 0), utc(2028, 3, 5, 8, 0)),
]


@pytest.mark.parametrize(("zone", "at", "days", "after", "expected"), NEXT_DUE_CASES)
def test_next_due(
    zone: str, at: tuple[time, ...], days: frozenset[int], after: datetime, expected: datetime
) -> None:
    due = next_due(Schedule("hydration", at, days), zone, after)
    assert due == expected
    assert due is not None and due.tzinfo is UTC


def test_local_weekday_is_the_subscribers_not_utcs() -> None:
    # Monday 09:00 in Kiritimati (UTC+14) is Sunday 19:00 UTC.
    due = next_due(
        Schedule("minerals", times("09:00"), frozenset({MON})),
        "Pacific/Kiritimati",
        utc(2026, 1, 17, 0, 0),
    )
    assert due == utc(2026, 1, 18, 19, 0)
    assert due.weekday() == SUN


def test_after_may_be_given_in_any_zone() -> None:
    schedule = Schedule("hydration", times("09:00"))
    in_tokyo = local("Asia/Tokyo", 2026, 5, 1, 17, 0)  # 08:00 UTC, 10:00 in Berlin
    assert next_due(schedule, "Europe/Berlin", in_tokyo) == local("Europe/Berlin", 2026, 5, 2, 9)


# --- quiet hours ------------------------------------------------------------------------

NIGHT_DEFER = QuietHours(time(22, 0), time(7, 0), "defer")
NIGHT_SKIP = QuietHours(time(22, 0), time(7, 0), "skip")
LUNCH_DEFER = QuietHours(time(12, 0), time(14, 0), "defer")
BERLIN = "Europe/Berlin"


def berlin_day(schedule: Schedule, day: date, quiet: QuietHours | None) -> list[datetime]:
    """What fires on one Berlin day (local midnight to midnight), in local time."""
    start = local(BERLIN, day.year, day.month, day.day)
    fired = occurrences(schedule, BERLIN, start, start + timedelta(days=1), quiet=quiet)
    return [instant.astimezone(ZoneInfo(BERLIN)) for instant in fired]


QUIET_CASES: list[tuple[tuple[time, ...], QuietHours, list[time]]] = [
    # Without wrapping: 13:00 waits until 14:00.
    (times("09:00", "13:00"), LUNCH_DEFER, [time(9), time(14)]),
    # Wrapping midnight: 23:00 yesterday and 06:00 today both come at 07:00, once.
    (times("06:00", "09:00", "23:00"), NIGHT_DEFER, [time(7), time(9)]),
    # Four night-time reminders collapse into one morning reminder, not four at 07:00.
    (times("22:30", "23:30", "01:00", "06:00", "12:00"), NIGHT_DEFER, [time(7), time(12)]),
    # The end of quiet hours is not quiet; a deferred reminder joins the one at 07:00.
    (times("07:00", "23:00"), NIGHT_DEFER, [time(7)]),
    # The start is quiet.
    (times("22:00", "21:59"), NIGHT_SKIP, [time(21, 59)]),
    (times("06:00", "09:00", "23:00"), NIGHT_SKIP, [time(9)]),
    (times("13:00", "14:00"), QuietHours(time(12), time(14), "skip"), [time(14)]),
]


@pytest.mark.parametrize(("at", "quiet", "expected"), QUIET_CASES)
def test_quiet_hours(at: tuple[time, ...], quiet: QuietHours, expected: list[time]) -> None:
    fired = berlin_day(Schedule("hydration", at), date(2026, 6, 10), quiet)
    assert [instant.time() for instant in fired] == expected


def test_deferral_keeps_the_occurrence_of_the_scheduled_day() -> None:
    # Friday-only 23:00 with quiet hours from 22:00: it comes on Saturday 07:00, and
    # there is nothing on the other days.
    schedule = Schedule("stretching", times("23:00"), frozenset({FRI}))
    start = local(BERLIN, 2026, 6, 8)  # a Monday
    fired = occurrences(schedule, BERLIN, start, start + timedelta(days=14), quiet=NIGHT_DEFER)
    assert fired == [local(BERLIN, 2026, 6, 13, 7, 0), local(BERLIN, 2026, 6, 20, 7, 0)]


def test_deferred_reminder_is_due_after_a_late_evening_check() -> None:
    schedule = Schedule("stretching", times("23:00"))
    after = local(BERLIN, 2026, 6, 10, 23, 30)
    assert next_due(schedule, BERLIN, after, quiet=NIGHT_DEFER) == local(BERLIN, 2026, 6, 11, 7)


def test_every_time_skipped_by_quiet_hours_means_never() -> None:
    schedule = Schedule("stretching", times("23:00", "02:00"))
    assert next_due(schedule, BERLIN, utc(2026, 6, 1), quiet=NIGHT_SKIP) is None
    assert occurrences(schedule, BERLIN, utc(2026, 6, 1), utc(2026, 7, 1), quiet=NIGHT_SKIP) == []


def test_quiet_hours_use_the_wall_clock_after_a_dst_shift() -> None:
    # 02:30 does not exist on 2026-03-29 in Berlin; it fires at 03:30, which quiet hours
    # from 03:00 cover, so it is skipped that day only.
    schedule = Schedule("hydration", times("02:30"))
    quiet = QuietHours(time(3, 0), time(6, 0), "skip")
    fired = occurrences(schedule, BERLIN, utc(2026, 3, 27), utc(2026, 3, 31), quiet=quiet)
    assert [instant.astimezone(ZoneInfo(BERLIN)).day for instant in fired] == [27, 28, 30]


def test_quiet_hours_reject_an_empty_window() -> None:
    with pytest.raises(ValueError):
        QuietHours(time(7), time(7), "defer")
    with pytest.raises(ValueError):
        QuietHours(time(7), time(8), "later")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("quiet", "moment", "inside"),
    [
        (NIGHT_DEFER, time(21, 59), False),
        (NIGHT_DEFER, time(22, 0), True),
        (NIGHT_DEFER, time(0, 0), True),
        (NIGHT_DEFER, time(6, 59), True),
        (NIGHT_DEFER, time(7, 0), False),
        (LUNCH_DEFER, time(11, 59), False),
        (LUNCH_DEFER, time(12, 0), True),
        (LUNCH_DEFER, time(14, 0), False),
    ],
)
def test_quiet_hours_contain(quiet: QuietHours, moment: time, inside: bool) -> None:
    assert quiet.contains(moment) is inside


# --- pause and skip today ---------------------------------------------------------------


def test_pause_suppresses_everything_before_it_ends() -> None:
    schedule = Schedule("hydration", times("09:00", "13:00", "17:00"))
    after = local(BERLIN, 2026, 6, 1, 8, 0)
    paused_until = local(BERLIN, 2026, 6, 4, 13, 0)
    # A reminder exactly at the end of the pause is not "before" it.
    assert next_due(schedule, BERLIN, after, paused_until=paused_until) == paused_until
    paused_until += timedelta(minutes=1)
    assert next_due(schedule, BERLIN, after, paused_until=paused_until) == local(
        BERLIN, 2026, 6, 4, 17, 0
    )


def test_a_pause_in_the_past_changes_nothing() -> None:
    schedule = Schedule("hydration", times("09:00"))
    after = local(BERLIN, 2026, 6, 1, 8, 0)
    long_ago = utc(2020, 1, 1)
    assert next_due(schedule, BERLIN, after, paused_until=long_ago) == local(BERLIN, 2026, 6, 1, 9)


def test_a_ninety_day_pause_is_found() -> None:
    schedule = Schedule("minerals", times("12:30"), frozenset({WED}))
    after = utc(2026, 1, 1)
    paused_until = after + timedelta(days=90)
    due = next_due(schedule, BERLIN, after, paused_until=paused_until)
    assert due is not None and timedelta(0) <= due - paused_until < timedelta(days=7)


def test_skip_today_resumes_tomorrow() -> None:
    schedule = Schedule("hydration", times("09:00", "15:00", "21:00"))
    now = local(BERLIN, 2026, 6, 10, 10, 0)
    skip_until = end_of_local_day(BERLIN, now)
    assert skip_until == local(BERLIN, 2026, 6, 11, 0, 0)
    due = next_due(schedule, BERLIN, now, skip_until=skip_until)
    assert due == local(BERLIN, 2026, 6, 11, 9, 0)


def test_skip_today_also_skips_tonights_deferred_reminder() -> None:
    schedule = Schedule("stretching", times("23:00", "09:00"))
    now = local(BERLIN, 2026, 6, 10, 20, 0)
    skip_until = end_of_local_day(BERLIN, now)
    # Without the skip, 23:00 would come tomorrow at 07:00; with it, tomorrow 09:00.
    assert next_due(schedule, BERLIN, now, quiet=NIGHT_DEFER) == local(BERLIN, 2026, 6, 11, 7)
    due = next_due(schedule, BERLIN, now, quiet=NIGHT_DEFER, skip_until=skip_until)
    assert due == local(BERLIN, 2026, 6, 11, 9, 0)


def test_pause_and_skip_together_take_the_later() -> None:
    schedule = Schedule("hydration", times("09:00"))
    now = local(BERLIN, 2026, 6, 10, 10, 0)
    due = next_due(
        schedule,
        BERLIN,
        now,
        paused_until=local(BERLIN, 2026, 6, 13, 0, 0),
        skip_until=end_of_local_day(BERLIN, now),
    )
    assert due == local(BERLIN, 2026, 6, 13, 9, 0)


# --- local days -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "instant", "expected"),
    [
        ("Europe/Berlin", utc(2026, 6, 10, 22, 30), date(2026, 6, 11)),
        ("America/Los_Angeles", utc(2026, 6, 10, 5, 0), date(2026, 6, 9)),
        ("Pacific/Kiritimati", utc(2026, 6, 10, 10, 0), date(2026, 6, 11)),
        ("Etc/GMT+12", utc(2026, 6, 10, 11, 0), date(2026, 6, 9)),
    ],
)
def test_local_day(zone: str, instant: datetime, expected: date) -> None:
    assert local_day(zone, instant) == expected


def test_end_of_local_day_when_midnight_does_not_exist() -> None:
    # Santiago springs forward at midnight (2026-09-06 00:00 -> 01:00): the new day
    # starts at 01:00 local.
    end = end_of_local_day("America/Santiago", utc(2026, 9, 5, 15, 0))
    assert end.astimezone(ZoneInfo("America/Santiago")).replace(tzinfo=None) == datetime(
        2026, 9, 6, 1, 0
    )
    assert end == utc(2026, 9, 6, 4, 0)


def test_end_of_local_day_on_a_25_hour_day() -> None:
    start = local(BERLIN, 2026, 10, 25, 0, 0)
    assert end_of_local_day(BERLIN, start) - start.astimezone(UTC) == timedelta(hours=25)


# --- every N hours ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hours", "start", "end", "expected"),
    [
        (2, "09:00", "21:00", times("09:00", "11:00", "13:00", "15:00", "17:00", "19:00", "21:00")),
        (3, "09:00", "21:00", times("09:00", "12:00", "15:00", "18:00", "21:00")),
        (5, "09:00", "21:00", times("09:00", "14:00", "19:00")),  # 21:00 is not a whole step
        (2, "08:30", "12:00", times("08:30", "10:30")),
        (
            12,
            "09:00",
            "10:00",
            times(
                "09:00",
            ),
        ),
        (2, "22:00", "02:00", times("00:00", "02:00", "22:00")),  # wraps midnight
        (1, "00:00", "23:00", tuple(time(hour) for hour in range(24))),
    ],
)
def test_expand_every(hours: int, start: str, end: str, expected: tuple[time, ...]) -> None:
    assert expand_every(hours, time.fromisoformat(start), time.fromisoformat(end)) == expected


def test_schedule_every_keeps_its_settings() -> None:
    schedule = Schedule.every("hydration", 2, time(9), time(21), WEEKDAYS)
    assert schedule.every_hours == 2
    assert schedule.window == (time(9), time(21))
    assert schedule.days == WEEKDAYS
    assert len(schedule.times) == 7
    start = local(BERLIN, 2026, 6, 8)  # Monday
    fired = occurrences(schedule, BERLIN, start, start + timedelta(days=7))
    assert len(fired) == 5 * 7


@pytest.mark.parametrize(
    ("hours", "start", "end"),
    [
        (0, time(9), time(21)),
        (24, time(9), time(21)),
        (2, time(9), time(9)),
        (2, time(9, 0, 30), time(21)),
    ],
)
def test_expand_every_rejects(hours: int, start: time, end: time) -> None:
    with pytest.raises(ValueError):
        expand_every(hours, start, end)


# --- schedule validation ----------------------------------------------------------------


def test_schedule_sorts_and_merges_times() -> None:
    schedule = Schedule("hydration", times("13:00", "09:00", "13:00"))
    assert schedule.times == times("09:00", "13:00")


@pytest.mark.parametrize(
    "build",
    [
        lambda: Schedule("hydration", ()),
        lambda: Schedule("hydration", tuple(time(hour, 30) for hour in range(24)) + times("00:00")),
        lambda: Schedule("hydration", times("09:00"), frozenset()),
        lambda: Schedule("hydration", times("09:00"), frozenset({7})),
        lambda: Schedule("coffee", times("09:00")),  # type: ignore[arg-type]
        lambda: Schedule("hydration", (time(9, tzinfo=UTC),)),
        lambda: Schedule("hydration", times("09:00"), ALL_DAYS, 2, None),
        lambda: Schedule("hydration", times("09:00"), ALL_DAYS, 2, (time(9), time(21))),
    ],
)
def test_schedule_rejects(build: object) -> None:
    with pytest.raises(ValueError):
        build()  # type: ignore[operator]


def test_naive_instants_and_unknown_zones_are_refused() -> None:
    schedule = Schedule("hydration", times("09:00"))
    with pytest.raises(ValueError, match="aware"):
        next_due(schedule, BERLIN, datetime(2026, 1, 1))
    with pytest.raises(ValueError, match="aware"):
        next_due(schedule, BERLIN, utc(2026, 1, 1), paused_until=datetime(2026, 1, 2))
    for zone in ["Europe/Berln", "", "Europe", "../../etc/passwd", "localtime", "x" * 1000]:
        with pytest.raises(ValueError, match="unknown time zone"):
            load_zone(zone)


def test_occurrences_include_start_and_exclude_end() -> None:
    schedule = Schedule("hydration", times("09:00", "12:00"))
    start, end = local(BERLIN, 2026, 6, 1, 9), local(BERLIN, 2026, 6, 2, 9)
    assert occurrences(schedule, BERLIN, start, end) == [start, local(BERLIN, 2026, 6, 1, 12)]
    assert occurrences(schedule, BERLIN, end, start) == []


# --- defaults ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("profile", PROFILES)
def test_every_default_is_a_valid_daily_schedule(kind: str, profile: str) -> None:
    schedule = default_schedule(kind, profile)  # type: ignore[arg-type]
    assert schedule.kind == kind
    assert schedule.days == ALL_DAYS
    assert all(time(7) <= moment <= time(22) for moment in schedule.times)


def test_defaults_follow_the_issue() -> None:
    hydration = default_schedule("hydration", "general")
    assert (hydration.every_hours, hydration.window) == (2, (time(9), time(21)))
    assert default_schedule("stretching", "fitness").times == times("21:30")
    assert default_schedule("minerals", "general").times == times("12:30")
    assert max(default_schedule("hydration", "pregnancy").times) < time(21)
    with pytest.raises(ValueError):
        default_schedule("hydration", "athlete")  # type: ignore[arg-type]
