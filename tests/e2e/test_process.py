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
from tests.e2e.harness import TOKEN, require_spec

pytestmark = pytest.mark.e2e


class BotProcess(subprocess.Popen[str]):
    """The bot as a process. Its output goes to a file: at DEBUG a start writes more than a
    pipe holds, and a pipe nobody reads until the end blocks the bot."""

    log_path: Path

    def output(self, timeout: float) -> str:
        """What it wrote to stderr, once it has ended."""
        self.wait(timeout=timeout)
        return self.log_path.read_text(encoding="utf-8")


def start_bot(
    base_url: str, tmp_path: Path, token: str = TOKEN, log_level: str = "INFO"
) -> BotProcess:
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": token,
        "TELEGRAM_BASE_URL": base_url,
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}",
        "LOG_LEVEL": log_level,
        "POLLING_TIMEOUT": "1",
    }
    log_path = tmp_path / f"bot-{time.monotonic_ns()}.log"
    with log_path.open("w", encoding="utf-8") as log:
        bot = BotProcess(
            [sys.executable, "-m", "bot", "run"],
            env=env,
            cwd=tmp_path,
            stdout=subprocess.DEVNULL,
            stderr=log,
            text=True,
        )
    bot.log_path = log_path
    return bot


# A first start in a clean clone compiles every pattern (about 5 s alone on a slow turn of
# the 2-core machine) while the other test workers run: the start is waited for longer.
START_TIMEOUT = 60.0


def wait_until(check: Any, timeout: float = 15.0) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.05)
    raise AssertionError("timed out waiting")


def test_run_answers_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    require_spec()
    with RemoteStandIn(TOKEN) as standin:
        bot = start_bot(standin.base_url, tmp_path, log_level="DEBUG")
        try:
            wait_until(lambda: standin.get("calls", method="setMyCommands")["calls"], START_TIMEOUT)
            user = standin.post("users", first_name="Pat")
            standin.post("user_sends", user_id=user["id"], chat_id=user["id"], text="/causes")
            wait_until(lambda: standin.get("bot_messages/count", chat_id=user["id"])["count"])
            started = time.monotonic()
            bot.send_signal(signal.SIGTERM)
            stderr = bot.output(timeout=15)
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
    require_spec()
    with RemoteStandIn(TOKEN) as standin:
        other = "987654321:AAOtherTokenTheStandInDoesNotKnow000"
        bot = start_bot(standin.base_url, tmp_path, token=other)
        stderr = bot.output(timeout=30)
    assert bot.returncode == 2
    assert "rejected TELEGRAM_BOT_TOKEN" in stderr
    assert len(stderr.strip().splitlines()) == 1
    assert other.split(":")[1] not in stderr


def test_unreachable_bot_api_fails_in_one_line(tmp_path: Path) -> None:
    bot = start_bot("http://127.0.0.1:9/bot", tmp_path)
    stderr = bot.output(timeout=30)
    assert bot.returncode == 2
    assert "cannot reach the Bot API" in stderr
    assert len(stderr.strip().splitlines()) == 1


# ------------------------------------------------ start-up failures: one line, not 0

# Faults injected into the bot's own process before it starts, because as root neither
# chmod nor file ownership stop it: SQLite told to refuse every write (as a read-only
# mount or file does), and chmod refused as on a file another user owns.
READ_ONLY_SQLITE = """
import sqlite3
_connect = sqlite3.connect
def _read_only(*args, **kwargs):
    connection = _connect(*args, **kwargs)
    connection.execute("PRAGMA query_only=ON")
    return connection
sqlite3.connect = _read_only
"""
OWNED_BY_ANOTHER_USER = """
import os
_chmod = os.chmod
def _not_yours(path, *args, **kwargs):
    if str(path).endswith("bot.db"):
        raise PermissionError(1, "Operation not permitted", str(path))
    return _chmod(path, *args, **kwargs)
os.chmod = _not_yours
"""


def run_until_failure(
    tmp_path: Path, base_url: str = "http://127.0.0.1:9/bot", prelude: str = "", **env: str
) -> tuple[int, str]:
    values = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_BASE_URL": base_url,
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}",
        "POLLING_TIMEOUT": "1",
        **env,
    }
    code = f"{prelude}\nimport sys\nfrom bot.cli import main\nsys.exit(main(['run']))"
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=values,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return done.returncode, done.stderr


def assert_one_line(code: int, stderr: str, *words: str) -> None:
    assert code != 0
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    for word in words:
        assert word in lines[0], lines[0]


def test_a_read_only_database_fails_in_one_line(tmp_path: Path) -> None:
    code, stderr = run_until_failure(tmp_path, prelude=READ_ONLY_SQLITE)
    assert_one_line(code, stderr, "DATABASE_URL", "read-only")


def test_a_database_another_user_owns_fails_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "bot.db").touch()
    code, stderr = run_until_failure(tmp_path, prelude=OWNED_BY_ANOTHER_USER)
    assert_one_line(code, stderr, "DATABASE_URL", "not permitted")


def test_a_folder_that_cannot_be_created_fails_in_one_line(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("a file where the folder should be")
    url = f"sqlite+aiosqlite:///{tmp_path / 'data' / 'bot.db'}"
    code, stderr = run_until_failure(tmp_path, DATABASE_URL=url)
    assert_one_line(code, stderr, "DATABASE_URL", str(tmp_path / "data"))


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://cramp:secret@127.0.0.1:9/cramp",
        "postgresql+asyncpg://cramp:secret@127.0.0.1:9/cramp",
        "postgresql+nosuchdriver://cramp:secret@127.0.0.1:9/cramp",
    ],
)
def test_a_database_url_without_its_driver_fails_in_one_line(tmp_path: Path, url: str) -> None:
    code, stderr = run_until_failure(tmp_path, DATABASE_URL=url)
    assert_one_line(code, stderr, "DATABASE_URL")
    assert "secret" not in stderr


def test_a_wrong_base_url_path_is_not_called_a_rejected_token(tmp_path: Path) -> None:
    require_spec()
    with RemoteStandIn(TOKEN) as standin:
        root = standin.base_url.rsplit("/bot", 1)[0]
        code, stderr = run_until_failure(tmp_path, base_url=f"{root}/api/v1/bot")
    assert_one_line(code, stderr, "TELEGRAM_BASE_URL", "404")
    assert "TOKEN" not in stderr
