"""Settings from the environment (and .env). The token is a SecretStr: it never prints."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from knowledge.loader import DEFAULT_CONTENT_DIR

# BotFather tokens: a numeric bot id, a colon, 35 URL-safe characters. We accept a
# little more length on the secret part in case Telegram ever lengthens it.
TOKEN_PATTERN = re.compile(r"^\d{5,20}:[A-Za-z0-9_-]{30,64}$")


class SettingsError(ValueError):
    """A setting is missing or malformed. str() is one line meant for the operator."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: SecretStr | None = None
    telegram_base_url: str = "https://api.telegram.org/bot"
    database_url: str = "sqlite+aiosqlite:///data/cramp-coach.db"
    log_level: str = "INFO"
    content_dir: Path = DEFAULT_CONTENT_DIR
    # Key for signing callback data; derived from the token when unset, so buttons
    # keep working across restarts without another secret to manage.
    callback_secret: SecretStr | None = None
    # Seconds getUpdates is held open by the server (long polling).
    polling_timeout: int = Field(default=30, ge=0, le=50)
    # An unanswered symptom check is closed after this many seconds.
    triage_timeout_seconds: int = Field(default=600, ge=1, le=86400)
    # A reminder due while the bot was down is still sent if at most this late.
    reminder_grace_minutes: int = Field(default=30, ge=0, le=24 * 60)
    # Overall sending rate (messages per second); Telegram allows about 30 for free.
    send_rate_per_second: float = Field(default=30.0, gt=0, le=1000)
    # Paid broadcasts (Telegram Stars) allow up to 1000 messages per second.
    allow_paid_broadcast: bool = False
    # How often the reminder dispatcher looks for due reminders.
    dispatch_interval_seconds: float = Field(default=1.0, gt=0, le=60)
    # Flood control per sender: a burst of this many messages or button taps at once...
    flood_burst: int = Field(default=8, ge=1, le=10_000)
    # ...then this many per second; the excess is dropped with one polite note.
    flood_rate_per_second: float = Field(default=1.0, gt=0, le=10_000)
    # A group that removed the bot keeps its settings this many days, then they are deleted.
    group_retention_days: int = Field(default=30, ge=1, le=3650)
    # `cramp-bot console` keeps its database, clock and received files here between runs.
    console_data_dir: Path = Path(".console")

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        value = value.upper()
        if value not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return value

    @field_validator("telegram_base_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("TELEGRAM_BASE_URL must start with http:// or https://")
        return value

    def require_token(self) -> str:
        """The token, checked for shape, or a SettingsError that does not echo it."""
        if self.telegram_bot_token is None or not self.telegram_bot_token.get_secret_value():
            raise SettingsError(
                "TELEGRAM_BOT_TOKEN is not set: get one from @BotFather and put it in the "
                "environment or .env (or run 'cramp-bot console' to try the bot locally)"
            )
        token = self.telegram_bot_token.get_secret_value().strip()
        if not TOKEN_PATTERN.match(token):
            raise SettingsError(
                "TELEGRAM_BOT_TOKEN is malformed: expected '<bot id>:<secret>' as given by "
                "@BotFather, e.g. 123456789:AA... (value not shown)"
            )
        return token
