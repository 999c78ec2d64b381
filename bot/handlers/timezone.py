"""/timezone: a time zone from a city, a zone name, an offset, the local time or a shared
location; a bare /timezone asks, and the chat's next message is the answer
(bot/handlers/free_text.py reads it back here)."""

from __future__ import annotations

from datetime import datetime

from telegram import (
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)

from bot import render, texts
from bot.buttons import Action
from bot.keyboards import Keyboards
from bot.private_chat import personal
from bot.replies import chat_ref, keyboards, reply, show
from bot.services import Context, Services, services
from scheduler import chat_settings
from scheduler.chat_ref import chat_row
from scheduler.clock_words import ParseError
from scheduler.planning import known_zones
from scheduler.timezones import (
    ZoneMatch,
    describe_zone,
    follows_dst,
    is_fixed_offset,
    resolve_zone,
    zone_from_location,
    zone_label,
    zones_for_local_time,
)
from storage.prompts import ask

_TIME_LIKE = ("am", "pm", ":")
# What a chat's next message answers (storage/prompts.py).
ASKED_TIMEZONE = "timezone"


def zone_confirmation(zone: str, now: datetime) -> str:
    """ "Time zone set": daylight saving is mentioned only for zones that follow it; a
    fixed offset is shown as typed (UTC+2), never as its Etc/GMT-2 name."""
    shown = render.esc(describe_zone(zone, now))
    if is_fixed_offset(zone):
        return texts.TIMEZONE_SET_FIXED.format(zone=shown)
    if follows_dst(zone, now):
        return texts.TIMEZONE_SET.format(zone=shown)
    return texts.TIMEZONE_SET_NO_DST.format(zone=shown)


async def _set_zone(svc: Services, update: Update, zone: str) -> str:
    now = svc.clock()
    await chat_settings.set_zone(svc.db, chat_ref(update), zone, now)
    return zone_confirmation(zone, now)


def _zone_buttons(kb: Keyboards, zones: list[str] | tuple[str, ...]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [kb.button(zone_label(zone).replace("_", " "), Action.ZONE_CHOSEN, zone)]
            for zone in zones[:6]
        ]
    )


async def _ask_for_zone(update: Update, context: Context) -> None:
    """Remember in the chat's row that the next message is the answer, then ask. Saved
    first, so an answer typed the instant the question shows is read as one: any message
    after the one that led here (the /timezone command, or the settings panel whose
    button was pressed) is later than it."""
    svc = services(context)
    message = update.effective_message
    if update.effective_chat is None or message is None:
        return
    now = svc.clock()
    async with svc.db.session.begin() as session:
        row = await chat_row(session, chat_ref(update), now, create=True)
        await ask(session, row, ASKED_TIMEZONE, message.message_id, now)
    button = KeyboardButton(texts.TIMEZONE_SHARE_LOCATION, request_location=True)
    markup = ReplyKeyboardMarkup([[button]], resize_keyboard=True, one_time_keyboard=True)
    await message.reply_html(texts.TIMEZONE_PROMPT, reply_markup=markup)


async def zone_from_text(update: Update, context: Context, text: str) -> bool:
    """Answer a time zone given in words, an offset or a local time. False, having sent
    nothing, when nothing in it was recognised."""
    svc = services(context)
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
            return True
    found = resolve_zone(text, utc_now=svc.clock())
    if isinstance(found, ZoneMatch):
        await reply(update, await _set_zone(svc, update, found.zone))
    elif found.zones:
        await reply(update, texts.TIMEZONE_SUGGEST, _zone_buttons(kb, found.zones))
    else:
        return False
    return True


@personal
async def timezone_command(update: Update, context: Context) -> None:
    text = " ".join(context.args or []).strip()[:100]
    if not text:
        await _ask_for_zone(update, context)
        return
    if not await zone_from_text(update, context, text):
        await reply(update, texts.TIMEZONE_UNKNOWN.format(text=render.esc(text[:40])))


async def zone_button(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    zone = context.args[0] if context.args else ""
    await query.answer()
    if zone not in known_zones():
        return
    await show(update, await _set_zone(services(context), update, zone))


async def ask_zone_button(update: Update, context: Context) -> None:
    """ "Time zone" on the settings panel: asks, as a bare /timezone does."""
    query = update.callback_query
    assert query is not None
    svc = services(context)
    # A button acts only on a chat that still exists (ChatGone after /forget).
    await chat_settings.settings_of(svc.db, chat_ref(update), svc.clock(), create=False)
    await query.answer()
    context.args = []
    await timezone_command(update, context)


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
