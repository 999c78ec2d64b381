"""/mydata (a JSON file of everything stored about the person) and /forget (delete it all).

Both work in the private chat only: in a group they answer with a link into it and show
nothing about anyone. /forget asks first; its confirmation button is signed for the chat,
expires, and works once (its nonce lives in memory, so a restart also expires it).
"""

from __future__ import annotations

import json
import logging
import secrets
from datetime import timedelta

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot import texts
from bot.handlers.common import Context, in_group, reply, show
from bot.services import services
from storage.personal_data import export_person, forget_person

log = logging.getLogger(__name__)

MYDATA_PAYLOAD = "mydata"
FORGET_PAYLOAD = "forget"
CONFIRM_LIFETIME = timedelta(minutes=10)
_NONCE_KEY = "forget_nonce"


async def _open_privately(update: Update, context: Context, payload: str) -> None:
    link = f"https://t.me/{context.bot.username}?start={payload}"
    markup = InlineKeyboardMarkup([[InlineKeyboardButton(texts.PRIVACY_OPEN_PRIVATE, url=link)]])
    await reply(update, texts.PRIVACY_PRIVATE_ONLY, markup)


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
    if in_group(update) or chat is None or context.chat_data is None:
        await _open_privately(update, context, FORGET_PAYLOAD)
        return
    nonce = secrets.token_urlsafe(6)
    context.chat_data[_NONCE_KEY] = nonce
    signer = services(context).signer
    yes = signer.sign_expiring(chat.id, CONFIRM_LIFETIME, "fy", nonce)
    # "No" carries the prompt it belongs to, too: an older prompt's "No" changes nothing.
    no = signer.sign_expiring(chat.id, CONFIRM_LIFETIME, "fn", nonce)
    markup = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(texts.FORGET_YES, callback_data=yes)],
            [InlineKeyboardButton(texts.FORGET_NO, callback_data=no)],
        ]
    )
    await reply(update, texts.FORGET_CONFIRM, markup)


async def forget_confirmed(update: Update, context: Context) -> None:
    query, user = update.callback_query, update.effective_user
    assert query is not None and user is not None and context.chat_data is not None
    nonce = context.args[0] if context.args else ""
    # Read, not taken: it is used up only once the deletion is done, so after a failed
    # attempt (a busy database) the same button works again.
    expected = context.chat_data.get(_NONCE_KEY)
    if in_group(update) or not isinstance(expected, str) or nonce != expected:
        # Used already, replaced by a newer /forget, or issued before a restart.
        await query.answer(texts.FORGET_EXPIRED, show_alert=True)
        return
    svc = services(context)
    async with svc.db.session.begin() as session:
        deleted = await forget_person(session, user.id)
    context.chat_data.clear()
    if context.user_data is not None:
        context.user_data.clear()  # an unfinished symptom check, too
    log.info("forgot a person: %d rows deleted", deleted)
    await query.answer()
    await show(update, texts.FORGET_DONE)


async def forget_declined(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    nonce = context.args[0] if context.args else ""
    expected = context.chat_data.get(_NONCE_KEY) if context.chat_data is not None else None
    if not isinstance(expected, str) or nonce != expected:
        # An older prompt, or one already answered: saying "nothing was deleted" could be
        # false (its Yes, or a newer one's, may have deleted everything).
        await query.answer(texts.FORGET_PROMPT_CLOSED, show_alert=True)
        return
    if context.chat_data is not None:
        context.chat_data.pop(_NONCE_KEY, None)
    await query.answer()
    await show(update, texts.FORGET_KEPT)
