"""Several instances: each has a name of its own (its leases are renewed under it), and the
send budget is shared where several can run: Redis when REDIS_URL is set, else PostgreSQL;
memory for one process on SQLite."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from bot.application import build_application, build_dispatcher, services_of
from bot.cli import main
from bot.send_budget.choose import send_windows
from bot.send_budget.local import LocalWindows
from bot.send_budget.shared import SharedWindows
from bot.settings import Settings
from storage.db import Database

TOKEN = "123456789:AAE2eTestTokenForTheLocalStandIn0000"


def settings(**values: Any) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def test_the_instance_is_named_after_its_host_unless_told() -> None:
    assert settings().instance_name == socket.gethostname()
    assert settings(instance_name="  bot-2 ").instance_name == "bot-2"


@pytest.mark.parametrize(
    ("values", "problem"),
    [
        ({"instance_name": ""}, "at least 1 character"),
        ({"instance_name": "x" * 65}, "at most 64 characters"),
        ({"instance_name": "bot\n1"}, "INSTANCE_NAME must be printable"),
        ({"redis_url": "http://127.0.0.1:6379"}, "REDIS_URL must start with redis://"),
    ],
)
def test_bad_instance_settings_are_refused(values: dict[str, Any], problem: str) -> None:
    with pytest.raises(ValidationError, match=problem):
        settings(**values)


def test_an_empty_redis_url_means_none() -> None:
    assert settings(redis_url="").redis_url is None


def test_a_malformed_redis_url_is_named_in_one_line_without_its_value(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("REDIS_URL", "tcp://user:hunter2@cache:6379")
    assert main(["run"]) == 2
    error = capsys.readouterr().err.strip()
    assert "REDIS_URL must start with redis://" in error and "\n" not in error
    assert "hunter2" not in error


async def test_the_dispatcher_claims_under_the_instance_name(tmp_path: Path) -> None:
    app = build_application(
        settings(
            telegram_bot_token=TOKEN,
            database_url=f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}",
            instance_name="bot-2",
        )
    )
    dispatcher = build_dispatcher(app, services_of(app))
    assert dispatcher.settings.instance == "bot-2"
    await services_of(app).db.close()


async def test_the_budget_is_shared_where_several_instances_can_run(tmp_path: Path) -> None:
    sqlite = Database(f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}")
    assert isinstance(send_windows(settings(), sqlite), LocalWindows)
    shared = send_windows(settings(redis_url="redis://127.0.0.1:6379/0"), sqlite)
    assert isinstance(shared, SharedWindows) and shared.kind == "redis"
    await shared.close()
    await sqlite.close()
    postgres = Database("postgresql+asyncpg://bot@db.invalid/bot")  # never connected
    assert send_windows(settings(), postgres).kind == "postgresql"
    await postgres.close()
