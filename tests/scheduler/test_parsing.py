"""The /remind shortcuts, time formats and quiet hours: accepted, rejected and hostile input."""

from __future__ import annotations

import time as clock
from datetime import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scheduler.clock_words import (
    QUIET_HOURS_USAGE,
    TIME_USAGE,
    ParseError,
    parse_quiet_hours,
    parse_time,
)
from scheduler.parsing import (
    MAX_TOKENS,
    REMIND_USAGE,
    ListReminders,
    Pause,
    RemindCommand,
    Resume,
    SetEvery,
    SetTimes,
    ShowMenu,
    StopAll,
    TurnOff,
    parse_remind,
)
from scheduler.planning import ALL_DAYS, Schedule

WEEKDAYS = frozenset(range(5))
WEEKENDS = frozenset({5, 6})


def t(text: str) -> time:
    return time.fromisoformat(text)


ACCEPTED: list[tuple[str, RemindCommand]] = [
    ("", ShowMenu()),
    ("   ", ShowMenu()),
    ("help", ShowMenu()),
    ("hydration 09:00 13:00 17:00", SetTimes("hydration", (t("09:00"), t("13:00"), t("17:00")))),
    ("stretching 21:30", SetTimes("stretching", (t("21:30"),))),
    ("minerals 12:30", SetTimes("minerals", (t("12:30"),))),
    ("HYDRATION   9:00    17:00", SetTimes("hydration", (t("09:00"), t("17:00")))),
    ("Stretching 21:30 Mon-Fri", SetTimes("stretching", (t("21:30"),), WEEKDAYS)),
    ("stretching 21:30 weekdays", SetTimes("stretching", (t("21:30"),), WEEKDAYS)),
    ("stretching 21:30 weekends", SetTimes("stretching", (t("21:30"),), WEEKENDS)),
    ("stretching 21:30 daily", SetTimes("stretching", (t("21:30"),), ALL_DAYS)),
    ("stretching 21:30 mon,wed,fri", SetTimes("stretching", (t("21:30"),), frozenset({0, 2, 4}))),
    ("stretching 21:30 mon, wed, fri", SetTimes("stretching", (t("21:30"),), frozenset({0, 2, 4}))),
    ("stretching 21:30 sat sun", SetTimes("stretching", (t("21:30"),), WEEKENDS)),
    ("stretching 21:30 fri-mon", SetTimes("stretching", (t("21:30"),), frozenset({4, 5, 6, 0}))),
    ("stretching 21:30 tuesdays", SetTimes("stretching", (t("21:30"),), frozenset({1}))),
    ("stretching at 9 pm every day", SetTimes("stretching", (t("21:00"),))),
    ("stretching 21:30 every monday", SetTimes("stretching", (t("21:30"),), frozenset({0}))),
    ("stretching 21:30 on mon and thu", SetTimes("stretching", (t("21:30"),), frozenset({0, 3}))),
    # Duplicates are merged and times sorted.
    ("hydration 17:00 9 09:00 9am", SetTimes("hydration", (t("09:00"), t("17:00")))),
    ("water 10:00", SetTimes("hydration", (t("10:00"),))),
    ("stretch 22:00", SetTimes("stretching", (t("22:00"),))),
    ("mineral noon", SetTimes("minerals", (t("12:00"),))),
    ("hydration every 2h 08:00-20:00", SetEvery("hydration", 2, t("08:00"), t("20:00"))),
    ("hydration every 2 h 8 - 20", SetEvery("hydration", 2, t("08:00"), t("20:00"))),
    ("hydration every 2 hours from 8am to 8pm", SetEvery("hydration", 2, t("08:00"), t("20:00"))),
    ("hydration every 2h 08:00–20:00", SetEvery("hydration", 2, t("08:00"), t("20:00"))),
    ("hydration every 3h", SetEvery("hydration", 3, t("09:00"), t("21:00"))),
    ("hydration every hour", SetEvery("hydration", 1, t("09:00"), t("21:00"))),
    ("hydration every 12h", SetEvery("hydration", 12, t("09:00"), t("21:00"))),
    (
        "hydration every 2h 9-21 mon-fri",
        SetEvery("hydration", 2, t("09:00"), t("21:00"), WEEKDAYS),
    ),
    ("hydration every 2h 22:00-06:00", SetEvery("hydration", 2, t("22:00"), t("06:00"))),
    ("off hydration", TurnOff("hydration")),
    ("hydration off", TurnOff("hydration")),
    ("stop minerals", TurnOff("minerals")),
    ("off all", StopAll()),
    ("stop", StopAll()),
    ("STOP", StopAll()),
    ("list", ListReminders()),
    ("pause 3d", Pause(3)),
    ("pause 3", Pause(3)),
    ("pause 3 days", Pause(3)),
    ("pause 1d", Pause(1)),
    ("pause 90d", Pause(90)),
    ("pause 1w", Pause(7)),
    ("pause 2w", Pause(14)),
    ("pause 2 weeks", Pause(14)),
    ("resume", Resume()),
]


