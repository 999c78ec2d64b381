"""The error handler's triage of failures: passing network trouble is logged quietly, a
refused request (a bug) is logged in full and the person hears that something broke."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import pytest
from telegram import Chat, Message, Update, User
from telegram.error import BadRequest, Forbidden, NetworkError, TimedOut

from bot.handlers.errors import SORRY, error_handler


class RecordingBot:
    def __init__(self) -> None:
        self.sent: list[tuple[int, str]] = []

    async def send_message(self, chat_id: int, text: str) -> None:
        self.sent.append((chat_id, text))


def _update() -> Update:
    chat = Chat(42, Chat.PRIVATE)
    user = User(42, "Alice", is_bot=False)
    message = Message(7, datetime(2026, 11, 21, tzinfo=UTC), chat, from_user=user, text="/x")
    return Update(1, message=message)


async def _handle(error: Exception) -> RecordingBot:
    bot = RecordingBot()
    context: Any = SimpleNamespace(error=error, bot=bot)
    await error_handler(_update(), context)
    return bot


@pytest.mark.parametrize("error", [NetworkError("refused"), TimedOut(), Forbidden("blocked")])
async def test_passing_trouble_is_not_reported_to_the_person(error: Exception) -> None:
    assert (await _handle(error)).sent == []


async def test_a_refused_request_is_a_bug_logged_in_full(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR, logger="bot.handlers.errors"):
        bot = await _handle(BadRequest("Chat not found"))
    assert bot.sent == [(42, SORRY)]
    assert any(record.exc_info for record in caplog.records)


async def test_a_crash_says_sorry() -> None:
    assert (await _handle(RuntimeError("boom"))).sent == [(42, SORRY)]
