"""Offline time-zone resolution for /timezone: names, cities, offsets, places and clocks.

Everything here works without a network: zone names come from the installed zone
database, place names from scheduler.data.city_zones, coordinates from timezonefinder's
bundled polygons. Input is bounded before any work, and bad input gives empty
suggestions rather than an exception (except an unreadable clock time, which is a
ParseError so the bot can say what was wrong).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING, Literal

from rapidfuzz import fuzz, process

from scheduler.clock_words import parse_time
from scheduler.data.city_zones import (
    ABBREVIATION_ZONES,
    AMBIGUOUS_NAMES,
    CITY_ZONES,
    POPULAR_ZONES,
)
from scheduler.planning import known_zones, load_zone
from scheduler.zone_tables import canonical, country_names, country_zones, zone_country

if TYPE_CHECKING:
    from timezonefinder import TimezoneFinder

MatchKind = Literal["name", "utc", "offset", "abbreviation", "alias", "city"]
SuggestionReason = Literal["ambiguous", "offset", "spelling", "unknown"]

MAX_INPUT_LENGTH = 100
MAX_SUGGESTIONS = 5
MAX_LOCAL_TIME_ZONES = 6
# A typed local time matches zones whose clocks are this close to it.
LOCAL_TIME_TOLERANCE_MINUTES = 15


@dataclass(frozen=True)
class ZoneMatch:
    """One zone the text names. `matched_by` tells how, e.g. to warn that an "offset"
    match (a fixed Etc/GMT zone) does not follow daylight-saving time."""

    zone: str
    matched_by: MatchKind


@dataclass(frozen=True)
class ZoneSuggestions:
    """Zones the user may have meant (best first, at most 5; empty when nothing fits).

    reason: "ambiguous" (EST, IST, USA), "offset" (a UTC offset that is not whole hours),
    "spelling" (a near miss such as "Berln"), "unknown" (nothing close, or unreadable).
    """

    zones: tuple[str, ...]
    reason: SuggestionReason


# Areas whose last name part is a place a person might type ("Europe/Berlin" -> "berlin").
# Legacy areas such as US/ and Canada/ name regions, not places.
_PLACE_AREAS = frozenset(
    {
        "Africa",
        "America",
        "Antarctica",
        "Arctic",
        "Asia",
        "Atlantic",
        "Australia",
        "Europe",
        "Indian",
        "Pacific",
    }
)
_UTC_WORDS = frozenset({"utc", "gmt", "z", "zulu", "uct", "universal", "greenwich"})
_OFFSET = re.compile(
    r"(?:utc|gmt)?(?P<sign>[+-])(?P<hours>[0-9]{1,2})(?:[:.]?(?P<minutes>[0-9]{2}))?"
)
_ETC_OFFSET = re.compile(r"Etc/GMT(?:(?P<hours>[+-][0-9]{1,2}))?")
_UTC_ZONES = frozenset(
    {
        "UTC",
        "Etc/UTC",
        "Etc/UCT",
        "Etc/Universal",
        "Etc/Zulu",
        "Etc/Greenwich",
        "Etc/GMT0",
        "Etc/GMT+0",
        "Etc/GMT-0",
        "GMT",
        "GMT0",
        "GMT+0",
        "GMT-0",
        "UCT",
        "Universal",
        "Zulu",
        "Greenwich",
    }
)
_DASHES = str.maketrans({"\u2212": "-", "\u2013": "-", "\u2014": "-", "\u2010": "-"})
# Letters that Unicode decomposition leaves alone but people type without the mark.
_PLAIN_LETTERS = str.maketrans(
    {"ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ı": "i", "_": " ", "-": " "}
)
_DROPPED = str.maketrans({".": None, "'": None, "’": None})
# Zone offsets are sampled in January and July to know both of a zone's offsets when no
# "now" is given. Fixed, so that resolve_zone stays deterministic.
_OFFSET_SAMPLE_YEAR = 2026
_WHOLE_HOUR_OFFSETS = range(-12, 15)


def _visible(text: str) -> str:
    """Drop control and format characters (zero-width spaces, direction marks)."""
    return "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")


def name_key(text: str) -> str:
    """The form names are compared in: "São_Paulo" -> "sao paulo", "St. John's" -> "st johns"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.translate(_DROPPED).translate(_PLAIN_LETTERS)
    return re.sub(r"\s*/\s*", "/", " ".join(plain.split()))


def _preference(zone: str) -> tuple[int, int, str]:
    """Which zone wins when two share a place name: popular, then canonical-looking
    (America/Argentina/Cordoba over its old alias America/Cordoba), then alphabetical."""
    return (0 if zone in POPULAR_ZONES else 1, -zone.count("/"), zone)


