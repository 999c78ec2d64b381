"""/setup: a group's admins choose its profile, time zone, reminders and (in a forum) the
topic reminders are posted in, with buttons on one panel or typed (/setup timezone Lisbon).

Every change, typed or tapped, goes ahead only after Telegram confirms at that moment that
the person is an admin of the group (bot/admin_rights.py). The panel's buttons are signed
for this group's chat id, so one copied into another chat is refused; any current admin
may press them, and anyone else gets an alert and changes nothing. The changes are
scheduler/chat_settings.py's and scheduler/reminder_changes.py's; the answer comes after.
"""

from __future__ import annotations

import functools
from typing import cast

from telegram import InlineKeyboardMarkup, Message, Update

from bot import render, texts
from bot.admin_rights import sender_is_admin, user_is_admin
from bot.buttons import Callback, button_arg, kind_arg
from bot.group_view import group_summary, profile_label
from bot.replies import chat_ref, in_group, keyboards, reply, show
from bot.schedule_words import (
    DAY_PRESETS,
    EVERY_DAY,
    WEEKDAYS,
    WEEKENDS,
    describe_schedule,
    keep_both_command,
    profile_of,
)
from bot.services import Context, Services, services
from bot.setup_panel import (
    COMMON_ZONES,
    Place,
    kind_menu,
    panel_markup,
    panel_text,
    shown_zone,
    zone_markup,
)
from scheduler import chat_settings, reminder_changes
from scheduler.chat_ref import chat_with_subscriptions
from scheduler.clock_words import ParseError
from scheduler.parsing import SetEvery, SetTimes, TurnOff, parse_remind
from scheduler.planning import PROFILES, Profile, Schedule, known_zones
from scheduler.timezones import ZoneMatch, describe_zone, resolve_zone

SUGGESTED_DAYS = {"daily": EVERY_DAY, "weekdays": WEEKDAYS, "weekends": WEEKENDS}
_TYPED_TEXT_LIMIT = 100


async def _panel(
    update: Update, context: Context, place: Place
) -> tuple[str, InlineKeyboardMarkup]:
    svc = services(context)
    chat, subs = await chat_with_subscriptions(svc.db, chat_ref(update), svc.clock())
    kb = keyboards(update, context)
    return panel_text(svc.groups, chat, subs, place), panel_markup(kb, chat, subs, place)


def _suggested(svc: Services, profile: str) -> list[Schedule]:
    return [
        Schedule(offer.kind, offer.local_times(), SUGGESTED_DAYS[offer.days])
        for offer in svc.groups.of(profile).suggested
    ]


def _zone_saved(svc: Services, zone: str) -> str:
    return texts.SETUP_SAVED_ZONE.format(zone=render.esc(describe_zone(zone, svc.clock())))


# -- /setup typed -------------------------------------------------------------------------


