"""/faq: browse every topic and its questions, paged, editing one message in place."""

from __future__ import annotations

from telegram import Update

from bot import render, texts
from bot.group_content import keyboards_for
from bot.keyboards import Keyboards
from bot.replies import keyboards, reply, show
from bot.services import Context, services


def _page_text(page: int, total_topics: int) -> str:
    pages = Keyboards.page_count(total_topics)
    return texts.FAQ_TITLE.format(page=min(max(page, 1), pages), pages=pages)


async def faq_command(update: Update, context: Context) -> None:
    svc = services(context)
    kb = await keyboards_for(update, context)
    await reply(update, _page_text(1, len(svc.content.topics)), kb.faq_page(1))


def _int_arg(context: Context, default: int = 1) -> int:
    raw = context.args[0] if context.args else ""
    return int(raw) if raw.isdigit() and len(raw) < 4 else default


async def faq_page_button(update: Update, context: Context) -> None:
    assert update.callback_query is not None
    await update.callback_query.answer()
    page = _int_arg(context)
    svc = services(context)
    kb = await keyboards_for(update, context)
    await show(update, _page_text(page, len(svc.content.topics)), kb.faq_page(page))


async def faq_topic_button(update: Update, context: Context) -> None:
    assert update.callback_query is not None
    await update.callback_query.answer()
    svc = services(context)
    topic = svc.content.topics.get(context.args[0] if context.args else "")
    if topic is None:
        return
    kb = await keyboards_for(update, context)
    await show(
        update,
        texts.FAQ_TOPIC_TITLE.format(title=render.esc(topic.title)),
        kb.faq_topic(topic, kb.faq_page_of(topic.id)),
    )


async def faq_question_button(update: Update, context: Context) -> None:
    assert update.callback_query is not None
    await update.callback_query.answer()
    svc = services(context)
    wanted = context.args[0] if context.args else ""
    entry = next((e for e in svc.content.faq if e.id == wanted), None)
    if entry is None:
        return
    await show(
        update,
        render.faq_answer(entry, svc.content),
        keyboards(update, context).faq_answer(entry.topic),
    )
