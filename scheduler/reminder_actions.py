"""What the buttons on a sent reminder do (Done, Snooze, Skip today), each in one
transaction that returns what happened; bot/handlers/reminders.py turns the result into
an answer once the transaction has closed.

A button names a delivery by row id, and ids can be reused after a deletion (/forget),
so every action first checks that the delivery still belongs to the chat the button
was pressed in: an old button must never reach another chat's reminder.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from scheduler.planning import local_day, outside_quiet
from scheduler.subscriptions import quiet_of, skip_today
from storage import deliveries
from storage.activity import add_activity
from storage.db import Database
from storage.models import Chat, Delivery, Subscription

SNOOZE_MINUTES = frozenset({15, 60})


@dataclass(frozen=True)
class Gone:
    """The reminder (or its chat, or its subscription) no longer exists here."""


@dataclass(frozen=True)
class AlreadyDone:
    """Someone marked it done already: snoozing or skipping it changes nothing."""


@dataclass(frozen=True)
class AlreadySnoozed:
    pass


@dataclass(frozen=True)
class Done:
    kind: str
    # The day's new total of this kind, or None when this person had pressed Done before.
    count: int | None
    goal: int


@dataclass(frozen=True)
class Snoozed:
    zone: str
    asked: datetime
    # `asked`, or the end of quiet hours when `asked` falls inside them.
    due: datetime


@dataclass(frozen=True)
class Skipped:
    pass


async def _delivery_in_chat(
    session: AsyncSession, delivery_id: int, chat_id: int
) -> tuple[Delivery, Chat] | None:
    delivery = await session.get(Delivery, delivery_id)
    if delivery is None or delivery.chat_id != chat_id:
        return None
    chat = await session.get(Chat, delivery.chat_id)
    return (delivery, chat) if chat is not None else None


async def mark_done(
    db: Database, delivery_id: int, chat_id: int, user_id: int, now: datetime
) -> Done | Gone:
    async with db.session.begin() as session:
        found = await _delivery_in_chat(session, delivery_id, chat_id)
        if found is None:
            return Gone()
        delivery, chat = found
        first_time = await deliveries.mark_done_once(session, delivery.id, user_id)
        day = local_day(chat.timezone, now)
        count = await add_activity(session, user_id, delivery.kind, day) if first_time else None
        return Done(delivery.kind, count, chat.hydration_goal)


async def snooze(
    db: Database, delivery_id: int, chat_id: int, minutes: int, now: datetime
) -> Snoozed | Gone | AlreadyDone | AlreadySnoozed:
    assert minutes in SNOOZE_MINUTES, minutes
    try:
        async with db.session.begin() as session:
            found = await _delivery_in_chat(session, delivery_id, chat_id)
            if found is None:
                return Gone()
            original, chat = found
            if await deliveries.is_done(session, original.id):
                return AlreadyDone()
            # Never inside quiet hours: then it comes when they end, and the note says so.
            asked = now + timedelta(minutes=minutes)
            due = outside_quiet(chat.timezone, asked, quiet_of(chat))
            if not await deliveries.snooze(session, original, due, now):
                return AlreadySnoozed()
            return Snoozed(chat.timezone, asked, due)
    except IntegrityError:  # a simultaneous snooze of the same reminder won the race
        return AlreadySnoozed()


async def skip_rest_of_day(
    db: Database, delivery_id: int, chat_id: int, now: datetime
) -> Skipped | Gone | AlreadyDone:
    async with db.session.begin() as session:
        found = await _delivery_in_chat(session, delivery_id, chat_id)
        delivery = found[0] if found else None
        sub = (
            await session.get(Subscription, delivery.subscription_id)
            if delivery is not None and delivery.subscription_id
            else None
        )
        chat = await session.get(Chat, sub.chat_id) if sub else None
        if delivery is None or sub is None or chat is None:
            return Gone()
        if await deliveries.is_done(session, delivery.id):
            return AlreadyDone()
        await skip_today(session, sub, chat, now)
        return Skipped()
