"""Which chat an action is for, as the bot knows it from an update, and its stored row.

A command typed now creates the chat's row when there is none; a button acts only on a
chat that still exists, since it was issued when the row did: after /forget, a button
must not create the row again behind the person's back (ChatGone).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from storage.chats import ensure_chat, get_chat
from storage.db import Database
from storage.models import Chat, Subscription
from storage.subscriptions import subscriptions_of


class ChatGone(Exception):
    """A button acts on the chat's stored settings, and there are none any more."""


@dataclass(frozen=True)
class ChatRef:
    """A chat as Telegram names it: its id and its type ("private", "group", ...)."""

    chat_id: int
    chat_type: str


async def chat_row(session: AsyncSession, ref: ChatRef, now: datetime, *, create: bool) -> Chat:
    """The chat's row; created when `create` (a command typed now), else it must still
    exist (a button, issued when it did), or ChatGone."""
    if create:
        return await ensure_chat(session, ref.chat_id, ref.chat_type, now)
    chat = await get_chat(session, ref.chat_id)
    if chat is None:
        raise ChatGone
    return chat


async def chat_with_subscriptions(
    db: Database, ref: ChatRef, now: datetime, *, create: bool = True
) -> tuple[Chat, list[Subscription]]:
    """The chat and its reminders, in one transaction; from a button (create=False),
    ChatGone when the chat's row is gone (/forget) rather than creating it again."""
    async with db.session.begin() as session:
        chat = await chat_row(session, ref, now, create=create)
        subs = await subscriptions_of(session, chat.chat_id)
    return chat, subs
