"""The last line of defence: log what broke (never the token or the user's text)."""

from __future__ import annotations

import logging

from sqlalchemy.exc import OperationalError
from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError

from bot import texts
from bot.buttons import answered
from bot.services import Context
from storage.db import DatabaseUnavailable

log = logging.getLogger(__name__)

SORRY = "Sorry, something went wrong on my side. Please try again in a moment."


async def error_handler(update: object, context: Context) -> None:
    error = context.error
    if isinstance(error, Forbidden):
        log.info("chat not reachable: %s", error)
        return
    # BadRequest subclasses NetworkError in PTB, but it means the bot built a request
    # Telegram refuses: a bug to log in full, not a passing network problem.
    if isinstance(error, NetworkError) and not isinstance(error, BadRequest):
        log.warning("network problem talking to Telegram: %s", error)
        return
    update_id = update.update_id if isinstance(update, Update) else None
    if isinstance(error, DatabaseUnavailable):
        # storage/db.py logged the problem as an error once, when it was first seen.
        log.info("update %s refused: %s", update_id, error)
        await _tell(update, context, texts.DATABASE_UNAVAILABLE)
        return
    if isinstance(error, OperationalError):
        # Locked or unavailable (busy_timeout ran out): the transaction was rolled back.
        log.warning("database busy handling update %s: %s", update_id, error.orig)
        await _tell(update, context, texts.DATABASE_BUSY)
        return
    log.error("handler failed on update %s", update_id, exc_info=error)
    await _tell(update, context, SORRY)


async def _tell(update: object, context: Context, text: str) -> None:
    await _answer_button(update, context, text)
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            await context.bot.send_message(update.effective_chat.id, text)
        except Exception:  # the chat may be gone; the original error is already logged
            log.debug("could not tell the user about the error", exc_info=True)


async def _answer_button(update: object, context: Context, text: str) -> None:
    """A button press whose handler failed is still answered (with why), so its spinner
    stops; unless the handler had answered it already (each can be answered once)."""
    if not isinstance(update, Update) or update.callback_query is None:
        return
    query = update.callback_query
    if answered(context, query.id):
        return
    try:
        await query.answer(text[:200], show_alert=True)
    except Exception:  # too old, or the network: the message below still tells
        log.debug("could not answer the button press", exc_info=True)