async def setup_command(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None:
        return
    if not in_group(update):
        await reply(update, texts.SETUP_IN_PRIVATE)
        return
    if not await sender_is_admin(context.bot, message):
        await reply(update, texts.SETUP_ONLY_ADMINS)
        return
    place = Place.of(message)
    args = list(context.args or [])
    if not args:
        text, markup = await _panel(update, context, place)
        await reply(update, text, markup)
        return
    # A typed change is answered with what changed, in a line: the whole panel again
    # after every typed command would fill the group. /setup alone shows the panel.
    note = await _typed(update, context, args, place)
    if note is not None:
        await reply(update, note)


async def _typed(update: Update, context: Context, args: list[str], place: Place) -> str | None:
    """Apply a typed change; returns the line that says what changed, or None when the
    answer was already sent (a question back, or how to type it)."""
    svc = services(context)
    what, rest = args[0].lower()[:20], args[1:]
    if what == "profile" and len(rest) == 1 and rest[0].lower() in PROFILES:
        profile = cast(Profile, rest[0].lower())
        await chat_settings.set_profile(svc.db, chat_ref(update), profile, svc.clock())
        return texts.SETUP_SAVED_PROFILE.format(profile=profile_label(profile))
    if what in ("timezone", "zone") and rest:
        return await _typed_zone(update, context, " ".join(rest)[:_TYPED_TEXT_LIMIT])
    if what == "remind" and rest:
        return await _typed_reminder(update, context, rest)
    if what == "here":
        if not place.forum:
            await reply(update, texts.SETUP_NOT_A_FORUM)
            return None
        await chat_settings.post_in(svc.db, chat_ref(update), place.thread_id, svc.clock())
        return texts.SETUP_SAVED_HERE
    await reply(update, texts.SETUP_USAGE)
    return None


async def _typed_zone(update: Update, context: Context, text: str) -> str | None:
    svc = services(context)
    found = resolve_zone(text, utc_now=svc.clock())
    if isinstance(found, ZoneMatch):
        await chat_settings.set_zone(svc.db, chat_ref(update), found.zone, svc.clock())
        return _zone_saved(svc, found.zone)
    kb = keyboards(update, context)
    if found.zones:
        await reply(update, texts.SETUP_ZONE_SUGGEST, zone_markup(kb, found.zones[:6]))
    else:
        await reply(update, texts.SETUP_ZONE_UNKNOWN.format(text=render.esc(text[:40])))
    return None


async def _typed_reminder(update: Update, context: Context, words: list[str]) -> str | None:
    svc = services(context)
    try:
        command = parse_remind(words)
    except ParseError as error:
        await reply(update, render.esc(error.problem))
        return None
    if isinstance(command, SetTimes | SetEvery):
        schedule = command.to_schedule()
        saved = await reminder_changes.save_schedule(
            svc.db, chat_ref(update), schedule, svc.clock(), create=True
        )
        label, summary = texts.KIND_LABELS[schedule.kind], describe_schedule(schedule)
        old = saved.replaced
        if old is None or old == schedule:
            return texts.SETUP_SAVED_REMINDER.format(label=label, summary=summary)
        # A typed schedule replaces the kind's schedule: say so, and how to keep both.
        note = texts.SETUP_REPLACED_REMINDER.format(
            label=label, old=describe_schedule(old), summary=summary
        )
        both = keep_both_command("/setup remind", old, schedule)
        if both is not None:
            note += " " + texts.SETUP_KEEP_BOTH.format(command=render.esc(both))
        return note
    if isinstance(command, TurnOff):
        await reminder_changes.turn_off(
            svc.db, chat_ref(update), command.kind, svc.clock(), create=True
        )
        return texts.REMIND_TURNED_OFF.format(label=texts.KIND_LABELS[command.kind])
    await reply(update, texts.SETUP_REMIND_KINDS_ONLY)
    return None


# -- setup buttons ------------------------------------------------------------------------


def _admins_only(
    pressed: Callback[None],
) -> Callback[None]:
    """A panel button: pressed in a group, by someone Telegram says is an admin now."""

    @functools.wraps(pressed)
    async def checked(update: Update, context: Context) -> None:
        query, chat = update.callback_query, update.effective_chat
        assert query is not None and chat is not None
        if not in_group(update) or not isinstance(query.message, Message):
            await query.answer()
            return
        if not await user_is_admin(context.bot, chat.id, query.from_user.id):
            await query.answer(texts.SETUP_ALERT_NOT_ADMIN, show_alert=True)
            return
        await pressed(update, context)

    return checked


def _place(update: Update) -> Place:
    assert update.callback_query is not None
    assert isinstance(update.callback_query.message, Message)
    return Place.of(update.callback_query.message)


async def _show_panel(update: Update, context: Context, toast: str = "") -> None:
    assert update.callback_query is not None
    await update.callback_query.answer(toast[:200] or None)
    text, markup = await _panel(update, context, _place(update))
    await show(update, text, markup)


@_admins_only
async def panel_button(update: Update, context: Context) -> None:
    await _show_panel(update, context)


@_admins_only
async def profile_button(update: Update, context: Context) -> None:
    profile = button_arg(context, 0)
    if profile not in PROFILES:
        await _show_panel(update, context)
        return
    svc = services(context)
    await chat_settings.set_profile(svc.db, chat_ref(update), profile, svc.clock())
    saved = texts.SETUP_SAVED_PROFILE.format(profile=profile_label(profile))
    await _show_panel(update, context, saved)


@_admins_only
async def zones_button(update: Update, context: Context) -> None:
    assert update.callback_query is not None
    await update.callback_query.answer()
    svc = services(context)
    chat, _ = await chat_with_subscriptions(svc.db, chat_ref(update), svc.clock())
    text = texts.SETUP_ZONE_TITLE.format(zone=render.esc(shown_zone(chat)))
    await show(update, text, zone_markup(keyboards(update, context), COMMON_ZONES))


@_admins_only
async def zone_button(update: Update, context: Context) -> None:
    zone = button_arg(context, 0)
    if zone not in known_zones():
        await _show_panel(update, context)
        return
    svc = services(context)
    await chat_settings.set_zone(svc.db, chat_ref(update), zone, svc.clock())
    await _show_panel(update, context, render.to_plain_text(_zone_saved(svc, zone)))


@_admins_only
async def kind_button(update: Update, context: Context) -> None:
    kind = kind_arg(context)
    if kind is None:
        await _show_panel(update, context)
        return
    assert update.callback_query is not None
    await update.callback_query.answer()
    svc = services(context)
    chat, subs = await chat_with_subscriptions(svc.db, chat_ref(update), svc.clock())
    sub = next((s for s in subs if s.kind == kind), None)
    text, markup = kind_menu(keyboards(update, context), kind, sub, profile_of(chat))
    await show(update, text, markup)


@_admins_only
async def preset_button(update: Update, context: Context) -> None:
    svc = services(context)
    result = await reminder_changes.save_preset(
        svc.db,
        chat_ref(update),
        button_arg(context, 0),
        button_arg(context, 1),
        svc.clock(),
        create=True,
    )
    saved = isinstance(result, reminder_changes.Saved)
    await _show_panel(update, context, texts.SETTINGS_SAVED if saved else "")


@_admins_only
async def days_button(update: Update, context: Context) -> None:
    svc = services(context)
    kind, days = button_arg(context, 0), DAY_PRESETS.get(button_arg(context, 1))
    result = await reminder_changes.save_days(
        svc.db, chat_ref(update), kind, days, svc.clock(), create=True
    )
    saved = isinstance(result, reminder_changes.Saved)
    await _show_panel(update, context, texts.SETTINGS_SAVED if saved else "")


@_admins_only
async def off_button(update: Update, context: Context) -> None:
    kind = kind_arg(context)
    if kind is None:
        await _show_panel(update, context)
        return
    svc = services(context)
    await reminder_changes.turn_off(svc.db, chat_ref(update), kind, svc.clock(), create=True)
    await _show_panel(
        update, context, texts.REMIND_TURNED_OFF.format(label=texts.KIND_LABELS[kind])
    )


@_admins_only
async def suggested_button(update: Update, context: Context) -> None:
    svc = services(context)
    ref = chat_ref(update)
    chat, _ = await chat_with_subscriptions(svc.db, ref, svc.clock())
    schedules = _suggested(svc, chat.profile)
    await reminder_changes.save_schedules(svc.db, ref, schedules, svc.clock(), create=True)
    await _show_panel(update, context, texts.SETUP_SAVED_SUGGESTED)


@_admins_only
async def here_button(update: Update, context: Context) -> None:
    place = _place(update)
    if not place.forum:
        await _show_panel(update, context)
        return
    svc = services(context)
    await chat_settings.post_in(svc.db, chat_ref(update), place.thread_id, svc.clock())
    await _show_panel(update, context, texts.SETUP_SAVED_HERE)


@_admins_only
async def done_button(update: Update, context: Context) -> None:
    assert update.callback_query is not None
    await update.callback_query.answer()
    svc = services(context)
    chat, subs = await chat_with_subscriptions(svc.db, chat_ref(update), svc.clock())
    summary = group_summary(chat, subs, svc.groups, forum=_place(update).forum)
    await show(update, f"{texts.SETUP_SAVED_DONE}\n\n{summary}")
