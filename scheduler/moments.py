"""The moment a reminder is due, as its wording cares about it: the local part of the day
and the season where the person lives (knowledge.reminder_texts.Moment).

The season comes from the hemisphere of the person's time zone: the latitude of the
zone's principal city in the zone database (scheduler.zone_tables). Zones that are not a
place (UTC, a fixed offset such as Etc/GMT-2) have no season, and get no seasonal texts.
"""

from __future__ import annotations

from datetime import date, datetime, time

from knowledge.reminder_texts import DayPart, Moment, Season
from scheduler.planning import load_zone
from scheduler.zone_tables import zone_latitude

# Between the tropics it is warm all year; outside them, warm and cold months by
# hemisphere, with April and October (October and April in the south) as neither.
TROPIC_LATITUDE = 23.44
_NORTHERN_WARM = frozenset({5, 6, 7, 8, 9})
_NORTHERN_COLD = frozenset({11, 12, 1, 2, 3})


def day_part(moment: time) -> DayPart:
    """morning 05:00-11:59, afternoon 12:00-16:59, evening 17:00-21:59, night 22:00-04:59."""
    if 5 <= moment.hour < 12:
        return "morning"
    if 12 <= moment.hour < 17:
        return "afternoon"
    if 17 <= moment.hour < 22:
        return "evening"
    return "night"


def season(zone: str, day: date) -> Season | None:
    """Warm or cold where `zone` is on `day`; None when unknown or in between."""
    latitude = zone_latitude(zone)
    if latitude is None:
        return None
    if abs(latitude) < TROPIC_LATITUDE:
        return "warm"
    month = day.month if latitude > 0 else (day.month + 5) % 12 + 1  # six months on
    if month in _NORTHERN_WARM:
        return "warm"
    if month in _NORTHERN_COLD:
        return "cold"
    return None


def moment_at(zone: str, instant: datetime) -> Moment:
    """The moment of a reminder due at `instant` (aware) for someone living in `zone`.
    An unknown zone counts as UTC with no season."""
    try:
        local = instant.astimezone(load_zone(zone))
    except ValueError:
        return Moment(day_part(instant.time()))
    return Moment(day_part(local.time()), season(zone, local.date()))
