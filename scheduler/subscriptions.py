"""Subscriptions and chat preferences in the database, kept consistent with their plan.

Every change that can move a reminder (times, zone, quiet hours, pause, skip) ends by
recomputing `next_due_at`, so the dispatcher only ever reads one indexed column.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time
from typing import cast

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from scheduler.planning import Kind, QuietHours, QuietPolicy, Schedule, next_due
from storage.db import Database
from storage.models import Chat, Delivery, DoneMark, Subscription
from storage.upsert import insert_for

ALL_DAYS_MASK = 0b1111111
# A snooze not yet due, due, taken by a reminder pass, or on its way (scheduler/dispatcher).
UNFINISHED_DELIVERY_STATES = ("scheduled", "pending", "queued", "sending")


def days_to_mask(days: frozenset[int]) -> int:
    return sum(1 << day for day in days)


def mask_to_days(mask: int) -> frozenset[int]:
    return frozenset(day for day in range(7) if mask & (1 << day))


def format_times(times: Sequence[time]) -> str:
    return ",".join(moment.strftime("%H:%M") for moment in times)


def parse_times(stored: str) -> tuple[time, ...]:
    return tuple(time.fromisoformat(part) for part in stored.split(",") if part)


def schedule_of(sub: Subscription) -> Schedule:
    days = mask_to_days(sub.days)
    kind = cast(Kind, sub.kind)
    if sub.every_hours and sub.window_start is not None and sub.window_end is not None:
        return Schedule.every(kind, sub.every_hours, sub.window_start, sub.window_end, days)
    return Schedule(kind, parse_times(sub.times), days)


def quiet_of(chat: Chat) -> QuietHours | None:
    if chat.quiet_start is None or chat.quiet_end is None:
        return None
    return QuietHours(chat.quiet_start, chat.quiet_end, cast(QuietPolicy, chat.quiet_policy))


def plan(sub: Subscription, chat: Chat, after: datetime) -> datetime | None:
    """The subscription's next due instant after `after`, honouring every preference."""
    return next_due(
        schedule_of(sub),
        chat.timezone,
        after,
        quiet=quiet_of(chat),
        paused_until=chat.paused_until,
        skip_until=sub.skip_until,
    )


async def get_chat(session: AsyncSession, chat_id: int) -> Chat | None:
    return await session.get(Chat, chat_id)


async def ensure_chat(session: AsyncSession, chat_id: int, chat_type: str, now: datetime) -> Chat:
    """The chat's row, created if there is none: an upsert, so two updates of a new chat
    arriving at once both get the one row instead of a unique-constraint error."""
    chat = await session.get(Chat, chat_id)
    if chat is None:
        await session.execute(
            insert_for(session, Chat)
            .values(
                chat_id=chat_id,
                chat_type=chat_type,
                timezone="UTC",
                timezone_set=False,
                profile="general",
                hydration_goal=8,
                quiet_policy="defer",
                active=True,
                created_at=now,
                updated_at=now,
            )
            .on_conflict_do_nothing(index_elements=[Chat.chat_id])
        )
        chat = await session.get(Chat, chat_id)
        assert chat is not None
    return chat


async def subscriptions_of(session: AsyncSession, chat_id: int) -> list[Subscription]:
    rows = await session.scalars(
        select(Subscription).where(Subscription.chat_id == chat_id).order_by(Subscription.kind)
    )
    return list(rows)


async def get_subscription(session: AsyncSession, chat_id: int, kind: str) -> Subscription | None:
    return await session.scalar(
        select(Subscription).where(Subscription.chat_id == chat_id, Subscription.kind == kind)
    )


async def set_schedule(
    session: AsyncSession, chat: Chat, schedule: Schedule, now: datetime
) -> Subscription:
    """Create or replace the chat's subscription of that kind, and plan its next reminder.
    The row is created with an upsert: two saves at once update the same row."""
    sub = await get_subscription(session, chat.chat_id, schedule.kind)
    if sub is None:
        await session.execute(
            insert_for(session, Subscription)
            .values(
                chat_id=chat.chat_id,
                kind=schedule.kind,
                times="",
                days=ALL_DAYS_MASK,
                created_at=now,
                updated_at=now,
            )
            .on_conflict_do_nothing(index_elements=[Subscription.chat_id, Subscription.kind])
        )
        sub = await get_subscription(session, chat.chat_id, schedule.kind)
        assert sub is not None
    sub.times = format_times(schedule.times)
    sub.every_hours = schedule.every_hours
    sub.window_start, sub.window_end = schedule.window or (None, None)
    sub.days = days_to_mask(schedule.days)
    sub.skip_until = None
    sub.updated_at = now
    sub.next_due_at = plan(sub, chat, now)
    await session.flush()
    return sub


async def replan_chat(session: AsyncSession, chat: Chat, now: datetime) -> None:
    """After a change of zone, quiet hours or pause: every reminder of the chat moves."""
    for sub in await subscriptions_of(session, chat.chat_id):
        sub.next_due_at = plan(sub, chat, now)
        sub.updated_at = now
    chat.updated_at = now
    await session.flush()


