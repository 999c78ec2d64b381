"""Free text in a private chat: a nudge back to the buttons while a symptom check runs,
the answer to a question the bot just asked (/timezone's "Send your city or zone", a
diary note), else a question for the assistant. Red flags come first either way."""

from __future__ import annotations

import logging

from sqlalchemy.exc import OperationalError
from telegram import Update

from bot import render, texts
from bot.handlers import diary_log, questions, timezone, triage
from bot.replies import in_group, reply
from bot.services import Context, services
from knowledge.assistant import Kind as AnswerKind
from storage.prompts import take_answer

log = logging.getLogger(__name__)

# The handler group that closes a question left unanswered: after every other handler
# (group 0, and any group added later), so it sees each message once it was dealt with.
UNANSWERED_QUESTION_GROUP = 1000


async def text_message(update: Update, context: Context) -> None:
    """The answer to the question the bot just asked, if it asked one, else a question
    for the assistant (bot/handlers/questions.py). An emergency typed in answer to "Send
    your city" gets the emergency advice, not a time zone."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None or not message.text:
        return
    if await triage.typed_during_triage(update, context):
        return
    svc = services(context)
    try:
        async with svc.db.session.begin() as session:
            asked = await take_answer(session, chat.id, message.message_id, svc.clock())
    except OperationalError as exc:
        # A busy database must never keep an answer (an emergency's above all) from anyone.
        log.warning("could not read the open question: %s", exc.orig)
        asked = None
    if asked is not None and asked.startswith(diary_log.NOTE_PROMPT):
        await diary_log.note_answer(update, context, asked)
        return
    if asked != timezone.ASKED_TIMEZONE:
        await questions.question_message(update, context)
        return
    answer = svc.assistant.answer(message.text)
    if answer.urgent:
        await questions.send_answer(update, context, answer)
        return
    text = message.text.strip()[:100]
    if await timezone.zone_from_text(update, context, text):
        return
    if answer.kind is AnswerKind.TOPIC:
        # Not a place but a question about cramps: answer that instead.
        await questions.send_answer(update, context, answer)
        return
    await reply(update, texts.TIMEZONE_UNKNOWN.format(text=render.esc(text[:40])))


async def close_unanswered_question(update: Update, context: Context) -> None:
    """After any other message (a command, a location, a photo), the bot's question is
    no longer open: "the next message answers it" means that one only."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None or in_group(update):
        return
    svc = services(context)
    try:
        async with svc.db.session.begin() as session:
            await take_answer(session, chat.id, message.message_id, svc.clock())
    except OperationalError as exc:
        # A busy database: the question stays open until it expires; nothing to tell.
        log.warning("could not close an unanswered question: %s", exc.orig)
