"""What the zone database says about zones beyond their clocks: where they are.

The tz database ships three small text tables next to the zone files (in the `tzdata`
package, and in /usr/share/zoneinfo on most systems):

- zone.tab: one line per country and zone, with the coordinates of the zone's principal
  city ("DE  +5230+01322  Europe/Berlin");
- iso3166.tab: country codes and names ("DE  Germany");
- tzdata.zi: the compiled source, whose "L target link" lines name the aliases
  ("L Europe/Kyiv Europe/Kiev").

From them: a zone's latitude (its hemisphere, for the season of reminder texts), its
country, and the zones of a country named in words ("paris france"). Everything is read
once, offline; a table that cannot be found gives empty answers, never an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

_SYSTEM_ZONEINFO = Path("/usr/share/zoneinfo")
# ISO 6709 as zone.tab writes it: +DDMM+DDDMM or +DDMMSS+DDDMMSS (latitude, longitude).
_COORDINATES = re.compile(
    r"^(?P<sign>[+-])(?P<degrees>[0-9]{2})(?P<minutes>[0-9]{2})(?P<seconds>[0-9]{2})?[+-]"
)


def _table_lines(name: str) -> Iterator[str]:
    """The non-comment lines of one table: the tzdata package's copy, else the system's."""
    text: str | None = None
    try:
        text = resources.files("tzdata.zoneinfo").joinpath(name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        path = _SYSTEM_ZONEINFO / name
        if path.is_file():
            text = path.read_text(encoding="utf-8")
    for line in (text or "").splitlines():
        if line and not line.startswith("#"):
            yield line


def _latitude(coordinates: str) -> float | None:
    match = _COORDINATES.match(coordinates)
    if match is None:
        return None
    value = int(match["degrees"]) + int(match["minutes"]) / 60 + int(match["seconds"] or 0) / 3600
    return -value if match["sign"] == "-" else value


@dataclass(frozen=True)
class _Tables:
    latitude: dict[str, float]
    country: dict[str, str]
    zones_of_country: dict[str, tuple[str, ...]]
    # Normalised country name -> code ("united states" -> "US").
    country_names: dict[str, str]
    # Alias -> the zone it is a link to.
    links: dict[str, str]


@cache
def _tables() -> _Tables:
    latitude: dict[str, float] = {}
    country: dict[str, str] = {}
    zones_of_country: dict[str, list[str]] = {}
    for line in _table_lines("zone.tab"):
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        code, coordinates, zone = parts[0], parts[1], parts[2]
        found = _latitude(coordinates)
        if found is not None:
            latitude.setdefault(zone, found)
        country.setdefault(zone, code)
        zones_of_country.setdefault(code, []).append(zone)
    names: dict[str, str] = {}
    for line in _table_lines("iso3166.tab"):
        code, _, name = line.partition("\t")
        if name:
            names[name.strip()] = code.strip()
    links: dict[str, str] = {}
    for line in _table_lines("tzdata.zi"):
        if line.startswith("L "):
            parts = line.split()
            if len(parts) == 3:
                links[parts[2]] = parts[1]
    return _Tables(
        latitude,
        country,
        {code: tuple(zones) for code, zones in zones_of_country.items()},
        names,
        links,
    )


def canonical(zone: str) -> str:
    """The zone an alias links to ("Europe/Kiev" -> "Europe/Kyiv"); the zone itself else."""
    links = _tables().links
    seen = {zone}
    while zone in links and links[zone] not in seen:
        zone = links[zone]
        seen.add(zone)
    return zone


def _looked_up(table: dict[str, str] | dict[str, float], zone: str) -> str | None:
    """The key under which `table` knows `zone`: itself, its target, or another alias of it."""
    if zone in table:
        return zone
    target = canonical(zone)
    if target in table:
        return target
    for alias, linked in _tables().links.items():
        if alias in table and canonical(linked) == target:
            return alias
    return None


@cache
def zone_latitude(zone: str) -> float | None:
    """The latitude of the zone's principal city; None for zones that are not a place
    (UTC, Etc/GMT-2) or that the tables do not list."""
    key = _looked_up(_tables().latitude, zone)
    return None if key is None else _tables().latitude[key]


@cache
def zone_country(zone: str) -> str | None:
    """The ISO country code of a zone ("Europe/Paris" -> "FR"), None when it has none."""
    key = _looked_up(_tables().country, zone)
    return None if key is None else _tables().country[key]


def country_zones(code: str) -> tuple[str, ...]:
    """Every zone the tables list for a country code."""
    return _tables().zones_of_country.get(code, ())


def country_names() -> dict[str, str]:
    """Country names as iso3166.tab spells them ("Britain (UK)") -> code."""
    return dict(_tables().country_names)
