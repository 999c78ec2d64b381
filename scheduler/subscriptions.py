"""Planning subscriptions: a stored row as a Schedule, its next due instant honouring every
preference, and keeping `next_due_at` right after each change.

Every change that can move a reminder (times, zone, quiet hours, pause, skip, coming back)
ends by recomputing `next_due_at`, so the dispatcher only ever reads one indexed column.
Storing the rows is storage/subscriptions.py and storage/chats.py.
"""

from __future__ import annotations

from datetime import datetime
from typing import cast

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from scheduler.planning import (
    Kind,
    QuietHours,
    QuietPolicy,
    Schedule,
    end_of_local_day,
    next_due,
)
from storage import deliveries
from storage.db import Database
from storage.models import Chat, Subscription
from storage.subscriptions import (
    days_to_mask,
    format_times,
    mask_to_days,
    parse_times,
    subscription_row,
    subscriptions_of,
)


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


async def set_schedule(
    session: AsyncSession, chat: Chat, schedule: Schedule, now: datetime
) -> Subscription:
    """Create or replace the chat's subscription of that kind, and plan its next reminder."""
    sub = await subscription_row(session, chat.chat_id, schedule.kind, now)
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


async def skip_today(session: AsyncSession, sub: Subscription, chat: Chat, now: datetime) -> None:
    """No more of this reminder until the chat's local day ends."""
    sub.skip_until = end_of_local_day(chat.timezone, now)
    sub.next_due_at = plan(sub, chat, now)
    sub.updated_at = now
    await session.flush()


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


async def next_due_instant(db: Database) -> datetime | None:
    """When the next reminder of any active chat (or a snooze) is due."""
    async with db.session() as session:
        regular = await session.scalar(
            select(func.min(Subscription.next_due_at))
            .join(Chat, Chat.chat_id == Subscription.chat_id)
            .where(Chat.active.is_(True))
        )
        snoozed = await deliveries.next_snooze_due(session)
    found = [instant for instant in (regular, snoozed) if instant is not None]
    return min(found) if found else None
