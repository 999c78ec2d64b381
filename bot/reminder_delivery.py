"""Sending one reminder to Telegram, and turning Telegram's answer into an Outcome.

The dispatcher (scheduler/) decides what is due; this module knows how a reminder
looks in a chat and what each Bot API error means for the subscriber.
"""

from __future__ import annotations

import logging

from telegram import Bot, InlineKeyboardMarkup
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut

from bot import render, texts
from bot.callbacks import CallbackSigner
from bot.keyboards import Keyboards
from knowledge.loader import Content
from knowledge.reminder_texts import ReminderTexts
from scheduler.dispatcher import Outcome, Outgoing, Sender

log = logging.getLogger(__name__)


def reminder_text(reminders: ReminderTexts, kind: str, profile: str, variant_id: str) -> str:
    variants = {v.id: v for v in reminders.variants(kind, profile)}
    variant = variants.get(variant_id) or reminders.pick(kind, profile, None, 0)
    return f"<b>{render.esc(reminders.title(kind))}</b>\n{render.esc(variant.text)}"


def reminder_keyboard(kb: Keyboards, delivery_id: int, *, group: bool) -> InlineKeyboardMarkup:
    """Done, Snooze and Skip today; in a group only Done (each member counts their own):
    snoozing or skipping would change the group's reminders, which only its admins do."""
    if group:
        return InlineKeyboardMarkup([[kb.button(texts.REMINDER_DONE, "rd", delivery_id)]])
    return InlineKeyboardMarkup(
        [
            [kb.button(texts.REMINDER_DONE, "rd", delivery_id)],
            [
                kb.button(texts.REMINDER_SNOOZE_15, "rz", delivery_id, 15),
                kb.button(texts.REMINDER_SNOOZE_60, "rz", delivery_id, 60),
            ],
            [kb.button(texts.REMINDER_SKIP_TODAY, "rk", delivery_id)],
        ]
    )


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
    if isinstance(error, NetworkError):
        # Refused connections and 5xx: Telegram did not take the message.
        return Outcome("retry", reason=error.message)
    raise error


def make_sender(
    bot: Bot,
    content: Content,
    reminders: ReminderTexts,
    signer: CallbackSigner,
    *,
    paid_broadcast: bool = False,
) -> Sender:
    async def send(item: Outgoing) -> Outcome:
        kb = Keyboards(signer, content, item.chat_id)
        try:
            message = await bot.send_message(
                item.chat_id,
                reminder_text(reminders, item.kind, item.profile, item.variant),
                # Negative ids are groups and supergroups; people's chats are positive.
                reply_markup=reminder_keyboard(kb, item.delivery_id, group=item.chat_id < 0),
                message_thread_id=item.thread_id,
                allow_paid_broadcast=paid_broadcast or None,
            )
        except Exception as error:
            return outcome_of_error(error)
        return Outcome("sent", message_id=message.message_id)

    return send
