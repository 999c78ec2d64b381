"""/setup: a group's admins choose its profile, time zone, reminders and (in a forum) the
topic reminders are posted in, with buttons on one panel or typed (/setup timezone Lisbon).

Every change, typed or tapped, goes ahead only after Telegram confirms at that moment that
the person is an admin of the group (bot/admin_rights.py). The panel's buttons are signed
for this group's chat id, so one copied into another chat is refused; any current admin
may press them, and anyone else gets an alert and changes nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from telegram import InlineKeyboardMarkup, Message, Update

from bot import render, texts
from bot.admin_rights import sender_is_admin, user_is_admin
from bot.handlers.common import Context, SignedButtonHandler, in_group, keyboards, reply, show
from bot.handlers.group_view import group_summary, profile_label, suggested_reminders
from bot.handlers.reminders import (
    DAY_PRESETS,
    EVERY_DAY,
    WEEKDAYS,
    WEEKENDS,
    _chat_row,
    describe_schedule,
    keep_both_command,
    preset_rows,
    profile_of,
)
from bot.keyboards import Keyboards
from bot.services import Services, services
from scheduler.parsing import ParseError, SetEvery, SetTimes, TurnOff, parse_remind
from scheduler.planning import KINDS, PROFILES, Kind, Profile, Schedule, known_zones
from scheduler.presets import preset_schedule
from scheduler.subscriptions import (
    ensure_chat,
    get_subscription,
    replan_chat,
    schedule_of,
    set_schedule,
    turn_off,
)
from scheduler.timezones import ZoneMatch, describe_zone, resolve_zone, zone_label
from storage.models import Chat, Subscription

# The zones offered as buttons; any other is typed (/setup timezone <city or zone>).
COMMON_ZONES = (
    "Europe/London",
    "Europe/Berlin",
    "Europe/Madrid",
    "Europe/Kyiv",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "America/Sao_Paulo",
    "Asia/Kolkata",
    "Asia/Tokyo",
    "Australia/Sydney",
    "UTC",
)
SUGGESTED_DAYS = {"daily": EVERY_DAY, "weekdays": WEEKDAYS, "weekends": WEEKENDS}
_TYPED_TEXT_LIMIT = 100


@dataclasses.dataclass(frozen=True)
class Place:
    """Where the panel is: in a forum, and in which topic (None: General or no forum)."""

    forum: bool
    thread_id: int | None

    @classmethod
    def of(cls, message: Message) -> Place:
        thread = message.message_thread_id if message.is_topic_message else None
        return cls(bool(message.chat.is_forum), thread)


# -- the panel ----------------------------------------------------------------------------


def _panel_text(svc: Services, chat: Chat, subs: list[Subscription], place: Place) -> str:
    return "\n\n".join(
        [
            texts.SETUP_TITLE,
            group_summary(chat, subs, svc.groups, forum=place.forum),
            suggested_reminders(chat.profile, svc.groups),
            texts.SETUP_FOOTER,
        ]
    )


def _panel_markup(
    kb: Keyboards, chat: Chat, subs: list[Subscription], place: Place
) -> InlineKeyboardMarkup:
    by_kind = {sub.kind: sub for sub in subs}
    profiles = [
        kb.button(
            texts.SETTINGS_BUTTON_PROFILE.format(
                mark="●" if chat.profile == p else "○", label=profile_label(p)
            ),
            "gp",
            p,
        )
        for p in PROFILES
    ]
    zone = zone_label(chat.timezone) if chat.timezone_set else "UTC"
    rows = [profiles, [kb.button(texts.SETUP_BUTTON_TIMEZONE.format(zone=zone), "gz")]]
    for kind in KINDS:
        sub = by_kind.get(kind)
        state = describe_schedule(schedule_of(sub)) if sub else texts.REMIND_OFF_LABEL
        label = texts.SETUP_BUTTON_KIND.format(label=texts.KIND_LABELS[kind], state=state)
        rows.append([kb.button(label[:60], "gk", kind)])
    rows.append([kb.button(texts.SETUP_BUTTON_SUGGESTED, "gd")])
    if place.forum:
        here = texts.SETUP_BUTTON_HERE if place.thread_id else texts.SETUP_BUTTON_GENERAL
        rows.append([kb.button(here, "gt")])
    rows.append([kb.button(texts.SETUP_BUTTON_DONE, "gx")])
    return InlineKeyboardMarkup(rows)


async def _panel(update: Update, context: Context, place: Place) -> tuple[str, Any]:
    svc = services(context)
    chat, subs = await _chat_row(svc, update)
    kb = keyboards(update, context)
    return _panel_text(svc, chat, subs, place), _panel_markup(kb, chat, subs, place)


def _zone_markup(kb: Keyboards, zones: tuple[str, ...] | list[str]) -> InlineKeyboardMarkup:
    buttons = [kb.button(zone_label(zone).replace("_", " "), "gzs", zone) for zone in zones]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    rows.append([kb.button(texts.BUTTON_BACK, "gs")])
    return InlineKeyboardMarkup(rows)


def _kind_menu(
    kb: Keyboards, kind: Kind, sub: Subscription | None, profile: Profile
) -> tuple[str, Any]:
    current = describe_schedule(schedule_of(sub)) if sub else texts.REMIND_OFF_LABEL
    text = texts.SETUP_KIND_TITLE.format(
        label=texts.KIND_LABELS[kind], current=current, example=texts.SETUP_KIND_EXAMPLES[kind]
    )
    # The same presets, labels and schedules as a private chat's, for the group's profile.
    rows = preset_rows(kb, kind, profile, "gkp")
    if sub is not None:
        days = (
            (texts.REMIND_DAYS_EVERY, "e"),
            (texts.REMIND_DAYS_WEEKDAYS, "w"),
            (texts.REMIND_DAYS_WEEKENDS, "k"),
        )
        rows.append([kb.button(label, "gkd", kind, key) for label, key in days])
        rows.append([kb.button(texts.REMIND_TURN_OFF, "gko", kind)])
    rows.append([kb.button(texts.BUTTON_BACK, "gs")])
    return text, InlineKeyboardMarkup(rows)


# -- changes ------------------------------------------------------------------------------


async def _change(svc: Services, update: Update, apply: Callable[..., Awaitable[Any]]) -> None:
    """Run `apply(session, chat, now)` on the group's row in one transaction."""
    ref = update.effective_chat
    assert ref is not None
    now = svc.clock()
    async with svc.db.session.begin() as session:
        chat = await ensure_chat(session, ref.id, ref.type, now)
        await apply(session, chat, now)
        chat.updated_at = now


