"""/remind (menu and typed shortcuts), /stop, and the menu's buttons. The changes are
scheduler/reminder_changes.py's; the answer is sent once their transaction has closed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from telegram import InlineKeyboardMarkup, Update

from bot import render, texts
from bot.buttons import button_arg, kind_arg
from bot.keyboards import Keyboards
from bot.private_chat import personal
from bot.reminder_views import (
    PAUSE_CHOICES,
    kind_markup,
    menu_markup,
    menu_text,
    next_text,
    quiet_warning,
    quiet_way_out,
)
from bot.replies import chat_ref, keyboards, reply, show
from bot.schedule_words import (
    DAY_PRESETS,
    describe_schedule,
    keep_both_command,
    local_when,
    profile_of,
)
from bot.services import Context, Services, services
from scheduler import reminder_changes
from scheduler.chat_ref import chat_with_subscriptions
from scheduler.clock_words import ParseError
from scheduler.parsing import (
    ListReminders,
    Pause,
    RemindCommand,
    Resume,
    SetEvery,
    SetTimes,
    ShowMenu,
    StopAll,
    TurnOff,
    parse_remind,
)
from scheduler.planning import Kind
from scheduler.subscriptions import schedule_of


@dataclass(frozen=True)
class Answer:
    """What a change to the reminders answers: text (HTML), and buttons when there is a
    way out to offer (a reminder that quiet hours would skip)."""

    text: str
    markup: InlineKeyboardMarkup | None = None


async def _show_menu(update: Update, context: Context, *, edit: bool) -> None:
    svc = services(context)
    chat, subs = await chat_with_subscriptions(
        svc.db, chat_ref(update), svc.clock(), create=not edit
    )
    text, markup = menu_text(chat, subs), menu_markup(keyboards(update, context), chat, subs)
    if edit:
        await show(update, text, markup)
    else:
        await reply(update, text, markup)


def _saved_answer(kb: Keyboards, saved: reminder_changes.Saved, *, typed: bool) -> Answer:
    """What a saved schedule answers: what it replaced (when typed: a button shows the
    kind's current schedule right above it), and a warning, with ways out, when quiet
    hours would skip some of its times."""
    chat, schedule, old = saved.chat, saved.schedule, saved.replaced
    label = texts.KIND_LABELS[schedule.kind]
    summary, upcoming = describe_schedule(schedule), next_text(chat, saved.subscription)
    if typed and old is not None and old != schedule:
        message = texts.REMIND_REPLACED.format(
            label=label, old=describe_schedule(old), summary=summary, next=upcoming
        )
        both = keep_both_command("/remind", old, schedule)
        if both is not None:
            message += "\n" + texts.REMIND_KEEP_BOTH.format(command=render.esc(both))
    else:
        message = texts.REMIND_SAVED.format(label=label, summary=summary, next=upcoming)
    if not chat.timezone_set:
        message += "\n" + texts.REMIND_ZONE_UNSET
    warning = quiet_warning(chat, schedule)
    if warning is None:
        return Answer(message)
    message += f"\n\n{warning}\n{texts.REMIND_QUIET_WAY_OUT}"
    # /remind saves reminders only (the diary's weekly summary is set from /diary).
    return Answer(message, quiet_way_out(kb, cast(Kind, schedule.kind)))


async def apply_command(
    svc: Services, update: Update, kb: Keyboards, command: RemindCommand, *, create: bool = True
) -> Answer | None:
    """Carry out a parsed /remind; returns the answer, or None to show the menu. From a
    button (create=False) it acts only on a chat that still exists (else ChatGone)."""
    ref, now = chat_ref(update), svc.clock()
    if isinstance(command, ShowMenu | ListReminders):
        return None
    if isinstance(command, SetTimes | SetEvery):
        schedule = command.to_schedule()
        saved = await reminder_changes.save_schedule(svc.db, ref, schedule, now, create=create)
        return _saved_answer(kb, saved, typed=True)
    if isinstance(command, TurnOff):
        done = await reminder_changes.turn_off(svc.db, ref, command.kind, now, create=create)
        off = texts.REMIND_TURNED_OFF if done else texts.REMIND_NOTHING_TO_TURN_OFF
        return Answer(off.format(label=texts.KIND_LABELS[command.kind]))
    if isinstance(command, StopAll):
        await reminder_changes.stop_all(svc.db, ref, now, create=create)
        return Answer(texts.REMIND_STOPPED_ALL)
    if isinstance(command, Pause):
        paused = await reminder_changes.pause(svc.db, ref, command.days, now, create=create)
        until = local_when(paused.chat.timezone, paused.chat.paused_until)
        return Answer(texts.REMIND_PAUSED_FOR.format(days=paused.days, until=until))
    if isinstance(command, Resume):
        resumed = await reminder_changes.resume(svc.db, ref, now, create=create)
        return Answer(texts.REMIND_RESUMED if resumed.was_paused else texts.REMIND_NOT_PAUSED)
    raise AssertionError(f"unhandled command {command!r}")


@personal
async def remind_command(update: Update, context: Context) -> None:
    svc = services(context)
    try:
        command = parse_remind(list(context.args or []))
    except ParseError as error:
        await reply(update, render.esc(error.message))
        return
    answer = await apply_command(svc, update, keyboards(update, context), command)
    if answer is None:
        await _show_menu(update, context, edit=False)
    else:
        await reply(update, answer.text, answer.markup)


@personal
async def stop_command(update: Update, context: Context) -> None:
    kb = keyboards(update, context)
    answer = await apply_command(services(context), update, kb, StopAll())
    await reply(update, answer.text if answer else texts.REMIND_STOPPED_ALL)


# -- menu buttons -------------------------------------------------------------------------


async def menu_button(update: Update, context: Context) -> None:
    assert update.callback_query is not None
    svc = services(context)
    # ChatGone after /forget
    await chat_with_subscriptions(svc.db, chat_ref(update), svc.clock(), create=False)
    await update.callback_query.answer()
    await _show_menu(update, context, edit=True)


async def kind_button(update: Update, context: Context) -> None:
    assert update.callback_query is not None
    kind = kind_arg(context)
    svc = services(context)
    chat, subs = await chat_with_subscriptions(svc.db, chat_ref(update), svc.clock(), create=False)
    await update.callback_query.answer()
    if kind is None:
        return
    sub = next((s for s in subs if s.kind == kind), None)
    current = describe_schedule(schedule_of(sub)) if sub else texts.REMIND_OFF_LABEL
    text = texts.REMIND_KIND_TITLE.format(
        label=texts.KIND_LABELS[kind], current=current, example=texts.REMIND_EXAMPLES[kind]
    )
    kb = keyboards(update, context)
    await show(update, text, kind_markup(kb, kind, sub is not None, profile_of(chat)))


async def _saved_from_a_button(
    update: Update, context: Context, result: reminder_changes.Saved | reminder_changes.NoChange
) -> None:
    """Saved: the menu again; or, when quiet hours would skip it, why and the ways out."""
    query = update.callback_query
    assert query is not None
    if not isinstance(result, reminder_changes.Saved):
        await query.answer()
        return
    await query.answer(texts.SETTINGS_SAVED)
    if result.replaced == result.schedule:
        return  # a double tap: saved already, and the message shows it
    answer = _saved_answer(keyboards(update, context), result, typed=False)
    if answer.markup is not None:
        await show(update, answer.text, answer.markup)
    else:
        await _show_menu(update, context, edit=True)


async def preset_button(update: Update, context: Context) -> None:
    svc = services(context)
    result = await reminder_changes.save_preset(
        svc.db,
        chat_ref(update),
        button_arg(context, 0),
        button_arg(context, 1),
        svc.clock(),
        create=False,
    )
    await _saved_from_a_button(update, context, result)


async def days_button(update: Update, context: Context) -> None:
    svc = services(context)
    kind, days = button_arg(context, 0), DAY_PRESETS.get(button_arg(context, 1))
    result = await reminder_changes.save_days(
        svc.db, chat_ref(update), kind, days, svc.clock(), create=False
    )
    await _saved_from_a_button(update, context, result)


async def _menu_action(update: Update, context: Context, command: RemindCommand) -> None:
    query = update.callback_query
    assert query is not None
    kb = keyboards(update, context)
    answer = await apply_command(services(context), update, kb, command, create=False)
    await query.answer(render.to_plain_text(answer.text)[:200] if answer else None)
    await _show_menu(update, context, edit=True)


async def off_button(update: Update, context: Context) -> None:
    kind = kind_arg(context)
    if kind is None:
        assert update.callback_query is not None
        await update.callback_query.answer()
        return
    await _menu_action(update, context, TurnOff(kind))


async def pause_button(update: Update, context: Context) -> None:
    raw = button_arg(context, 0)
    days = int(raw) if raw.isdigit() and int(raw) in PAUSE_CHOICES else None
    if days is None:
        assert update.callback_query is not None
        await update.callback_query.answer()
        return
    await _menu_action(update, context, Pause(days))


async def resume_button(update: Update, context: Context) -> None:
    await _menu_action(update, context, Resume())


async def stop_all_button(update: Update, context: Context) -> None:
    await _menu_action(update, context, StopAll())
