"""The bot's own membership: blocked or unblocked by a person; added to, removed from or
muted in a group; groups migrating to supergroups."""

from __future__ import annotations

import logging

from telegram import ChatMember, ChatMemberRestricted, ChatMemberUpdated, Update
from telegram.error import ChatMigrated

from bot import render, texts
from bot.admin_rights import GROUP_ANONYMOUS_BOT_ID, user_is_admin
from bot.services import Context, services
from scheduler.subscriptions import reactivate_chat
from storage.chats import deactivate_chat, ensure_chat, mark_welcomed, migrate_chat
from storage.subscriptions import subscriptions_of

log = logging.getLogger(__name__)

_GONE = {ChatMember.LEFT, ChatMember.BANNED}
_GROUPS = {"group", "supergroup"}


def can_post(member: ChatMember) -> bool:
    """Whether the bot, with this membership, may post (a muted bot may not)."""
    if isinstance(member, ChatMemberRestricted):
        return member.is_member and member.can_send_messages
    return member.status not in _GONE


async def my_chat_member(update: Update, context: Context) -> None:
    change = update.my_chat_member
    if change is None:
        return
    if change.chat.type in _GROUPS:
        await _group_membership(change, context)
        return
    if change.chat.type != "private":
        return  # channels: the bot posts nothing there
    svc = services(context)
    now = svc.clock()
    async with svc.db.session.begin() as session:
        if change.new_chat_member.status in _GONE:
            await deactivate_chat(session, change.chat.id, "blocked by the user", now)
        elif change.old_chat_member.status in _GONE:
            await reactivate_chat(session, change.chat.id, now)


async def _group_membership(change: ChatMemberUpdated, context: Context) -> None:
    """Removed, kicked or muted: the group's reminders stop and its settings are kept (the
    retention job deletes them later). Added, or allowed to post again: a welcome the first
    time, a short note when it comes back with its settings restored."""
    svc = services(context)
    now = svc.clock()
    chat = change.chat
    was, is_now = can_post(change.old_chat_member), can_post(change.new_chat_member)
    if was == is_now:
        return  # promoted, demoted, rights changed: nothing a group notices
    async with svc.db.session.begin() as session:
        if not is_now:
            gone = change.new_chat_member.status in _GONE
            reason = "removed from the group" if gone else "not allowed to post in the group"
            await deactivate_chat(session, chat.id, reason, now)
            return
        await ensure_chat(session, chat.id, chat.type, now)
        first_time = await mark_welcomed(session, chat.id, now)
        restored = await reactivate_chat(session, chat.id, now)
        has_reminders = bool(await subscriptions_of(session, chat.id))
    if first_time or restored:
        await _greet(change, context, first_time=first_time, has_reminders=has_reminders)


async def _greet(
    change: ChatMemberUpdated, context: Context, *, first_time: bool, has_reminders: bool
) -> None:
    """The welcome, or the note on coming back. Adding a bot as an admin often upgrades a
    group to a supergroup at once: then the row moves with it and the welcome goes there."""
    chat_id = change.chat.id
    for _ in range(2):
        try:
            if first_time:
                text = await _welcome_text(change, context, chat_id)
            else:
                extra = texts.GROUP_WELCOME_BACK_REMINDERS if has_reminders else ""
                text = texts.GROUP_WELCOME_BACK.format(reminders=extra)
            await context.bot.send_message(chat_id, text)
            return
        except ChatMigrated as moved:
            svc = services(context)
            new_id = int(moved.new_chat_id)
            async with svc.db.session.begin() as session:
                await migrate_chat(session, chat_id, new_id, svc.clock())
            chat_id = new_id


async def _welcome_text(change: ChatMemberUpdated, context: Context, chat_id: int) -> str:
    """Posted once per group. Who added the bot is asked of Telegram: a member who is not
    an admin cannot set it up, so the welcome says an admin has to."""
    adder = change.from_user
    by_admin = adder.id == GROUP_ANONYMOUS_BOT_ID or await user_is_admin(
        context.bot, chat_id, adder.id
    )
    hello = texts.GROUP_WELCOME.format(title=render.esc(change.chat.title or "everyone"))
    setup = texts.GROUP_WELCOME_BY_ADMIN if by_admin else texts.GROUP_WELCOME_BY_MEMBER
    return f"{hello}\n\n{setup}"


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
