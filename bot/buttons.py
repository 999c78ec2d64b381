"""Inline buttons: the named actions a button can carry, and the one dispatcher that
routes a press to its handler.

A button's callback_data is ``action:args:SIGNATURE`` (bot/callbacks.py). Code names an
action by what it does (`Action.REMIND_PAUSE`); on the wire it is the short code it has
always had ("rmp"), because Telegram caps callback_data at 64 bytes and a long action
name would leave no room for its arguments. The codes never change: a button sent in a
chat months ago is still routed. A code may be added, never reused for another action.

The signature is checked once per update, whichever of the dispatchers (the main one,
the symptom check's) looks at it first; a press that is forged, expired, signed for
another chat or names no action falls through to the catch-all that answers
"this button no longer works" (bot/handlers/questions.py).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Mapping
from enum import StrEnum
from typing import Any, TypeVar

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler

from bot import texts
from bot.callbacks import CallbackData, CallbackSigner
from bot.services import Context
from bot.update_processor import ConfirmingBot
from scheduler.chat_ref import ChatGone
from scheduler.planning import KINDS, Kind

RT = TypeVar("RT")
# What PTB calls with an update and its context (its own alias is private to PTB).
Callback = Callable[[Update, Context], Coroutine[Any, Any, RT]]


class Action(StrEnum):
    """Every action a signed button can carry; the value is its code on the wire."""

    # Answers and the FAQ
    MENU = "m"
    TOPIC = "t"
    TOPIC_DETAILS = "d"
    FAQ_PAGE = "fp"
    FAQ_TOPIC = "ft"
    FAQ_QUESTION = "fq"
    # The symptom check (routed inside its conversation, bot/handlers/triage.py)
    TRIAGE_START = "tr"
    TRIAGE_ANSWER = "ta"
    TRIAGE_BACK = "tb"
    TRIAGE_CANCEL = "tx"
    # /forget's confirmation
    FORGET_CONFIRMED = "fy"
    FORGET_DECLINED = "fn"
    # On a sent reminder
    REMINDER_DONE = "rd"
    REMINDER_SNOOZE = "rz"
    REMINDER_SKIP_TODAY = "rk"
    # The /remind menu
    REMIND_MENU = "rm"
    REMIND_KIND = "rmk"
    REMIND_PRESET = "rms"
    REMIND_DAYS = "rmd"
    REMIND_OFF = "rmo"
    REMIND_PAUSE = "rmp"
    REMIND_RESUME = "rmr"
    REMIND_STOP_ALL = "rmx"
    # /timezone, /settings and /today
    ZONE_CHOSEN = "tz"
    SETTINGS_ASK_ZONE = "sz"
    SETTINGS_QUIET_HOURS = "sq"
    SETTINGS_QUIET_POLICY = "sp"
    SETTINGS_PROFILE = "sf"
    SETTINGS_GOAL = "sg"
    SETTINGS_OPEN = "so"
    TODAY_ADD = "pa"
    # A group's /setup panel
    SETUP_PANEL = "gs"
    SETUP_PROFILE = "gp"
    SETUP_ZONES = "gz"
    SETUP_ZONE = "gzs"
    SETUP_KIND = "gk"
    SETUP_PRESET = "gkp"
    SETUP_DAYS = "gkd"
    SETUP_OFF = "gko"
    SETUP_SUGGESTED = "gd"
    SETUP_HERE = "gt"
    SETUP_DONE = "gx"
    # The cramp diary
    LOG_ANSWER = "lg"
    LOG_WHEN = "lw"
    LOG_CANCEL = "lc"
    DIARY_NOTE = "dn"
    DIARY_EDIT = "de"
    DIARY_FIELD = "df"
    DIARY_SET = "ds"
    DIARY_DELETE = "dd"
    DIARY_DELETE_CONFIRMED = "dx"
    DIARY_BACK = "dv"
    DIARY_SUMMARY_MENU = "dw"
    DIARY_SUMMARY_DAY = "dwd"
    DIARY_SUMMARY_TIME = "dwt"
    DIARY_SUMMARY_OFF = "dwo"
    # On a sent weekly summary
    DIARY_SUMMARY_STOP = "dws"


class ButtonVerifier:
    """Checks a press's signature, once per update: every dispatcher asks this one, and
    the answer for the update being handled is kept."""

    def __init__(self, signer: CallbackSigner) -> None:
        self._signer = signer
        self._last: tuple[tuple[int, int, str], CallbackData | None] | None = None

    def verified(self, update: object) -> CallbackData | None:
        if not isinstance(update, Update) or update.callback_query is None:
            return None
        query = update.callback_query
        if query.message is None or not isinstance(query.data, str):
            return None
        key = (update.update_id, query.message.chat.id, query.data)
        if self._last is None or self._last[0] != key:
            self._last = (key, self._signer.verify(query.message.chat.id, query.data))
        return self._last[1]


def button_arg(context: Context, index: int) -> str:
    """The pressed button's argument at `index` (verified, as signed), or ""."""
    args = context.args or []
    return args[index] if index < len(args) else ""


def kind_arg(context: Context) -> Kind | None:
    """The kind of reminder a button names as its first argument, if it is one."""
    kind = button_arg(context, 0)
    return kind if kind in KINDS else None


def answered(context: Context, callback_query_id: str) -> bool:
    """Whether this callback query was answered already (each can be answered once)."""
    bot = context.bot
    return isinstance(bot, ConfirmingBot) and bot.was_answered(callback_query_id)


class ButtonDispatcher(CallbackQueryHandler[Context, RT]):
    """Routes a verified press to the handler of its action in `routes`; a press of any
    other action is left to the handlers after this one.

    The verified arguments are placed in context.args, like a command's arguments.
    """

    def __init__(
        self,
        verifier: ButtonVerifier,
        routes: Mapping[Action, Callback[RT]],
        block: bool = True,
    ) -> None:
        # PTB calls `callback`; the routed handler is chosen in handle_update.
        super().__init__(self._no_route, block=block)
        self._verifier = verifier
        self.routes: dict[str, Callback[RT]] = {str(action): h for action, h in routes.items()}

    @staticmethod
    async def _no_route(update: Update, context: Context) -> Any:
        raise AssertionError("ButtonDispatcher routes in handle_update")

    def check_update(self, update: object) -> bool | object | None:
        data = self._verifier.verified(update)
        if data is None or data.action not in self.routes:
            return None
        return data

    async def handle_update(
        self,
        update: Update,
        application: Application[Any, Any, Any, Any, Any, Any],
        check_result: Any,
        context: Context,
    ) -> RT:
        assert isinstance(check_result, CallbackData)
        self.collect_additional_context(context, update, application, check_result)
        try:
            return await self.routes[check_result.action](update, context)
        except ChatGone:
            # A stale button: a short, truthful alert, and nothing changed.
            query = update.callback_query
            assert query is not None
            if not answered(context, query.id):
                await query.answer(texts.BUTTON_CHAT_GONE, show_alert=True)
            return None  # type: ignore[return-value]

    def collect_additional_context(
        self,
        context: Context,
        update: Update,
        application: Application[Any, Any, Any, Any, Any, Any],
        check_result: Any,
    ) -> None:
        assert isinstance(check_result, CallbackData)
        context.args = list(check_result.args)
