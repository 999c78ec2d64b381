"""What the diary does, one transaction each, returning a result: log a cramp, edit or
delete one, name a medicine, and read a period back for the chart, patterns and report.

Handlers call these and talk to Telegram afterwards, once the transaction has closed.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from diary.entry import (
    DURATIONS,
    MAX_NOTE_LENGTH,
    MAX_SEVERITY,
    SIDES,
    SITES,
    Cramp,
    Draft,
    place,
)
from scheduler.planning import load_zone
from storage import diary as rows
from storage.chats import ensure_chat, get_chat
from storage.db import Database
from storage.models import Chat, CrampEntry

EditableField = Literal["site", "side", "severity", "duration", "woke"]
EDITABLE: tuple[EditableField, ...] = ("severity", "duration", "site", "side", "woke")


def zone_of(chat: Chat | None) -> ZoneInfo:
    """The chat's zone; UTC for a chat without one (or a zone no longer known)."""
    try:
        return load_zone(chat.timezone if chat is not None else "UTC")
    except ValueError:
        return ZoneInfo("UTC")


def cramp_of(row: CrampEntry) -> Cramp:
    return Cramp(
        id=row.id,
        occurred_at=row.occurred_at,
        local_day=row.local_day,
        at_night=row.at_night,
        site=row.site,  # type: ignore[arg-type]
        side=row.side,  # type: ignore[arg-type]
        severity=row.severity,
        duration=row.duration,  # type: ignore[arg-type]
        woke=row.woke,
        eased=row.eased,
        note=row.note,
    )


async def person_zone(db: Database, user_id: int) -> ZoneInfo:
    async with db.session() as session:
        return zone_of(await get_chat(session, user_id))


@dataclass(frozen=True, slots=True)
class Logged:
    """A cramp saved; `duplicate` when the same button draft had been saved already."""

    cramp: Cramp | None
    duplicate: bool = False


async def log_cramp(
    db: Database,
    user_id: int,
    chat_type: str,
    draft: Draft,
    now: datetime,
    *,
    draft_key: str | None = None,
) -> Logged:
    """Save a draft that has every answer (its `at`, site, side, severity, duration)."""
    if draft.at is None or None in (draft.site, draft.side, draft.severity, draft.duration):
        raise ValueError("a cramp is logged with its time, site, side, severity and duration")
    async with db.session.begin() as session:
        chat = await ensure_chat(session, user_id, chat_type, now)
        woke = bool(draft.woke)
        where = place(draft.at, zone_of(chat), woke=woke)
        values: dict[str, object] = {
            "user_id": user_id,
            "occurred_at": draft.at,
            "local_day": where.local_day,
            "at_night": where.at_night,
            "site": draft.site,
            "side": draft.side,
            "severity": draft.severity,
            "duration": draft.duration,
            "woke": woke,
            "eased": draft.eased,
            "note": draft.note,
            "draft_key": draft_key,
            "created_at": now,
            "updated_at": now,
        }
        entry_id = await rows.add_entry(session, values)
        if entry_id is None:
            return Logged(None, duplicate=True)
        saved = await rows.entry_of(session, user_id, entry_id)
        assert saved is not None
        return Logged(cramp_of(saved))


async def latest(db: Database, user_id: int, limit: int) -> list[Cramp]:
    async with db.session() as session:
        return [cramp_of(row) for row in await rows.latest_entries(session, user_id, limit)]


async def one(db: Database, user_id: int, entry_id: int) -> Cramp | None:
    async with db.session() as session:
        row = await rows.entry_of(session, user_id, entry_id)
        return cramp_of(row) if row is not None else None


def edit_of(name: str, value: str) -> tuple[EditableField, object] | None:
    """A button's field and value, checked; None for any no button offers."""
    checked: object | None
    if name == "severity":
        number = int(value) if value.isascii() and value.isdigit() else -1
        checked = number if 0 <= number <= MAX_SEVERITY else None
    elif name == "woke":
        checked = {"y": True, "n": False}.get(value)
    else:
        choices = {"site": SITES, "side": SIDES, "duration": DURATIONS}.get(name, ())
        checked = value if value in choices else None
    for field_name in EDITABLE:
        if field_name == name and checked is not None:
            return field_name, checked
    return None


