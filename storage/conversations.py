"""What a conversation remembers between updates, in the database (the `conversations`
table): a symptom check's answers so far, a pending /forget confirmation.

Any instance may receive a chat's next update, and an instance may restart between two
updates, so nothing a conversation needs may live in one process's memory. A
conversation is one row per chat and name, its state a small JSON object; it ends when
deleted, and one left alone for longer than its lifetime is treated as ended.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Conversation
from storage.upsert import insert_for, rowcount

State = dict[str, Any]


async def remember(
    session: AsyncSession, chat_id: int, name: str, state: State, now: datetime
) -> None:
    """Start or go on with the conversation `name` in the chat, with `state`."""
    values = {"state": json.dumps(state, separators=(",", ":")), "updated_at": now}
    statement = insert_for(session, Conversation).values(chat_id=chat_id, name=name, **values)
    await session.execute(
        statement.on_conflict_do_update(index_elements=["chat_id", "name"], set_=values)
    )


async def recall(
    session: AsyncSession, chat_id: int, name: str, now: datetime, lifetime: timedelta
) -> State | None:
    """The conversation's state, or None when there is none or it was left too long."""
    row = (
        await session.execute(
            select(Conversation.state, Conversation.updated_at).where(
                Conversation.chat_id == chat_id, Conversation.name == name
            )
        )
    ).one_or_none()
    if row is None or now - row.updated_at > lifetime:
        return None
    state = json.loads(row.state)
    return state if isinstance(state, dict) else None


async def end(session: AsyncSession, chat_id: int, name: str) -> bool:
    """End the conversation; True when there was one to end."""
    result = await session.execute(
        delete(Conversation).where(Conversation.chat_id == chat_id, Conversation.name == name)
    )
    return rowcount(result) > 0


async def left_since(
    session: AsyncSession, name: str, before: datetime, limit: int = 100
) -> Sequence[int]:
    """Chats whose conversation `name` was last touched before `before`."""
    rows = await session.execute(
        select(Conversation.chat_id)
        .where(Conversation.name == name, Conversation.updated_at < before)
        .limit(limit)
    )
    return list(rows.scalars())


async def end_if_left(session: AsyncSession, chat_id: int, name: str, before: datetime) -> bool:
    """End the conversation only if it is still untouched since before `before`: of two
    instances closing the same abandoned one, exactly one gets True."""
    result = await session.execute(
        delete(Conversation).where(
            Conversation.chat_id == chat_id,
            Conversation.name == name,
            Conversation.updated_at < before,
        )
    )
    return rowcount(result) > 0
