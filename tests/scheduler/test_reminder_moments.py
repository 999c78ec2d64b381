"""Reminder texts fit when they arrive: the part of the day and the season where the
person lives (from the hemisphere of their zone in the zone database), and the rotation
picks only among the texts that fit."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest

from knowledge.reminder_texts import (
    PROFILES,
    REMINDER_KINDS,
    REMINDERS_FILE,
    Moment,
    every_moment,
    load_reminder_texts,
    stable_seed,
)
from scheduler.dispatcher import Dispatcher, DispatchSettings
from scheduler.moments import day_part, moment_at, season
from scheduler.planning import Schedule
from scheduler.subscriptions import set_schedule
from scheduler.zone_tables import canonical, zone_country, zone_latitude
from storage.chats import ensure_chat
from storage.db import Database
from tests.scheduler.test_dispatcher import ScriptedSender
from tests.support.clock import FakeClock
from tests.support.content_copies import Change, assert_refused, broken_copy

TEXTS = load_reminder_texts()
NOVEMBER = date(2026, 11, 23)
JULY = date(2026, 7, 15)


@pytest.mark.parametrize(
    ("zone", "day", "expected"),
    [
        ("Europe/Berlin", NOVEMBER, "cold"),
        ("Europe/Berlin", JULY, "warm"),
        ("Australia/Sydney", NOVEMBER, "warm"),
        ("Australia/Sydney", JULY, "cold"),
        ("America/Argentina/Buenos_Aires", JULY, "cold"),
        ("Asia/Singapore", NOVEMBER, "warm"),  # the tropics: warm all year
        ("Europe/Kiev", NOVEMBER, "cold"),  # an alias, found through its link
        ("US/Eastern", JULY, "warm"),
        ("Europe/Berlin", date(2026, 4, 15), None),  # in between
        ("UTC", JULY, None),  # not a place
        ("Etc/GMT-2", JULY, None),
    ],
)
def test_season_by_the_hemisphere_of_the_zone(zone: str, day: date, expected: str | None) -> None:
    assert season(zone, day) == expected


def test_zone_tables() -> None:
    latitude = zone_latitude("Europe/Berlin")
    assert latitude is not None and 52 < latitude < 53
    sydney = zone_latitude("Australia/Sydney")
    assert sydney is not None and sydney < -33
    assert canonical("Europe/Kiev") == "Europe/Kyiv"
    assert zone_country("Europe/Paris") == "FR"
    assert zone_latitude("UTC") is None


@pytest.mark.parametrize(
    ("moment", "part"),
    [
        (time(5), "morning"),
        (time(11, 59), "morning"),
        (time(12), "afternoon"),
        (time(17), "evening"),
        (time(21, 59), "evening"),
        (time(22), "night"),
        (time(4, 59), "night"),
    ],
)
def test_parts_of_the_day(moment: time, part: str) -> None:
    assert day_part(moment) == part


def test_moment_is_local() -> None:
    # 07:00 UTC is 08:00 in Berlin and 18:00 in Sydney (summer time there).
    instant = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
    assert moment_at("Europe/Berlin", instant) == Moment("morning", "cold")
    assert moment_at("Australia/Sydney", instant) == Moment("evening", "warm")
    assert moment_at("UTC", instant) == Moment("morning", None)


@pytest.mark.parametrize("kind", REMINDER_KINDS)
@pytest.mark.parametrize("profile", PROFILES)
def test_the_rotation_picks_only_texts_that_fit(kind: str, profile: str) -> None:
    for moment in every_moment():
        for seed in range(20):
            previous: str | None = None
            seen = set()
            for _ in range(12):
                picked = TEXTS.pick(kind, profile, previous, stable_seed(seed, kind), moment)
                assert picked.fits(moment), (picked.id, moment)
                assert picked.id != previous
                seen.add(picked.id)
                previous = picked.id
            assert len(seen) >= 3, "the rotation goes round the fitting texts"


def test_bedtime_and_warm_day_texts_say_when_they_fit() -> None:
    morning_in_winter = Moment("morning", "cold")
    for kind in REMINDER_KINDS:
        for profile in PROFILES:
            for variant in TEXTS.variants(kind, profile):
                text = variant.text.lower()
                bedtime = "before bed" in text or "settle down for the night" in text
                # "drink through the day, not just before bed" is a daytime text.
                if bedtime and "through the day" not in text:
                    assert not variant.fits(morning_in_winter), variant.id
                if "warm days" in text or "warm weather" in text or "in the heat" in text:
                    assert not variant.fits(morning_in_winter), variant.id
                    assert not variant.fits(Moment("afternoon", None)), variant.id


async def test_a_morning_stretch_in_a_berlin_november_never_says_before_bed(
    db: Database,
) -> None:
    clock = FakeClock(datetime(2026, 11, 1, 5, 0, tzinfo=UTC))
    sender = ScriptedSender()
    dispatcher = Dispatcher(db, TEXTS, sender, clock, DispatchSettings())
    async with db.session.begin() as session:
        for chat_id, kind in ((1, "stretching"), (2, "hydration")):
            chat = await ensure_chat(session, chat_id, "private", clock())
            chat.timezone = "Europe/Berlin"
            await set_schedule(session, chat, Schedule(kind, (time(8, 0),)), clock())  # type: ignore[arg-type]
    for _ in range(24):  # 08:00 Berlin is 07:00 UTC in November
        clock.set(clock().replace(hour=7, minute=0, second=1))
        await dispatcher.run_pass()
        clock.advance(days=1)
    assert len(sender.sent) == 48
    for item in sender.sent:
        variant = next(v for v in TEXTS.variants(item.kind, "general") if v.id == item.variant)
        assert variant.fits(Moment("morning", "cold")), variant.id
        assert "before bed" not in variant.text.lower()
        assert variant.season != "warm"
    stretches = {item.variant for item in sender.sent if item.kind == "stretching"}
    assert len(stretches) >= 3, "still a rotation"
    assert clock() - timedelta(days=24) == datetime(2026, 11, 1, 7, 0, 1, tzinfo=UTC)


def _tag_all(when: list[str] | None = None, season: str | None = None) -> Change:
    def change(data: dict[str, Any]) -> None:
        for variant in data["reminders"]["stretching"]["variants"]["general"]:
            if when is not None:
                variant["when"] = when
            if season is not None:
                variant["season"] = season

    return change


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (_tag_all(when=["evening", "night"]), "fit the morning"),
        (_tag_all(season="warm"), "season"),
        (_tag_all(when=["dusk"]), "should be 'morning'"),
        (_tag_all(season="spring"), "should be 'warm' or 'cold'"),
        (_tag_all(when=["evening", "evening"]), "listed twice"),
    ],
)
def test_the_loader_refuses_texts_that_leave_a_moment_without_choice(
    tmp_path: Path, change: Change, problem: str
) -> None:
    directory = broken_copy(tmp_path, REMINDERS_FILE, change)
    assert_refused(
        load_reminder_texts,
        directory,
        REMINDERS_FILE,
        "reminders.stretching.variants.general",
        problem,
    )