@dataclass(frozen=True)
class _Index:
    full_names: dict[str, str]
    places: dict[str, str]
    fuzzy_full_names: dict[str, tuple[str, ...]]
    fuzzy_places: dict[str, tuple[str, ...]]


@cache
def _index() -> _Index:
    full_names = {name_key(zone): zone for zone in known_zones() if "/" in zone}
    places: dict[str, str] = {}
    for zone in sorted(known_zones(), key=_preference, reverse=True):
        if "/" in zone and zone.split("/", 1)[0] in _PLACE_AREAS:
            places[name_key(zone.rsplit("/", 1)[1])] = zone  # the preferred zone is written last
    fuzzy_places: dict[str, tuple[str, ...]] = {key: (zone,) for key, zone in places.items()}
    fuzzy_places.update((key, (zone,)) for key, zone in CITY_ZONES.items())
    fuzzy_places.update((key, zones) for key, zones in AMBIGUOUS_NAMES.items() if len(key) > 3)
    fuzzy_full_names: dict[str, tuple[str, ...]] = {k: (zone,) for k, zone in full_names.items()}
    return _Index(full_names, places, fuzzy_full_names, fuzzy_places)


def _exact(key: str) -> ZoneMatch | ZoneSuggestions | None:
    index = _index()
    if key in _UTC_WORDS:
        return ZoneMatch("UTC", "utc")
    if key in index.full_names:
        return ZoneMatch(index.full_names[key], "name")
    if key in AMBIGUOUS_NAMES:
        return ZoneSuggestions(AMBIGUOUS_NAMES[key][:MAX_SUGGESTIONS], "ambiguous")
    if key in ABBREVIATION_ZONES:
        return ZoneMatch(ABBREVIATION_ZONES[key], "abbreviation")
    if key in CITY_ZONES:
        return ZoneMatch(CITY_ZONES[key], "alias")
    if key in index.places:
        return ZoneMatch(index.places[key], "city")
    return None


def _aware_utc(instant: datetime) -> datetime:
    # A naive datetime's astimezone() would silently use the server's zone.
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError("utc_now must be an aware datetime")
    return instant.astimezone(UTC)


def _offset_samples(utc_now: datetime | None) -> list[datetime]:
    if utc_now is not None:
        return [_aware_utc(utc_now)]
    return [datetime(_OFFSET_SAMPLE_YEAR, month, 15, tzinfo=UTC) for month in (1, 7)]


def _zones_at_offsets(offsets: Iterable[timedelta], instants: Sequence[datetime]) -> list[str]:
    """Popular zones on one of `offsets` at one of `instants`, most populous first."""
    wanted = set(offsets)
    return [
        zone
        for zone in POPULAR_ZONES
        if any(instant.astimezone(load_zone(zone)).utcoffset() in wanted for instant in instants)
    ]


def _fixed_zone(hours: int) -> str:
    """The Etc zone for UTC+hours. POSIX-style names invert the sign: UTC+2 is Etc/GMT-2."""
    return "UTC" if hours == 0 else f"Etc/GMT{-hours:+d}"


def _from_offset(text: str, utc_now: datetime | None) -> ZoneMatch | ZoneSuggestions | None:
    match = _OFFSET.fullmatch(text)
    if match is None:
        return None
    sign = -1 if match["sign"] == "-" else 1
    hours, minutes = int(match["hours"]), int(match["minutes"] or 0)
    if minutes >= 60:
        return ZoneSuggestions((), "unknown")
    if minutes == 0:
        if sign * hours not in _WHOLE_HOUR_OFFSETS:
            return ZoneSuggestions((), "unknown")
        return ZoneMatch(_fixed_zone(sign * hours), "utc" if hours == 0 else "offset")
    # No Etc zone has a half-hour offset: offer the real zones that use it.
    offset = sign * timedelta(hours=hours, minutes=minutes)
    zones = _zones_at_offsets([offset], _offset_samples(utc_now))
    return ZoneSuggestions(tuple(zones[:MAX_SUGGESTIONS]), "offset")


def _near_misses(key: str) -> ZoneSuggestions:
    if len(key) < 3:
        return ZoneSuggestions((), "unknown")
    index = _index()
    choices = index.fuzzy_full_names if "/" in key else index.fuzzy_places
    found = process.extract(key, list(choices), scorer=fuzz.ratio, score_cutoff=75, limit=10)
    zones: list[str] = []
    for choice, _score, _position in found:
        for zone in choices[choice]:
            if zone not in zones:
                zones.append(zone)
    if not zones:
        return ZoneSuggestions((), "unknown")
    return ZoneSuggestions(tuple(zones[:MAX_SUGGESTIONS]), "spelling")


