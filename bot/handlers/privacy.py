"""/mydata (a JSON file of everything stored about the person) and /forget (delete it all).

Both work in the private chat only: in a group they answer with a link into it and show
nothing about anyone. /forget asks first; its confirmation button is signed for the chat,
expires, and works once: its nonce is remembered in the database (storage/conversations.py),
so whichever instance receives the tap, before or after a restart, knows it.
"""

from __future__ import annotations

import json
import logging
import secrets
from datetime import timedelta

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot import texts
from bot.buttons import Action, button_arg
from bot.private_chat import open_privately
from bot.replies import in_group, reply, show
from bot.services import Context, services
from storage import conversations
from storage.personal_data import export_person, forget_person

log = logging.getLogger(__name__)

MYDATA_PAYLOAD = "mydata"
FORGET_PAYLOAD = "forget"
CONFIRM_LIFETIME = timedelta(minutes=10)
CONVERSATION = "forget"


async def _open_privately(update: Update, context: Context, payload: str) -> None:
    await open_privately(
        update, context, payload, texts.PRIVACY_PRIVATE_ONLY, texts.PRIVACY_OPEN_PRIVATE
    )


async def mydata_command(update: Update, context: Context) -> None:
    user, message = update.effective_user, update.effective_message
    if in_group(update) or user is None or message is None:
        await _open_privately(update, context, MYDATA_PAYLOAD)
        return
    svc = services(context)
    async with svc.db.session() as session:
        data = await export_person(session, user.id)
    data["exported_at"] = svc.clock().isoformat()
    document = json.dumps(data, indent=2, ensure_ascii=False).encode()
    await message.reply_document(
        document, filename=texts.MYDATA_FILENAME, caption=texts.MYDATA_CAPTION
    )


async def forget_command(update: Update, context: Context) -> None:
    chat = update.effective_chat
    if in_group(update) or chat is None:
        await _open_privately(update, context, FORGET_PAYLOAD)
        return
    svc = services(context)
    nonce = secrets.token_urlsafe(6)
    async with svc.db.session.begin() as session:
        await conversations.remember(session, chat.id, CONVERSATION, {"nonce": nonce}, svc.clock())
    yes = svc.signer.sign_expiring(chat.id, CONFIRM_LIFETIME, Action.FORGET_CONFIRMED, nonce)
    # "No" carries the prompt it belongs to, too: an older prompt's "No" changes nothing.
    no = svc.signer.sign_expiring(chat.id, CONFIRM_LIFETIME, Action.FORGET_DECLINED, nonce)
    markup = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(texts.FORGET_YES, callback_data=yes)],
            [InlineKeyboardButton(texts.FORGET_NO, callback_data=no)],
        ]
    )
    await reply(update, texts.FORGET_CONFIRM, markup)


async def forget_confirmed(update: Update, context: Context) -> None:
    query, user, chat = update.callback_query, update.effective_user, update.effective_chat
    assert query is not None and user is not None and chat is not None
    nonce = button_arg(context, 0)
    svc = services(context)
    deleted: int | None = None
    if not in_group(update):
        # One transaction: the prompt checked, everything deleted (its own row too, so
        # the button is used up), or nothing at all; after a failed attempt (a busy
        # database) the same button works again.
        async with svc.db.session.begin() as session:
            state = await conversations.recall(
                session, chat.id, CONVERSATION, svc.clock(), CONFIRM_LIFETIME
            )
            if state is not None and nonce and state.get("nonce") == nonce:
                deleted = await forget_person(session, user.id)
                await conversations.end(session, chat.id, CONVERSATION)
    if deleted is None:
        # Used already, replaced by a newer /forget, or expired.
        await query.answer(texts.FORGET_EXPIRED, show_alert=True)
        return
    log.info("forgot a person: %d rows deleted", deleted)
    await query.answer()
    await show(update, texts.FORGET_DONE)


async def forget_declined(update: Update, context: Context) -> None:
    query, chat = update.callback_query, update.effective_chat
    assert query is not None and chat is not None
    nonce = button_arg(context, 0)
    svc = services(context)
    closed = False
    async with svc.db.session.begin() as session:
        state = await conversations.recall(
            session, chat.id, CONVERSATION, svc.clock(), CONFIRM_LIFETIME
        )
        if state is not None and nonce and state.get("nonce") == nonce:
            closed = await conversations.end(session, chat.id, CONVERSATION)
    if not closed:
        # An older prompt, or one already answered: saying "nothing was deleted" could be
        # false (its Yes, or a newer one's, may have deleted everything).
        await query.answer(texts.FORGET_PROMPT_CLOSED, show_alert=True)
        return
    await query.answer()
    await show(update, texts.FORGET_KEPT)
