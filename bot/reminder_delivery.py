"""Sending one reminder to Telegram, and turning Telegram's answer into an Outcome.

The dispatcher (scheduler/) decides what is due; this module knows how a reminder
looks in a chat and what each Bot API error means for the subscriber.
"""

from __future__ import annotations

import logging
import warnings
from typing import Any

from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import ExtBot
from telegram.warnings import PTBUserWarning

from bot import render, texts
from bot.callbacks import CallbackSigner
from bot.request import RequestNotSent
from knowledge.reminder_texts import ReminderTexts
from scheduler.dispatcher import Outcome, Outgoing, Sender
from scheduler.sending import BeforeRequest

log = logging.getLogger(__name__)

# do_api_request nudges towards the typed method; the raw call is deliberate (make_sender).
warnings.filterwarnings("ignore", message=r"Please use 'Bot\.sendMessage'", category=PTBUserWarning)


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
        [(texts.REMINDER_DONE, "rd", (delivery_id,))]
    ]
    if not group:
        rows.append(
            [
                (texts.REMINDER_SNOOZE_15, "rz", (delivery_id, 15)),
                (texts.REMINDER_SNOOZE_60, "rz", (delivery_id, 60)),
            ]
        )
        rows.append([(texts.REMINDER_SKIP_TODAY, "rk", (delivery_id,))])
    return {
        "inline_keyboard": [
            [
                {"text": label, "callback_data": signer.sign(chat_id, action, *args)}
                for label, action, args in row
            ]
            for row in rows
        ]
    }


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
    paid_broadcast: bool = False,
) -> Sender:
    """The typed `send_message` turns every answer into ~40 PTB objects (message, chat,
    user, keyboard), of which a reminder needs only the message id; during a fan-out that
    was the bot's largest CPU cost. PTB's raw `do_api_request` makes the same call through
    the same rate limiter and error mapping, and hands back the JSON."""

    async def send(item: Outgoing, before_request: BeforeRequest) -> Outcome:
        call: dict[str, Any] = {
            "chat_id": item.chat_id,
            "text": reminder_text(reminders, item.kind, item.profile, item.variant),
            "parse_mode": ParseMode.HTML,
            # Negative ids are groups and supergroups; people's chats are positive.
            "reply_markup": reminder_markup(
                signer, item.chat_id, item.delivery_id, group=item.chat_id < 0
            ),
            "link_preview_options": {"is_disabled": True},
        }
        if item.thread_id is not None:
            call["message_thread_id"] = item.thread_id
        if paid_broadcast:
            call["allow_paid_broadcast"] = True
        try:
            # The rate limiter awaits before_request right before the request leaves.
            message = await bot.do_api_request(
                "sendMessage", api_kwargs=call, rate_limit_args=before_request
            )
        except Exception as error:
            return outcome_of_error(error)
        return Outcome("sent", message_id=int(message["message_id"]))

    return send
