"""The bot run as a service, end to end against the stand-in: /healthz, /readyz and
/metrics on HEALTH_PORT while it polls; JSON log lines that carry the update id and a
chat hash but never the token or what a person wrote; a restore refused while it runs."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest
from prometheus_client import REGISTRY

from bot.application import BotApplication
from bot.cli import main
from bot.logging_setup import configure_logging
from ops.lifecycle import operations_from
from standin import BotApiStandIn
from standin.remote import RemoteStandIn
from tests.e2e.harness import TOKEN, Person, bot_settings, running_bot

pytestmark = pytest.mark.e2e

WORDS = "my calf went rigid at 3am zebra quartz seventy"
LOGGERS = ("", "telegram", "httpx", "httpcore", "aiohttp", "sqlalchemy", "apscheduler")


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


async def get(app: BotApplication, path: str) -> tuple[int, str]:
    operations = operations_from(app.bot_data)
    assert operations is not None and operations.server is not None
    url = f"http://127.0.0.1:{operations.server.port}{path}"
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.text()


async def until_ready(app: BotApplication, timeout: float = 10.0) -> dict[str, object]:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        status, body = await get(app, "/readyz")
        if status == 200 or loop.time() > deadline:
            answer: dict[str, object] = json.loads(body)
            return answer
        await asyncio.sleep(0.2)


async def test_health_readiness_and_metrics_while_the_bot_polls(
    standin: BotApiStandIn, tmp_path: Path
) -> None:
    alice = Person(standin, standin.add_user("Alice"), None)
    alice.chat = standin.private_chat(alice.user)
    settings = bot_settings(standin, tmp_path, health_port=0, health_host="127.0.0.1")
    updates = sample("cramp_updates_total", kind="message")
    replies = sample("cramp_replies_sent_total", method="sendMessage")
    passes = sample("cramp_dispatcher_pass_seconds_count")
    async with running_bot(settings) as app:
        assert await get(app, "/healthz") == (200, "ok\n")
        ready = await until_ready(app)
        assert ready == {
            "ready": True,
            "checks": {"database": "ok", "bot_api": "ok", "dispatcher": "ok"},
        }
        await alice.ask("/help")
        for _ in range(100):  # the reply can arrive before its handler has returned
            if sample("cramp_updates_total", kind="message") > updates and (
                sample("cramp_dispatcher_pass_seconds_count") > passes  # one a second
            ):
                break
            await asyncio.sleep(0.05)
        status, body = await get(app, "/metrics")
        assert status == 200 and 'cramp_updates_total{kind="message"}' in body
        assert sample("cramp_updates_total", kind="message") >= updates + 1
        assert sample("cramp_replies_sent_total", method="sendMessage") >= replies + 1
        assert sample("cramp_dispatcher_pass_seconds_count") >= passes + 1
        # The database goes: not ready, and why.
        (tmp_path / "bot.db").unlink()
        status, body = await get(app, "/readyz")
        assert status == 503
        checks = json.loads(body)["checks"]
        assert "deleted" in checks["database"] and checks["bot_api"] == "ok"


@pytest.fixture
def json_logs(monkeypatch: pytest.MonkeyPatch) -> Iterator[io.StringIO]:
    """Logging as `cramp-bot run` sets it up with LOG_FORMAT=json and LOG_LEVEL=DEBUG."""
    stream = io.StringIO()
    root = logging.getLogger()
    saved_handlers = root.handlers[:]
    saved_levels = {name: logging.getLogger(name).level for name in LOGGERS}
    monkeypatch.setattr(sys, "stderr", stream)
    configure_logging("DEBUG", [TOKEN], "json")
    try:
        yield stream
    finally:
        root.handlers[:] = saved_handlers
        for name, level in saved_levels.items():
            logging.getLogger(name).setLevel(level)


async def test_json_logs_carry_the_update_but_never_the_token_or_the_words(
    standin: BotApiStandIn, tmp_path: Path, json_logs: io.StringIO
) -> None:
    alice = Person(standin, standin.add_user("Alice"), None)
    alice.chat = standin.private_chat(alice.user)
    async with running_bot(bot_settings(standin, tmp_path)):
        await alice.ask("/start")
        await alice.ask(WORDS)
        await alice.ask(f"/timezone {WORDS}")
    text = json_logs.getvalue()
    lines = [json.loads(line) for line in text.splitlines()]
    assert len(lines) > 10
    assert all({"time", "level", "logger", "message"} <= set(line) for line in lines)
    about_updates = [line for line in lines if "update_id" in line]
    assert about_updates, "lines written while an update is handled name it"
    assert {line["chat"] for line in about_updates} == {about_updates[0]["chat"]}
    assert str(alice.chat_id) not in about_updates[0]["chat"]
    for secret in (TOKEN, TOKEN.split(":")[1], WORDS, "zebra quartz"):
        assert secret not in text


async def test_restore_is_refused_while_the_bot_runs(
    standin: BotApiStandIn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = bot_settings(standin, tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", settings.database_url)
    async with running_bot(settings):
        assert main(["backup", str(tmp_path / "copy.db")]) == 0  # a live backup is fine
        assert main(["restore", str(tmp_path / "copy.db")]) == 2  # a live restore is not
    assert main(["restore", str(tmp_path / "copy.db")]) == 0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def test_cramp_bot_run_serves_health_and_writes_json_logs(tmp_path: Path) -> None:
    """`cramp-bot run` as operators start it: HEALTH_PORT and LOG_FORMAT=json."""
    port = free_port()
    with RemoteStandIn(TOKEN) as standin:
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_BASE_URL": standin.base_url,
            "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}",
            "POLLING_TIMEOUT": "1",
            "HEALTH_PORT": str(port),
            "HEALTH_HOST": "127.0.0.1",
            "LOG_FORMAT": "json",
        }
        bot = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            env=env,
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            ready = None
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and bot.poll() is None:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2) as r:
                        ready = json.loads(r.read())
                        break
                except OSError:  # not listening yet, or 503 while it starts
                    time.sleep(0.2)
            assert ready is not None and ready["ready"] is True, ready
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=2) as r:
                assert b"cramp_dispatcher_pass_seconds_bucket" in r.read()
            bot.send_signal(signal.SIGTERM)
            _, stderr = bot.communicate(timeout=15)
        finally:
            if bot.poll() is None:
                bot.kill()
    assert bot.returncode == 0
    lines = [json.loads(line) for line in stderr.splitlines()]
    assert any(line["message"].startswith("bot @CrampCoachBot ready") for line in lines)
    assert TOKEN.split(":")[1] not in stderr
