"""What the /remind menu shows: the chat's reminders, one kind's presets, and the warning
(with ways out) when quiet hours would skip a reminder's times. HTML text and buttons;
bot/handlers/reminder_menu.py acts on the presses."""

from __future__ import annotations

from datetime import time

from telegram import InlineKeyboardMarkup

from bot import render, texts
from bot.buttons import Action
from bot.keyboards import Keyboards
from bot.schedule_words import days_row, describe_schedule, local_when, preset_rows
from scheduler.planning import KINDS, Kind, Profile, Schedule, skipped_times
from scheduler.subscriptions import quiet_of, schedule_of
from scheduler.timezones import zone_label
from storage.models import Chat, Subscription

PAUSE_CHOICES = (1, 3, 7)


def _times_list(times: tuple[time, ...]) -> str:
    shown = [f"{t:%H:%M}" for t in times]
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} and {shown[-1]}"


def next_text(chat: Chat, sub: Subscription) -> str:
    """When the reminder comes next, in the chat's local time ("never" when quiet hours
    skip all its times)."""
    if sub.next_due_at is None and skipped_times(schedule_of(sub), quiet_of(chat)):
        return texts.REMIND_NEXT_NEVER
    return local_when(chat.timezone, sub.next_due_at)


def menu_text(chat: Chat, subs: list[Subscription]) -> str:
    lines = [texts.REMIND_MENU_TITLE, ""]
    if not subs:
        lines.append(texts.REMIND_NONE)
    for sub in subs:
        label = texts.KIND_LABELS[sub.kind]
        schedule = describe_schedule(schedule_of(sub))
        lines.append(f"{label}: {schedule}, next {next_text(chat, sub)}")
    lines.append("")
    if chat.timezone_set:
        lines.append(texts.REMIND_ZONE_HINT.format(zone=render.esc(zone_label(chat.timezone))))
    else:
        lines.append(texts.REMIND_ZONE_UNSET)
    if chat.paused_until is not None:
        lines.append(texts.REMIND_PAUSED.format(until=local_when(chat.timezone, chat.paused_until)))
    return "\n".join(lines)


def menu_markup(kb: Keyboards, chat: Chat, subs: list[Subscription]) -> InlineKeyboardMarkup:
    by_kind = {sub.kind: sub for sub in subs}
    rows = []
    for kind in KINDS:
        sub = by_kind.get(kind)
        state = describe_schedule(schedule_of(sub)) if sub else texts.REMIND_OFF_LABEL
        label = f"{texts.KIND_LABELS[kind]}: {state}"[:60]
        rows.append([kb.button(label, Action.REMIND_KIND, kind)])
    if chat.paused_until is not None:
        rows.append([kb.button(texts.REMIND_RESUME, Action.REMIND_RESUME)])
    elif subs:
        rows.append(
            [
                kb.button(texts.REMIND_PAUSE.format(days=d), Action.REMIND_PAUSE, d)
                for d in PAUSE_CHOICES
            ]
        )
    if subs:
        rows.append([kb.button(texts.REMIND_STOP_ALL, Action.REMIND_STOP_ALL)])
    return InlineKeyboardMarkup(rows)


def kind_markup(
    kb: Keyboards, kind: Kind, subscribed: bool, profile: Profile
) -> InlineKeyboardMarkup:
    rows = preset_rows(kb, kind, profile, Action.REMIND_PRESET)
    if subscribed:
        rows.append(days_row(kb, kind, Action.REMIND_DAYS))
        rows.append([kb.button(texts.REMIND_TURN_OFF, Action.REMIND_OFF, kind)])
    rows.append([kb.button(texts.BUTTON_BACK, Action.REMIND_MENU)])
    return InlineKeyboardMarkup(rows)


def quiet_warning(chat: Chat, schedule: Schedule) -> str | None:
    """Why some or all of a schedule's times will not come (quiet hours that skip
    reminders), or None when they all come."""
    quiet = quiet_of(chat)
    skipped = skipped_times(schedule, quiet)
    if not skipped or quiet is None:
        return None
    hours = f"{quiet.start:%H:%M}–{quiet.end:%H:%M}"
    if len(skipped) == len(schedule.times):
        verb = "is" if len(skipped) == 1 else "are all"
        return texts.REMIND_QUIET_SKIPS_ALL.format(
            times=_times_list(skipped), verb=verb, quiet=hours
        )
    if len(skipped) == 1:
        return texts.REMIND_QUIET_SKIPS_ONE.format(time=_times_list(skipped), quiet=hours)
    return texts.REMIND_QUIET_SKIPS_SOME.format(times=_times_list(skipped), quiet=hours)


def quiet_way_out(kb: Keyboards, kind: Kind) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [kb.button(texts.REMIND_BUTTON_OTHER_TIME, Action.REMIND_KIND, kind)],
            [kb.button(texts.REMIND_BUTTON_QUIET_DEFER, Action.SETTINGS_QUIET_POLICY, "defer")],
            [kb.button(texts.REMIND_BUTTON_QUIET_CHANGE, Action.SETTINGS_OPEN)],
            [kb.button(texts.REMIND_BUTTON_MENU, Action.REMIND_MENU)],
        ]
    )
