"""/groupinfo: any member sees the group's profile, time zone and reminders (read only)."""

from __future__ import annotations

from telegram import Update

from bot import texts
from bot.group_view import group_summary
from bot.replies import in_group, reply
from bot.services import Context, services
from storage.chats import get_chat, new_chat
from storage.subscriptions import subscriptions_of


async def groupinfo_command(update: Update, context: Context) -> None:
    chat_ref = update.effective_chat
    if chat_ref is None or not in_group(update):
        await reply(update, texts.GROUPINFO_IN_PRIVATE)
        return
    svc = services(context)
    # Reading must not create anything: a group never set up shows the defaults.
    async with svc.db.session() as session:
        chat = await get_chat(session, chat_ref.id)
        subs = await subscriptions_of(session, chat_ref.id) if chat else []
    if chat is None:
        chat = new_chat(chat_ref.id, chat_ref.type, svc.clock())
    summary = group_summary(chat, subs, svc.groups, forum=bool(chat_ref.is_forum))
    await reply(update, f"{texts.GROUPINFO_TITLE}\n\n{summary}\n\n{texts.GROUPINFO_FOOTER}")
