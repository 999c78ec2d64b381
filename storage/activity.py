"""The diary: what a person did each local day (glasses of water, stretches, minerals)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Activity, DoneMark
from storage.upsert import insert_for, rowcount


async def mark_done_once(session: AsyncSession, delivery_id: int, user_id: int) -> bool:
    """True the first time this person marks this reminder done; False afterwards (also
    for a simultaneous second press: the insert does nothing on the existing row)."""
    result = await session.execute(
        insert_for(session, DoneMark)
        .values(delivery_id=delivery_id, user_id=user_id)
        .on_conflict_do_nothing(index_elements=[DoneMark.delivery_id, DoneMark.user_id])
    )
    return rowcount(result) == 1


async def is_done(session: AsyncSession, delivery_id: int) -> bool:
    """Whether anyone has marked this reminder done."""
    found = await session.scalar(
        select(DoneMark.delivery_id).where(DoneMark.delivery_id == delivery_id).limit(1)
    )
    return found is not None


async def add_activity(session: AsyncSession, user_id: int, kind: str, day: date) -> int:
    """Count one more of `kind` on `day`; returns the day's new total. One statement that
    creates the row or adds one in the database (`count = count + 1`), so presses at the
    same moment are all counted."""
    table = Activity.__table__
    statement = (
        insert_for(session, Activity)
        .values(user_id=user_id, kind=kind, local_day=day, count=1)
        .on_conflict_do_update(
            index_elements=[Activity.user_id, Activity.kind, Activity.local_day],
            set_={"count": table.c.count + 1},
        )
        .returning(table.c.count)
    )
    total = (await session.execute(statement)).scalar_one()
    return int(total)


async def day_totals(session: AsyncSession, user_id: int, day: date) -> dict[str, int]:
    rows = await session.scalars(
        select(Activity).where(Activity.user_id == user_id, Activity.local_day == day)
    )
    return {row.kind: row.count for row in rows}


async def week_totals(
    session: AsyncSession, user_id: int, last_day: date
) -> dict[date, dict[str, int]]:
    """Totals for the seven days ending with `last_day`, every day present."""
    first = last_day - timedelta(days=6)
    days: dict[date, dict[str, int]] = {first + timedelta(days=i): {} for i in range(7)}
    rows = await session.scalars(
        select(Activity).where(
            Activity.user_id == user_id,
            Activity.local_day >= first,
            Activity.local_day <= last_day,
        )
    )
    for row in rows:
        days[row.local_day][row.kind] = row.count
    return days
