"""The diary: what a person did each local day (glasses of water, stretches, minerals)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Activity, DoneMark


async def mark_done_once(session: AsyncSession, delivery_id: int, user_id: int) -> bool:
    """True the first time this person marks this reminder done; False afterwards."""
    if await session.get(DoneMark, (delivery_id, user_id)) is not None:
        return False
    try:
        async with session.begin_nested():
            session.add(DoneMark(delivery_id=delivery_id, user_id=user_id))
    except IntegrityError:  # a simultaneous second press
        return False
    return True


async def add_activity(session: AsyncSession, user_id: int, kind: str, day: date) -> int:
    """Count one more of `kind` on `day`; returns the day's new total."""
    row = await session.scalar(
        select(Activity).where(
            Activity.user_id == user_id, Activity.kind == kind, Activity.local_day == day
        )
    )
    if row is None:
        row = Activity(user_id=user_id, kind=kind, local_day=day, count=0)
        session.add(row)
    row.count += 1
    await session.flush()
    return row.count


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