async def turn_off(session: AsyncSession, chat_id: int, kind: str) -> bool:
    result = await session.execute(
        delete(Subscription).where(Subscription.chat_id == chat_id, Subscription.kind == kind)
    )
    await _drop_snoozes(session, chat_id, kind)
    return bool(getattr(result, "rowcount", 0))


async def stop_all(session: AsyncSession, chat_id: int) -> int:
    """Every reminder of the chat off, snoozes dropped, and any pause ended: a pause is a
    state of the reminders, and a reminder set up afresh after "stop all" must not be
    silently held back by it."""
    result = await session.execute(delete(Subscription).where(Subscription.chat_id == chat_id))
    await _drop_snoozes(session, chat_id, None)
    chat = await session.get(Chat, chat_id)
    if chat is not None:
        chat.paused_until = None
    return int(getattr(result, "rowcount", 0) or 0)


async def _drop_snoozes(session: AsyncSession, chat_id: int, kind: str | None) -> None:
    """Snoozed reminders of a stopped kind must not come back."""
    query = delete(Delivery).where(Delivery.chat_id == chat_id, Delivery.state == "scheduled")
    if kind is not None:
        query = query.where(Delivery.kind == kind)
    await session.execute(query)


async def deactivate_chat(session: AsyncSession, chat_id: int, reason: str, now: datetime) -> None:
    """Telegram said the chat cannot be reached: stop its reminders, keep its settings."""
    await session.execute(
        update(Chat)
        .where(Chat.chat_id == chat_id)
        .values(active=False, inactive_reason=reason[:200], inactive_since=now, updated_at=now)
    )


async def reactivate_chat(session: AsyncSession, chat_id: int, now: datetime) -> bool:
    """The person is back (/start, unblocked): resume from now, without a backlog."""
    chat = await session.get(Chat, chat_id)
    if chat is None or chat.active:
        return False
    chat.active = True
    chat.inactive_reason = None
    chat.inactive_since = None
    await replan_chat(session, chat, now)
    return True


async def mark_welcomed(session: AsyncSession, chat_id: int, now: datetime) -> bool:
    """Record that the group's welcome is being posted; False when it already was, so two
    deliveries of the same "added" update never post it twice."""
    result = await session.execute(
        update(Chat)
        .where(Chat.chat_id == chat_id, Chat.welcomed_at.is_(None))
        .values(welcomed_at=now, updated_at=now)
    )
    return bool(getattr(result, "rowcount", 0))


GROUP_TYPES = ("group", "supergroup")


async def purge_removed_groups(session: AsyncSession, cutoff: datetime) -> int:
    """Delete every group the bot has not been able to post in since before `cutoff`
    (removed, kicked), with its schedules and sent reminders. Returns how many."""
    chat_ids = list(
        await session.scalars(
            select(Chat.chat_id).where(
                Chat.chat_type.in_(GROUP_TYPES),
                Chat.active.is_(False),
                Chat.inactive_since <= cutoff,
            )
        )
    )
    if not chat_ids:
        return 0
    deliveries = select(Delivery.id).where(Delivery.chat_id.in_(chat_ids))
    await session.execute(delete(DoneMark).where(DoneMark.delivery_id.in_(deliveries)))
    await session.execute(delete(Delivery).where(Delivery.chat_id.in_(chat_ids)))
    await session.execute(delete(Subscription).where(Subscription.chat_id.in_(chat_ids)))
    await session.execute(delete(Chat).where(Chat.chat_id.in_(chat_ids)))
    return len(chat_ids)


async def migrate_chat(session: AsyncSession, old_id: int, new_id: int, now: datetime) -> bool:
    """A group became a supergroup: move its settings, schedules and pending reminders."""
    old = await session.get(Chat, old_id)
    if old is None:
        return False
    if await session.get(Chat, new_id) is not None:
        # Already moved (the service message and a 400 can both report the migration).
        return False
    await session.execute(
        update(Chat)
        .where(Chat.chat_id == old_id)
        .values(chat_id=new_id, chat_type="supergroup", updated_at=now)
    )
    await session.execute(
        update(Subscription).where(Subscription.chat_id == old_id).values(chat_id=new_id)
    )
    # Every unfinished one, also those a reminder pass has taken: its outcome is recorded
    # by row id, and a row left at the old id would never be sent (no chat there now).
    await session.execute(
        update(Delivery)
        .where(Delivery.chat_id == old_id, Delivery.state.in_(UNFINISHED_DELIVERY_STATES))
        .values(chat_id=new_id)
    )
    session.expire_all()
    return True


async def next_due_instant(db: Database) -> datetime | None:
    """When the next reminder of any active chat (or a snooze) is due."""
    async with db.session() as session:
        regular = await session.scalar(
            select(func.min(Subscription.next_due_at))
            .join(Chat, Chat.chat_id == Subscription.chat_id)
            .where(Chat.active.is_(True))
        )
        snoozed = await session.scalar(
            select(func.min(Delivery.due_at)).where(Delivery.state == "scheduled")
        )
    found = [instant for instant in (regular, snoozed) if instant is not None]
    return min(found) if found else None
