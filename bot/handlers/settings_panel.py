"""/settings: time zone, quiet hours (and whether reminders due in them come at their end
or are skipped), profile and daily water goal; typed (/settings quiet 22:00-07:00) or with
the panel's buttons, which mark the current choices. The changes are
scheduler/chat_settings.py's; the panel is shown once their transaction has closed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from telegram import InlineKeyboardMarkup, Update

from bot import render, texts
from bot.buttons import Action
from bot.keyboards import Keyboards
from bot.private_chat import personal
from bot.replies import chat_ref, keyboards, reply, show
from bot.services import Context, Services, services
from scheduler import chat_settings
from scheduler.chat_settings import ChatSettings, GoalOutOfRange
from scheduler.clock_words import ParseError, parse_quiet_hours
from scheduler.numbers import read_number
from scheduler.planning import PROFILES, QuietPolicy
from scheduler.timezones import zone_label
from storage.models import Chat

QUIET_PRESETS = {
    "2207": (time(22), time(7)),
    "2308": (time(23), time(8)),
    "2106": (time(21), time(6)),
}
QUIET_POLICIES: tuple[QuietPolicy, ...] = ("defer", "skip")
GOAL_STEPS = {"up": 1, "down": -1}


# -- the panel ----------------------------------------------------------------------------


def _settings_text(settings: ChatSettings) -> str:
    chat = settings.chat
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
    text = f"{texts.SETTINGS_TITLE}\n\n{body}\n\n{texts.SETTINGS_USAGE}"
    if settings.silenced:
        labels = ", ".join(texts.KIND_LABELS[kind] for kind in settings.silenced)
        text += "\n\n" + texts.SETTINGS_QUIET_BLOCKS.format(labels=labels)
    return text


def _marked(chosen: bool, label: str) -> str:
    """A choice's label with ● when it is the current one, ○ otherwise."""
    return texts.SETTINGS_BUTTON_PROFILE.format(mark=texts.SETTINGS_MARK[chosen], label=label)


def _settings_markup(kb: Keyboards, chat: Chat) -> InlineKeyboardMarkup:
    current = (chat.quiet_start, chat.quiet_end)
    quiet_row = [
        kb.button(
            _marked(current == (a, b), texts.SETTINGS_BUTTON_QUIET.format(label=f"{a:%H}–{b:%H}")),
            Action.SETTINGS_QUIET_HOURS,
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
            Action.SETTINGS_QUIET_POLICY,
            policy,
        )
        for policy in QUIET_POLICIES
    ]
    profiles = [
        kb.button(
            _marked(chat.profile == p, texts.SETTINGS_PROFILE_LABELS[p]), Action.SETTINGS_PROFILE, p
        )
        for p in PROFILES
    ]
    return InlineKeyboardMarkup(
        [
            [kb.button(texts.SETTINGS_BUTTON_TIMEZONE, Action.SETTINGS_ASK_ZONE)],
            quiet_row,
            [kb.button(no_quiet, Action.SETTINGS_QUIET_HOURS, "off")],
            policies,
            profiles,
            [
                kb.button(texts.SETTINGS_BUTTON_GOAL_DOWN, Action.SETTINGS_GOAL, "down"),
                kb.button(texts.SETTINGS_BUTTON_GOAL_UP, Action.SETTINGS_GOAL, "up"),
            ],
        ]
    )


def _panel(
    update: Update, context: Context, settings: ChatSettings
) -> tuple[str, InlineKeyboardMarkup]:
    return _settings_text(settings), _settings_markup(keyboards(update, context), settings.chat)


# -- reading a change ---------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """Why a typed or pressed value is not a setting, in plain words."""

    text: str


async def _change(
    svc: Services, update: Update, setting: str, value: str, *, create: bool
) -> ChatSettings | Problem:
    """Read `setting value` (typed, or a button's) and carry it out."""
    db, ref, now = svc.db, chat_ref(update), svc.clock()
    if setting == "quiet":
        if value in QUIET_POLICIES:
            return await chat_settings.set_quiet_policy(db, ref, value, now, create=create)
        if value == "off":
            return await chat_settings.set_quiet_hours(db, ref, None, now, create=create)
        try:
            hours = QUIET_PRESETS.get(value) or parse_quiet_hours(value)
        except ParseError as error:
            return Problem(error.problem or error.message)
        return await chat_settings.set_quiet_hours(db, ref, hours, now, create=create)
    if setting == "profile":
        if value not in PROFILES:
            return Problem(f"the profile must be one of {', '.join(PROFILES)}")
        return await chat_settings.set_profile(db, ref, value, now, create=create)
    if setting == "goal":
        low, high = chat_settings.GOAL_RANGE
        step = GOAL_STEPS.get(value)
        try:
            goal = (
                None
                if step
                else read_number(value, low=low, high=high, what="number of glasses", example=8)
            )
        except ValueError as error:
            return Problem(str(error))
        result = await chat_settings.set_goal(db, ref, goal, now, step=step or 0, create=create)
        if isinstance(result, GoalOutOfRange):
            return Problem(f"the goal must be between {result.low} and {result.high} glasses")
        return result
    return Problem(f"there is no setting called “{setting[:20]}”")


# -- /settings and the panel's buttons ----------------------------------------------------


@personal
async def settings_command(update: Update, context: Context) -> None:
    svc = services(context)
    args = list(context.args or [])
    if args:
        setting, value = args[0].lower()[:20], " ".join(args[1:]).strip().lower()[:40]
        result = await _change(svc, update, setting, value, create=True)
    else:
        result = await chat_settings.settings_of(svc.db, chat_ref(update), svc.clock(), create=True)
    if isinstance(result, Problem):
        await reply(update, texts.SETTINGS_BAD.format(problem=render.esc(result.text)))
        return
    await reply(update, *_panel(update, context, result))


async def _pressed(update: Update, context: Context, setting: str) -> None:
    query = update.callback_query
    assert query is not None
    value = context.args[0] if context.args else ""
    result = await _change(services(context), update, setting, value, create=False)
    if isinstance(result, Problem):
        await query.answer(result.text[:200], show_alert=True)
        return
    await query.answer(texts.SETTINGS_SAVED)
    await show(update, *_panel(update, context, result))


async def quiet_hours_button(update: Update, context: Context) -> None:
    await _pressed(update, context, "quiet")


async def quiet_policy_button(update: Update, context: Context) -> None:
    await _pressed(update, context, "quiet")


async def profile_button(update: Update, context: Context) -> None:
    await _pressed(update, context, "profile")


async def goal_button(update: Update, context: Context) -> None:
    await _pressed(update, context, "goal")


async def open_settings_button(update: Update, context: Context) -> None:
    """ "Change quiet hours" under a reminder that quiet hours would skip: the settings."""
    query = update.callback_query
    assert query is not None
    svc = services(context)
    settings = await chat_settings.settings_of(svc.db, chat_ref(update), svc.clock(), create=False)
    await query.answer()
    await show(update, *_panel(update, context, settings))
