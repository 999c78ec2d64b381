"""The diary: what a person did each local day (glasses of water, stretches, minerals).
Who pressed Done on which reminder is storage/deliveries.py."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Activity
from storage.upsert import insert_for


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
