"""What a diary entry is made of: the choices, a draft filled in step by step, and which
day or night a cramp counts for.

A draft travels inside signed button data while /log asks its questions one tap at a
time, so nothing is stored until the last answer and a restart loses nothing. Its
encoding is short (Telegram allows 64 bytes of button data, signature included).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal, TypeVar
from zoneinfo import ZoneInfo

Site = Literal["calf", "thigh", "foot", "toes", "hamstring"]
Side = Literal["left", "right", "both"]
Duration = Literal["under_1", "1_5", "5_10", "over_10"]
Field = Literal["when", "site", "side", "severity", "duration", "eased", "woke"]

SITES: tuple[Site, ...] = ("calf", "thigh", "foot", "toes", "hamstring")
SIDES: tuple[Side, ...] = ("left", "right", "both")
DURATIONS: tuple[Duration, ...] = ("under_1", "1_5", "5_10", "over_10")
MAX_SEVERITY = 10
MAX_NOTE_LENGTH = 500
# The questions /log asks, in order; "eased" only after a cramp over 10 minutes.
FIELDS: tuple[Field, ...] = ("when", "site", "side", "severity", "duration", "eased", "woke")

# A night runs from 21:00 to 08:00 local time; a cramp that woke someone is a night's
# whatever the clock says. A night is named by the evening it began on.
NIGHT_STARTS = time(21)
NIGHT_ENDS = time(8)
# What "last night" and "this morning" stand for when nothing more precise is known.
LAST_NIGHT_AT = time(3)
THIS_MORNING_AT = time(7)
# A logged time may be a little ahead of the bot's clock (a phone a minute fast).
FUTURE_TOLERANCE = timedelta(minutes=5)
# Older cramps are too far back to remember well: /log refuses them.
OLDEST = timedelta(days=366)

K = TypeVar("K")
V = TypeVar("V")

WhenChoice = Literal["now", "last_night", "this_morning"]
WHEN_CHOICES: tuple[WhenChoice, ...] = ("now", "last_night", "this_morning")


def resolve_when(choice: WhenChoice, zone: ZoneInfo, now: datetime) -> datetime:
    """The instant (UTC) a quick choice stands for, never in the future."""
    if choice == "now":
        return now
    local_now = now.astimezone(zone)
    moment = LAST_NIGHT_AT if choice == "last_night" else THIS_MORNING_AT
    instant = datetime.combine(local_now.date(), moment, zone).astimezone(UTC)
    if instant > now:
        # "Last night" typed at 02:00 means the night that is ending now; "this morning"
        # at 06:00 means a moment ago.
        instant = now if choice == "this_morning" else instant - timedelta(days=1)
    return instant


@dataclass(frozen=True, slots=True)
class Placement:
    """The day (or the night, named by its evening) a cramp counts for."""

    local_day: date
    at_night: bool


def place(instant: datetime, zone: ZoneInfo, *, woke: bool) -> Placement:
    local = instant.astimezone(zone)
    clock = local.time()
    night = woke or clock >= NIGHT_STARTS or clock < NIGHT_ENDS
    if night and clock < time(12):
        return Placement(local.date() - timedelta(days=1), True)
    return Placement(local.date(), night)


@dataclass(frozen=True, slots=True)
class Draft:
    """A cramp being logged: every answer so far (None: not yet asked)."""

    at: datetime | None = None
    site: Site | None = None
    side: Side | None = None
    severity: int | None = None
    duration: Duration | None = None
    eased: bool | None = None
    woke: bool | None = None
    note: str | None = None

    def next_question(self) -> Field | None:
        """The next thing to ask, or None when the draft can be saved."""
        for name in FIELDS:
            if name == "eased" and self.duration != "over_10":
                continue
            if name == "when" and self.at is None:
                return name
            if name != "when" and getattr(self, name) is None:
                return name
        return None

    def needs_urgent_advice(self) -> bool:
        """A cramp over 10 minutes that did not ease (or whose easing is not known yet
        from typed words) gets the same-day advice at once."""
        return self.duration == "over_10" and self.eased is not True

    def with_answer(self, field: Field, value: object) -> Draft:
        name = "at" if field == "when" else field
        changes: dict[str, Any] = {name: value}
        return replace(self, **changes)


# -- the draft inside button data ---------------------------------------------------------
# "<minutes since 1970, base 36 or '-'>.<site><side><severity><duration><eased><woke>",
# each one character ('-' for not answered yet): "1xq8k0.cl7dnY".

_SITE_CODES = dict(zip(SITES, "cthfs", strict=True))
_SIDE_CODES = dict(zip(SIDES, "lrb", strict=True))
_DURATION_CODES = dict(zip(DURATIONS, "1235", strict=True))
_SEVERITY_CODES = "0123456789a"
_BOOL_CODES = {True: "y", False: "n"}
_TOKEN = re.compile(r"^(-|[0-9a-z]{1,8})\.([cthfs-])([lrb-])([0-9a-])([1235-])([yn-])([yn-])$")


def _reverse(codes: dict[K, V]) -> dict[V, K]:
    return {code: value for value, code in codes.items()}


def _base36(number: int) -> str:
    digits = ""
    while True:
        number, digit = divmod(number, 36)
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"[digit] + digits
        if not number:
            return digits


def encode_draft(draft: Draft) -> str:
    """The draft (its note left out) as a short token for signed button data."""
    minutes = "-" if draft.at is None else _base36(int(draft.at.timestamp()) // 60)

    def code(codes: dict[K, str], value: K | None) -> str:
        return "-" if value is None else codes[value]

    severity = "-" if draft.severity is None else _SEVERITY_CODES[draft.severity]
    return (
        f"{minutes}."
        f"{code(_SITE_CODES, draft.site)}{code(_SIDE_CODES, draft.side)}{severity}"
        f"{code(_DURATION_CODES, draft.duration)}"
        f"{code(_BOOL_CODES, draft.eased)}{code(_BOOL_CODES, draft.woke)}"
    )


def decode_draft(token: str) -> Draft | None:
    """The draft a token holds, or None for a token this module did not make."""
    found = _TOKEN.match(token)
    if found is None:
        return None
    minutes, site, side, severity, duration, eased, woke = found.groups()
    at = None if minutes == "-" else datetime.fromtimestamp(int(minutes, 36) * 60, UTC)

    def value(codes: dict[V, str], code: str) -> V | None:
        return None if code == "-" else _reverse(codes)[code]

    return Draft(
        at=at,
        site=value(_SITE_CODES, site),
        side=value(_SIDE_CODES, side),
        severity=None if severity == "-" else _SEVERITY_CODES.index(severity),
        duration=value(_DURATION_CODES, duration),
        eased=value(_BOOL_CODES, eased),
        woke=value(_BOOL_CODES, woke),
    )


def duration_of_minutes(minutes: float) -> Duration:
    """The duration band of a cramp that lasted `minutes`."""
    if minutes < 1:
        return "under_1"
    if minutes <= 5:
        return "1_5"
    if minutes <= 10:
        return "5_10"
    return "over_10"


@dataclass(frozen=True, slots=True)
class Cramp:
    """A logged cramp, as the chart, the patterns and the report read it."""

    id: int
    occurred_at: datetime
    local_day: date
    at_night: bool
    site: Site
    side: Side
    severity: int
    duration: Duration
    woke: bool
    eased: bool | None = None
    note: str | None = None
