"""/timezone, /settings, and progress (/today, /week); and the answer to /timezone's
question ("Send your city or zone"), which is the chat's next message."""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from datetime import date, datetime, time
from typing import Any

from sqlalchemy.exc import OperationalError
from telegram import (
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)

from bot import render, texts
from bot.charts import DayTotals, week_chart_png
from bot.handlers import questions
from bot.handlers.common import Context, chat_for, in_group, keyboards, reply, show
from bot.handlers.reminders import _private_only
from bot.keyboards import Keyboards
from bot.services import Services, services
from knowledge.assistant import Kind as AnswerKind
from scheduler.numbers import is_number, read_number
from scheduler.parsing import ParseError, parse_quiet_hours
from scheduler.planning import KINDS, PROFILES, Kind, known_zones, local_day, skipped_times
from scheduler.subscriptions import (
    ensure_chat,
    quiet_of,
    replan_chat,
    schedule_of,
    subscriptions_of,
)
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
from storage.activity import add_activity, day_totals, week_totals
from storage.models import Chat
from storage.prompts import ask, close_question, take_answer

log = logging.getLogger(__name__)

QUIET_PRESETS = {
    "2207": (time(22), time(7)),
    "2308": (time(23), time(8)),
    "2106": (time(21), time(6)),
}
_TIME_LIKE = ("am", "pm", ":")
# What a chat's next message answers (storage/prompts.py).
ASKED_TIMEZONE = "timezone"
# The handler group that closes a question left unanswered: after every other handler
# (group 0, and any group added later), so it sees each message once it was dealt with.
UNANSWERED_QUESTION_GROUP = 1000


# -- time zone ----------------------------------------------------------------------------


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
    chat = update.effective_chat
    assert chat is not None
    now = svc.clock()
    async with svc.db.session.begin() as session:
        row = await ensure_chat(session, chat.id, chat.type, now)
        row.timezone, row.timezone_set = zone, True
        await close_question(session, row)
        await replan_chat(session, row, now)
    return zone_confirmation(zone, now)


def _zone_buttons(kb: Keyboards, zones: list[str] | tuple[str, ...]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[kb.button(zone_label(zone).replace("_", " "), "tz", zone)] for zone in zones[:6]]
    )


async def _ask_for_zone(update: Update, context: Context) -> None:
    """Remember in the chat's row that the next message is the answer, then ask. Saved
    first, so an answer typed the instant the question shows is read as one: any message
    after the one that led here (the /timezone command, or the settings panel whose
    button was pressed) is later than it."""
    svc = services(context)
    chat = update.effective_chat
    message = update.effective_message
    if chat is None or message is None:
        return
    now = svc.clock()
    async with svc.db.session.begin() as session:
        row = await ensure_chat(session, chat.id, chat.type, now)
        await ask(session, row, ASKED_TIMEZONE, message.message_id, now)
    button = KeyboardButton(texts.TIMEZONE_SHARE_LOCATION, request_location=True)
    markup = ReplyKeyboardMarkup([[button]], resize_keyboard=True, one_time_keyboard=True)
    await message.reply_html(texts.TIMEZONE_PROMPT, reply_markup=markup)


async def _zone_from_text(update: Update, context: Context, text: str) -> bool:
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


async def timezone_command(update: Update, context: Context) -> None:
    if in_group(update):
        await _private_only(update, context)
        return
    text = " ".join(context.args or []).strip()[:100]
    if not text:
        await _ask_for_zone(update, context)
        return
    if not await _zone_from_text(update, context, text):
        await reply(update, texts.TIMEZONE_UNKNOWN.format(text=render.esc(text[:40])))


async def text_message(update: Update, context: Context) -> None:
    """Free text in a private chat: the answer to the question the bot just asked, if it
    asked one (/timezone), else a question for the assistant (bot/handlers/questions.py).
    Red flags come first either way: an emergency typed in answer to "Send your city"
    gets the emergency advice, not a time zone."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None or not message.text:
        return
    svc = services(context)
    try:
        async with svc.db.session.begin() as session:
            asked = await take_answer(session, chat.id, message.message_id, svc.clock())
    except OperationalError as exc:
        # A busy database must never keep an answer (an emergency's above all) from anyone.
        log.warning("could not read the open question: %s", exc.orig)
        asked = None
    if asked != ASKED_TIMEZONE:
        await questions.question_message(update, context)
        return
    answer = svc.assistant.answer(message.text)
    if answer.urgent:
        await questions.question_message(update, context)
        return
    text = message.text.strip()[:100]
    if await _zone_from_text(update, context, text):
        return
    if answer.kind is AnswerKind.TOPIC:
        # Not a place but a question about cramps: answer that instead.
        await questions.question_message(update, context)
        return
    await reply(update, texts.TIMEZONE_UNKNOWN.format(text=render.esc(text[:40])))


async def close_unanswered_question(update: Update, context: Context) -> None:
    """After any other message (a command, a location, a photo), the bot's question is
    no longer open: "the next message answers it" means that one only."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None or in_group(update):
        return
    svc = services(context)
    try:
        async with svc.db.session.begin() as session:
            await take_answer(session, chat.id, message.message_id, svc.clock())
    except OperationalError as exc:
        # A busy database: the question stays open until it expires; nothing to tell.
        log.warning("could not close an unanswered question: %s", exc.orig)


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


