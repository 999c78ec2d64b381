"""The chat an update comes from, and answering there: a reply, a new message, or the
message whose button was pressed, replaced."""

from __future__ import annotations

from typing import Any

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType
from telegram.error import BadRequest

from bot.keyboards import Keyboards
from bot.services import Context, services
from scheduler.chat_ref import ChatRef


def in_group(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)


def chat_ref(update: Update) -> ChatRef:
    chat = update.effective_chat
    assert chat is not None
    return ChatRef(chat.id, chat.type)


def keyboards(update: Update, context: Context) -> Keyboards:
    svc = services(context)
    chat = update.effective_chat
    assert chat is not None
    return Keyboards(svc.signer, svc.content, chat.id)


async def reply(
    update: Update, text: str, markup: InlineKeyboardMarkup | None = None
) -> Message | None:
    """Answer the message that triggered the update; in groups, as a threaded reply."""
    message = update.effective_message
    if message is None:
        return None
    return await message.reply_html(text, reply_markup=markup, do_quote=in_group(update) or None)


async def show(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    """Replace the content of the message whose button was pressed (menus, FAQ pages)."""
    query = update.callback_query
    assert query is not None
    try:
        await query.edit_message_text(text, reply_markup=markup)
    except BadRequest as exc:
        # A double tap asks for the page that is already shown: nothing to do.
        if "not modified" not in exc.message.lower():
            raise


async def send(update: Update, context: Context, text: str, markup: Any = None) -> None:
    """A new message in the chat of the update (answers opened from buttons)."""
    chat = update.effective_chat
    assert chat is not None
    message = update.effective_message
    thread_id = message.message_thread_id if message and message.is_topic_message else None
    await context.bot.send_message(chat.id, text, reply_markup=markup, message_thread_id=thread_id)
