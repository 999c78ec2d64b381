"""The weekly summary's switch in /diary: its buttons (day, time, off), the typed
`/diary summary sun 19:00` and `/diary summary off`, and the "stop" button on a summary
that was sent. What changes is diary/weekly_setting.py's; this module only translates."""

from __future__ import annotations

from datetime import time
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot import render
from bot.buttons import Action, button_arg
from bot.keyboards import Keyboards
from bot.replies import chat_ref, keyboards, reply, show
from bot.schedule_words import local_when
from bot.services import Context, services
from diary import wording
from diary.weekly_setting import (
    TIME_CHOICES,
    Problems,
    Setting,
    ShowSetting,
    TurnOff,
    read_summary,
    setting_of,
    switch_off,
    switch_on,
)
from scheduler.chat_ref import ChatGone
from scheduler.timezones import zone_label

CHECK = "✓ "


def _at_arg(raw: str) -> time | None:
    """A time button's "HHMM", if it is one the menu offers."""
    return next((at for at in TIME_CHOICES if f"{at:%H%M}" == raw), None)


def state_text(setting: Setting) -> str:
    """'Sun 19:00' or 'off', for the diary's button."""
    if setting.day is None or setting.at is None:
        return wording.SUMMARY_STATE_OFF
    return f"{wording.WEEKDAYS[setting.day]} {setting.at:%H:%M}"


def menu_text(setting: Setting, note: str = "") -> str:
    lines = [note, ""] if note else []
    lines += [wording.SUMMARY_MENU_TITLE, wording.SUMMARY_MENU_ABOUT, ""]
    if setting.day is None or setting.at is None:
        lines.append(wording.SUMMARY_MENU_OFF)
    else:
        words = {"day": wording.DAY_NAMES[setting.day], "time": f"{setting.at:%H:%M}"}
        if setting.never:
            lines.append(wording.SUMMARY_MENU_NEVER.format(**words))
        else:
            lines.append(
                wording.SUMMARY_MENU_ON.format(
                    **words,
                    zone=render.esc(zone_label(setting.zone)),
                    next=local_when(setting.zone, setting.next_due),
                )
            )
    if not setting.zone_set:
        lines.append(wording.SUMMARY_MENU_ZONE_UNSET)
    lines += ["", wording.SUMMARY_MENU_TYPED]
    return "\n".join(lines)


def menu_markup(kb: Keyboards, setting: Setting) -> InlineKeyboardMarkup:
    def marked(label: str, chosen: bool) -> str:
        return CHECK + label if chosen else label

    days = [
        kb.button(marked(name, day == setting.day), Action.DIARY_SUMMARY_DAY, day)
        for day, name in enumerate(wording.WEEKDAYS)
    ]
    times = [
        kb.button(marked(f"{at:%H:%M}", at == setting.at), Action.DIARY_SUMMARY_TIME, f"{at:%H%M}")
        for at in TIME_CHOICES
    ]
    rows: list[list[InlineKeyboardButton]] = [days, times[:3], times[3:]]
    if setting.on:
        rows.append([kb.button(wording.BUTTON_SUMMARY_OFF, Action.DIARY_SUMMARY_OFF)])
    rows.append([kb.button(wording.BUTTON_BACK_TO_DIARY, Action.DIARY_BACK)])
    return InlineKeyboardMarkup(rows)


async def summary_button_row(update: Update, context: Context) -> list[InlineKeyboardButton]:
    """The diary's "Weekly summary" button, with its state."""
    svc = services(context)
    try:
        setting = await setting_of(svc.db, chat_ref(update), svc.clock(), create=False)
        state = state_text(setting)
    except ChatGone:  # nothing stored yet: it is off
        state = wording.SUMMARY_STATE_OFF
    label = f"{wording.BUTTON_SUMMARY}: {state}"
    return [keyboards(update, context).button(label, Action.DIARY_SUMMARY_MENU)]


async def summary_command(update: Update, context: Context, args: list[str]) -> None:
    """`/diary summary [...]`, in a private chat (diary_command checked)."""
    svc = services(context)
    ref, now, kb = chat_ref(update), svc.clock(), keyboards(update, context)
    command = read_summary(args)
    if isinstance(command, Problems):
        problems = "\n".join(render.esc(problem) for problem in command.found)
        await reply(
            update,
            f"{problems}\n{wording.SUMMARY_NOTHING_CHANGED}\n\n{wording.SUMMARY_USAGE}",
        )
        return
    if isinstance(command, ShowSetting):
        setting = await setting_of(svc.db, ref, now, create=True)
        await reply(update, menu_text(setting), menu_markup(kb, setting))
        return
    if isinstance(command, TurnOff):
        was_on = await switch_off(svc.db, ref, now, create=True)
        await reply(update, wording.SUMMARY_TURNED_OFF if was_on else wording.SUMMARY_WAS_OFF)
        return
    setting = await switch_on(svc.db, ref, command.day, command.at, now, create=True)
    await reply(update, menu_text(setting, _saved_note(setting)), menu_markup(kb, setting))


def _saved_note(setting: Setting) -> str:
    assert setting.day is not None and setting.at is not None
    return wording.SUMMARY_SAVED.format(
        day=wording.DAY_NAMES[setting.day], time=f"{setting.at:%H:%M}"
    )


# -- buttons -------------------------------------------------------------------------------


async def _show_menu(update: Update, context: Context, setting: Setting) -> None:
    await show(update, menu_text(setting), menu_markup(keyboards(update, context), setting))


async def menu_button(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    svc = services(context)
    await query.answer()
    await _show_menu(
        update, context, await setting_of(svc.db, chat_ref(update), svc.clock(), create=False)
    )


async def _switch_on_pressed(
    update: Update, context: Context, day: int | None, at: time | None
) -> None:
    query = update.callback_query
    assert query is not None
    if day is None and at is None:  # not a choice the menu offers
        await query.answer()
        return
    svc = services(context)
    setting = await switch_on(svc.db, chat_ref(update), day, at, svc.clock(), create=False)
    await query.answer(_saved_note(setting))
    await _show_menu(update, context, setting)


async def day_button(update: Update, context: Context) -> None:
    raw = button_arg(context, 0)
    day = int(raw) if raw in {str(d) for d in range(7)} else None
    await _switch_on_pressed(update, context, day, None)


async def time_button(update: Update, context: Context) -> None:
    await _switch_on_pressed(update, context, None, _at_arg(button_arg(context, 0)))


async def off_button(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    svc = services(context)
    ref, now = chat_ref(update), svc.clock()
    await switch_off(svc.db, ref, now, create=False)
    await query.answer(wording.SUMMARY_TURNED_OFF)
    await _show_menu(update, context, await setting_of(svc.db, ref, now, create=False))


async def stop_button(update: Update, context: Context) -> None:
    """On a sent summary: off, and the summary keeps its text without the button."""
    query = update.callback_query
    assert query is not None and query.message is not None
    svc = services(context)
    await switch_off(svc.db, chat_ref(update), svc.clock(), create=False)
    await query.answer()
    message: Any = query.message
    original = message.text_html if getattr(message, "text", None) else ""
    await show(update, f"{original}\n\n{wording.SUMMARY_STOPPED}", None)
