"""What handlers need, built once at start-up and reached through context.bot_data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from telegram.ext import CallbackContext, ContextTypes

from bot.callbacks import CallbackSigner
from bot.settings import Settings
from knowledge.assistant import Assistant
from knowledge.group_profiles import GroupProfiles
from knowledge.loader import Content
from knowledge.reminder_texts import ReminderTexts
from knowledge.triage import TriageEngine
from scheduler.dispatcher import Dispatcher
from storage.db import Database

_KEY = "services"
# The context PTB passes every handler.
Context = ContextTypes.DEFAULT_TYPE


@dataclass
class Services:
    settings: Settings
    content: Content
    assistant: Assistant
    signer: CallbackSigner
    triage: TriageEngine
    db: Database
    reminders: ReminderTexts
    groups: GroupProfiles
    # Injectable so tests control time instead of waiting for it.
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    # Built in post_init, once the bot exists to send with.
    dispatcher: Dispatcher | None = None

    def install(self, bot_data: dict[str, Any]) -> None:
        bot_data[_KEY] = self


def services_from(bot_data: dict[str, Any]) -> Services:
    found = bot_data[_KEY]
    assert isinstance(found, Services)
    return found


def services(context: CallbackContext[Any, Any, Any, Any]) -> Services:
    return services_from(context.bot_data)
