"""The last line of defence: log what broke (never the token or the user's text)."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError

from bot.handlers.common import Context

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
    log.error("handler failed on update %s", update_id, exc_info=error)
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            await context.bot.send_message(update.effective_chat.id, SORRY)
        except Exception:  # the chat may be gone; the original error is already logged
            log.debug("could not tell the user about the error", exc_info=True)
