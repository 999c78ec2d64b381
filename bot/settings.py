"""Settings from the environment (and .env). The token is a SecretStr: it never prints."""

from __future__ import annotations

import re
import socket
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from knowledge.kept import default_directory, directory_named
from knowledge.loader import DEFAULT_CONTENT_DIR

# BotFather tokens: a numeric bot id, a colon, 35 URL-safe characters. We accept a
# little more length on the secret part in case Telegram ever lengthens it.
TOKEN_PATTERN = re.compile(r"^\d{5,20}:[A-Za-z0-9_-]{30,64}$")
# setWebhook's secret_token: 1-256 characters, letters, digits, _ and - only.
WEBHOOK_SECRET_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


class SettingsError(ValueError):
    """A setting is missing or malformed. str() is one line meant for the operator."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: SecretStr | None = None
    telegram_base_url: str = "https://api.telegram.org/bot"
    database_url: str = "sqlite+aiosqlite:///data/cramp-coach.db"
    log_level: str = "INFO"
    # "text" for a terminal, "json" (one object a line) for a log collector.
    log_format: Literal["text", "json"] = "text"
    # /healthz, /readyz and /metrics are served on this port when it is set (0: any free).
    health_port: int | None = Field(default=None, ge=0, le=65535)
    health_host: str = "0.0.0.0"
    # Errors go to Sentry too when this is set (never the token or what people wrote).
    sentry_dsn: SecretStr | None = None
    content_dir: Path = DEFAULT_CONTENT_DIR
    # What a start derives (the content's compiled patterns, the language model unpacked,
    # the English word list) is kept here from one start to the next, which saves most of
    # the start's work (knowledge/kept.py); "off" keeps none.
    pattern_cache_dir: Path | None = Field(default_factory=default_directory)
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
    # How long an instance's claim on the reminders it took holds without renewal: when it
    # dies, the others send what it had taken (but not begun sending) this long after.
    reminder_lease_seconds: float = Field(default=30.0, ge=3, le=3600)
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
    # Webhook mode (polling when unset): Telegram posts updates to this public https URL,
    # with WEBHOOK_SECRET in a header; the bot serves the URL's path on
    # WEBHOOK_LISTEN:WEBHOOK_PORT (a TLS proxy or load balancer forwards it unchanged).
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_listen: str = "0.0.0.0"
    # 0 takes any free port (tests).
    webhook_port: int = Field(default=8443, ge=0, le=65535)
    # This instance's name on a database several share: its claims on reminders (leases)
    # are renewed under it, so two live instances need two names. A container's hostname
    # is its own; several instances on one host must each set one.
    instance_name: str = Field(default_factory=socket.gethostname, min_length=1, max_length=64)
    # Telegram's limits are per bot, not per process: several instances share one sending
    # budget, in Redis when this is set (redis://host:6379/0), else in PostgreSQL when the
    # database is PostgreSQL; a single process on SQLite keeps it in memory.
    redis_url: SecretStr | None = None

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        value = value.upper()
        if value not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return value

    @field_validator("instance_name", mode="before")
    @classmethod
    def _printable_name(cls, value: object) -> object:
        if isinstance(value, str):
            value = value.strip()
            if any(not character.isprintable() for character in value):
                raise ValueError("INSTANCE_NAME must be printable text, e.g. bot-1")
        return value

    @field_validator("redis_url", mode="before")
    @classmethod
    def _redis_scheme(cls, value: object) -> object:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None  # unset, or set empty in .env: no Redis
        if isinstance(value, str) and not value.strip().startswith(
            ("redis://", "rediss://", "unix://")
        ):
            raise ValueError(
                "REDIS_URL must start with redis://, rediss:// or unix://, e.g. "
                "redis://127.0.0.1:6379/0 (value not shown)"
            )
        return value.strip() if isinstance(value, str) else value

    @field_validator("pattern_cache_dir", mode="before")
    @classmethod
    def _cache_off(cls, value: object) -> object:
        return directory_named(value)

    @field_validator("log_format", mode="before")
    @classmethod
    def _lower_format(cls, value: object) -> object:
        return value.lower() if isinstance(value, str) else value

    @field_validator("telegram_base_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("TELEGRAM_BASE_URL must start with http:// or https://")
        return value

    @field_validator("webhook_url", mode="before")
    @classmethod
    def _https_webhook(cls, value: object) -> object:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None  # unset, or set empty in .env: polling
        if not isinstance(value, str):
            return value
        parts = urlsplit(value.strip())
        if parts.scheme != "https" or not parts.hostname:
            raise ValueError(
                "WEBHOOK_URL must be a public https:// address, e.g. "
                "https://bot.example.org/telegram/webhook (Telegram posts to https only)"
            )
        return value.strip()

    @model_validator(mode="after")
    def _webhook_secret_with_url(self) -> Settings:
        secret = self.webhook_secret.get_secret_value() if self.webhook_secret else ""
        if self.webhook_url is not None and not secret:
            raise ValueError(
                "WEBHOOK_SECRET must be set with WEBHOOK_URL: Telegram sends it with every "
                "update, and requests without it are refused"
            )
        if secret and not WEBHOOK_SECRET_PATTERN.match(secret):
            raise ValueError(
                "WEBHOOK_SECRET may hold only letters, digits, _ and - (1 to 256 of them; "
                "value not shown)"
            )
        return self

    @property
    def webhook_path(self) -> str:
        """The path the webhook is served at: WEBHOOK_URL's, as the proxy forwards it."""
        return urlsplit(self.webhook_url or "").path or "/"

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
