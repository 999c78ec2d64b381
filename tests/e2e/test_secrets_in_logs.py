"""The bot token never shows: not in any log line at DEBUG (the HTTP clients' request lines,
PTB's own logs, tracebacks of failed handlers, network errors while polling), and not in
anything a person is shown.

One real run against the stand-in, with logging set up exactly as `cramp-bot run` does
(configure_logging), every library's logger at DEBUG, and failures forced along the way.
"""

from __future__ import annotations

import io
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from telegram import Update
from telegram.ext import CommandHandler

from bot.application import build_application, polling, services_of
from bot.cli import _check_bot_api
from bot.handlers.errors import SORRY
from bot.logging_setup import configure_logging
from bot.services import Context
from standin import BotApiStandIn, faults
from tests.e2e.harness import TOKEN, Person, bot_settings, plain
from tests.support.clock import FakeClock

pytestmark = pytest.mark.e2e

SECRET = TOKEN.split(":")[1]
LOGGERS = ("", "httpx", "httpcore", "aiohttp", "telegram", "apscheduler", "asyncio", "standin")


@pytest.fixture
def captured_logs(monkeypatch: pytest.MonkeyPatch) -> Iterator[io.StringIO]:
    """Logging as `cramp-bot run` configures it, writing to a buffer, everything at DEBUG."""
    stream = io.StringIO()
    root = logging.getLogger()
    saved_handlers = root.handlers[:]
    saved_levels = {name: logging.getLogger(name).level for name in LOGGERS}
    monkeypatch.setattr(sys, "stderr", stream)  # configure_logging's handler writes here
    configure_logging("DEBUG", [TOKEN])
    for name in LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        yield stream
    finally:
        root.handlers[:] = saved_handlers
        for name, level in saved_levels.items():
            logging.getLogger(name).setLevel(level)


async def fail_with_the_url_in_the_error(update: Update, context: Context) -> None:
    """A failure whose exception (and its cause) carry the request URL, as some HTTP
    libraries' errors do."""
    url = f"{context.bot.base_url}/sendMessage"
    try:
        raise ConnectionError(f"connection reset while calling {url}")
    except ConnectionError as cause:
        raise RuntimeError(f"could not send to {url} (token {context.bot.token})") from cause


async def test_a_debug_run_with_failures_never_logs_or_shows_the_token(
    standin: BotApiStandIn, tmp_path: Path, clock: FakeClock, captured_logs: io.StringIO
) -> None:
    settings = bot_settings(standin, tmp_path, log_level="DEBUG")
    user = standin.add_user("Alice")
    alice = Person(standin, user, standin.private_chat(user))
    # `cramp-bot run` first checks the token with one getMe over PTB's default httpx client.
    await _check_bot_api(TOKEN, standin.base_url)
    app = build_application(settings)
    services_of(app).clock = clock
    app.add_handler(CommandHandler("boom", fail_with_the_url_in_the_error), group=1)
    async with polling(app, settings.polling_timeout):
        _, menu = await alice.say("/start", replies=2)
        await alice.press(menu, "Causes")
        await alice.ask("why do I get cramps at night?")
        await alice.ask("/mydata")
        # A handler whose exception carries the URL: the error handler logs its traceback.
        _, sorry = await alice.say("/boom", replies=2)
        assert plain(sorry) == SORRY
        # Telegram refusing a reply, answering 502, dropping the connection.
        refusals = (faults.bad_request("chat not found"), faults.server_error(502), faults.drop())
        for fault in refusals:
            mark = standin.calls[-1].seq
            standin.inject("sendMessage", alice.chat_id, fault=fault)
            standin.user_sends(alice.user, alice.chat, "/about")
            await standin.wait_for(lambda c, mark=mark: c.seq > mark and c.fault is not None)
        # The long poll itself failing: the updater logs it and polls again.
        standin.inject("getUpdates", fault=faults.drop())
        standin.inject("getUpdates", fault=faults.server_error(500))
        await alice.ask("/help", timeout=15)

    logs = captured_logs.getvalue()
    assert "getUpdates" in logs and "HTTP Request: POST" in logs, "DEBUG lines were captured"
    assert "/bot<token>/getMe" in logs, "the httpx request line was there, masked"
    assert "RuntimeError: could not send to" in logs and "ConnectionError" in logs
    assert "chat not found" in logs.lower()
    assert TOKEN not in logs
    assert SECRET not in logs
    shown = [plain(m) for m in standin.bot_messages()] + [
        str(a.text) for a in standin.callback_answers
    ]
    assert not [text for text in shown if SECRET in text]
    assert not [text for text in shown if "Error" in text or "Traceback" in text]
