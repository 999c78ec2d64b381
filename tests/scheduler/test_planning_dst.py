"""Daylight-saving weeks: every daily time fires exactly once per local day.

Transition dates are the real 2026 and 2027 ones; `test_the_table_is_real` checks each
row against the zone database, so a wrong row fails loudly instead of testing nothing.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

import pytest

from scheduler.planning import Schedule, next_due, occurrences

Change = Literal["gap", "repeat"]

# (zone, local date of the change, kind of change, a local time inside the skipped or
# repeated hour). Northern zones spring forward in March and fall back in Oct/Nov;
# Sydney and Auckland do the opposite.
TRANSITIONS: list[tuple[str, date, Change, time]] = [
    ("Europe/Berlin", date(2026, 3, 29), "gap", time(2, 30)),
    ("Europe/Berlin", date(2026, 10, 25), "repeat", time(2, 30)),
    ("Europe/Berlin", date(2027, 3, 28), "gap", time(2, 30)),
    ("Europe/Berlin", date(2027, 10, 31), "repeat", time(2, 30)),
    ("Europe/London", date(2026, 3, 29), "gap", time(1, 30)),
    ("Europe/London", date(2026, 10, 25), "repeat", time(1, 30)),
    ("Europe/London", date(2027, 3, 28), "gap", time(1, 30)),
    ("Europe/London", date(2027, 10, 31), "repeat", time(1, 30)),
    ("America/New_York", date(2026, 3, 8), "gap", time(2, 30)),
    ("America/New_York", date(2026, 11, 1), "repeat", time(1, 30)),
    ("America/New_York", date(2027, 3, 14), "gap", time(2, 30)),
    ("America/New_York", date(2027, 11, 7), "repeat", time(1, 30)),
    ("America/Los_Angeles", date(2026, 3, 8), "gap", time(2, 30)),
    ("America/Los_Angeles", date(2026, 11, 1), "repeat", time(1, 30)),
    ("America/Los_Angeles", date(2027, 3, 14), "gap", time(2, 30)),
    ("America/Los_Angeles", date(2027, 11, 7), "repeat", time(1, 30)),
    ("Australia/Sydney", date(2026, 4, 5), "repeat", time(2, 30)),
    ("Australia/Sydney", date(2026, 10, 4), "gap", time(2, 30)),
    ("Australia/Sydney", date(2027, 4, 4), "repeat", time(2, 30)),
    ("Australia/Sydney", date(2027, 10, 3), "gap", time(2, 30)),
    ("Pacific/Auckland", date(2026, 4, 5), "repeat", time(2, 30)),
    ("Pacific/Auckland", date(2026, 9, 27), "gap", time(2, 30)),
    ("Pacific/Auckland", date(2027, 4, 4), "repeat", time(2, 30)),
    ("Pacific/Auckland", date(2027, 9, 26), "gap", time(2, 30)),
]
IDS = [f"{zone}-{day}-{change}" for zone, day, change, _ in TRANSITIONS]

# Ordinary times of day, plus the edges of the day and the hour right after the change.
EVERYDAY_TIMES = [time(0, 0), time(3, 30), time(9, 0), time(12, 30), time(21, 30), time(23, 59)]


def _week_around(zone: str, day: date) -> tuple[datetime, datetime]:
    tz = ZoneInfo(zone)
    start = datetime.combine(day - timedelta(days=3), time(0), tzinfo=tz).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=4), time(0), tzinfo=tz).astimezone(UTC)
    return start, end


def _round_trips(zone: str, day: date, moment: time, fold: int) -> bool:
    local = datetime.combine(day, moment, tzinfo=ZoneInfo(zone)).replace(fold=fold)
    back = local.astimezone(UTC).astimezone(ZoneInfo(zone))
    return back.replace(tzinfo=None) == local.replace(tzinfo=None)


@pytest.mark.parametrize(("zone", "day", "change", "inside"), TRANSITIONS, ids=IDS)
def test_the_table_is_real(zone: str, day: date, change: Change, inside: time) -> None:
    tz = ZoneInfo(zone)
    before = datetime.combine(day - timedelta(days=1), time(12), tzinfo=tz).utcoffset()
    after = datetime.combine(day + timedelta(days=1), time(12), tzinfo=tz).utcoffset()
    assert before is not None and after is not None
    assert (after > before) == (change == "gap"), "the clocks move the other way"
    if change == "gap":
        assert not _round_trips(zone, day, inside, fold=0), "the time is not in the gap"
    else:
        assert _round_trips(zone, day, inside, fold=0)
        assert _round_trips(zone, day, inside, fold=1)
        first = datetime.combine(day, inside, tzinfo=tz).replace(fold=0).astimezone(UTC)
        second = datetime.combine(day, inside, tzinfo=tz).replace(fold=1).astimezone(UTC)
        assert second - first == timedelta(hours=1), "the time is not repeated"


@pytest.mark.parametrize(("zone", "day", "change", "inside"), TRANSITIONS, ids=IDS)
@pytest.mark.parametrize("moment", [*EVERYDAY_TIMES, None], ids=lambda m: str(m or "inside"))
def test_one_reminder_per_local_day(
    zone: str, day: date, change: Change, inside: time, moment: time | None
) -> None:
    moment = moment or inside
    start, end = _week_around(zone, day)
    fired = occurrences(Schedule("stretching", (moment,)), zone, start, end)
    per_day = Counter(instant.astimezone(ZoneInfo(zone)).date() for instant in fired)
    assert per_day == {day + timedelta(days=offset): 1 for offset in range(-3, 4)}


@pytest.mark.parametrize(("zone", "day", "change", "inside"), TRANSITIONS, ids=IDS)
def test_a_time_inside_the_change_fires_as_documented(
    zone: str, day: date, change: Change, inside: time
) -> None:
    tz = ZoneInfo(zone)
    start, end = _week_around(zone, day)
    fired = occurrences(Schedule("stretching", (inside,)), zone, start, end)
    [that_day] = [instant for instant in fired if instant.astimezone(tz).date() == day]
    wall = that_day.astimezone(tz)
    if change == "gap":
        # Shifted forward by the one-hour gap: 02:30 does not exist, 03:30 does.
        shifted = (datetime.combine(day, inside) + timedelta(hours=1)).time()
        assert wall.time() == shifted
    else:
        # The first of the two 02:30s (still on summer time, fold=0).
        assert wall.time() == inside
        first = datetime.combine(day, inside, tzinfo=tz).replace(fold=0).astimezone(UTC)
        assert that_day == first
    others = [instant for instant in fired if instant.astimezone(tz).date() != day]
    assert all(instant.astimezone(tz).time() == inside for instant in others)


@pytest.mark.parametrize(("zone", "day", "change", "inside"), TRANSITIONS, ids=IDS)
def test_nine_stays_nine_local_while_utc_moves(
    zone: str, day: date, change: Change, inside: time
) -> None:
    tz = ZoneInfo(zone)
    start, end = _week_around(zone, day)
    fired = occurrences(Schedule("hydration", (time(9, 0),)), zone, start, end)
    assert [instant.astimezone(tz).time() for instant in fired] == [time(9, 0)] * 7
    utc_hours = {(instant.hour, instant.minute) for instant in fired}
    assert len(utc_hours) == 2, "the UTC time changes with the clocks"


def test_two_times_in_one_gap_keep_their_order_and_distance() -> None:
    # 02:10 and 02:50 on Berlin's spring-forward day become 03:10 and 03:50.
    schedule = Schedule("hydration", (time(2, 10), time(2, 50)))
    start = datetime(2026, 3, 28, 23, 0, tzinfo=UTC)
    fired = occurrences(schedule, "Europe/Berlin", start, start + timedelta(hours=6))
    walls = [instant.astimezone(ZoneInfo("Europe/Berlin")).time() for instant in fired]
    assert walls == [time(3, 10), time(3, 50)]


def test_a_gap_time_that_lands_on_another_time_is_one_reminder() -> None:
    schedule = Schedule("hydration", (time(2, 30), time(3, 30)))
    start = datetime(2026, 3, 28, 23, 0, tzinfo=UTC)
    fired = occurrences(schedule, "Europe/Berlin", start, start + timedelta(hours=6))
    assert fired == [datetime(2026, 3, 29, 1, 30, tzinfo=UTC)]


def test_half_hour_gap_of_lord_howe_shifts_by_half_an_hour() -> None:
    # Lord Howe Island moves its clocks by 30 minutes: 02:00 -> 02:30 on 2026-10-04.
    tz = ZoneInfo("Australia/Lord_Howe")
    start = datetime.combine(date(2026, 10, 3), time(12), tzinfo=tz).astimezone(UTC)
    fired = occurrences(
        Schedule("stretching", (time(2, 15),)), "Australia/Lord_Howe", start, start + timedelta(1)
    )
    assert [instant.astimezone(tz).time() for instant in fired] == [time(2, 45)]


def test_the_repeated_hour_fires_once_even_when_asked_between_the_two() -> None:
    # The dispatcher asks again right after the first 01:30 (New York, 2026-11-01): the
    # second 01:30, an hour later, must not fire.
    first = datetime(2026, 11, 1, 5, 30, tzinfo=UTC)  # 01:30 EDT
    following = next_due(Schedule("minerals", (time(1, 30),)), "America/New_York", first)
    assert following == datetime(2026, 11, 2, 6, 30, tzinfo=UTC)  # 01:30 EST next day
