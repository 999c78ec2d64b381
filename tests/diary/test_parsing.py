"""Typed cramps: any order, every field, and every bad input named, never guessed."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from diary.entry import Draft, decode_draft, encode_draft, place, resolve_when
from diary.parsing import read_item, read_log, read_report_start, read_story

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 12, 3, 8, 30, tzinfo=UTC)  # Thursday 09:30 in Berlin


def test_the_issue_examples_are_read_in_any_order() -> None:
    one = read_log("7 left calf 3 min woke", BERLIN, NOW)
    assert one.problem is None and one.complete_enough()
    assert one.draft == Draft(None, "calf", "left", 7, "1_5", None, True)
    other = read_log("woke 3 min calf left 7", BERLIN, NOW)
    assert other.draft == one.draft
    feet = read_log("4 both feet 30s last night", BERLIN, NOW)
    assert feet.draft.site == "foot" and feet.draft.side == "both"
    assert feet.draft.duration == "under_1" and feet.draft.severity == 4
    assert feet.draft.at == datetime(2026, 12, 3, 2, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("typed", "duration"),
    [
        ("45s", "under_1"),
        ("1 min", "1_5"),
        ("5 minutes", "1_5"),
        ("6m", "5_10"),
        ("10 mins", "5_10"),
        ("11 min", "over_10"),
        ("1h", "over_10"),
        ("under a minute", "under_1"),
        ("more than 10 minutes", "over_10"),
    ],
)
def test_durations_fall_in_their_band(typed: str, duration: str) -> None:
    assert read_log(f"calf {typed}", BERLIN, NOW).draft.duration == duration


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("11", "severity_range"),
        ("12/10 calf", "severity_range"),
        ("left left", "twice"),
        ("left right", "twice"),
        ("5 7 calf", "twice"),
        ("calf today 23:00", "future"),
        ("calf tomorrow", "future"),
        ("calf 2027-01-05", "future"),
        ("calf 2025-01-05", "too_old"),
        ("calf 25:00", "bad_time"),
        ("calf 2026-02-30", "bad_time"),
        ("calf hello", "unknown_words"),
        ("calf ٣ min", "unknown_words"),
    ],
)
def test_bad_input_is_a_problem(typed: str, kind: str) -> None:
    assert (problem := read_log(typed, BERLIN, NOW).problem) is not None
    assert problem.kind == kind


def test_a_time_alone_is_the_last_time_the_clock_showed_it() -> None:
    assert read_log("23:30", BERLIN, NOW).draft.at == datetime(2026, 12, 2, 22, 30, tzinfo=UTC)
    assert read_log("7am", BERLIN, NOW).draft.at == datetime(2026, 12, 3, 6, 0, tzinfo=UTC)
    assert read_log("yesterday 11pm", BERLIN, NOW).draft.at == datetime(
        2026, 12, 2, 22, 0, tzinfo=UTC
    )


def test_a_note_keeps_its_own_words() -> None:
    reading = read_log("5 calf left 2 min note: After TENNIS, 3 sets", BERLIN, NOW)
    assert reading.problem is None and reading.draft.note == "After TENNIS, 3 sets"
    assert read_log("5 calf note: " + "x" * 501, BERLIN, NOW).problem is not None


def test_easing_and_waking_negations() -> None:
    assert read_log("calf 15 min still cramping", BERLIN, NOW).draft.eased is False
    assert read_log("calf 15 min eased", BERLIN, NOW).draft.eased is True
    assert read_log("calf didn't wake me", BERLIN, NOW).draft.woke is False
    assert read_log("calf woke me up", BERLIN, NOW).draft.woke is True


def test_stories_offer_to_log_and_questions_do_not() -> None:
    story = read_story("had a bad cramp in my left calf last night", BERLIN, NOW)
    assert story is not None and story.site == "calf" and story.side == "left"
    assert story.at == datetime(2026, 12, 3, 2, 0, tzinfo=UTC)
    for text in (
        "why do I get cramps at night?",
        "how long does a cramp last",
        "i love my calf",
        "cramps are common in pregnancy",
    ):
        assert read_story(text, BERLIN, NOW) is None


def test_a_draft_round_trips_through_button_data() -> None:
    draft = Draft(
        datetime(2026, 12, 3, 2, 0, tzinfo=UTC), "toes", "both", 10, "over_10", False, True
    )
    token = encode_draft(draft)
    assert len(token) < 20
    assert decode_draft(token) == draft
    assert decode_draft(encode_draft(Draft())) == Draft()
    assert decode_draft("x.zzzzzzz") is None


def test_night_cramps_belong_to_the_evening_that_began_the_night() -> None:
    at_3am = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)
    assert place(at_3am, BERLIN, woke=False).local_day == date(2026, 12, 2)
    afternoon = datetime(2026, 12, 3, 14, 0, tzinfo=UTC)
    assert not place(afternoon, BERLIN, woke=False).at_night
    assert place(afternoon, BERLIN, woke=True).at_night  # waking makes it a night's
    late = datetime(2026, 12, 3, 21, 30, tzinfo=UTC)
    assert place(late, BERLIN, woke=False).local_day == date(2026, 12, 3)
    assert resolve_when("this_morning", BERLIN, NOW) == datetime(2026, 12, 3, 6, tzinfo=UTC)


def test_items_and_report_periods() -> None:
    today = date(2026, 12, 3)
    item = read_item(["medicine", "atorvastatin", "20", "mg", "since", "2026-11-12"], today)
    assert item is not None and not isinstance(item, Exception)
    assert getattr(item, "name", None) == "atorvastatin 20 mg"
    assert getattr(item, "started_on", None) == date(2026, 11, 12)
    assert read_item(["medicine"], today) is None
    assert read_report_start([], today) == date(2026, 11, 6)
    assert read_report_start(["since", "2026-11-01"], today) == date(2026, 11, 1)
    assert read_report_start(["8", "weeks"], today) == date(2026, 10, 9)
    assert read_report_start(["since", "2026-12-04"], today) is None
    assert read_report_start(["60", "weeks"], today) is None
