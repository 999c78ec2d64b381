"""/timezone resolution: names, cities, aliases, offsets, abbreviations, places, clocks."""

from __future__ import annotations

import time as clock
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scheduler.clock_words import ParseError
from scheduler.planning import known_zones
from scheduler.timezones import (
    MAX_LOCAL_TIME_ZONES,
    MAX_SUGGESTIONS,
    ZoneMatch,
    ZoneSuggestions,
    describe_zone,
    nautical_zone,
    resolve_zone,
    zone_from_location,
    zones_for_local_time,
)

WINTER = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
SUMMER = datetime(2026, 7, 15, 12, 0, tzinfo=UTC)

MATCHES: list[tuple[str, str, str]] = [
    # Exact IANA names, any case and spacing.
    ("Europe/Berlin", "Europe/Berlin", "name"),
    ("europe/berlin", "Europe/Berlin", "name"),
    ("  EUROPE / BERLIN ", "Europe/Berlin", "name"),
    ("america/new_york", "America/New_York", "name"),
    ("America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires", "name"),
    ("America/Port-au-Prince", "America/Port-au-Prince", "name"),
    ("Etc/GMT+5", "Etc/GMT+5", "name"),
    ("etc/gmt-14", "Etc/GMT-14", "name"),
    # UTC words.
    ("UTC", "UTC", "utc"),
    ("utc", "UTC", "utc"),
    ("GMT", "UTC", "utc"),
    ("Z", "UTC", "utc"),
    ("Zulu", "UTC", "utc"),
    # Last part of a zone name.
    ("berlin", "Europe/Berlin", "city"),
    ("Berlin", "Europe/Berlin", "city"),
    ("new york", "America/New_York", "city"),
    ("New_York", "America/New_York", "city"),
    ("são paulo", "America/Sao_Paulo", "city"),
    ("Sao Paulo", "America/Sao_Paulo", "city"),
    ("St. John's", "America/St_Johns", "city"),
    ("port au prince", "America/Port-au-Prince", "city"),
    ("kathmandu", "Asia/Kathmandu", "city"),
    ("Kiritimati", "Pacific/Kiritimati", "city"),
    ("buenos aires", "America/Argentina/Buenos_Aires", "city"),
    ("istanbul", "Europe/Istanbul", "city"),
    ("Berlin, Germany", "Europe/Berlin", "city"),
    ("berlin\u200b", "Europe/Berlin", "city"),
    # Curated aliases: cities that are not zone names, and single-zone countries.
    ("NYC", "America/New_York", "alias"),
    ("munich", "Europe/Berlin", "alias"),
    ("München", "Europe/Berlin", "alias"),
    ("Kraków", "Europe/Warsaw", "alias"),
    ("Łódź", "Europe/Warsaw", "alias"),
    ("san francisco", "America/Los_Angeles", "alias"),
    ("Mumbai", "Asia/Kolkata", "alias"),
    ("bangalore", "Asia/Kolkata", "alias"),
    ("Beijing", "Asia/Shanghai", "alias"),
    ("osaka", "Asia/Tokyo", "alias"),
    ("germany", "Europe/Berlin", "alias"),
    ("UK", "Europe/London", "alias"),
    ("japan", "Asia/Tokyo", "alias"),
    ("India", "Asia/Kolkata", "alias"),
    ("rio de janeiro", "America/Sao_Paulo", "alias"),
    # Abbreviations that mean one zone.
    ("JST", "Asia/Tokyo", "abbreviation"),
    ("msk", "Europe/Moscow", "abbreviation"),
    ("NZDT", "Pacific/Auckland", "abbreviation"),
    # Whole-hour offsets: a fixed Etc zone, whose name has the opposite sign.
    ("UTC+2", "Etc/GMT-2", "offset"),
    ("utc +2", "Etc/GMT-2", "offset"),
    ("GMT+02:00", "Etc/GMT-2", "offset"),
    ("+2", "Etc/GMT-2", "offset"),
    ("+0200", "Etc/GMT-2", "offset"),
    ("UTC-3", "Etc/GMT+3", "offset"),
    ("UTC−3", "Etc/GMT+3", "offset"),
    ("-03:00", "Etc/GMT+3", "offset"),
    ("UTC+14", "Etc/GMT-14", "offset"),
    ("UTC-12", "Etc/GMT+12", "offset"),
    ("UTC+0", "UTC", "utc"),
    ("-00:00", "UTC", "utc"),
]


@pytest.mark.parametrize(("text", "zone", "how"), MATCHES, ids=[text for text, *_ in MATCHES])
def test_match(text: str, zone: str, how: str) -> None:
    assert resolve_zone(text) == ZoneMatch(zone, how)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "hours"), [("UTC+2", 2), ("UTC-3", -3), ("UTC+14", 14), ("UTC-12", -12), ("+5", 5)]
)
def test_offset_zones_really_have_that_offset(text: str, hours: int) -> None:
    found = resolve_zone(text)
    assert isinstance(found, ZoneMatch)
    assert ZoneInfo(found.zone).utcoffset(WINTER) == timedelta(hours=hours)


