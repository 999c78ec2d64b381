"""What handlers need, built once at start-up and reached through context.bot_data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from telegram.ext import CallbackContext

from bot.callbacks import CallbackSigner
from bot.settings import Settings
from knowledge.assistant import Assistant
from knowledge.loader import Content

_KEY = "services"


@dataclass
class Services:
    settings: Settings
    content: Content
    assistant: Assistant
    signer: CallbackSigner

    def install(self, bot_data: dict[str, Any]) -> None:
        bot_data[_KEY] = self


def services(context: CallbackContext[Any, Any, Any, Any]) -> Services:
    found = context.bot_data[_KEY]
    assert isinstance(found, Services)
    return found