@pytest.mark.parametrize(("text", "expected"), ACCEPTED, ids=[text for text, _ in ACCEPTED])
def test_accepted(text: str, expected: RemindCommand) -> None:
    assert parse_remind(text.split()) == expected


def test_arguments_may_come_unsplit() -> None:
    assert parse_remind(["hydration 09:00", " 13:00 "]) == parse_remind(
        ["hydration", "09:00", "13:00"]
    )


# (arguments, words the problem must contain)
REJECTED: list[tuple[str, str]] = [
    ("hydration 25:99", "“25:99” is not a time of day"),
    ("hydration 24:00", "“24:00” is not a time of day"),
    ("hydration 9:60", "“9:60” is not a time of day"),
    ("hydration 13pm", "“13pm” is not a time of day"),
    ("hydration 0am", "“0am” is not a time of day"),
    ("hydration -5", "“-5” is not a time of day"),
    ("hydration 9:5", "“9:5” is not a time of day"),
    ("hydration 123:00", "not a time of day"),
    ("hydration ٣", "digits 0-9"),
    ("hydration ٠٩:٠٠", "digits 0-9"),
    ("hydration 9\u200b", "invisible"),
    ("hydration banana", "I don't understand “banana”"),
    ("hydration wendesday 9", "Did you mean wednesday?"),
    ("hydration 08:00-20:00", "ranges go with every"),
    ("hydration", "At what time?"),
    ("hydration every 0h", "every 0h"),
    ("hydration every 13h", "1 to 12"),
    ("hydration every 90m", "whole hours"),
    ("hydration every", "Every how many hours?"),
    ("hydration every often", "not a number of hours"),
    ("hydration every 2h 9-9", "same time"),
    ("hydration every 2h 25-3", "“25” is not a time of day"),
    ("hydration every 2h 9-21 banana", "I don't understand"),
    ("hydration every 2h 8 20", "start-end"),
    ("hydratoin 9:00", "Did you mean hydration?"),
    ("strech 21:30", "Did you mean stretching?"),
    ("minerls 12:30", "Did you mean minerals?"),
    ("lsit", "Did you mean list?"),
    ("coffee 9:00", "I don't know “coffee”"),
    ("off", "Which reminder?"),
    ("off coffee", "I don't know a reminder called “coffee”"),
    ("list everything", "list needs nothing after it"),
    ("pause", "For how long?"),
    ("pause 0d", "1 to 90 days"),
    ("pause 91d", "1 to 90 days"),
    ("pause 13w", "1 to 90 days"),
    ("pause 12h", "whole days"),
    ("pause forever", "not a number of days"),
    ("resume now", "resume needs nothing after it"),
]