SUGGESTIONS: list[tuple[str, str, list[str]]] = [
    # Ambiguous abbreviations and countries: the user picks.
    ("EST", "ambiguous", ["America/New_York"]),
    ("IST", "ambiguous", ["Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"]),
    ("CST", "ambiguous", ["America/Chicago", "Asia/Shanghai"]),
    ("BST", "ambiguous", ["Europe/London", "Asia/Dhaka"]),
    ("PST", "ambiguous", ["America/Los_Angeles"]),
    ("usa", "ambiguous", ["America/New_York", "America/Los_Angeles"]),
    ("Australia", "ambiguous", ["Australia/Sydney", "Australia/Perth"]),
    ("portland", "ambiguous", ["America/Los_Angeles", "America/New_York"]),
    # Offsets that are not whole hours: the zones that use them.
    ("+05:30", "offset", ["Asia/Kolkata"]),
    ("UTC+5:45", "offset", ["Asia/Kathmandu"]),
    ("GMT+5.30", "offset", ["Asia/Kolkata"]),
    ("utc-3:30", "offset", ["America/St_Johns"]),
    ("+09:30", "offset", ["Australia/Adelaide", "Australia/Darwin"]),
    # Near misses.
    ("Berln", "spelling", ["Europe/Berlin"]),
    ("europe/berlinn", "spelling", ["Europe/Berlin"]),
    ("Europe/Berln", "spelling", ["Europe/Berlin"]),
    ("new yrok", "spelling", ["America/New_York"]),
    ("Amsterdm", "spelling", ["Europe/Amsterdam"]),
    ("san fransisco", "spelling", ["America/Los_Angeles"]),
    # Nothing close, or nothing readable.
    ("hydration", "unknown", []),
    ("UTC+15", "unknown", []),
    ("UTC-13", "unknown", []),
    ("+05:99", "unknown", []),
    ("", "unknown", []),
    ("   ", "unknown", []),
    ("\u200b\u200b", "unknown", []),
    ("東京", "unknown", []),
    ("٣", "unknown", []),
    ("x" * 10_000, "unknown", []),
    ("ab", "unknown", []),
]


@pytest.mark.parametrize(
    ("text", "reason", "expected"), SUGGESTIONS, ids=[text[:20] for text, *_ in SUGGESTIONS]
)
def test_suggestions(text: str, reason: str, expected: list[str]) -> None:
    found = resolve_zone(text)
    assert isinstance(found, ZoneSuggestions)
    assert found.reason == reason
    assert len(found.zones) <= MAX_SUGGESTIONS
    for zone in expected:
        assert zone in found.zones
    if expected:
        assert found.zones[0] == expected[0], "the best suggestion comes first"


def test_half_hour_offsets_follow_now_when_given() -> None:
    # Adelaide is UTC+10:30 in the southern summer and +09:30 in winter.
    assert "Australia/Adelaide" in resolve_zone("+10:30", utc_now=WINTER).zones  # type: ignore[union-attr]
    assert "Australia/Adelaide" not in resolve_zone("+10:30", utc_now=SUMMER).zones  # type: ignore[union-attr]
    assert "Australia/Adelaide" in resolve_zone("+09:30", utc_now=SUMMER).zones  # type: ignore[union-attr]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_any_text_resolves_to_known_zones(text: str) -> None:
    found = resolve_zone(text)
    zones = [found.zone] if isinstance(found, ZoneMatch) else list(found.zones)
    assert len(zones) <= MAX_SUGGESTIONS
    assert all(zone in known_zones() for zone in zones)


def test_hostile_input_is_quick() -> None:
    for text in ["x" * 1_000_000, "é" * 100, "a b " * 25, "\u202e" * 99, "+" * 99]:
        started = clock.perf_counter()
        resolve_zone(text)
        assert clock.perf_counter() - started < 0.2


# --- locations --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("latitude", "longitude", "zone"),
    [
        (52.52, 13.405, "Europe/Berlin"),
        (40.71, -74.01, "America/New_York"),
        (-33.87, 151.21, "Australia/Sydney"),
        (27.71, 85.32, "Asia/Kathmandu"),
        (-23.55, -46.63, "America/Sao_Paulo"),
        # At sea: nautical zones, with the inverted Etc sign (west of Greenwich is GMT+N).
        (30.0, -40.0, "Etc/GMT+3"),
        (-40.0, 100.0, "Etc/GMT-7"),
        (0.0, 0.0, "Etc/GMT"),
    ],
)
def test_zone_from_location(latitude: float, longitude: float, zone: str) -> None:
    assert zone_from_location(latitude, longitude) == zone