def _set_profile(profile: Profile) -> Callable[..., Awaitable[None]]:
    async def apply(session: Any, chat: Chat, now: datetime) -> None:
        chat.profile = profile

    return apply


def _set_zone(zone: str) -> Callable[..., Awaitable[None]]:
    async def apply(session: Any, chat: Chat, now: datetime) -> None:
        chat.timezone, chat.timezone_set = zone, True
        await replan_chat(session, chat, now)

    return apply


def _set_schedules(*schedules: Schedule) -> Callable[..., Awaitable[None]]:
    async def apply(session: Any, chat: Chat, now: datetime) -> None:
        for schedule in schedules:
            await set_schedule(session, chat, schedule, now)

    return apply


def _turn_off(kind: Kind) -> Callable[..., Awaitable[None]]:
    async def apply(session: Any, chat: Chat, now: datetime) -> None:
        await turn_off(session, chat.chat_id, kind)

    return apply


def _post_in(thread_id: int | None) -> Callable[..., Awaitable[None]]:
    async def apply(session: Any, chat: Chat, now: datetime) -> None:
        chat.thread_id = thread_id

    return apply


def _suggested(svc: Services, profile: str) -> list[Schedule]:
    return [
        Schedule(offer.kind, offer.local_times(), SUGGESTED_DAYS[offer.days])
        for offer in svc.groups.of(profile).suggested
    ]


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
        profile: Profile = rest[0].lower()  # type: ignore[assignment]
        await _change(svc, update, _set_profile(profile))
        return texts.SETUP_SAVED_PROFILE.format(profile=profile_label(profile))
    if what in ("timezone", "zone") and rest:
        return await _typed_zone(update, context, " ".join(rest)[:_TYPED_TEXT_LIMIT])
    if what == "remind" and rest:
        return await _typed_reminder(update, context, rest)
    if what == "here":
        if not place.forum:
            await reply(update, texts.SETUP_NOT_A_FORUM)
            return None
        await _change(svc, update, _post_in(place.thread_id))
        return texts.SETUP_SAVED_HERE
    await reply(update, texts.SETUP_USAGE)
    return None


