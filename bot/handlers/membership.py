"""The bot's own membership: blocked or unblocked by a person, groups migrating."""

from __future__ import annotations

import logging

from telegram import ChatMember, Update

from bot.handlers.common import Context
from bot.services import services
from scheduler.subscriptions import deactivate_chat, migrate_chat, reactivate_chat

log = logging.getLogger(__name__)

_GONE = {ChatMember.LEFT, ChatMember.BANNED}


async def my_chat_member(update: Update, context: Context) -> None:
    change = update.my_chat_member
    if change is None:
        return
    svc = services(context)
    now = svc.clock()
    status = change.new_chat_member.status
    async with svc.db.session.begin() as session:
        if status in _GONE:
            reason = "blocked by the user" if change.chat.type == "private" else "removed"
            await deactivate_chat(session, change.chat.id, reason, now)
        elif change.old_chat_member.status in _GONE:
            await reactivate_chat(session, change.chat.id, now)


async def group_migrated(update: Update, context: Context) -> None:
    """A group became a supergroup: move everything to the new chat id."""
    message = update.effective_message
    if message is None or message.migrate_to_chat_id is None:
        return
    svc = services(context)
    async with svc.db.session.begin() as session:
        moved = await migrate_chat(
            session, message.chat.id, message.migrate_to_chat_id, svc.clock()
        )
    if moved:
        log.info("group settings moved to its supergroup")
