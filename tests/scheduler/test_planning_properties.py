"""Properties of next_due/occurrences for any schedule, zone, instant and quiet hours.

The oracle for schedules without quiet hours is the plain definition: every allowed
(local day, time) pair read as local wall time with fold=0. next_due's search must
find exactly those instants, in order, once each.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from scheduler.planning import QuietHours, Schedule, next_due, occurrences

ZONES = [
    "UTC",
    "Europe/Berlin",
    "Europe/London",
    "America/New_York",
    "America/Los_Angeles",
    "America/Santiago",
    "America/St_Johns",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Pacific/Auckland",
    "Pacific/Chatham",
    "Pacific/Kiritimati",
    "Asia/Kathmandu",
    "Asia/Tehran",
    "Etc/GMT+12",
]
WINDOW = timedelta(days=9)

zones = st.sampled_from(ZONES)
# Minutes on a 5-minute grid hit DST edges (02:00, 02:30, 03:00) often.
times_of_day = st.builds(time, st.integers(0, 23), st.sampled_from(range(0, 60, 5)))
day_sets = st.frozensets(st.integers(0, 6), min_size=1)
schedules = st.builds(
    Schedule,
    st.sampled_from(["hydration", "stretching", "minerals"]),
    st.lists(times_of_day, min_size=1, max_size=6).map(tuple),
    day_sets,
)
# 2025-2028, with extra weight on transition weekends.
instants = st.one_of(
    st.datetimes(datetime(2025, 1, 1), datetime(2028, 12, 31), timezones=st.just(UTC)),
    st.sampled_from(
        [
            datetime(2026, 3, 28, 12, tzinfo=UTC),
            datetime(2026, 10, 24, 12, tzinfo=UTC),
            datetime(2026, 10, 31, 12, tzinfo=UTC),
            datetime(2026, 4, 4, 6, tzinfo=UTC),
            datetime(2026, 9, 5, 12, tzinfo=UTC),
            datetime(2027, 3, 13, 12, tzinfo=UTC),
        ]
    ),
)
quiet_windows = st.tuples(times_of_day, times_of_day).filter(lambda pair: pair[0] != pair[1])


def defined_instants(
    schedule: Schedule, zone: str, start: datetime, end: datetime
) -> list[datetime]:
    """Every allowed (day, time) as an instant in [start, end): the definition itself."""
    tz = ZoneInfo(zone)
    first = start.astimezone(tz).date() - timedelta(days=1)
    found = set()
    for offset in range((end - start).days + 3):
        day = first + timedelta(days=offset)
        if day.weekday() not in schedule.days:
            continue
        for moment in schedule.times:
            instant = datetime.combine(day, moment, tzinfo=tz).astimezone(UTC)
            if start <= instant < end:
                found.add(instant)
    return sorted(found)


@settings(max_examples=150, deadline=None)
@given(schedules, zones, instants)
def test_occurrences_are_exactly_the_scheduled_instants(
    schedule: Schedule, zone: str, start: datetime
) -> None:
    fired = occurrences(schedule, zone, start, start + WINDOW)
    assert fired == defined_instants(schedule, zone, start, start + WINDOW)


@settings(max_examples=150, deadline=None)
@given(schedules, zones, instants)
def test_at_most_one_per_local_day_and_time(schedule: Schedule, zone: str, start: datetime) -> None:
    tz = ZoneInfo(zone)
    fired = occurrences(schedule, zone, start, start + WINDOW)
    assert all(earlier < later for earlier, later in pairwise(fired))
    # Map each instant back to the (local day, time) it was scheduled for.
    seen: set[tuple[date, time]] = set()
    for instant in fired:
        wall = instant.astimezone(tz)
        sources = [
            (day, moment)
            for day in (wall.date(), wall.date() - timedelta(days=1))
            for moment in schedule.times
            if datetime.combine(day, moment, tzinfo=tz).astimezone(UTC) == instant
        ]
        assert sources, f"{wall} is not a scheduled time"
        assert all(day.weekday() in schedule.days for day, _ in sources)
        assert not seen & set(sources)
        seen |= set(sources)


@settings(max_examples=150, deadline=None)
@given(
    schedules,
    zones,
    instants,
    st.one_of(st.none(), quiet_windows),
    st.sampled_from(["defer", "skip"]),
)
def test_next_due_is_strictly_later(
    schedule: Schedule,
    zone: str,
    after: datetime,
    window: tuple[time, time] | None,
    policy: str,
) -> None:
    quiet = None if window is None else QuietHours(*window, policy)  # type: ignore[arg-type]
    due = next_due(schedule, zone, after, quiet=quiet)
    if due is None:
        assert quiet is not None and quiet.policy == "skip"
        assert all(quiet.contains(moment) for moment in schedule.times)
    else:
        assert due > after
        assert due.tzinfo is UTC
        # Nothing is due in between: asking from just before gives the same answer.
        assert next_due(schedule, zone, due - timedelta(microseconds=1), quiet=quiet) == due


@settings(max_examples=150, deadline=None)
@given(schedules, zones, instants, quiet_windows, st.sampled_from(["defer", "skip"]))
def test_quiet_hours_skip_or_defer(
    schedule: Schedule, zone: str, start: datetime, window: tuple[time, time], policy: str
) -> None:
    tz = ZoneInfo(zone)
    quiet = QuietHours(*window, policy)  # type: ignore[arg-type]
    fired = occurrences(schedule, zone, start, start + WINDOW, quiet=quiet)
    plain = defined_instants(schedule, zone, start, start + WINDOW)
    audible = [i for i in plain if not quiet.contains(i.astimezone(tz).time())]
    if policy == "skip":
        assert fired == audible
        assert all(not quiet.contains(instant.astimezone(tz).time()) for instant in fired)
        return
    # Deferral leaves audible reminders alone and adds at most one per quiet period, at
    # its end (read like a reminder time, so a DST gap shifts it the same way).
    assert set(audible) <= set(fired)
    extra = [instant for instant in fired if instant not in audible]
    for instant in extra:
        quiet_end = datetime.combine(instant.astimezone(tz).date(), quiet.end, tzinfo=tz)
        assert instant == quiet_end.astimezone(UTC)
    assert len({instant.astimezone(tz).date() for instant in extra}) == len(extra)


@settings(max_examples=100, deadline=None)
@given(schedules, zones, instants, st.integers(1, 8 * 24))
def test_occurrences_split_anywhere_add_up(
    schedule: Schedule, zone: str, start: datetime, hours: int
) -> None:
    middle, end = start + timedelta(hours=hours), start + WINDOW
    whole = occurrences(schedule, zone, start, end)
    assert whole == occurrences(schedule, zone, start, middle) + occurrences(
        schedule, zone, middle, end
    )


@settings(max_examples=100, deadline=None)
@given(schedules, zones, instants, st.integers(0, 40 * 24 * 60))
def test_pause_means_nothing_scheduled_before_its_end(
    schedule: Schedule, zone: str, after: datetime, minutes: int
) -> None:
    paused_until = after + timedelta(minutes=minutes)
    due = next_due(schedule, zone, after, paused_until=paused_until)
    assert due is not None and due >= paused_until
    # The same as starting the search just before the pause ends.
    resumed = max(after, paused_until - timedelta(microseconds=1))
    assert due == next_due(schedule, zone, resumed)