def resolve_zone(text: str, *, utc_now: datetime | None = None) -> ZoneMatch | ZoneSuggestions:
    """The zone a user means by `text`: an IANA name in any case, UTC/GMT/Z, a city or
    country, an unambiguous abbreviation (JST), or a UTC offset ("UTC+2", "+05:30").

    Whole-hour offsets give a fixed Etc/GMT zone (no DST); other offsets, ambiguous names
    and near misses give suggestions. `utc_now`, if given, picks the zones that are on a
    non-whole-hour offset right now; without it, zones on it in January or July.
    """
    if len(text) > MAX_INPUT_LENGTH:
        return ZoneSuggestions((), "unknown")
    visible = _visible(text).translate(_DASHES)
    compact = "".join(visible.casefold().split())
    if not compact:
        return ZoneSuggestions((), "unknown")
    by_offset = _from_offset(compact, utc_now)
    if by_offset is not None:
        return by_offset
    key = name_key(visible)
    found = _exact(key)
    if found is None:
        # "Berlin, Germany", "paris france": a place, then the country (or state) it is in.
        found = _place_in_region(key)
    return found if found is not None else _near_misses(key)


@cache
def _country_keys() -> dict[str, str]:
    """Country names as people type them -> ISO code: "united states", "britain", "uk"."""
    keys: dict[str, str] = {}
    for name, code in country_names().items():
        keys[name_key(name)] = code
        # "Britain (UK)", "Korea (South)": each part on its own, and without brackets.
        plain = re.sub(r"[()]", " ", name)
        keys.setdefault(name_key(plain), code)
        outside = re.sub(r"\(.*?\)", " ", name)
        keys.setdefault(name_key(outside), code)
        for inside in re.findall(r"\((.*?)\)", name):
            keys.setdefault(name_key(inside), code)
    return {key: code for key, code in keys.items() if key}


def _region_zones(text: str) -> set[str] | None:
    """The zones a region's name covers (a country, or any name that leads to zones,
    with every zone of those zones' countries); None when the name is not known."""
    zones: set[str] = set()
    code = _country_keys().get(text)
    if code is not None:
        zones.update(country_zones(code))
    found = _exact(text)
    if isinstance(found, ZoneMatch):
        zones.add(found.zone)
    elif isinstance(found, ZoneSuggestions):
        zones.update(found.zones)
    for zone in list(zones):
        country = zone_country(zone)
        if country is not None:
            zones.update(country_zones(country))
    return {canonical(zone) for zone in zones} or None


def _place_in_region(key: str) -> ZoneMatch | ZoneSuggestions | None:
    """ "paris france": the longest leading words that name a place, checked against the
    rest as the region. A region that does not contain the place ("paris texas") or is
    unknown gives suggestions to confirm rather than a guess."""
    words = key.replace(",", " ").split()
    for cut in range(len(words) - 1, 0, -1):
        place, rest = " ".join(words[:cut]), " ".join(words[cut:])
        found = _exact(place)
        if found is None:
            continue
        region = _region_zones(rest)
        candidates = [found.zone] if isinstance(found, ZoneMatch) else list(found.zones)
        if region is None:
            return ZoneSuggestions(tuple(candidates[:MAX_SUGGESTIONS]), "ambiguous")
        inside = [zone for zone in candidates if canonical(zone) in region]
        if len(inside) == 1:
            kind = found.matched_by if isinstance(found, ZoneMatch) else "city"
            return ZoneMatch(inside[0], kind)
        if inside:
            return ZoneSuggestions(tuple(inside[:MAX_SUGGESTIONS]), "ambiguous")
        # The place is not in that region: offer the region's own well-known zones.
        offered = [zone for zone in POPULAR_ZONES if canonical(zone) in region]
        return ZoneSuggestions(tuple((offered or candidates)[:MAX_SUGGESTIONS]), "ambiguous")
    return None


def nautical_zone(longitude: float) -> str:
    """The Etc zone of the 15-degree nautical band around `longitude` (as at sea)."""
    hours = math.floor(longitude / 15 + 0.5)  # not round(): no banker's rounding at edges
    hours = max(-12, min(12, hours))
    return "Etc/GMT" if hours == 0 else _fixed_zone(hours)


@cache
def _finder() -> TimezoneFinder:
    # Imported on first use: it loads numpy and the polygon index (a fraction of a second),
    # which the bot should not pay at start-up.
    from timezonefinder import TimezoneFinder

    return TimezoneFinder()


