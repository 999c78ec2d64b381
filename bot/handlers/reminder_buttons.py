"""Done, Snooze and Skip today on a sent reminder. What each does is
scheduler/reminder_actions.py's, in one transaction; the answer comes after it closed."""

from __future__ import annotations

from typing import Any

from telegram import CallbackQuery, Update

from bot import render, texts
from bot.replies import in_group, show
from bot.schedule_words import local_when
from bot.services import Context, services
from scheduler import reminder_actions

REFUSALS = (reminder_actions.Gone, reminder_actions.AlreadyDone, reminder_actions.AlreadySnoozed)
Refusal = reminder_actions.Gone | reminder_actions.AlreadyDone | reminder_actions.AlreadySnoozed


def _delivery_arg(context: Context) -> int | None:
    raw = context.args[0] if context.args else ""
    return int(raw) if raw.isdigit() and len(raw) < 19 else None


async def _close_reminder(update: Update, note: str) -> None:
    """Append what happened to the reminder; its buttons go away."""
    query = update.callback_query
    assert query is not None and query.message is not None
    message: Any = query.message
    original = message.text_html if getattr(message, "text", None) else ""
    await show(update, f"{original}\n\n{render.esc(note)}", None)


async def _answer_refusal(query: CallbackQuery, refusal: Refusal) -> None:
    """Why a button on a reminder changed nothing: gone and already done as an alert."""
    if isinstance(refusal, reminder_actions.Gone):
        await query.answer(texts.REMINDER_GONE, show_alert=True)
    elif isinstance(refusal, reminder_actions.AlreadyDone):
        await query.answer(texts.REMINDER_ALREADY_DONE_NO_CHANGE, show_alert=True)
    else:
        await query.answer(texts.REMINDER_ALREADY_SNOOZED)


async def _private_press(update: Update, context: Context) -> tuple[CallbackQuery, int] | None:
    """The query and chat id of Snooze or Skip; None, having answered, in a group: they
    were taken off groups' reminders (one sent before still has them), since they would
    change the group's reminders for everyone, which only its admins do (/setup)."""
    query, chat = update.callback_query, update.effective_chat
    assert query is not None and chat is not None
    if in_group(update):
        await query.answer(texts.GROUP_REMINDER_ADMINS_ONLY, show_alert=True)
        return None
    return query, chat.id


async def done_button(update: Update, context: Context) -> None:
    query, user, chat = update.callback_query, update.effective_user, update.effective_chat
    assert query is not None and user is not None and chat is not None
    svc = services(context)
    delivery_id = _delivery_arg(context)
    result = (
        await reminder_actions.mark_done(svc.db, delivery_id, chat.id, user.id, svc.clock())
        if delivery_id
        else reminder_actions.Gone()
    )
    if isinstance(result, REFUSALS):
        await _answer_refusal(query, result)
        return
    if result.count is None:
        await query.answer(texts.REMINDER_ALREADY_DONE)
        return
    note = (
        texts.REMINDER_DONE_HYDRATION.format(count=result.count, goal=result.goal)
        if result.kind == "hydration"
        else texts.REMINDER_DONE_NOTE
    )
    await query.answer(note)
    if not in_group(update):
        await _close_reminder(update, note)


async def snooze_button(update: Update, context: Context) -> None:
    pressed = await _private_press(update, context)
    if pressed is None:
        return
    (query, chat_id), svc, delivery_id = pressed, services(context), _delivery_arg(context)
    minutes_raw = context.args[1] if context.args and len(context.args) > 1 else ""
    minutes = int(minutes_raw) if minutes_raw.isdigit() else 0
    if delivery_id is None or minutes not in reminder_actions.SNOOZE_MINUTES:
        await query.answer()
        return
    result = await reminder_actions.snooze(svc.db, delivery_id, chat_id, minutes, svc.clock())
    if isinstance(result, REFUSALS):
        await _answer_refusal(query, result)
        return
    if result.due == result.asked:
        note = texts.REMINDER_SNOOZED.format(time=local_when(result.zone, result.due).split()[-1])
    else:
        note = texts.REMINDER_SNOOZED_PAST_QUIET.format(
            asked=local_when(result.zone, result.asked).split()[-1],
            time=local_when(result.zone, result.due),
        )
    await query.answer(note)
    await _close_reminder(update, note)


async def skip_button(update: Update, context: Context) -> None:
    pressed = await _private_press(update, context)
    if pressed is None:
        return
    (query, chat_id), svc, delivery_id = pressed, services(context), _delivery_arg(context)
    result = (
        await reminder_actions.skip_rest_of_day(svc.db, delivery_id, chat_id, svc.clock())
        if delivery_id
        else reminder_actions.Gone()
    )
    if isinstance(result, REFUSALS):
        await _answer_refusal(query, result)
        return
    await query.answer(texts.REMINDER_SKIPPED)
    await _close_reminder(update, texts.REMINDER_SKIPPED)
