"""/triage: a few one-tap questions walked by the generic engine, ending in one level of care.

One message is edited in place from question to question, then to the result. In groups
the bot never asks health questions and offers a deep link into the private chat instead.

The answers so far live in the database (storage/conversations.py), not in memory: any
instance may receive the next tap, and a restart in between loses nothing. Each step is
one transaction (read the answers, record the new one, save the result when done); the
bot talks to Telegram after it has closed. A check left unanswered for
TRIAGE_TIMEOUT_SECONDS is closed, with a note, by whichever instance finds it first.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy.exc import OperationalError
from telegram import InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    BaseHandler,
    CommandHandler,
    filters,
)

from bot import render, texts
from bot.buttons import Action, ButtonDispatcher, ButtonVerifier, button_arg
from bot.keyboards import Keyboards
from bot.private_chat import open_privately
from bot.replies import in_group, keyboards, reply, send, show
from bot.services import Context, Services, services
from knowledge.triage import Question, TriageResult
from storage import conversations
from storage.triage_results import last_triage_result, save_triage_result

log = logging.getLogger(__name__)

DEEP_LINK_PAYLOAD = "triage"
CONVERSATION = "triage"


@dataclass
class Step:
    """Where a check stands after one tap: the next question, or the result."""

    question: Question | None
    number: int
    can_go_back: bool
    result: TriageResult | None


def _lifetime(svc: Services) -> timedelta:
    return timedelta(seconds=svc.settings.triage_timeout_seconds)


def _fresh() -> dict[str, Any]:
    return {"order": [], "answers": {}, "current": None}


async def _advance(svc: Services, chat_id: int, user_id: int | None, state: dict[str, Any]) -> Step:
    """One transaction: the next question remembered, or the result saved and the check
    ended (stored first: once the person sees the result, /triage last must find it)."""
    answers: dict[str, str] = state["answers"]
    question = svc.triage.next_question(answers)
    result = svc.triage.evaluate(answers)
    now = svc.clock()
    async with svc.db.session.begin() as session:
        if question is None or result.done:
            if user_id is not None:
                await save_triage_result(session, user_id, result.level, list(result.reasons), now)
            await conversations.end(session, chat_id, CONVERSATION)
        else:
            state["current"] = question.id
            await conversations.remember(session, chat_id, CONVERSATION, state, now)
    if question is None or result.done:
        log.info("triage finished: level %s", result.level)
        return Step(None, 0, False, result)
    return Step(question, len(state["order"]) + 1, bool(state["order"]), None)


async def _running(svc: Services, chat_id: int) -> dict[str, Any] | None:
    async with svc.db.session() as session:
        return await conversations.recall(
            session, chat_id, CONVERSATION, svc.clock(), _lifetime(svc)
        )


def _question_markup(kb: Keyboards, question: Question, can_go_back: bool) -> InlineKeyboardMarkup:
    rows = [
        [kb.button(option.text, Action.TRIAGE_ANSWER, question.id, option.id)]
        for option in question.options
    ]
    controls = []
    if can_go_back:
        controls.append(kb.button(texts.BUTTON_BACK, Action.TRIAGE_BACK))
    controls.append(kb.button(texts.TRIAGE_CANCEL_BUTTON, Action.TRIAGE_CANCEL))
    rows.append(controls)
    return InlineKeyboardMarkup(rows)


def _question_text(svc: Services, question: Question, number: int) -> str:
    return f"{texts.TRIAGE_QUESTION_HEADER.format(number=number)}\n\n{render.esc(question.text)}"


def _result_markup(kb: Keyboards, result: TriageResult) -> InlineKeyboardMarkup:
    rows = [[kb.topic_button(topic_id)] for topic_id in result.topics[:4]]
    rows.append(
        [
            kb.button(texts.TRIAGE_AGAIN_BUTTON, Action.TRIAGE_START),
            kb.button(texts.BUTTON_MENU, Action.MENU),
        ]
    )
    return InlineKeyboardMarkup(rows)


async def _show_step(update: Update, context: Context, step: Step, *, fresh: bool) -> None:
    svc = services(context)
    kb = keyboards(update, context)
    if step.result is not None:
        text = render.triage_result(step.result, svc.content)
        markup = _result_markup(kb, step.result)
    else:
        assert step.question is not None
        text = _question_text(svc, step.question, step.number)
        markup = _question_markup(kb, step.question, can_go_back=step.can_go_back)
    await (send(update, context, text, markup) if fresh else show(update, text, markup))


def _ids(update: Update) -> tuple[int, int | None]:
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None
    return chat.id, (user.id if user is not None else None)


async def _redirect_to_private(update: Update, context: Context) -> None:
    if update.callback_query is not None:
        await update.callback_query.answer()
    await open_privately(
        update, context, DEEP_LINK_PAYLOAD, texts.TRIAGE_GROUP_REDIRECT, texts.TRIAGE_OPEN_PRIVATE
    )


async def start_triage(update: Update, context: Context) -> None:
    if in_group(update):
        await _redirect_to_private(update, context)
        return
    if update.callback_query is not None:
        await update.callback_query.answer()
    svc = services(context)
    chat_id, user_id = _ids(update)
    step = await _advance(svc, chat_id, user_id, _fresh())
    await send(update, context, render.esc(svc.triage.flow.intro))
    await _show_step(update, context, step, fresh=True)


async def triage_command(update: Update, context: Context) -> None:
    if context.args and context.args[0].lower() == "last" and not in_group(update):
        await _show_last(update, context)
        return
    await start_triage(update, context)


async def _show_last(update: Update, context: Context) -> None:
    svc = services(context)
    user = update.effective_user
    assert user is not None
    async with svc.db.session() as session:
        stored = await last_triage_result(session, user.id)
    if stored is None:
        await reply(update, texts.TRIAGE_NO_LAST)
        return
    title = getattr(svc.triage.flow.levels, stored.level).title
    await reply(update, render.last_triage(stored, title, svc.content))


async def answer_button(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    svc = services(context)
    chat_id, user_id = _ids(update)
    question_id, option_id = button_arg(context, 0), button_arg(context, 1)
    state = await _running(svc, chat_id)
    if (
        state is None
        or question_id != state.get("current")
        or not svc.triage.validate_answer(question_id, option_id)
    ):
        # A tap on an old question message: the check has moved on (or ended).
        await query.answer(texts.TRIAGE_STALE_ANSWER)
        return
    state["answers"][question_id] = option_id
    state["order"].append(question_id)
    step = await _advance(svc, chat_id, user_id, state)
    await query.answer()
    await _show_step(update, context, step, fresh=False)


async def back_button(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    svc = services(context)
    chat_id, user_id = _ids(update)
    state = await _running(svc, chat_id)
    if state is None:
        await query.answer(texts.TRIAGE_STALE_ANSWER)
        return
    if state["order"]:
        previous = state["order"].pop()
        state["answers"].pop(previous, None)
    step = await _advance(svc, chat_id, user_id, state)
    await query.answer()
    await _show_step(update, context, step, fresh=False)


async def _end(svc: Services, chat_id: int) -> bool:
    async with svc.db.session.begin() as session:
        return await conversations.end(session, chat_id, CONVERSATION)


async def cancel_button(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    await _end(services(context), _ids(update)[0])
    await query.answer()
    await show(update, texts.TRIAGE_CANCELLED)


async def cancel_command(update: Update, context: Context) -> None:
    """/cancel: stops a running check; otherwise says there is nothing to stop."""
    chat = update.effective_chat
    ended = chat is not None and not in_group(update) and await _end(services(context), chat.id)
    await reply(update, texts.TRIAGE_CANCELLED if ended else texts.TRIAGE_NOTHING_TO_CANCEL)


async def typed_during_triage(update: Update, context: Context) -> bool:
    """Free text while a check runs (bot/handlers/free_text.py asks first): red flags
    still win, otherwise a gentle re-ask; True when it was taken here."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None or not message.text or in_group(update):
        return False
    svc = services(context)
    try:
        running = await _running(svc, chat.id)
    except OperationalError as exc:
        # A busy database must never keep an answer from anyone: treat it as free text.
        log.warning("could not read a running symptom check: %s", exc.orig)
        return False
    if running is None:
        return False
    answer = svc.assistant.red_flag(message.text)
    if answer is not None:
        await reply(
            update,
            render.red_flag_advice(answer, svc.content),
            keyboards(update, context).after_red_flag(),
        )
    else:
        await reply(update, texts.TRIAGE_TAP_A_BUTTON)
    return True


