"""The curated place and abbreviation tables: valid zones, normalised keys, full coverage."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from scheduler.data.city_zones import (
    ABBREVIATION_ZONES,
    AMBIGUOUS_NAMES,
    CITY_ZONES,
    POPULAR_ZONES,
)
from scheduler.planning import known_zones
from scheduler.timezones import name_key

ALL_TABLES: dict[str, dict[str, tuple[str, ...]]] = {
    "CITY_ZONES": {key: (zone,) for key, zone in CITY_ZONES.items()},
    "ABBREVIATION_ZONES": {key: (zone,) for key, zone in ABBREVIATION_ZONES.items()},
    "AMBIGUOUS_NAMES": AMBIGUOUS_NAMES,
}


@pytest.mark.parametrize("table", ALL_TABLES)
def test_every_zone_exists_and_every_key_is_normalised(table: str) -> None:
    for key, zones in ALL_TABLES[table].items():
        assert key == name_key(key), f"{key!r} would never match typed input"
        assert zones and all(zone in known_zones() for zone in zones), key


def test_names_mean_one_thing() -> None:
    tables = [set(CITY_ZONES), set(ABBREVIATION_ZONES), set(AMBIGUOUS_NAMES)]
    for index, names in enumerate(tables):
        for other in tables[index + 1 :]:
            assert not names & other


def test_the_alias_table_is_big_enough() -> None:
    assert len(CITY_ZONES) >= 150


def test_popular_zones_exist_once() -> None:
    assert all(zone in known_zones() for zone in POPULAR_ZONES)
    assert len(set(POPULAR_ZONES)) == len(POPULAR_ZONES)


@pytest.mark.parametrize("month", range(1, 13))
def test_popular_zones_cover_every_whole_hour_offset_all_year(month: int) -> None:
    instant = datetime(2026, month, 15, tzinfo=UTC)
    offsets = {instant.astimezone(ZoneInfo(zone)).utcoffset() for zone in POPULAR_ZONES}
    for hours in range(-12, 15):
        assert timedelta(hours=hours) in offsets, f"nothing at UTC{hours:+d} in month {month}"