async def _never_coming(svc: Services, chat: Chat) -> list[str]:
    """The chat's reminders that quiet hours set to "skip" leave with no time at all."""
    quiet = quiet_of(chat)
    async with svc.db.session() as session:
        subs = await subscriptions_of(session, chat.chat_id)
    return [
        texts.KIND_LABELS[sub.kind]
        for sub in subs
        if len(skipped_times(schedule_of(sub), quiet)) == len(schedule_of(sub).times)
    ]


async def _settings_view(
    svc: Services, update: Update, context: Context, chat: Chat
) -> tuple[str, InlineKeyboardMarkup]:
    text = _settings_text(chat)
    never = await _never_coming(svc, chat)
    if never:
        text += "\n\n" + texts.SETTINGS_QUIET_BLOCKS.format(labels=", ".join(never))
    return text, _settings_markup(keyboards(update, context), chat)


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
        zone=render.esc(zone_label(chat.timezone)),
        quiet=quiet,
        policy=policy,
        profile=texts.SETTINGS_PROFILE_LABELS.get(chat.profile, chat.profile),
        goal=chat.hydration_goal,
    )
    return f"{texts.SETTINGS_TITLE}\n\n{body}\n\n{texts.SETTINGS_USAGE}"


def _marked(chosen: bool, label: str) -> str:
    """A choice's label with ● when it is the current one, ○ otherwise."""
    return texts.SETTINGS_BUTTON_PROFILE.format(mark=texts.SETTINGS_MARK[chosen], label=label)


def _settings_markup(kb: Keyboards, chat: Chat) -> InlineKeyboardMarkup:
    current = (chat.quiet_start, chat.quiet_end)
    quiet_row = [
        kb.button(
            _marked(current == (a, b), texts.SETTINGS_BUTTON_QUIET.format(label=f"{a:%H}–{b:%H}")),
            "sq",
            key,
        )
        for key, (a, b) in QUIET_PRESETS.items()
    ]
    no_quiet = _marked(chat.quiet_start is None, texts.SETTINGS_BUTTON_QUIET_OFF)
    policies = [
        kb.button(
            _marked(
                chat.quiet_policy == policy,
                texts.SETTINGS_BUTTON_POLICY.format(label=texts.SETTINGS_POLICY_LABELS[policy]),
            ),
            "sp",
            policy,
        )
        for policy in ("defer", "skip")
    ]
    profiles = [
        kb.button(
            _marked(chat.profile == p, texts.SETTINGS_PROFILE_LABELS[p]),
            "sf",
            p,
        )
        for p in PROFILES
    ]
    return InlineKeyboardMarkup(
        [
            [kb.button(texts.SETTINGS_BUTTON_TIMEZONE, "sz")],
            quiet_row,
            [kb.button(no_quiet, "sq", "off")],
            policies,
            profiles,
            [
                kb.button(texts.SETTINGS_BUTTON_GOAL_DOWN, "sg", "down"),
                kb.button(texts.SETTINGS_BUTTON_GOAL_UP, "sg", "up"),
            ],
        ]
    )


async def _change_settings(
    svc: Services, update: Update, setting: str, value: str, *, create: bool = True
) -> Chat:
    """Apply one setting; raises ValueError with a plain-words problem when it is invalid.
    From a button (create=False), only to a chat that still exists (else ChatGone)."""
    now = svc.clock()
    async with svc.db.session.begin() as session:
        chat = await chat_for(session, update, now, create=create)
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
                goal = read_number(value, low=low, high=high, what="number of glasses", example=8)
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
    await reply(update, *await _settings_view(svc, update, context, chat))


def _settings_button(setting: str) -> Callable[[Update, Context], Coroutine[Any, Any, None]]:
    async def pressed(update: Update, context: Context) -> None:
        query = update.callback_query
        assert query is not None
        value = context.args[0] if context.args else ""
        try:
            chat = await _change_settings(services(context), update, setting, value, create=False)
        except ValueError as error:
            await query.answer(str(error)[:200], show_alert=True)
            return
        await query.answer(texts.SETTINGS_SAVED)
        await show(update, *await _settings_view(services(context), update, context, chat))

    return pressed


# Quiet-hour presets and the defer/skip toggle are both values of the "quiet" setting.
quiet_button = _settings_button("quiet")
profile_button = _settings_button("profile")
goal_button = _settings_button("goal")