@pytest.mark.parametrize(
    ("latitude", "longitude"),
    [
        (91.0, 0.0),
        (-90.5, 0.0),
        (0.0, 180.5),
        (0.0, -181.0),
        (float("nan"), 0.0),
        (0.0, float("inf")),
        (True, 0.0),
        ("52.5", "13.4"),
    ],
)
def test_zone_from_invalid_location(latitude: float, longitude: float) -> None:
    assert zone_from_location(latitude, longitude) is None


@pytest.mark.parametrize(
    ("longitude", "zone"),
    [
        (7.4, "Etc/GMT"),
        (-7.5, "Etc/GMT"),
        (7.5, "Etc/GMT-1"),
        (-7.6, "Etc/GMT+1"),
        (-40.0, "Etc/GMT+3"),
        (172.5, "Etc/GMT-12"),
        (180.0, "Etc/GMT-12"),
        (-180.0, "Etc/GMT+12"),
    ],
)
def test_nautical_zones_by_longitude(longitude: float, zone: str) -> None:
    assert nautical_zone(longitude) == zone


# --- "what time is it for you?" ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "utc_now", "first", "also"),
    [
        # 14:35 at 12:34 UTC is UTC+2: Cairo in winter, Berlin in summer (Cairo is +3 then).
        ("14:35", WINTER.replace(minute=34), "Africa/Cairo", "Europe/Kyiv"),
        ("14:35", SUMMER.replace(minute=34), "Europe/Berlin", "Africa/Johannesburg"),
        ("2:35pm", SUMMER.replace(minute=34), "Europe/Berlin", "Europe/Paris"),
        # Zones that follow daylight saving first, then the others on the same clock.
        ("13:00", WINTER, "Europe/Berlin", "Africa/Lagos"),
        ("17:30", WINTER, "Asia/Kolkata", "Asia/Colombo"),
        ("17:45", WINTER, "Asia/Kathmandu", "Asia/Kathmandu"),
        ("07:00", WINTER, "America/New_York", "America/Toronto"),
        ("08:00", SUMMER, "America/New_York", "America/Toronto"),
        ("08:30", WINTER, "America/St_Johns", "America/St_Johns"),
        # Both sides of the date line: UTC+13 and UTC-11 read the same clock.
        ("01:00", WINTER, "Pacific/Auckland", "Pacific/Pago_Pago"),
        ("02:00", WINTER, "Pacific/Honolulu", "Pacific/Kiritimati"),
        ("00:00", WINTER, "Pacific/Fiji", "Etc/GMT+12"),
        ("12:00", WINTER, "Europe/London", "Africa/Accra"),
    ],
)
def test_zones_for_local_time(text: str, utc_now: datetime, first: str, also: str) -> None:
    zones = zones_for_local_time(text, utc_now)
    assert zones[0] == first
    assert also in zones
    assert len(zones) <= MAX_LOCAL_TIME_ZONES


def test_local_time_read_a_few_minutes_ago_still_fits() -> None:
    for minutes in (-7, -3, 0, 4, 7):
        now = WINTER + timedelta(minutes=minutes)
        zones = zones_for_local_time("13:00", now)
        assert zones[0] == "Europe/Berlin" and "Africa/Lagos" in zones


def test_local_time_that_is_not_a_time() -> None:
    with pytest.raises(ParseError):
        zones_for_local_time("teatime", WINTER)
    with pytest.raises(ValueError, match="aware"):
        zones_for_local_time("12:00", WINTER.replace(tzinfo=None))


# --- describing ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "utc_now", "expected"),
    [
        (
            "Europe/Berlin",
            WINTER.replace(hour=13, minute=35),
            "Europe/Berlin (UTC+01:00, now 14:35)",
        ),
        (
            "Europe/Berlin",
            SUMMER.replace(hour=12, minute=35),
            "Europe/Berlin (UTC+02:00, now 14:35)",
        ),
        ("America/St_Johns", WINTER, "America/St_Johns (UTC-03:30, now 08:30)"),
        ("Asia/Kathmandu", WINTER, "Asia/Kathmandu (UTC+05:45, now 17:45)"),
        # Fixed offsets as a person types them, never as an Etc/ name (opposite sign).
        ("UTC", WINTER, "UTC (now 12:00)"),
        ("Etc/GMT+12", WINTER, "UTC-12 (now 00:00)"),
        ("Etc/GMT-2", WINTER, "UTC+2 (now 14:00)"),
    ],
)
def test_describe_zone(zone: str, utc_now: datetime, expected: str) -> None:
    assert describe_zone(zone, utc_now) == expected


def test_describe_unknown_zone() -> None:
    with pytest.raises(ValueError):
        describe_zone("Mars/Olympus_Mons", WINTER)
