"""Questions the bot asked whose answer is the chat's next message ("Send your city or
zone" after a bare /timezone).

Kept in the chat's row, not in memory: a restart between the question and the answer
must not turn the answer into a question to the assistant. A question is answered only
by a message later than the one that led to it (message ids grow in a chat), only by the
next one (any other message first, a command included, drops it), and not after
`PROMPT_LIFETIME`.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Chat

PROMPT_LIFETIME = timedelta(minutes=30)


async def ask(session: AsyncSession, chat: Chat, what: str, message_id: int, now: datetime) -> None:
    """Remember that `what` was asked in answer to the message `message_id`: the next
    message after it answers the question."""
    chat.awaiting = what
    chat.awaiting_after_message_id = message_id
    chat.awaiting_since = now
    chat.updated_at = now
    await session.flush()


async def take_answer(
    session: AsyncSession, chat_id: int, message_id: int, now: datetime
) -> str | None:
    """What the message `message_id` answers, if it is the next one after a question that
    is still open; the question is closed either way once a later message came."""
    row = (
        await session.execute(
            select(Chat.awaiting, Chat.awaiting_after_message_id, Chat.awaiting_since).where(
                Chat.chat_id == chat_id
            )
        )
    ).one_or_none()
    if row is None or row.awaiting is None:
        return None
    asked_by, since = row.awaiting_after_message_id, row.awaiting_since
    if asked_by is not None and message_id <= asked_by:
        return None  # the message that led to the question, or an earlier one
    await session.execute(
        update(Chat)
        .where(Chat.chat_id == chat_id)
        .values(awaiting=None, awaiting_after_message_id=None, awaiting_since=None)
    )
    if since is None or now - since > PROMPT_LIFETIME:
        return None
    return str(row.awaiting)


async def close_question(session: AsyncSession, chat: Chat) -> None:
    """The question was answered another way (/timezone Berlin, a shared location)."""
    chat.awaiting = None
    chat.awaiting_after_message_id = None
    chat.awaiting_since = None