async def edit_cramp(
    db: Database, user_id: int, entry_id: int, name: EditableField, value: object, now: datetime
) -> Cramp | None:
    """Change one answer of an entry; None when the entry is gone."""
    async with db.session.begin() as session:
        row = await rows.entry_of(session, user_id, entry_id)
        if row is None:
            return None
        setattr(row, name, value)
        if name == "duration" and value != "over_10":
            row.eased = None
        if name == "woke":
            # Waking moves a cramp to its night.
            chat = await get_chat(session, user_id)
            where = place(row.occurred_at, zone_of(chat), woke=bool(value))
            row.local_day, row.at_night = where.local_day, where.at_night
        row.updated_at = now
        await session.flush()
        return cramp_of(row)


async def set_note(
    db: Database, user_id: int, entry_id: int, note: str | None, now: datetime
) -> Cramp | None:
    async with db.session.begin() as session:
        row = await rows.entry_of(session, user_id, entry_id)
        if row is None:
            return None
        row.note = note[:MAX_NOTE_LENGTH] if note else None
        row.updated_at = now
        await session.flush()
        return cramp_of(row)


async def delete_cramp(db: Database, user_id: int, entry_id: int) -> bool:
    async with db.session.begin() as session:
        return await rows.delete_entry(session, user_id, entry_id)


@dataclass(frozen=True, slots=True)
class Item:
    kind: str
    name: str
    started_on: date | None


@dataclass(frozen=True, slots=True)
class ItemSaved:
    item: Item | None
    # The diary already holds as many as it keeps.
    full: bool = False


async def name_item(
    db: Database,
    user_id: int,
    chat_type: str,
    kind: str,
    name: str,
    started_on: date | None,
    now: datetime,
) -> ItemSaved:
    async with db.session.begin() as session:
        await ensure_chat(session, user_id, chat_type, now)
        row = await rows.add_item(session, user_id, kind, name, started_on, now)
        if row is None:
            return ItemSaved(None, full=True)
        return ItemSaved(Item(row.kind, row.name, row.started_on))


async def forget_item(db: Database, user_id: int, kind: str, name: str) -> bool:
    async with db.session.begin() as session:
        return await rows.remove_item(session, user_id, kind, name)


@dataclass(frozen=True, slots=True)
class Period:
    """Everything the diary knows about `first`..`last` (local days), for one person."""

    first: date
    last: date
    zone: ZoneInfo
    cramps: list[Cramp]
    items: list[Item]
    # Water, stretches and minerals counted per day (only days with any).
    activity: dict[date, dict[str, int]] = field(default_factory=dict)
    # The first day the diary has an entry for, whatever the period.
    diary_began: date | None = None
    total_entries: int = 0

    def with_cramps(self, cramps: list[Cramp]) -> Period:
        return replace(self, cramps=cramps)


async def period(db: Database, user_id: int, first: date, last: date) -> Period:
    """The diary of `first`..`last`, with the activity of the day before `first` too (a
    night follows its day)."""
    async with db.session() as session:
        chat = await get_chat(session, user_id)
        cramps = [cramp_of(r) for r in await rows.entries_between(session, user_id, first, last)]
        items = [Item(i.kind, i.name, i.started_on) for i in await rows.items_of(session, user_id)]
        activity = await rows.activity_between(session, user_id, first - timedelta(days=1), last)
        began = await rows.first_entry_day(session, user_id)
        total = await rows.count_entries(session, user_id)
    return Period(first, last, zone_of(chat), cramps, items, activity, began, total)


def today_of(zone: ZoneInfo, now: datetime) -> date:
    return now.astimezone(zone).date()
