"""The cramp diary's rows: logged cramps, and the medicines and remedies a person names.

Every query is scoped to one person (`user_id`): an entry id from a button is looked up
with its owner, so an id alone never reaches another person's diary.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Activity, Chat, CrampEntry, DiaryItem
from storage.upsert import insert_for, rowcount

ITEM_KINDS = ("medicine", "tried")
# Enough for a report: nobody names more, and a runaway client cannot fill the table.
MAX_ITEMS = 30


async def add_entry(session: AsyncSession, values: dict[str, object]) -> int | None:
    """Insert one cramp; its id, or None when the same button draft was saved already
    (a double tap on the last button)."""
    statement = (
        insert_for(session, CrampEntry)
        .values(**values)
        .on_conflict_do_nothing(index_elements=[CrampEntry.user_id, CrampEntry.draft_key])
        .returning(CrampEntry.id)
    )
    found = (await session.execute(statement)).scalar_one_or_none()
    return int(found) if found is not None else None


async def entry_of(session: AsyncSession, user_id: int, entry_id: int) -> CrampEntry | None:
    return await session.scalar(
        select(CrampEntry).where(CrampEntry.id == entry_id, CrampEntry.user_id == user_id)
    )


async def latest_entries(session: AsyncSession, user_id: int, limit: int) -> list[CrampEntry]:
    """The most recent cramps first."""
    rows = await session.scalars(
        select(CrampEntry)
        .where(CrampEntry.user_id == user_id)
        .order_by(CrampEntry.occurred_at.desc(), CrampEntry.id.desc())
        .limit(limit)
    )
    return list(rows)


async def entries_between(
    session: AsyncSession, user_id: int, first: date, last: date
) -> list[CrampEntry]:
    """Cramps counted for the days (or nights) `first`..`last`, oldest first."""
    rows = await session.scalars(
        select(CrampEntry)
        .where(
            CrampEntry.user_id == user_id,
            CrampEntry.local_day >= first,
            CrampEntry.local_day <= last,
        )
        .order_by(CrampEntry.occurred_at, CrampEntry.id)
    )
    return list(rows)


async def first_entry_day(session: AsyncSession, user_id: int) -> date | None:
    found = await session.scalar(
        select(CrampEntry.local_day)
        .where(CrampEntry.user_id == user_id)
        .order_by(CrampEntry.local_day)
        .limit(1)
    )
    return found


async def count_entries(session: AsyncSession, user_id: int) -> int:
    rows = await session.scalars(select(CrampEntry.id).where(CrampEntry.user_id == user_id))
    return len(rows.all())


async def delete_entry(session: AsyncSession, user_id: int, entry_id: int) -> bool:
    result = await session.execute(
        delete(CrampEntry).where(CrampEntry.id == entry_id, CrampEntry.user_id == user_id)
    )
    return rowcount(result) == 1


async def items_of(session: AsyncSession, user_id: int) -> list[DiaryItem]:
    rows = await session.scalars(
        select(DiaryItem)
        .where(DiaryItem.user_id == user_id)
        .order_by(DiaryItem.kind, DiaryItem.started_on, DiaryItem.id)
    )
    return list(rows)


async def add_item(
    session: AsyncSession,
    user_id: int,
    kind: str,
    name: str,
    started_on: date | None,
    now: datetime,
) -> DiaryItem | None:
    """A medicine (with the day it was started) or something tried; None when the diary
    already holds `MAX_ITEMS`. The same name again replaces the earlier one."""
    if kind not in ITEM_KINDS:
        raise ValueError(f"unknown diary item kind: {kind!r}")
    existing = await items_of(session, user_id)
    for item in existing:
        if item.kind == kind and item.name.lower() == name.lower():
            item.name, item.started_on = name, started_on
            await session.flush()
            return item
    if len(existing) >= MAX_ITEMS:
        return None
    item = DiaryItem(user_id=user_id, kind=kind, name=name, started_on=started_on, created_at=now)
    session.add(item)
    await session.flush()
    return item


async def remove_item(session: AsyncSession, user_id: int, kind: str, name: str) -> bool:
    for item in await items_of(session, user_id):
        if item.kind == kind and item.name.lower() == name.lower():
            await session.delete(item)
            await session.flush()
            return True
    return False


async def purge_orphans(session: AsyncSession) -> int:
    """Delete diary rows whose chat no longer exists. The foreign keys cascade already;
    this also covers a database opened without SQLite's foreign_keys pragma."""
    known = select(Chat.chat_id)
    deleted = 0
    for table in (CrampEntry, DiaryItem):
        result = await session.execute(delete(table).where(table.user_id.not_in(known)))
        deleted += rowcount(result)
    return deleted


async def activity_between(
    session: AsyncSession, user_id: int, first: date, last: date
) -> dict[date, dict[str, int]]:
    """What the person counted each day (water, stretches, minerals), for the patterns;
    days with nothing are absent."""
    rows = await session.scalars(
        select(Activity).where(
            Activity.user_id == user_id, Activity.local_day >= first, Activity.local_day <= last
        )
    )
    days: dict[date, dict[str, int]] = {}
    for row in rows:
        days.setdefault(row.local_day, {})[row.kind] = row.count
    return days