@pytest.mark.parametrize(("text", "problem"), REJECTED, ids=[text for text, _ in REJECTED])
def test_rejected(text: str, problem: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_remind(text.split())
    assert problem in caught.value.problem
    assert caught.value.message.endswith(REMIND_USAGE)
    assert str(caught.value) == caught.value.message


def test_more_than_24_times_a_day() -> None:
    many = [f"{hour}:00" for hour in range(24)] + ["0:30"]
    with pytest.raises(ParseError, match="25 times a day"):
        parse_remind(["hydration", *many])
    # Exactly 24 is fine, and duplicates do not count twice.
    command = parse_remind(["hydration", *many[:24], "00:00", "0"])
    assert isinstance(command, SetTimes) and len(command.times) == 24


def test_usage_lists_every_form() -> None:
    for form in ["hydration 09:00", "mon-fri", "every 2h 08:00-20:00", "off", "list", "pause 3d"]:
        assert form in REMIND_USAGE
    for form in ["resume", "stop", "9am", "21h30", "weekends", "daily"]:
        assert form in REMIND_USAGE


def test_commands_become_schedules() -> None:
    times = parse_remind(["hydration", "13:00", "9:00", "weekdays"])
    assert isinstance(times, SetTimes)
    assert times.to_schedule() == Schedule("hydration", (t("09:00"), t("13:00")), WEEKDAYS)
    every = parse_remind(["hydration", "every", "2h", "08:00-12:00"])
    assert isinstance(every, SetEvery)
    schedule = every.to_schedule()
    assert schedule.times == (t("08:00"), t("10:00"), t("12:00"))
    assert (schedule.every_hours, schedule.window) == (2, (t("08:00"), t("12:00")))


# --- time of day ------------------------------------------------------------------------

TIMES: list[tuple[str, str]] = [
    ("09:00", "09:00"),
    ("9:00", "09:00"),
    ("9", "09:00"),
    ("0", "00:00"),
    ("23:59", "23:59"),
    ("21h30", "21:30"),
    ("21h", "21:00"),
    ("9.30", "09:30"),
    ("0930", "09:30"),
    ("9am", "09:00"),
    ("9 am", "09:00"),
    ("9AM", "09:00"),
    ("9:30pm", "21:30"),
    ("9:30 p.m.", "21:30"),
    ("12am", "00:00"),
    ("12:15am", "00:15"),
    ("12pm", "12:00"),
    ("1pm", "13:00"),
    ("noon", "12:00"),
    ("midnight", "00:00"),
    ("  07:05  ", "07:05"),
]


@pytest.mark.parametrize(("text", "expected"), TIMES)
def test_parse_time(text: str, expected: str) -> None:
    assert parse_time(text) == t(expected)


@pytest.mark.parametrize(
    "text",
    [
        "25:99",
        "24:00",
        "9:60",
        "13pm",
        "0pm",
        "-1",
        "-1:00",
        "9:5",
        "",
        "nine",
        "9:00:00",
        "٣",
        "９:００",
        "9\u200b",
        "9 30",
        "12:00 13:00",
        "x" * 10_000,
    ],
)
def test_parse_time_rejects(text: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_time(text)
    assert caught.value.message.endswith(TIME_USAGE)


# --- quiet hours ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("22:00-07:00", ("22:00", "07:00")),
        ("22-7", ("22:00", "07:00")),
        ("22:00 - 07:00", ("22:00", "07:00")),
        ("22:00 – 07:00", ("22:00", "07:00")),
        ("10pm-7am", ("22:00", "07:00")),
        ("from 10 pm to 7 am", ("22:00", "07:00")),
        ("12:00-14:00", ("12:00", "14:00")),
    ],
)
def test_parse_quiet_hours(text: str, expected: tuple[str, str]) -> None:
    assert parse_quiet_hours(text) == (t(expected[0]), t(expected[1]))


@pytest.mark.parametrize(
    "text", ["22:00", "22-22", "22:00-07:00-08:00", "night", "25-7", "", "-", "x" * 5000]
)
def test_parse_quiet_hours_rejects(text: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_quiet_hours(text)
    assert caught.value.message.endswith(QUIET_HOURS_USAGE)


# --- hostile input ----------------------------------------------------------------------

HOSTILE: list[list[str]] = [
    ["hydration"] + ["9:00"] * 10_000,
    ["x" * 1_000_000],
    ["hydration", "9" * 100_000],
    ["\u200b" * 30],
    ["hydration", "\u200b9:00\u200b"],
    ["hydration", "٣:٠٠"],
    ["hydration", "\x00\x1b[31m"],
    ["𝟗:𝟎𝟎"],
    ["hydration", "9:00", "\u202eird"],
    ["hydration", "every", "9" * 30 + "h"],
    ["pause", "9" * 30],
    ["pause", "99999999d"],
    ["a"] * (MAX_TOKENS + 1),
    [" ".join(["a"] * (MAX_TOKENS + 1))],
]


@pytest.mark.parametrize("args", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input_is_a_quick_parse_error(args: list[str]) -> None:
    started = clock.perf_counter()
    with pytest.raises(ParseError) as caught:
        parse_remind(args)
    assert clock.perf_counter() - started < 0.1
    # Quoted input is short and visible: no 1 MB echo, no control characters.
    assert len(caught.value.problem) < 200
    assert not any(ord(ch) < 32 and ch != "\n" for ch in caught.value.message)


words = st.one_of(
    st.sampled_from(
        [
            "hydration",
            "every",
            "2h",
            "9:00",
            "mon-fri",
            "off",
            "pause",
            "3d",
            "-",
            "to",
            "pm",
            "list",
            "stop",
            "9",
            "daily",
            "from",
            "and",
            "every",
            "day",
            "12am",
            "21h30",
        ]
    ),
    st.text(max_size=12),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(words, max_size=12))
def test_anything_parses_or_raises_parse_error(args: list[str]) -> None:
    try:
        command = parse_remind(args)
    except ParseError as error:
        assert error.problem and error.message.endswith(REMIND_USAGE)
    else:
        if isinstance(command, SetTimes | SetEvery):
            command.to_schedule()  # whatever parses is a valid schedule


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_any_text_is_a_time_or_a_parse_error(text: str) -> None:
    try:
        parsed = parse_time(text)
    except ParseError:
        return
    assert parsed.tzinfo is None and parsed.second == 0
    assert all(ch.isascii() or not ch.isdigit() for ch in text)