def zone_from_location(latitude: float, longitude: float) -> str | None:
    """The zone at a shared location (Telegram's location message), offline.

    At sea this is the nautical Etc/GMT zone; None for invalid coordinates, or for a
    zone name the installed zone database does not know yet.
    """
    for value in (latitude, longitude):
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        if not math.isfinite(value):
            return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    zone = _finder().timezone_at(lng=float(longitude), lat=float(latitude))
    if zone is None:
        return nautical_zone(longitude)
    return zone if zone in known_zones() else None


def _minutes_of_day(hour: int, minute: int) -> int:
    return hour * 60 + minute


def _year_of_offsets(zone: str, year: int) -> tuple[timedelta | None, ...]:
    """The zone's offset in the middle of each month of `year`: its clock's behaviour."""
    tz = load_zone(zone)
    return tuple(
        datetime(year, month, 15, tzinfo=UTC).astimezone(tz).utcoffset() for month in range(1, 13)
    )


def follows_dst(zone: str, utc_now: datetime) -> bool:
    """Whether the zone's clock changes for daylight saving in the year of `utc_now`
    (its offset differs between months). Fixed offsets and UTC never do."""
    return len(set(_year_of_offsets(zone, _aware_utc(utc_now).year))) > 1


def _clock_distance(minutes: int, other: int) -> int:
    difference = abs(minutes - other) % (24 * 60)
    return min(difference, 24 * 60 - difference)


def zones_for_local_time(local_now_text: str, utc_now: datetime) -> list[str]:
    """Zones whose clock shows `local_now_text` ("14:35", "2:35pm") at `utc_now`, give or
    take 15 minutes (a clock read a little while ago, or one that is a little off).

    Closest clocks first; among zones on the same clock, those that follow daylight
    saving first (someone reading a city's clock usually lives by its changes), then the
    most populous. Each way of keeping time that fits (say Berlin's summer time and
    Johannesburg's all-year UTC+2) gets its best zone among the first, so six zones of
    one kind never hide the other. At most 6. When no well-known zone fits, the fixed
    offsets that do. Raises ParseError (with a friendly message) when the text is not a
    time of day.
    """
    local = parse_time(local_now_text)
    now = _aware_utc(utc_now)
    typed = _minutes_of_day(local.hour, local.minute)
    found: list[tuple[int, bool, int, str]] = []
    for rank, zone in enumerate(POPULAR_ZONES):
        shown = now.astimezone(load_zone(zone))
        distance = _clock_distance(typed, _minutes_of_day(shown.hour, shown.minute))
        if distance <= LOCAL_TIME_TOLERANCE_MINUTES:
            found.append((distance, not follows_dst(zone, now), rank, zone))
    ordered = [zone for *_, zone in sorted(found)]
    behaviours: set[tuple[timedelta | None, ...]] = set()
    first_of_each: list[str] = []
    for zone in ordered:
        behaviour = _year_of_offsets(zone, now.year)
        if behaviour not in behaviours:
            behaviours.add(behaviour)
            first_of_each.append(zone)
    zones = first_of_each + [zone for zone in ordered if zone not in first_of_each]
    if not zones:
        fixed = []
        for hours in _WHOLE_HOUR_OFFSETS:
            shown = now + timedelta(hours=hours)
            distance = _clock_distance(typed, _minutes_of_day(shown.hour, shown.minute))
            if distance <= LOCAL_TIME_TOLERANCE_MINUTES:
                fixed.append((distance, _fixed_zone(hours)))
        zones = [zone for _, zone in sorted(fixed)]
    return zones[:MAX_LOCAL_TIME_ZONES]


def zone_label(zone: str) -> str:
    """The zone as a person should see it: a fixed offset as the offset they would type
    ("Etc/GMT-2" is "UTC+2": POSIX names invert the sign), UTC as "UTC"."""
    match = _ETC_OFFSET.fullmatch(zone)
    if match is not None:
        hours = -int(match["hours"] or 0)
        return "UTC" if hours == 0 else f"UTC{hours:+d}"
    if zone in _UTC_ZONES:
        return "UTC"
    return zone


def is_fixed_offset(zone: str) -> bool:
    """UTC and the Etc/GMT±N zones: a constant offset, never daylight saving."""
    return zone in _UTC_ZONES or _ETC_OFFSET.fullmatch(zone) is not None


def describe_zone(zone: str, utc_now: datetime) -> str:
    """For confirmations: "Europe/Berlin (UTC+01:00, now 14:35)"; a fixed offset as typed,
    "UTC+2 (now 14:35)". ValueError if unknown."""
    local = _aware_utc(utc_now).astimezone(load_zone(zone))
    if is_fixed_offset(zone):
        return f"{zone_label(zone)} (now {local:%H:%M})"
    offset = local.utcoffset() or timedelta(0)
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(offset) // timedelta(minutes=1)
    return f"{zone} (UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}, now {local:%H:%M})"