async def timezone_button(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    await _person_chat(services(context), update, create=False)  # ChatGone after /forget
    await query.answer()
    context.args = []
    await timezone_command(update, context)


async def open_settings_button(update: Update, context: Context) -> None:
    """ "Change quiet hours" under a reminder that quiet hours would skip: the settings."""
    query = update.callback_query
    assert query is not None
    svc = services(context)
    chat = await _person_chat(svc, update, create=False)
    await query.answer()
    await show(update, *await _settings_view(svc, update, context, chat))


# -- progress -----------------------------------------------------------------------------


async def _person_chat(svc: Services, update: Update, *, create: bool = True) -> Chat:
    async with svc.db.session.begin() as session:
        return await chat_for(session, update, svc.clock(), create=create)


_TODAY_KIND_WORDS: dict[str, Kind] = {
    "water": "hydration",
    "glass": "hydration",
    "glasses": "hydration",
    "drink": "hydration",
    "hydration": "hydration",
    "+1": "hydration",
    "stretch": "stretching",
    "stretches": "stretching",
    "stretching": "stretching",
    "mineral": "minerals",
    "minerals": "minerals",
}
MAX_ADDED_AT_ONCE = 10


def _today_text(chat: Chat, day: date, totals: dict[str, int]) -> str:
    return "\n".join(
        [
            texts.TODAY_TITLE.format(day=day.strftime("%a %d %b")),
            texts.TODAY_LINE_HYDRATION.format(
                count=totals.get("hydration", 0), goal=chat.hydration_goal
            ),
            texts.TODAY_LINE_STRETCHING.format(count=totals.get("stretching", 0)),
            texts.TODAY_LINE_MINERALS.format(count=totals.get("minerals", 0)),
            "",
            texts.TODAY_HINT,
        ]
    )


def _today_markup(kb: Keyboards) -> InlineKeyboardMarkup:
    """Count one without a reminder: a glass drunk, a stretch done, minerals eaten."""
    return InlineKeyboardMarkup(
        [
            [kb.button(texts.TODAY_BUTTON_LABELS[kind], "pa", kind) for kind in KINDS[:2]],
            [kb.button(texts.TODAY_BUTTON_LABELS[kind], "pa", kind) for kind in KINDS[2:]],
        ]
    )


def _read_today_addition(args: list[str]) -> tuple[Kind, int] | None:
    """`/today water`, `/today water 2`, `/today 2 glasses`, `/today +1`; None if not."""
    words = [word.lower() for word in args[:3]]
    kinds = [_TODAY_KIND_WORDS[w] for w in words if w in _TODAY_KIND_WORDS]
    numbers = [w for w in words if is_number(w)]
    if len(kinds) != 1 or len(kinds) + len(numbers) != len(words) or len(numbers) > 1:
        return None
    amount = int(numbers[0]) if numbers else 1  # is_number: ASCII digits, at most 6
    return (kinds[0], amount) if 1 <= amount <= MAX_ADDED_AT_ONCE else None


async def _count(
    svc: Services, update: Update, kind: Kind, amount: int, *, create: bool = True
) -> tuple[Chat, date, dict[str, int]]:
    """Count `amount` more of `kind` on the person's local today; the day's totals after."""
    user = update.effective_user
    assert user is not None
    chat = await _person_chat(svc, update, create=create)
    day = local_day(chat.timezone, svc.clock())
    async with svc.db.session.begin() as session:
        for _ in range(amount):
            await add_activity(session, user.id, kind, day)
        totals = await day_totals(session, user.id, day)
    return chat, day, totals


def _counted(chat: Chat, kind: str, totals: dict[str, int]) -> str:
    return texts.TODAY_ADDED[kind].format(count=totals.get(kind, 0), goal=chat.hydration_goal)


async def today_command(update: Update, context: Context) -> None:
    if in_group(update):
        await _private_only(update, context)
        return
    svc = services(context)
    user = update.effective_user
    assert user is not None
    kb = keyboards(update, context)
    args = list(context.args or [])
    if args:
        addition = _read_today_addition(args)
        if addition is None:
            await reply(update, texts.TODAY_USAGE)
            return
        chat, day, totals = await _count(svc, update, *addition)
        note = _counted(chat, addition[0], totals)
        await reply(update, f"{note}\n\n{_today_text(chat, day, totals)}", _today_markup(kb))
        return
    chat = await _person_chat(svc, update)
    day = local_day(chat.timezone, svc.clock())
    async with svc.db.session() as session:
        totals = await day_totals(session, user.id, day)
    await reply(update, _today_text(chat, day, totals), _today_markup(kb))


async def today_add_button(update: Update, context: Context) -> None:
    """+1 under /today: counts one, and the message shows the new totals."""
    query = update.callback_query
    assert query is not None
    kind = context.args[0] if context.args else ""
    if kind not in KINDS:
        await query.answer()
        return
    svc = services(context)
    chat, day, totals = await _count(svc, update, kind, 1, create=False)
    await query.answer(_counted(chat, kind, totals))
    await show(update, _today_text(chat, day, totals), _today_markup(keyboards(update, context)))


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