async def _typed_zone(update: Update, context: Context, text: str) -> str | None:
    svc = services(context)
    found = resolve_zone(text, utc_now=svc.clock())
    if isinstance(found, ZoneMatch):
        await _change(svc, update, _set_zone(found.zone))
        return _zone_saved(svc, found.zone)
    kb = keyboards(update, context)
    if found.zones:
        await reply(update, texts.SETUP_ZONE_SUGGEST, _zone_markup(kb, found.zones[:6]))
    else:
        await reply(update, texts.SETUP_ZONE_UNKNOWN.format(text=render.esc(text[:40])))
    return None


def _zone_saved(svc: Services, zone: str) -> str:
    return texts.SETUP_SAVED_ZONE.format(zone=render.esc(describe_zone(zone, svc.clock())))


async def _typed_reminder(update: Update, context: Context, words: list[str]) -> str | None:
    svc = services(context)
    try:
        command = parse_remind(words)
    except ParseError as error:
        await reply(update, render.esc(error.problem))
        return None
    if isinstance(command, SetTimes | SetEvery):
        schedule = command.to_schedule()
        old = await _current_schedule(svc, update, schedule.kind)
        await _change(svc, update, _set_schedules(schedule))
        label, summary = texts.KIND_LABELS[schedule.kind], describe_schedule(schedule)
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
        await _change(svc, update, _turn_off(command.kind))
        return texts.REMIND_TURNED_OFF.format(label=texts.KIND_LABELS[command.kind])
    await reply(update, texts.SETUP_REMIND_KINDS_ONLY)
    return None


async def _current_schedule(svc: Services, update: Update, kind: Kind) -> Schedule | None:
    ref = update.effective_chat
    assert ref is not None
    async with svc.db.session() as session:
        sub = await get_subscription(session, ref.id, kind)
        return schedule_of(sub) if sub is not None else None


# -- setup buttons ------------------------------------------------------------------------


async def setup_button(update: Update, context: Context) -> None:
    query, chat = update.callback_query, update.effective_chat
    assert query is not None and chat is not None
    if not in_group(update) or not isinstance(query.message, Message):
        await query.answer()
        return
    if not await user_is_admin(context.bot, chat.id, query.from_user.id):
        await query.answer(texts.SETUP_ALERT_NOT_ADMIN, show_alert=True)
        return
    action, *args = context.args or [""]
    pressed = _BUTTONS.get(action)
    if pressed is None:
        await query.answer()
        return
    await pressed(update, context, args, Place.of(query.message))


async def _show_panel(update: Update, context: Context, place: Place, toast: str = "") -> None:
    assert update.callback_query is not None
    await update.callback_query.answer(toast[:200] or None)
    text, markup = await _panel(update, context, place)
    await show(update, text, markup)


async def _panel_pressed(update: Update, context: Context, args: list[str], place: Place) -> None:
    await _show_panel(update, context, place)


async def _profile_pressed(update: Update, context: Context, args: list[str], place: Place) -> None:
    profile = args[0] if args else ""
    if profile not in PROFILES:
        await _show_panel(update, context, place)
        return
    await _change(services(context), update, _set_profile(profile))
    saved = texts.SETUP_SAVED_PROFILE.format(profile=profile_label(profile))
    await _show_panel(update, context, place, saved)


async def _zones_pressed(update: Update, context: Context, args: list[str], place: Place) -> None:
    assert update.callback_query is not None
    await update.callback_query.answer()
    chat, _ = await _chat_row(services(context), update)
    zone = zone_label(chat.timezone) if chat.timezone_set else "UTC"
    text = texts.SETUP_ZONE_TITLE.format(zone=render.esc(zone))
    await show(update, text, _zone_markup(keyboards(update, context), COMMON_ZONES))


async def _zone_pressed(update: Update, context: Context, args: list[str], place: Place) -> None:
    zone = args[0] if args else ""
    if zone not in known_zones():
        await _show_panel(update, context, place)
        return
    svc = services(context)
    await _change(svc, update, _set_zone(zone))
    await _show_panel(update, context, place, render.to_plain_text(_zone_saved(svc, zone)))


def _kind_of(args: list[str]) -> Kind | None:
    kind = args[0] if args else ""
    return kind if kind in KINDS else None


