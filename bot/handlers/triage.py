"""/triage: a few one-tap questions walked by the generic engine, ending in one level of care.

One message is edited in place from question to question, then to the result. State
is kept per user in private chats only; in groups the bot never asks health questions
and offers a deep link into the private chat instead.
"""

from __future__ import annotations

import logging
import warnings
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot import render, texts
from bot.callbacks import CallbackSigner
from bot.handlers.common import Context, SignedButtonHandler, in_group, keyboards, reply, send, show
from bot.keyboards import Keyboards
from bot.services import Services, services
from knowledge.triage import Question, TriageResult
from storage.triage_results import last_triage_result, save_triage_result

log = logging.getLogger(__name__)

ASKING = 1
DEEP_LINK_PAYLOAD = "triage"
_STATE_KEY = "triage"


def _state(context: Context) -> dict[str, Any]:
    assert context.user_data is not None
    state = context.user_data.get(_STATE_KEY)
    if not isinstance(state, dict):
        state = {"order": [], "answers": {}}
        context.user_data[_STATE_KEY] = state
    return state


def _reset(context: Context) -> dict[str, Any]:
    assert context.user_data is not None
    context.user_data[_STATE_KEY] = {"order": [], "answers": {}}
    return _state(context)


def _question_markup(kb: Keyboards, question: Question, can_go_back: bool) -> InlineKeyboardMarkup:
    rows = [[kb.button(option.text, "ta", question.id, option.id)] for option in question.options]
    controls = []
    if can_go_back:
        controls.append(kb.button(texts.BUTTON_BACK, "tb"))
    controls.append(kb.button(texts.TRIAGE_CANCEL_BUTTON, "tx"))
    rows.append(controls)
    return InlineKeyboardMarkup(rows)


def _question_text(svc: Services, question: Question, number: int) -> str:
    return f"{texts.TRIAGE_QUESTION_HEADER.format(number=number)}\n\n{render.esc(question.text)}"


def _result_markup(kb: Keyboards, result: TriageResult) -> InlineKeyboardMarkup:
    rows = [[kb.topic_button(topic_id)] for topic_id in result.topics[:4]]
    rows.append([kb.button(texts.TRIAGE_AGAIN_BUTTON, "tr"), kb.button(texts.BUTTON_MENU, "m")])
    return InlineKeyboardMarkup(rows)


async def _ask_next(update: Update, context: Context, *, fresh: bool) -> int:
    svc = services(context)
    state = _state(context)
    answers: dict[str, str] = state["answers"]
    question = svc.triage.next_question(answers)
    result = svc.triage.evaluate(answers)
    kb = keyboards(update, context)
    if question is None or result.done:
        # Stored first: once the user sees the result, /triage last must find it.
        await _store(update, svc, result)
        _reset(context)
        text = render.triage_result(result, svc.content)
        markup = _result_markup(kb, result)
        await (send(update, context, text, markup) if fresh else show(update, text, markup))
        return ConversationHandler.END
    state["current"] = question.id
    text = _question_text(svc, question, len(state["order"]) + 1)
    markup = _question_markup(kb, question, can_go_back=bool(state["order"]))
    if fresh:
        await send(update, context, text, markup)
    else:
        await show(update, text, markup)
    return ASKING


async def _store(update: Update, svc: Services, result: TriageResult) -> None:
    user = update.effective_user
    if user is None:
        return
    async with svc.db.session.begin() as session:
        await save_triage_result(session, user.id, result.level, list(result.reasons), svc.clock())
    log.info("triage finished: level %s", result.level)


async def _redirect_to_private(update: Update, context: Context) -> int:
    username = context.bot.username
    link = f"https://t.me/{username}?start={DEEP_LINK_PAYLOAD}"
    markup = InlineKeyboardMarkup([[InlineKeyboardButton(texts.TRIAGE_OPEN_PRIVATE, url=link)]])
    if update.callback_query is not None:
        await update.callback_query.answer()
    await reply(update, texts.TRIAGE_GROUP_REDIRECT, markup)
    return ConversationHandler.END


async def start_triage(update: Update, context: Context) -> int:
    if in_group(update):
        return await _redirect_to_private(update, context)
    if update.callback_query is not None:
        await update.callback_query.answer()
    _reset(context)
    svc = services(context)
    await send(update, context, render.esc(svc.triage.flow.intro))
    return await _ask_next(update, context, fresh=True)


