"""Chats in the database: the one way a new chat is made, and the changes a chat goes
through as Telegram reports them (unreachable, welcomed, migrated, removed for good).
Changes that move reminders (zone, quiet hours, pause, coming back) are in
scheduler/subscriptions.py, which replans after them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage import deliveries
from storage.models import NEW_CHAT_DEFAULTS, Chat, Subscription
from storage.upsert import insert_for

GROUP_TYPES = ("group", "supergroup")


def new_chat(chat_id: int, chat_type: str, now: datetime) -> Chat:
    """A chat as it starts, not yet saved: also what /groupinfo shows for a group never set
    up (reading must not create a row)."""
    return Chat(**_new_chat_values(chat_id, chat_type, now))


def _new_chat_values(chat_id: int, chat_type: str, now: datetime) -> dict[str, object]:
    return {
        "chat_id": chat_id,
        "chat_type": chat_type,
        **NEW_CHAT_DEFAULTS,
        "created_at": now,
        "updated_at": now,
    }


async def get_chat(session: AsyncSession, chat_id: int) -> Chat | None:
    return await session.get(Chat, chat_id)


async def ensure_chat(session: AsyncSession, chat_id: int, chat_type: str, now: datetime) -> Chat:
    """The chat's row, created if there is none: an upsert, so two updates of a new chat
    arriving at once both get the one row instead of a unique-constraint error."""
    chat = await session.get(Chat, chat_id)
    if chat is None:
        await session.execute(
            insert_for(session, Chat)
            .values(**_new_chat_values(chat_id, chat_type, now))
            .on_conflict_do_nothing(index_elements=[Chat.chat_id])
        )
        chat = await session.get(Chat, chat_id)
        assert chat is not None
    return chat


async def deactivate_chat(session: AsyncSession, chat_id: int, reason: str, now: datetime) -> None:
    """Telegram said the chat cannot be reached: stop its reminders, keep its settings."""
    await session.execute(
        update(Chat)
        .where(Chat.chat_id == chat_id)
        .values(active=False, inactive_reason=reason[:200], inactive_since=now, updated_at=now)
    )


async def mark_welcomed(session: AsyncSession, chat_id: int, now: datetime) -> bool:
    """Record that the group's welcome is being posted; False when it already was, so two
    deliveries of the same "added" update never post it twice."""
    result = await session.execute(
        update(Chat)
        .where(Chat.chat_id == chat_id, Chat.welcomed_at.is_(None))
        .values(welcomed_at=now, updated_at=now)
    )
    return bool(getattr(result, "rowcount", 0))


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
    await deliveries.delete_of_chats(session, chat_ids)
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
    await deliveries.move_unfinished(session, old_id, new_id)
    session.expire_all()
    return True
