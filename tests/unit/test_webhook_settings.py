"""WEBHOOK_* settings: polling unless WEBHOOK_URL is set; then https and a secret."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from bot.cli import main
from bot.settings import Settings


def settings(**values: Any) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def test_polling_is_the_default() -> None:
    found = settings()
    assert found.webhook_url is None and found.webhook_port == 8443
    assert found.webhook_listen == "0.0.0.0"


def test_the_path_served_is_the_urls() -> None:
    found = settings(webhook_url="https://bot.example.org/telegram/webhook", webhook_secret="s_1")
    assert found.webhook_path == "/telegram/webhook"
    assert "s_1" not in repr(found)


@pytest.mark.parametrize(
    ("values", "problem"),
    [
        ({"webhook_url": "https://bot.example.org/hook"}, "WEBHOOK_SECRET must be set"),
        ({"webhook_url": "http://bot.example.org/hook", "webhook_secret": "s"}, "https://"),
        ({"webhook_url": "https://bot.example.org/h", "webhook_secret": "a b"}, "only letters"),
    ],
)
def test_bad_webhook_settings_are_refused(values: dict[str, Any], problem: str) -> None:
    with pytest.raises(ValidationError, match=problem):
        settings(**values)


def test_the_cli_names_the_setting_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Any
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456789:AAE2eTestTokenForTheLocalStandIn0000")
    monkeypatch.setenv("WEBHOOK_URL", "https://bot.example.org/hook")
    assert main(["run"]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("cramp-bot: error: WEBHOOK_SECRET must be set") and "\n" not in error
