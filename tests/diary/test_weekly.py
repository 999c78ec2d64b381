"""The weekly summary: its numbers and words on made-up diaries with known answers, and
`/diary summary ...` as typed (every bad word named, nothing else returned)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from diary import wording
from diary.entry import Cramp, place
from diary.weekly import Week, summarise, summary_lines
from diary.weekly_setting import (
    Problems,
    ShowSetting,
    TurnOff,
    TurnOn,
    read_summary,
    weekly_schedule,
)
from knowledge.diary_texts import DiaryTexts
from knowledge.loader import load_content
from scheduler.planning import next_due

BERLIN = ZoneInfo("Europe/Berlin")
TEXTS: DiaryTexts = load_content().diary
SEE_GP = TEXTS.see_gp_pattern.strip()
# Sunday 6 Dec 2026: the week is Mon 30 Nov to Sun 6 Dec, the week before 23-29 Nov.
SUNDAY = date(2026, 12, 6)


def cramp(day: date, hour: int, severity: int = 5, *, woke: bool = False) -> Cramp:
    at = datetime.combine(day, time(hour), BERLIN).astimezone(UTC)
    where = place(at, BERLIN, woke=woke)
    return Cramp(0, at, where.local_day, where.at_night, "calf", "left", severity, "1_5", woke)


def week_of(cramps: list[Cramp], began: date | None = None) -> Week:
    first = min((c.local_day for c in cramps), default=None)
    return summarise(cramps, began or first, SUNDAY, TEXTS)


def text(week: Week) -> str:
    title, lines = summary_lines(week, TEXTS)
    return "\n".join([title, *lines])


# Five cramps this week on three nights that woke the person (one of them twice) and one
# afternoon; seven afternoon cramps the week before, one a day.
THIS_WEEK = [
    cramp(date(2026, 12, 1), 3, 4, woke=True),  # night of Mon 30 Nov
    cramp(date(2026, 12, 2), 3, 8, woke=True),  # night of Tue 1 Dec
    cramp(date(2026, 12, 2), 15, 6),  # Wed 2 Dec, in the afternoon
    cramp(date(2026, 12, 4), 3, 5),  # night of Thu 3 Dec
    cramp(date(2026, 12, 4), 4, 7, woke=True),  # the same night, woke them
]
WEEK_BEFORE = [cramp(date(2026, 11, 23 + n), 15, 3) for n in range(7)]


def test_a_week_with_known_numbers_is_counted_and_compared() -> None:
    week = week_of(THIS_WEEK + WEEK_BEFORE)
    assert week == Week(
        first=date(2026, 11, 30),
        last=SUNDAY,
        cramps=5,
        nights_woken=3,
        worst=8,
        before=7,
        see_gp=True,  # 3 nights woken in the last 14: the content says 2 are enough
    )
    assert text(week).splitlines() == [
        wording.SUMMARY_TITLE,
        "Mon 30 Nov to Sun 6 Dec",
        "5 cramps logged, 2 fewer than the week before (7)",
        "Nights a cramp woke you: 3",
        "Worst: 8/10",
        SEE_GP,
        wording.SUMMARY_HINT,
    ]


def test_more_same_and_one_cramp_are_said_plainly() -> None:
    more = week_of(THIS_WEEK + WEEK_BEFORE[:2])
    assert "5 cramps logged, 3 more than the week before (2)" in text(more)
    same = week_of(THIS_WEEK + WEEK_BEFORE[:5])
    assert "5 cramps logged, as many as the week before" in text(same)
    one = week_of([cramp(date(2026, 12, 5), 15, 2), *WEEK_BEFORE[:1]])
    assert "1 cramp logged, as many as the week before" in text(one)
    assert "Nights a cramp woke you: 0" in text(one)


def test_no_comparison_when_the_diary_began_during_the_week_before() -> None:
    # A diary begun on Wednesday 25 Nov covers only part of the week before: comparing
    # would show a drop that is only a shorter week.
    week = week_of(THIS_WEEK + WEEK_BEFORE[2:])
    assert week.before is None
    assert "5 cramps logged\n" in text(week)
    assert "week before" not in text(week)


def test_the_see_a_gp_line_follows_the_content_thresholds() -> None:
    rule = TEXTS.see_gp_when
    # Cramps on `cramp_nights` nights, none woke: the line; one night fewer: no line.
    nights = [cramp(date(2026, 12, 6 - n), 2) for n in range(rule.cramp_nights)]
    began = date(2026, 11, 1)
    assert week_of(nights, began).see_gp
    assert SEE_GP in text(week_of(nights, began))
    assert not week_of(nights[:-1], began).see_gp
    assert SEE_GP not in text(week_of(nights[:-1], began))
    # Woken on `woken_nights` nights: the line; one fewer: none.
    woken = [cramp(date(2026, 12, 6 - n), 2, woke=True) for n in range(rule.woken_nights)]
    assert week_of(woken, began).see_gp
    assert not week_of(woken[:-1], began).see_gp


def test_a_week_without_cramps_still_gets_a_short_summary() -> None:
    nothing = text(week_of([]))
    assert nothing.splitlines() == [
        wording.SUMMARY_TITLE,
        "Mon 30 Nov to Sun 6 Dec",
        wording.SUMMARY_NONE,
        wording.SUMMARY_NONE_HINT,
        wording.SUMMARY_HINT,
    ]
    after_some = text(week_of(WEEK_BEFORE))
    assert "No cramps logged this week (the week before: 7)." in after_some
    assert "Worst" not in after_some


def test_cramps_outside_the_two_weeks_are_not_counted() -> None:
    old = [cramp(date(2026, 11, 10), 15, 10)]
    week = week_of(old + THIS_WEEK)
    assert (week.cramps, week.worst, week.before) == (5, 8, 0)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ([], ShowSetting()),
        (["sun", "19:00"], TurnOn(6, time(19))),
        (["Sunday", "7", "pm"], TurnOn(6, time(19))),
        (["on", "monday", "at", "8am"], TurnOn(0, time(8))),
        (["20:30"], TurnOn(None, time(20, 30))),
        (["fri"], TurnOn(4, None)),
        (["on"], TurnOn(None, None)),
        (["off"], TurnOff()),
        (["OFF"], TurnOff()),
    ],
)
def test_typed_settings_are_read(words: list[str], expected: object) -> None:
    assert read_summary(words) == expected


@pytest.mark.parametrize(
    ("words", "problems"),
    [
        (
            ["funday", "25:00"],
            ["“funday” is not a day I know. Did you mean sunday?", "“25:00” is not a time"],
        ),
        (["weekdays", "19:00"], ["one day a week, and “weekdays” is more than one"]),
        (["sun", "mon", "19:00"], ["You gave the day twice."]),
        (["sun", "19:00", "20:00"], ["You gave the time twice."]),
        (["sun", "١٩:٠٠"], ["please use the digits 0-9"]),
        (["banana"], ["I don't understand “banana”."]),
        (["sun", "off"], ["I don't understand “off”."]),
        (["a", "b", "c", "d", "e", "f", "g"], [wording.SUMMARY_TOO_MANY_WORDS]),
    ],
)
def test_bad_words_are_each_named(words: list[str], problems: list[str]) -> None:
    found = read_summary(words)
    assert isinstance(found, Problems)
    assert len(found.found) == len(problems)
    for said, expected in zip(found.found, problems, strict=True):
        assert expected in said


def test_the_schedule_comes_once_a_week_at_the_local_time_across_a_dst_change() -> None:
    schedule = weekly_schedule(6, time(19))
    # Sunday 25 Oct 2026: Berlin leaves summer time that morning; 19:00 is 18:00 UTC.
    after = datetime(2026, 10, 20, tzinfo=UTC)
    first = next_due(schedule, "Europe/Berlin", after)
    second = next_due(schedule, "Europe/Berlin", first)
    assert first == datetime(2026, 10, 25, 18, 0, tzinfo=UTC)
    assert second == datetime(2026, 11, 1, 18, 0, tzinfo=UTC)
