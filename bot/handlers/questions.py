"""Free text in a private chat: red flags first, then what the message is, then an answer."""

from __future__ import annotations

import logging

from telegram import Update

from bot import render, texts
from bot.handlers.common import Context, keyboards, reply
from bot.services import services
from knowledge.assistant import Kind

log = logging.getLogger(__name__)


async def question_message(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None or not message.text:
        return
    svc = services(context)
    kb = keyboards(update, context)
    answer = svc.assistant.answer(message.text)
    topic = svc.content.topics.get(answer.topic_id or "")
    # Logged: what was decided, never what was written.
    log.info(
        "free text: %s %s %s", answer.kind.value, answer.sign or answer.topic_id, answer.language
    )
    if answer.urgent:
        markup = kb.after_red_flag()
    elif topic is not None:
        markup = kb.topic_answer(topic, answer.also)
    elif answer.kind in (Kind.SMALL_TALK, Kind.OTHER_LANGUAGE):
        markup = kb.main_menu()
    else:
        markup = kb.no_match()
    await reply(update, render.answer(answer, svc.content), markup)


async def non_text_message(update: Update, context: Context) -> None:
    await reply(update, texts.NON_TEXT_MESSAGE)


async def unknown_command(update: Update, context: Context) -> None:
    await reply(update, texts.UNKNOWN_COMMAND)


async def stale_button(update: Update, context: Context) -> None:
    """Any button press no other handler accepted: forged, expired or from an old version."""
    query = update.callback_query
    if query is not None:
        await query.answer(texts.STALE_BUTTON, show_alert=True)
