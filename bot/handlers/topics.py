"""Topic answers: the per-topic commands and the buttons that open a topic."""

from __future__ import annotations

from telegram import Update

from bot import render
from bot.group_content import group_profile, note_for
from bot.replies import keyboards, reply, send
from bot.services import Context, services


async def topic_command(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None or not message.text:
        return
    command = message.text.split()[0].lstrip("/").split("@")[0].lower()
    svc = services(context)
    topic = svc.content.topic_by_command(command)
    if topic is None:
        return
    note = note_for(await group_profile(update, context), topic.id)
    await reply(
        update,
        render.topic_summary(topic, svc.content, note),
        keyboards(update, context).topic_answer(topic),
    )


async def _open_topic(update: Update, context: Context, *, details: bool) -> None:
    """A button naming a topic: its summary, or its details, as a new message."""
    query = update.callback_query
    assert query is not None
    await query.answer()
    svc = services(context)
    topic = svc.content.topics.get(context.args[0] if context.args else "")
    if topic is None:
        return
    kb = keyboards(update, context)
    note = note_for(await group_profile(update, context), topic.id)
    if details:
        text, markup = render.topic_details(topic, svc.content, note), kb.topic_details(topic)
    else:
        text, markup = render.topic_summary(topic, svc.content, note), kb.topic_answer(topic)
    await send(update, context, text, markup)


async def topic_button(update: Update, context: Context) -> None:
    await _open_topic(update, context, details=False)


async def details_button(update: Update, context: Context) -> None:
    await _open_topic(update, context, details=True)
