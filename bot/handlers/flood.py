"""The flood gate: runs before every other handler (group -2) and stops the excess updates
of a sender who floods the bot, so they never reach a handler or cost a reply."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ApplicationHandlerStop, TypeHandler, filters

from bot import texts
from bot.flood import FloodGuard, Verdict
from bot.replies import reply
from bot.services import Context, services
from bot.settings import Settings

log = logging.getLogger(__name__)

FLOOD_GROUP = -2
# Right after it, each admitted update is claimed once in the database (bot.update_processor).
CLAIM_GROUP = -1


def sender_key(update: Update) -> int | None:
    """Who is sending: the person, or the chat for anonymous admins and channels (their
    `from` is one shared account across every group). None for updates that are not
    someone's input: membership changes and service messages are never dropped."""
    if update.callback_query is not None:
        return update.callback_query.from_user.id
    message = update.message or update.edited_message
    if message is None or filters.StatusUpdate.ALL.check_update(update):
        return None
    if message.sender_chat is not None:
        return message.sender_chat.id
    return message.from_user.id if message.from_user is not None else None


def flood_gate(settings: Settings) -> TypeHandler[Update, Context, None]:
    guard = FloodGuard(settings.flood_rate_per_second, settings.flood_burst)

    async def check(update: Update, context: Context) -> None:
        sender = sender_key(update)
        if sender is None:
            return
        verdict = guard.admit(sender)
        if verdict is Verdict.ALLOW or _carries_red_flag(update, context):
            return
        if verdict is Verdict.DROP_AND_WARN:
            log.info("flood control: slowing down a sender")
            await _slow_down(update)
        raise ApplicationHandlerStop

    return TypeHandler(Update, check)


def _carries_red_flag(update: Update, context: Context) -> bool:
    """A message that reports a red flag is never dropped, however fast its sender types:
    someone slowed down who then types an emergency must get the emergency advice."""
    message = update.message or update.edited_message
    if message is None or not message.text:
        return False
    return services(context).assistant.red_flag(message.text) is not None


async def _slow_down(update: Update) -> None:
    query = update.callback_query
    if query is not None:
        await query.answer(texts.FLOOD_SLOW_DOWN, show_alert=True)
    else:
        await reply(update, texts.FLOOD_SLOW_DOWN)
