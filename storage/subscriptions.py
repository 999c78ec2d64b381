"""Subscription rows: how a schedule is stored (times as "HH:MM,...", weekdays as a bit
mask), found, created and removed. Planning their next due time is scheduler/'s job."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage import deliveries
from storage.models import Chat, Subscription
from storage.upsert import insert_for

ALL_DAYS_MASK = 0b1111111


def days_to_mask(days: frozenset[int]) -> int:
    return sum(1 << day for day in days)


def mask_to_days(mask: int) -> frozenset[int]:
    return frozenset(day for day in range(7) if mask & (1 << day))


def format_times(times: Sequence[time]) -> str:
    return ",".join(moment.strftime("%H:%M") for moment in times)


def parse_times(stored: str) -> tuple[time, ...]:
    return tuple(time.fromisoformat(part) for part in stored.split(",") if part)


async def subscriptions_of(session: AsyncSession, chat_id: int) -> list[Subscription]:
    rows = await session.scalars(
        select(Subscription).where(Subscription.chat_id == chat_id).order_by(Subscription.kind)
    )
    return list(rows)


async def get_subscription(session: AsyncSession, chat_id: int, kind: str) -> Subscription | None:
    return await session.scalar(
        select(Subscription).where(Subscription.chat_id == chat_id, Subscription.kind == kind)
    )


async def subscription_row(
    session: AsyncSession, chat_id: int, kind: str, now: datetime
) -> Subscription:
    """The chat's subscription of that kind, created (empty) if there is none: an upsert,
    so two saves at once update the same row."""
    sub = await get_subscription(session, chat_id, kind)
    if sub is None:
        await session.execute(
            insert_for(session, Subscription)
            .values(
                chat_id=chat_id,
                kind=kind,
                times="",
                days=ALL_DAYS_MASK,
                created_at=now,
                updated_at=now,
            )
            .on_conflict_do_nothing(index_elements=[Subscription.chat_id, Subscription.kind])
        )
        sub = await get_subscription(session, chat_id, kind)
        assert sub is not None
    return sub


async def turn_off(session: AsyncSession, chat_id: int, kind: str) -> bool:
    result = await session.execute(
        delete(Subscription).where(Subscription.chat_id == chat_id, Subscription.kind == kind)
    )
    await deliveries.drop_snoozes(session, chat_id, kind)
    return bool(getattr(result, "rowcount", 0))


async def stop_all(session: AsyncSession, chat_id: int) -> int:
    """Every reminder of the chat off, snoozes dropped, and any pause ended: a pause is a
    state of the reminders, and a reminder set up afresh after "stop all" must not be
    silently held back by it."""
    result = await session.execute(delete(Subscription).where(Subscription.chat_id == chat_id))
    await deliveries.drop_snoozes(session, chat_id, None)
    chat = await session.get(Chat, chat_id)
    if chat is not None:
        chat.paused_until = None
    return int(getattr(result, "rowcount", 0) or 0)
