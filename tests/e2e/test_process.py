"""`cramp-bot run` as a real process: starts, answers, stops cleanly, keeps the token secret."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from standin.remote import RemoteStandIn
from tests.e2e.harness import TOKEN, spec_or_skip

pytestmark = pytest.mark.e2e


def start_bot(
    base_url: str, tmp_path: Path, token: str = TOKEN, log_level: str = "INFO"
) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": token,
        "TELEGRAM_BASE_URL": base_url,
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}",
        "LOG_LEVEL": log_level,
        "POLLING_TIMEOUT": "1",
    }
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_until(check: Any, timeout: float = 15.0) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.05)
    raise AssertionError("timed out waiting")


def test_run_answers_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    spec_or_skip()
    with RemoteStandIn(TOKEN) as standin:
        bot = start_bot(standin.base_url, tmp_path, log_level="DEBUG")
        try:
            wait_until(lambda: standin.get("calls", method="setMyCommands")["calls"])
            user = standin.post("users", first_name="Pat")
            standin.post("user_sends", user_id=user["id"], chat_id=user["id"], text="/causes")
            wait_until(lambda: standin.get("bot_messages/count", chat_id=user["id"])["count"])
            started = time.monotonic()
            bot.send_signal(signal.SIGTERM)
            _, stderr = bot.communicate(timeout=15)
            assert bot.returncode == 0
            assert time.monotonic() - started < 10
        finally:
            if bot.poll() is None:
                bot.kill()
    # Debug logging includes httpx request lines, whose URLs contain the token.
    assert "getUpdates" in stderr
    assert TOKEN not in stderr
    assert TOKEN.split(":")[1] not in stderr


def test_rejected_token_fails_in_one_line(tmp_path: Path) -> None:
    spec_or_skip()
    with RemoteStandIn(TOKEN) as standin:
        other = "987654321:AAOtherTokenTheStandInDoesNotKnow000"
        bot = start_bot(standin.base_url, tmp_path, token=other)
        _, stderr = bot.communicate(timeout=30)
    assert bot.returncode == 2
    assert "rejected TELEGRAM_BOT_TOKEN" in stderr
    assert len(stderr.strip().splitlines()) == 1
    assert other.split(":")[1] not in stderr


def test_unreachable_bot_api_fails_in_one_line(tmp_path: Path) -> None:
    bot = start_bot("http://127.0.0.1:9/bot", tmp_path)
    _, stderr = bot.communicate(timeout=30)
    assert bot.returncode == 2
    assert "cannot reach the Bot API" in stderr
    assert len(stderr.strip().splitlines()) == 1