async def close_abandoned(context: Context) -> None:
    """A job on every instance: each check left unanswered too long is ended, and its
    chat told, by exactly one of them (the one whose delete finds the row)."""
    svc = services(context)
    before = svc.clock() - _lifetime(svc)
    async with svc.db.session() as session:
        chats = await conversations.left_since(session, CONVERSATION, before)
    for chat_id in chats:
        async with svc.db.session.begin() as session:
            closed = await conversations.end_if_left(session, chat_id, CONVERSATION, before)
        if closed:
            try:
                await context.bot.send_message(chat_id, texts.TRIAGE_TIMED_OUT)
            except TelegramError as exc:  # blocked meanwhile: the check is closed anyway
                log.info("could not tell a chat its check was closed (%s)", exc)


def schedule_timeouts(app: Application[Any, Any, Any, Any, Any, Any], svc: Services) -> None:
    assert app.job_queue is not None
    every = max(0.5, min(30.0, svc.settings.triage_timeout_seconds / 4))
    app.job_queue.run_repeating(
        close_abandoned,
        interval=every,
        first=every,
        name="triage-timeouts",
        job_kwargs={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
    )


TRIAGE_BUTTONS = {
    Action.TRIAGE_START: start_triage,
    Action.TRIAGE_ANSWER: answer_button,
    Action.TRIAGE_BACK: back_button,
    Action.TRIAGE_CANCEL: cancel_button,
}


def triage_handlers(verifier: ButtonVerifier) -> list[BaseHandler[Any, Context, Any]]:
    """The check's entry points and buttons, for the default handler group."""
    private = filters.ChatType.PRIVATE
    deep_link = filters.Regex(rf"^/start(@\w+)?\s+{DEEP_LINK_PAYLOAD}\s*$")
    return [
        CommandHandler("triage", triage_command, filters=filters.UpdateType.MESSAGE),
        CommandHandler("start", start_triage, filters=private & deep_link),
        CommandHandler("cancel", cancel_command, filters=filters.UpdateType.MESSAGE),
        ButtonDispatcher[None](verifier, TRIAGE_BUTTONS),
    ]
