"""Drive the real bot through the local Bot API stand-in, the way a person would."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from bot.application import BotApplication, build_application, polling, services_of
from bot.settings import Settings
from bot.webhook import WebhookServer, webhook
from knowledge.assistant import Assistant
from knowledge.loader import DEFAULT_CONTENT_DIR
from scheduler.dispatcher import Dispatcher
from standin import BotApiStandIn, CallRecord, resolve_spec_path
from tests.support.assistant import shared_assistant

TOKEN = "123456789:AAE2eTestTokenForTheLocalStandIn0000"
# Webhook mode: the public URL Telegram would post to (the stand-in maps it to the bot's
# local port, as a TLS proxy would) and the secret it sends with each update.
WEBHOOK_URL = "https://bot.example.org/telegram/webhook"
WEBHOOK_SECRET = "e2e-webhook-secret_0123456789"
MESSAGE_METHODS = frozenset(
    {"sendMessage", "editMessageText", "editMessageReplyMarkup", "sendPhoto", "sendDocument"}
)


def require_spec() -> None:
    """The spec ships with the project (standin/data/): missing, the tests fail, not skip."""
    path = resolve_spec_path()
    if not path.is_file():
        pytest.fail(f"Bot API spec not found at {path}: end-to-end tests need it")


def bot_settings(standin: BotApiStandIn, data_dir: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "telegram_bot_token": TOKEN,
        "telegram_base_url": standin.base_url,
        "database_url": f"sqlite+aiosqlite:///{data_dir / 'bot.db'}",
        "polling_timeout": 1,
        # Tests talk to the bot far faster than a person can; test_flood sets real limits.
        "flood_burst": 10_000,
        "flood_rate_per_second": 10_000,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@asynccontextmanager
async def running_bot(
    settings: Settings, clock: Callable[[], datetime] | None = None
) -> AsyncIterator[BotApplication]:
    """The same Application `cramp-bot run` builds, polling the stand-in; with a clock,
    time is the test's to move."""
    app = build_application(settings, assistant=_assistant_for(settings))
    if clock is not None:
        services_of(app).clock = clock
    async with polling(app, settings.polling_timeout):
        yield app


def _assistant_for(settings: Settings) -> Assistant | None:
    """The process's shared assistant for the shipped content; a bot given other content
    builds its own."""
    return shared_assistant() if settings.content_dir == DEFAULT_CONTENT_DIR else None


def webhook_settings(standin: BotApiStandIn, data_dir: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "webhook_url": WEBHOOK_URL,
        "webhook_secret": WEBHOOK_SECRET,
        "webhook_listen": "127.0.0.1",
        "webhook_port": 0,
    }
    values.update(overrides)
    return bot_settings(standin, data_dir, **values)


@asynccontextmanager
async def running_webhook_bot(
    standin: BotApiStandIn, settings: Settings, clock: Callable[[], datetime] | None = None
) -> AsyncIterator[tuple[BotApplication, WebhookServer]]:
    """The Application `cramp-bot run` builds with WEBHOOK_URL set, serving its webhook on
    a free local port that the stand-in delivers to."""
    app = build_application(settings, assistant=_assistant_for(settings))
    if clock is not None:
        services_of(app).clock = clock
    async with webhook(app, settings) as server:
        deliver_to(standin, server)
        yield app, server


def deliver_to(standin: BotApiStandIn, server: WebhookServer) -> None:
    """From now on the stand-in posts updates to this instance (a load balancer's pick)."""
    standin.configure_webhook(origin=f"http://127.0.0.1:{server.port}", retry_delay=0.2)


def dispatcher_of(app: BotApplication) -> Dispatcher:
    dispatcher = services_of(app).dispatcher
    assert dispatcher is not None
    return dispatcher


async def run_pass(app: BotApplication) -> None:
    """One reminder pass, run by hand, and whatever it sends sent."""
    dispatcher = dispatcher_of(app)
    await dispatcher.wait_idle()
    await dispatcher.run_pass()
    # The periodic job may have started a pass of its own meanwhile, which claimed what
    # was due first: what it sends is sent once that pass is over.
    await dispatcher.wait_idle()


def buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
    return [button for row in rows for button in row]


def button_labels(message: dict[str, Any]) -> list[str]:
    return [b["text"] for b in buttons(message)]


def plain(message: dict[str, Any]) -> str:
    return str(message.get("text") or message.get("caption") or "")


async def bot_joins(
    standin: BotApiStandIn, group: Any, *, by: Any, as_admin: bool = False, timeout: float = 5.0
) -> dict[str, Any]:
    """`by` adds the bot to `group`; returns the welcome the bot posts there, once it is
    posted, so that a test's next command is never answered by the welcome."""
    mark = standin.calls[-1].seq if standin.calls else 0
    standin.add_bot_to_group(group, by=by, as_admin=as_admin)
    record = await standin.wait_for(
        lambda c: (
            c.seq > mark and c.ok and c.method == "sendMessage" and str(c.chat_id) == str(group.id)
        ),
        timeout=timeout,
    )
    welcome: dict[str, Any] = record.result
    return welcome


class Person:
    """A user in a chat: sends text, presses buttons, and reads what the bot answered."""

    def __init__(self, standin: BotApiStandIn, user: Any, chat: Any) -> None:
        self.standin = standin
        self.user = user
        self.chat = chat

    @property
    def chat_id(self) -> int:
        return int(self.chat.id)

    def _mark(self) -> int:
        calls = self.standin.calls
        return calls[-1].seq if calls else 0

    async def _outputs(self, after: int, count: int, timeout: float) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        last = after
        while len(found) < count:
            record = await self.standin.wait_for(
                lambda c, last=last: (
                    c.seq > last
                    and c.ok
                    and c.method in MESSAGE_METHODS
                    and str(c.chat_id) == str(self.chat_id)
                ),
                timeout=timeout,
            )
            found.append(record.result)
            last = record.seq
        return found

    async def say(
        self, text: str, replies: int = 1, timeout: float = 5.0, **kwargs: Any
    ) -> list[dict[str, Any]]:
        mark = self._mark()
        self.standin.user_sends(self.user, self.chat, text, **kwargs)
        return await self._outputs(mark, replies, timeout)

    async def ask(self, text: str, timeout: float = 5.0, **kwargs: Any) -> dict[str, Any]:
        return (await self.say(text, 1, timeout, **kwargs))[0]

    async def press(
        self, message: dict[str, Any], label: str, timeout: float = 5.0
    ) -> dict[str, Any]:
        """Press the button whose label contains `label`; returns the message shown next."""
        data = self.button_data(message, label)
        mark = self._mark()
        self.standin.press_button(self.user, message, data)
        return (await self._outputs(mark, 1, timeout))[0]

    async def press_expecting_alert(
        self, message: dict[str, Any], data: str, forged: bool = True
    ) -> CallRecord:
        mark = self._mark()
        if forged:
            self.standin.press_button_forged(self.user, message, data)
        else:
            self.standin.press_button(self.user, message, data)
        return await self.standin.wait_for(
            lambda c: c.seq > mark and c.method == "answerCallbackQuery", timeout=5.0
        )

    @staticmethod
    def button_data(message: dict[str, Any], label: str) -> str:
        pattern = re.compile(re.escape(label), re.IGNORECASE)
        matching = [b for b in buttons(message) if pattern.search(b["text"])]
        assert matching, f"no button {label!r} among {button_labels(message)}"
        return str(matching[0]["callback_data"])
