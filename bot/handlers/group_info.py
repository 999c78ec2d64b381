"""/groupinfo: any member sees the group's profile, time zone and reminders (read only)."""

from __future__ import annotations

from telegram import Update

from bot import texts
from bot.handlers.common import Context, in_group, reply
from bot.handlers.group_view import group_summary
from bot.services import services
from scheduler.subscriptions import get_chat, subscriptions_of
from storage.models import Chat


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
        chat = Chat(
            chat_id=chat_ref.id,
            chat_type=chat_ref.type,
            timezone="UTC",
            timezone_set=False,
            profile="general",
            thread_id=None,
            active=True,
        )
    summary = group_summary(chat, subs, svc.groups, forum=bool(chat_ref.is_forum))
    await reply(update, f"{texts.GROUPINFO_TITLE}\n\n{summary}\n\n{texts.GROUPINFO_FOOTER}")
