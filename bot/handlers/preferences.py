"""/timezone, /settings, and progress (/today, /week)."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from datetime import time
from typing import Any

from telegram import (
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)

from bot import render, texts
from bot.charts import DayTotals, week_chart_png
from bot.handlers.common import Context, in_group, keyboards, reply, show
from bot.handlers.reminders import _private_only
from bot.keyboards import Keyboards
from bot.services import Services, services
from scheduler.parsing import ParseError, parse_quiet_hours
from scheduler.planning import PROFILES, known_zones, local_day
from scheduler.subscriptions import ensure_chat, replan_chat
from scheduler.timezones import (
    ZoneMatch,
    describe_zone,
    resolve_zone,
    zone_from_location,
    zones_for_local_time,
)
from storage.activity import day_totals, week_totals
from storage.models import Chat

QUIET_PRESETS = {
    "2207": (time(22), time(7)),
    "2308": (time(23), time(8)),
    "2106": (time(21), time(6)),
}
_TIME_LIKE = ("am", "pm", ":")


# -- time zone ----------------------------------------------------------------------------


async def _set_zone(svc: Services, update: Update, zone: str) -> str:
    chat = update.effective_chat
    assert chat is not None
    now = svc.clock()
    async with svc.db.session.begin() as session:
        row = await ensure_chat(session, chat.id, chat.type, now)
        row.timezone, row.timezone_set = zone, True
        await replan_chat(session, row, now)
    return texts.TIMEZONE_SET.format(zone=render.esc(describe_zone(zone, now)))


def _zone_buttons(kb: Keyboards, zones: list[str] | tuple[str, ...]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[kb.button(zone.replace("_", " "), "tz", zone)] for zone in zones[:6]]
    )


async def timezone_command(update: Update, context: Context) -> None:
    if in_group(update):
        await _private_only(update, context)
        return
    svc = services(context)
    text = " ".join(context.args or []).strip()[:100]
    if not text:
        button = KeyboardButton(texts.TIMEZONE_SHARE_LOCATION, request_location=True)
        markup = ReplyKeyboardMarkup([[button]], resize_keyboard=True, one_time_keyboard=True)
        message = update.effective_message
        if message is not None:
            await message.reply_html(texts.TIMEZONE_PROMPT, reply_markup=markup)
        return
    kb = keyboards(update, context)
    if any(mark in text.lower() for mark in _TIME_LIKE) and any(c.isdigit() for c in text):
        try:
            zones = zones_for_local_time(text, svc.clock())
        except ParseError:
            zones = []  # not a clock time after all ("UTC+05:30"): try it as a zone name
        if zones:
            await reply(
                update,
                texts.TIMEZONE_FROM_TIME.format(time=render.esc(text)),
                _zone_buttons(kb, zones),
            )
            return
    found = resolve_zone(text, utc_now=svc.clock())
    if isinstance(found, ZoneMatch):
        await reply(update, await _set_zone(svc, update, found.zone))
    elif found.zones:
        await reply(update, texts.TIMEZONE_SUGGEST, _zone_buttons(kb, found.zones))
    else:
        await reply(update, texts.TIMEZONE_UNKNOWN.format(text=render.esc(text[:40])))


async def zone_button(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    zone = context.args[0] if context.args else ""
    if zone not in known_zones():
        await query.answer()
        return
    await query.answer()
    await show(update, await _set_zone(services(context), update, zone))


async def location_message(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None or message.location is None:
        return
    zone = zone_from_location(message.location.latitude, message.location.longitude)
    if zone is None:
        await message.reply_html(texts.TIMEZONE_LOCATION_FAILED, reply_markup=ReplyKeyboardRemove())
        return
    answer = await _set_zone(services(context), update, zone)
    await message.reply_html(answer, reply_markup=ReplyKeyboardRemove())


# -- settings -----------------------------------------------------------------------------


def _settings_text(chat: Chat) -> str:
    quiet = (
        f"{chat.quiet_start:%H:%M}–{chat.quiet_end:%H:%M}"
        if chat.quiet_start is not None and chat.quiet_end is not None
        else texts.SETTINGS_QUIET_OFF
    )
    policy = (
        texts.SETTINGS_POLICY_DEFER if chat.quiet_policy == "defer" else texts.SETTINGS_POLICY_SKIP
    )
    body = texts.SETTINGS_BODY.format(
        zone=render.esc(chat.timezone),
        quiet=quiet,
        policy=policy,
        profile=texts.SETTINGS_PROFILE_LABELS.get(chat.profile, chat.profile),
        goal=chat.hydration_goal,
    )
    return f"{texts.SETTINGS_TITLE}\n\n{body}\n\n{texts.SETTINGS_USAGE}"


def _settings_markup(kb: Keyboards, chat: Chat) -> InlineKeyboardMarkup:
    quiet_row = [
        kb.button(texts.SETTINGS_BUTTON_QUIET.format(label=f"{a:%H}–{b:%H}"), "sq", key)
        for key, (a, b) in QUIET_PRESETS.items()
    ]
    other_policy = "skip" if chat.quiet_policy == "defer" else "defer"
    profiles = [
        kb.button(
            texts.SETTINGS_BUTTON_PROFILE.format(
                mark="●" if chat.profile == p else "○", label=texts.SETTINGS_PROFILE_LABELS[p]
            ),
            "sf",
            p,
        )
        for p in PROFILES
    ]
    return InlineKeyboardMarkup(
        [
            [kb.button(texts.SETTINGS_BUTTON_TIMEZONE, "sz")],
            quiet_row,
            [
                kb.button(texts.SETTINGS_BUTTON_QUIET_OFF, "sq", "off"),
                kb.button(
                    texts.SETTINGS_BUTTON_POLICY.format(
                        label=texts.SETTINGS_POLICY_LABELS[other_policy]
                    ),
                    "sp",
                    other_policy,
                ),
            ],
            profiles,
            [
                kb.button(texts.SETTINGS_BUTTON_GOAL_DOWN, "sg", "down"),
                kb.button(texts.SETTINGS_BUTTON_GOAL_UP, "sg", "up"),
            ],
        ]
    )


async def _change_settings(svc: Services, update: Update, setting: str, value: str) -> Chat:
    """Apply one setting; raises ValueError with a plain-words problem when it is invalid."""
    chat_ref = update.effective_chat
    assert chat_ref is not None
    now = svc.clock()
    async with svc.db.session.begin() as session:
        chat = await ensure_chat(session, chat_ref.id, chat_ref.type, now)
        if setting == "quiet":
            if value == "off":
                chat.quiet_start = chat.quiet_end = None
            elif value in ("skip", "defer"):
                chat.quiet_policy = value
            elif value in QUIET_PRESETS:
                chat.quiet_start, chat.quiet_end = QUIET_PRESETS[value]
            else:
                try:
                    chat.quiet_start, chat.quiet_end = parse_quiet_hours(value)
                except ParseError as error:
                    raise ValueError(error.problem or error.message) from None
        elif setting == "profile":
            if value not in PROFILES:
                raise ValueError(f"the profile must be one of {', '.join(PROFILES)}")
            chat.profile = value
        elif setting == "goal":
            low, high = texts.GOAL_RANGE
            goal = {"up": chat.hydration_goal + 1, "down": chat.hydration_goal - 1}.get(value)
            if goal is None:
                if not value.isdigit() or len(value) > 3:
                    raise ValueError("the goal is a number of glasses, e.g. 8")
                goal = int(value)
            if not low <= goal <= high:
                raise ValueError(f"the goal must be between {low} and {high} glasses")
            chat.hydration_goal = goal
        else:
            raise ValueError(f"there is no setting called “{setting[:20]}”")
        chat.updated_at = now
        await replan_chat(session, chat, now)
    return chat


async def settings_command(update: Update, context: Context) -> None:
    if in_group(update):
        await _private_only(update, context)
        return
    svc = services(context)
    kb = keyboards(update, context)
    args = list(context.args or [])
    chat_ref = update.effective_chat
    assert chat_ref is not None
    if args:
        setting, value = args[0].lower()[:20], " ".join(args[1:]).strip().lower()[:40]
        try:
            chat = await _change_settings(svc, update, setting, value)
        except ValueError as error:
            await reply(update, texts.SETTINGS_BAD.format(problem=render.esc(str(error))))
            return
    else:
        async with svc.db.session.begin() as session:
            chat = await ensure_chat(session, chat_ref.id, chat_ref.type, svc.clock())
    await reply(update, _settings_text(chat), _settings_markup(kb, chat))


def _settings_button(setting: str) -> Callable[[Update, Context], Coroutine[Any, Any, None]]:
    async def pressed(update: Update, context: Context) -> None:
        query = update.callback_query
        assert query is not None
        value = context.args[0] if context.args else ""
        try:
            chat = await _change_settings(services(context), update, setting, value)
        except ValueError as error:
            await query.answer(str(error)[:200], show_alert=True)
            return
        await query.answer(texts.SETTINGS_SAVED)
        await show(update, _settings_text(chat), _settings_markup(keyboards(update, context), chat))

    return pressed


# Quiet-hour presets and the defer/skip toggle are both values of the "quiet" setting.
quiet_button = _settings_button("quiet")
profile_button = _settings_button("profile")
goal_button = _settings_button("goal")


async def timezone_button(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer()
    context.args = []
    await timezone_command(update, context)


# -- progress -----------------------------------------------------------------------------


async def _person_chat(svc: Services, update: Update) -> Chat:
    chat_ref = update.effective_chat
    assert chat_ref is not None
    async with svc.db.session.begin() as session:
        return await ensure_chat(session, chat_ref.id, chat_ref.type, svc.clock())


async def today_command(update: Update, context: Context) -> None:
    if in_group(update):
        await _private_only(update, context)
        return
    svc = services(context)
    user = update.effective_user
    assert user is not None
    chat = await _person_chat(svc, update)
    day = local_day(chat.timezone, svc.clock())
    async with svc.db.session() as session:
        totals = await day_totals(session, user.id, day)
    lines = [
        texts.TODAY_TITLE.format(day=day.strftime("%a %d %b")),
        texts.TODAY_LINE_HYDRATION.format(
            count=totals.get("hydration", 0), goal=chat.hydration_goal
        ),
        texts.TODAY_LINE_STRETCHING.format(count=totals.get("stretching", 0)),
        texts.TODAY_LINE_MINERALS.format(count=totals.get("minerals", 0)),
    ]
    await reply(update, "\n".join(lines))


async def week_command(update: Update, context: Context) -> None:
    if in_group(update):
        await _private_only(update, context)
        return
    svc = services(context)
    user, message = update.effective_user, update.effective_message
    assert user is not None and message is not None
    chat = await _person_chat(svc, update)
    last = local_day(chat.timezone, svc.clock())
    async with svc.db.session() as session:
        week = await week_totals(session, user.id, last)
    days = [
        DayTotals(
            day, counts.get("hydration", 0), counts.get("stretching", 0), counts.get("minerals", 0)
        )
        for day, counts in sorted(week.items())
    ]
    png = week_chart_png(days, hydration_goal=chat.hydration_goal, title=texts.WEEK_TITLE)
    caption = texts.WEEK_CAPTION.format(
        water=sum(d.hydration for d in days),
        stretches=sum(d.stretches for d in days),
        minerals=sum(d.minerals for d in days),
    )
    await message.reply_photo(png, caption=caption, filename="week.png")
