"""Small helpers every handler shares: replying, editing, verified button handling."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType
from telegram.error import BadRequest
from telegram.ext import Application, CallbackQueryHandler, ContextTypes
from telegram.ext._utils.types import HandlerCallback

from bot import texts
from bot.callbacks import CallbackData, CallbackSigner
from bot.keyboards import Keyboards
from bot.services import services
from bot.update_processor import ConfirmingBot
from scheduler.subscriptions import ensure_chat, get_chat
from storage.models import Chat

Context = ContextTypes.DEFAULT_TYPE
RT = TypeVar("RT")


def in_group(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)


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


def answered(context: Context, callback_query_id: str) -> bool:
    """Whether this callback query was answered already (each can be answered once)."""
    bot = context.bot
    return isinstance(bot, ConfirmingBot) and bot.was_answered(callback_query_id)


class ChatGone(Exception):
    """A button acts on the chat's stored settings, and there are none any more (/forget):
    it must not create them again behind the person's back."""


async def chat_for(session: AsyncSession, update: Update, now: datetime, *, create: bool) -> Chat:
    """The chat's row; created when `create` (a command typed now), else it must still
    exist (a button, issued when it did), or ChatGone."""
    ref = update.effective_chat
    assert ref is not None
    if create:
        return await ensure_chat(session, ref.id, ref.type, now)
    chat = await get_chat(session, ref.id)
    if chat is None:
        raise ChatGone
    return chat


class SignedButtonHandler(CallbackQueryHandler[Context, RT]):
    """A CallbackQueryHandler that only fires for data this bot signed for this chat.

    The verified arguments are placed in context.args, like a command's arguments; with
    `with_action`, preceded by the action, for one callback that serves several actions.
    """

    def __init__(
        self,
        signer: CallbackSigner,
        actions: Collection[str],
        callback: HandlerCallback[Update, Context, RT],
        block: bool = True,
        *,
        with_action: bool = False,
    ) -> None:
        super().__init__(callback, block=block)
        self._signer = signer
        self._actions = frozenset(actions)
        self._with_action = with_action

    def check_update(self, update: object) -> bool | object | None:
        if not isinstance(update, Update) or update.callback_query is None:
            return None
        query = update.callback_query
        if query.message is None or not isinstance(query.data, str):
            return None
        data = self._signer.verify(query.message.chat.id, query.data)
        if data is None or data.action not in self._actions:
            return None
        return data

    async def handle_update(
        self,
        update: Update,
        application: Application[Any, Any, Any, Any, Any, Any],
        check_result: Any,
        context: Context,
    ) -> RT:
        try:
            return await super().handle_update(update, application, check_result, context)
        except ChatGone:
            # A stale button: a short, truthful alert, and nothing changed.
            query = update.callback_query
            assert query is not None
            if not answered(context, query.id):
                await query.answer(texts.BUTTON_CHAT_GONE, show_alert=True)
            return None  # type: ignore[return-value]

    def collect_additional_context(
        self,
        context: Context,
        update: Update,
        application: Application[Any, Any, Any, Any, Any, Any],
        check_result: Any,
    ) -> None:
        assert isinstance(check_result, CallbackData)
        action = [check_result.action] if self._with_action else []
        context.args = [*action, *check_result.args]