async def _kind_pressed(update: Update, context: Context, args: list[str], place: Place) -> None:
    kind = _kind_of(args)
    if kind is None:
        await _show_panel(update, context, place)
        return
    assert update.callback_query is not None
    await update.callback_query.answer()
    chat, subs = await _chat_row(services(context), update)
    sub = next((s for s in subs if s.kind == kind), None)
    text, markup = _kind_menu(keyboards(update, context), kind, sub, profile_of(chat))
    await show(update, text, markup)


async def _preset_pressed(update: Update, context: Context, args: list[str], place: Place) -> None:
    svc = services(context)
    kind = _kind_of(args)
    chat, _ = await _chat_row(svc, update)
    preset = args[1] if len(args) > 1 else ""
    schedule = preset_schedule(kind, preset, profile_of(chat)) if kind else None
    if schedule is not None:
        await _change(svc, update, _set_schedules(schedule))
    await _show_panel(update, context, place, texts.SETTINGS_SAVED if schedule else "")


async def _days_pressed(update: Update, context: Context, args: list[str], place: Place) -> None:
    svc = services(context)
    kind = _kind_of(args)
    days = DAY_PRESETS.get(args[1] if len(args) > 1 else "")
    _, subs = await _chat_row(svc, update)
    sub = next((s for s in subs if s.kind == kind), None)
    if sub is not None and days is not None:
        schedule = dataclasses.replace(schedule_of(sub), days=days)
        await _change(svc, update, _set_schedules(schedule))
    await _show_panel(update, context, place, texts.SETTINGS_SAVED if sub and days else "")


async def _off_pressed(update: Update, context: Context, args: list[str], place: Place) -> None:
    kind = _kind_of(args)
    if kind is not None:
        await _change(services(context), update, _turn_off(kind))
        toast = texts.REMIND_TURNED_OFF.format(label=texts.KIND_LABELS[kind])
        await _show_panel(update, context, place, toast)
        return
    await _show_panel(update, context, place)


async def _suggested_pressed(
    update: Update, context: Context, args: list[str], place: Place
) -> None:
    svc = services(context)
    chat, _ = await _chat_row(svc, update)
    await _change(svc, update, _set_schedules(*_suggested(svc, chat.profile)))
    await _show_panel(update, context, place, texts.SETUP_SAVED_SUGGESTED)


async def _here_pressed(update: Update, context: Context, args: list[str], place: Place) -> None:
    if not place.forum:
        await _show_panel(update, context, place)
        return
    await _change(services(context), update, _post_in(place.thread_id))
    await _show_panel(update, context, place, texts.SETUP_SAVED_HERE)


async def _done_pressed(update: Update, context: Context, args: list[str], place: Place) -> None:
    assert update.callback_query is not None
    await update.callback_query.answer()
    svc = services(context)
    chat, subs = await _chat_row(svc, update)
    summary = group_summary(chat, subs, svc.groups, forum=place.forum)
    await show(update, f"{texts.SETUP_SAVED_DONE}\n\n{summary}")


Pressed = Callable[[Update, Context, list[str], Place], Awaitable[None]]
_BUTTONS: dict[str, Pressed] = {
    "gs": _panel_pressed,
    "gp": _profile_pressed,
    "gz": _zones_pressed,
    "gzs": _zone_pressed,
    "gk": _kind_pressed,
    "gkp": _preset_pressed,
    "gkd": _days_pressed,
    "gko": _off_pressed,
    "gd": _suggested_pressed,
    "gt": _here_pressed,
    "gx": _done_pressed,
}
SETUP_ACTIONS = frozenset(_BUTTONS)


# -- reminders in a group ------------------------------------------------------------------


class GroupButtonHandler(SignedButtonHandler[None]):
    """Signed buttons pressed on a message in a group (not in a private chat)."""

    def check_update(self, update: object) -> bool | object | None:
        found = super().check_update(update)
        if found is None or not isinstance(update, Update) or not in_group(update):
            return None
        return found


async def group_reminder_unchangeable(update: Update, context: Context) -> None:
    """Snooze and Skip on a group's reminder sent before they were taken off: they would
    change the group's reminders for everyone, which only its admins do (/setup)."""
    assert update.callback_query is not None
    await update.callback_query.answer(texts.GROUP_REMINDER_ADMINS_ONLY, show_alert=True)
