"""Sending one reminder to Telegram, and turning Telegram's answer into an Outcome.

The dispatcher (scheduler/) decides what is due; this module knows how a reminder
looks in a chat and what each Bot API error means for the subscriber. The diary's weekly
summary goes out the same way; its text is read from the diary as it is sent.
"""

from __future__ import annotations

import logging
import re
import warnings
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from sqlalchemy.exc import OperationalError
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import ExtBot
from telegram.warnings import PTBUserWarning

from bot import render, texts
from bot.buttons import Action
from bot.callbacks import CallbackSigner
from bot.rate_limit import Ticket
from bot.request import RequestNotSent
from diary import wording
from diary.weekly import summary_lines, week_of
from knowledge.diary_texts import DiaryTexts
from knowledge.reminder_texts import ReminderTexts
from scheduler.dispatcher import Outcome, Outgoing, Sender
from scheduler.planning import DIARY_SUMMARY
from scheduler.sending import BeforeRequest
from storage.db import Database

log = logging.getLogger(__name__)


def reminder_text(reminders: ReminderTexts, kind: str, profile: str, variant_id: str) -> str:
    variants = {v.id: v for v in reminders.variants(kind, profile)}
    variant = variants.get(variant_id) or reminders.pick(kind, profile, None, 0)
    return f"<b>{render.esc(reminders.title(kind))}</b>\n{render.esc(variant.text)}"


def reminder_markup(
    signer: CallbackSigner, chat_id: int, delivery_id: int, *, group: bool
) -> dict[str, Any]:
    """Done, Snooze and Skip today; in a group only Done (each member counts their own):
    snoozing or skipping would change the group's reminders, which only its admins do.
    Built as Bot API JSON rather than PTB objects: see `make_sender`."""
    rows: list[list[tuple[str, str, tuple[int, ...]]]] = [
        [(texts.REMINDER_DONE, Action.REMINDER_DONE, (delivery_id,))]
    ]
    if not group:
        rows.append(
            [
                (texts.REMINDER_SNOOZE_15, Action.REMINDER_SNOOZE, (delivery_id, 15)),
                (texts.REMINDER_SNOOZE_60, Action.REMINDER_SNOOZE, (delivery_id, 60)),
            ]
        )
        rows.append([(texts.REMINDER_SKIP_TODAY, Action.REMINDER_SKIP_TODAY, (delivery_id,))])
    return {
        "inline_keyboard": [
            [
                {"text": label, "callback_data": signer.sign(chat_id, action, *args)}
                for label, action, args in row
            ]
            for row in rows
        ]
    }


# The diary's weekly summary, as HTML, for a chat and the instant it was due.
WeeklySummary = Callable[[int, datetime], Awaitable[str]]


def weekly_summary(db: Database, diary: DiaryTexts) -> WeeklySummary:
    """The summary's text, read from the diary when it is sent (diary/weekly.py)."""

    async def text(chat_id: int, due_at: datetime) -> str:
        week = await week_of(db, chat_id, due_at, diary)
        title, lines = summary_lines(week, diary)
        return "\n".join([f"<b>{render.esc(title)}</b>", *(render.esc(line) for line in lines)])

    return text


def summary_markup(signer: CallbackSigner, chat_id: int) -> dict[str, Any]:
    """One button, to stop it: a summary has nothing to mark done, snooze or skip."""
    data = signer.sign(chat_id, Action.DIARY_SUMMARY_STOP)
    return {"inline_keyboard": [[{"text": wording.BUTTON_SUMMARY_STOP, "callback_data": data}]]}


def outcome_of_error(error: Exception) -> Outcome:
    """What a failed send means. Order matters: several of these subclass NetworkError."""
    if isinstance(error, ChatMigrated):
        return Outcome("migrated", reason="group migrated", new_chat_id=int(error.new_chat_id))
    if isinstance(error, Forbidden):
        # Blocked, deactivated, kicked: stop this chat's reminders until it comes back.
        return Outcome("gone", reason=error.message)
    if isinstance(error, BadRequest):
        if "chat not found" in error.message.lower():
            return Outcome("gone", reason=error.message)
        return Outcome("failed", reason=error.message)
    if isinstance(error, RetryAfter):
        return Outcome("retry", reason=f"flood control ({error.retry_after} s)")
    if isinstance(error, TimedOut):
        # The request may have been delivered: never repeat it blindly.
        return Outcome("uncertain", reason="timed out waiting for Telegram")
    if isinstance(error, RequestNotSent):
        # Refused, unreachable (see bot/request.py): try again, without counting an
        # attempt against the chat.
        return Outcome("unsent", reason=error.message)
    if isinstance(error, NetworkError):
        # 5xx: Telegram answered that it did not take the message.
        return Outcome("retry", reason=error.message)
    raise error


def make_sender(
    bot: ExtBot[Any],
    reminders: ReminderTexts,
    signer: CallbackSigner,
    *,
    weekly: WeeklySummary,
    paid_broadcast: bool = False,
) -> Sender:
    """The typed `send_message` turns every answer into ~40 PTB objects (message, chat,
    user, keyboard), of which a reminder needs only the message id; during a fan-out that
    was the bot's largest CPU cost. PTB's raw `do_api_request` makes the same call through
    the same rate limiter and error mapping, and hands back the JSON.

    PTB warns about the raw call each time; the warning is silenced for calls made from
    this module only (PTB attributes it to the caller), never for the rest of the process.
    """
    warnings.filterwarnings(
        "ignore",
        message=r"Please use 'Bot\.sendMessage'",
        category=PTBUserWarning,
        module=re.escape(__name__) + r"\Z",
    )

    async def send(item: Outgoing, before_request: BeforeRequest) -> Outcome:
        if item.kind == DIARY_SUMMARY:
            try:
                text = await weekly(item.chat_id, item.due_at)
            except OperationalError as error:
                # Read before the request: certainly not sent, so it may be tried again.
                return Outcome("retry", reason=f"diary unreadable: {type(error).__name__}")
            markup = summary_markup(signer, item.chat_id)
        else:
            text = reminder_text(reminders, item.kind, item.profile, item.variant)
            # Negative ids are groups and supergroups; people's chats are positive.
            markup = reminder_markup(signer, item.chat_id, item.delivery_id, group=item.chat_id < 0)
        call: dict[str, Any] = {
            "chat_id": item.chat_id,
            "text": text,
            "parse_mode": ParseMode.HTML,
            "reply_markup": markup,
            "link_preview_options": {"is_disabled": True},
        }
        if item.thread_id is not None:
            call["message_thread_id"] = item.thread_id
        if paid_broadcast:
            call["allow_paid_broadcast"] = True
        try:
            # The rate limiter awaits before_request right before the request leaves.
            message = await bot.do_api_request(
                "sendMessage", api_kwargs=call, rate_limit_args=Ticket.reminder(before_request)
            )
        except Exception as error:
            return outcome_of_error(error)
        return Outcome("sent", message_id=int(message["message_id"]))

    return send
