"""Settings: clear one-line errors that never echo the token."""

from __future__ import annotations

import pytest

from bot.settings import Settings, SettingsError

GOOD = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0"


def make(**values: object) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def test_missing_token() -> None:
    with pytest.raises(SettingsError, match="TELEGRAM_BOT_TOKEN is not set"):
        make().require_token()


@pytest.mark.parametrize(
    "bad", ["abc", "123:short", "123456789 AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0"]
)
def test_malformed_token_is_rejected_without_echo(bad: str) -> None:
    with pytest.raises(SettingsError) as info:
        make(telegram_bot_token=bad).require_token()
    assert bad not in str(info.value)
    assert "malformed" in str(info.value)


def test_good_token_and_secret_repr() -> None:
    settings = make(telegram_bot_token=GOOD)
    assert settings.require_token() == GOOD
    assert GOOD not in repr(settings)
    assert GOOD not in str(settings.model_dump())


def test_environment_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BASE_URL", "http://127.0.0.1:9/bot")
    monkeypatch.setenv("LOG_LEVEL", "debug")
    settings = make()
    assert settings.telegram_base_url == "http://127.0.0.1:9/bot"
    assert settings.log_level == "DEBUG"


def test_bad_base_url() -> None:
    with pytest.raises(ValueError):
        make(telegram_base_url="ftp://example")