async def triage_command(update: Update, context: Context) -> int:
    if context.args and context.args[0].lower() == "last" and not in_group(update):
        await _show_last(update, context)
        return ConversationHandler.END
    return await start_triage(update, context)


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


async def answer_button(update: Update, context: Context) -> int:
    query = update.callback_query
    assert query is not None
    svc = services(context)
    state = _state(context)
    question_id, option_id = (context.args or ["", ""])[:2] + [""] * (2 - len(context.args or []))
    if question_id != state.get("current") or not svc.triage.validate_answer(
        question_id, option_id
    ):
        # A tap on an old question message: the conversation has moved on.
        await query.answer(texts.TRIAGE_STALE_ANSWER)
        return ASKING
    await query.answer()
    state["answers"][question_id] = option_id
    state["order"].append(question_id)
    return await _ask_next(update, context, fresh=False)


async def back_button(update: Update, context: Context) -> int:
    query = update.callback_query
    assert query is not None
    await query.answer()
    state = _state(context)
    if state["order"]:
        previous = state["order"].pop()
        state["answers"].pop(previous, None)
    return await _ask_next(update, context, fresh=False)


async def cancel(update: Update, context: Context) -> int:
    _reset(context)
    if update.callback_query is not None:
        await update.callback_query.answer()
        await show(update, texts.TRIAGE_CANCELLED)
    else:
        await reply(update, texts.TRIAGE_CANCELLED)
    return ConversationHandler.END


async def nothing_to_cancel(update: Update, context: Context) -> None:
    await reply(update, texts.TRIAGE_NOTHING_TO_CANCEL)


async def typed_instead_of_tapped(update: Update, context: Context) -> int:
    """Free text mid-triage: red flags still win; otherwise a gentle re-ask."""
    message = update.effective_message
    svc = services(context)
    if message is not None and message.text:
        answer = svc.assistant.red_flag(message.text)
        if answer is not None:
            await reply(
                update,
                render.red_flag_advice(answer, svc.content),
                keyboards(update, context).after_red_flag(),
            )
            return ASKING
    await reply(update, texts.TRIAGE_TAP_A_BUTTON)
    return ASKING


async def timed_out(update: object, context: Context) -> None:
    if context.user_data is not None:
        context.user_data.pop(_STATE_KEY, None)
    if isinstance(update, Update) and update.effective_chat is not None:
        await context.bot.send_message(update.effective_chat.id, texts.TRIAGE_TIMED_OUT)


def triage_conversation(svc: Services) -> ConversationHandler[Context]:
    signer = svc.signer
    private = filters.ChatType.PRIVATE
    deep_link = filters.Regex(rf"^/start(@\w+)?\s+{DEEP_LINK_PAYLOAD}\s*$")
    entry_points: list[Any] = [
        CommandHandler("triage", triage_command, filters=filters.UpdateType.MESSAGE),
        CommandHandler("start", start_triage, filters=private & deep_link),
        SignedButtonHandler(signer, {"tr"}, start_triage),
    ]
    with warnings.catch_warnings():
        # PTB warns that per_message=False doesn't tie buttons to one message. That is the
        # intent: one triage per user, and answer buttons carry their question id.
        warnings.filterwarnings("ignore", message="If 'per_message=False'")
        return _conversation(entry_points, signer, private, svc.settings.triage_timeout_seconds)


def _conversation(
    entry_points: list[Any], signer: CallbackSigner, private: filters.BaseFilter, timeout: int
) -> ConversationHandler[Context]:
    return ConversationHandler(
        entry_points=entry_points,
        states={
            ASKING: [
                SignedButtonHandler(signer, {"ta"}, answer_button),
                SignedButtonHandler(signer, {"tb"}, back_button),
                SignedButtonHandler(signer, {"tx"}, cancel),
                MessageHandler(private & filters.TEXT & ~filters.COMMAND, typed_instead_of_tapped),
            ],
            ConversationHandler.TIMEOUT: [TypeHandler(Update, timed_out)],
        },
        fallbacks=[CommandHandler("cancel", cancel)],
        conversation_timeout=timeout,
        allow_reentry=True,
        name="triage",
    )
