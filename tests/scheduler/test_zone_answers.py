"""Time zones as people give them: a city and its country, a local time read off a clock
(matching clocks within 15 minutes, zones with daylight saving first), and a UTC offset
shown as typed, never as an Etc/ name with the opposite sign."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.handlers.timezone import zone_confirmation
from scheduler.timezones import (
    ZoneMatch,
    ZoneSuggestions,
    describe_zone,
    follows_dst,
    is_fixed_offset,
    resolve_zone,
    zone_label,
    zones_for_local_time,
)

WINTER = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
SUMMER = datetime(2026, 7, 15, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("paris france", "Europe/Paris"),
        ("Paris, France", "Europe/Paris"),
        ("berlin germany", "Europe/Berlin"),
        ("sydney australia", "Australia/Sydney"),
        ("new york usa", "America/New_York"),
        ("new york united states", "America/New_York"),
        ("london uk", "Europe/London"),
        ("München Deutschland", "Europe/Berlin"),
        ("kyiv ukraine", "Europe/Kyiv"),
    ],
)
def test_city_and_country(text: str, zone: str) -> None:
    found = resolve_zone(text)
    assert isinstance(found, ZoneMatch) and found.zone == zone, found


def test_a_city_not_in_the_country_named_is_not_guessed() -> None:
    found = resolve_zone("paris usa")
    assert isinstance(found, ZoneSuggestions) and "Europe/Paris" not in found.zones
    assert "America/New_York" in found.zones


@pytest.mark.parametrize(
    ("typed", "utc_now", "expected"),
    [
        # 14:35 at 13:27 UTC: Berlin's clock says 14:27 (8 minutes off); no zone is UTC+1:15.
        ("14:35", WINTER.replace(hour=13, minute=27), "Europe/Berlin"),
        ("14:35", WINTER.replace(hour=13, minute=43), "Europe/Berlin"),
        ("9am", WINTER.replace(hour=13, minute=52), "America/New_York"),
        ("14:35", SUMMER.replace(hour=12, minute=22), "Europe/Berlin"),
    ],
)
def test_a_local_time_matches_clocks_within_15_minutes(
    typed: str, utc_now: datetime, expected: str
) -> None:
    zones = zones_for_local_time(typed, utc_now)
    assert zones and zones[0] == expected, zones


def test_a_local_time_further_than_15_minutes_from_every_clock_matches_nothing() -> None:
    # 14:35 at 13:05 UTC: 14:05 (UTC+1) is 30 minutes off, and nothing is at UTC+1:30.
    assert zones_for_local_time("14:35", WINTER.replace(hour=13, minute=5)) == []


def test_zones_with_daylight_saving_come_first_among_local_time_matches() -> None:
    zones = zones_for_local_time("13:00", WINTER)
    dst = [follows_dst(zone, WINTER) for zone in zones]
    assert dst[0] and "Africa/Lagos" in zones
    # Summer 14:00 at 12:00 UTC: Berlin keeps summer time, Johannesburg does not.
    summer = zones_for_local_time("14:00", SUMMER)
    assert summer[0] == "Europe/Berlin" and "Africa/Johannesburg" in summer


@pytest.mark.parametrize(
    ("typed", "label"),
    [
        ("UTC+2", "UTC+2"),
        ("UTC-3", "UTC-3"),
        ("+0200", "UTC+2"),
        ("UTC+14", "UTC+14"),
        ("UTC", "UTC"),
        ("GMT", "UTC"),
    ],
)
def test_an_offset_is_shown_as_typed(typed: str, label: str) -> None:
    found = resolve_zone(typed)
    assert isinstance(found, ZoneMatch)
    assert zone_label(found.zone) == label
    shown = describe_zone(found.zone, WINTER)
    assert shown.startswith(label + " (now ") and "Etc/" not in shown, shown
    assert is_fixed_offset(found.zone) and not follows_dst(found.zone, WINTER)


def test_only_zones_with_daylight_saving_are_said_to_follow_it() -> None:
    assert "daylight saving included" in zone_confirmation("Europe/Berlin", WINTER)
    for zone in ("Etc/GMT-2", "UTC", "Asia/Tokyo"):
        said = zone_confirmation(zone, WINTER)
        assert "daylight saving included" not in said and "Etc/" not in said, said
    assert "UTC+2" in zone_confirmation("Etc/GMT-2", WINTER)
