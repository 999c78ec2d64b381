"""Free text in a private chat: red flags first, then what the message is, then an answer."""

from __future__ import annotations

import logging

from telegram import Update

from bot import render, texts
from bot.handlers import diary_log
from bot.replies import keyboards, reply
from bot.services import Context, services
from knowledge.assistant import Answer, Kind

log = logging.getLogger(__name__)


async def question_message(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None or not message.text:
        return
    await send_answer(update, context, services(context).assistant.answer(message.text))


async def send_answer(update: Update, context: Context, answer: Answer) -> None:
    """Reply with the assistant's answer to the update's message, already analysed (a
    message that was first read as the answer to a question the bot asked)."""
    svc = services(context)
    kb = keyboards(update, context)
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
    # A cramp the person tells of: after the answer (a red flag's above all), never before.
    await diary_log.offer_to_log(update, context)


async def non_text_message(update: Update, context: Context) -> None:
    await reply(update, texts.NON_TEXT_MESSAGE)


async def unknown_command(update: Update, context: Context) -> None:
    await reply(update, texts.UNKNOWN_COMMAND)


async def stale_button(update: Update, context: Context) -> None:
    """Any button press no other handler accepted: forged, expired or from an old version."""
    query = update.callback_query
    if query is not None:
        await query.answer(texts.STALE_BUTTON, show_alert=True)
