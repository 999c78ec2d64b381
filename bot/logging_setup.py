"""Logging that can never print the bot token, even inside httpx's request lines.

Plain text by default (a terminal); LOG_FORMAT=json writes one JSON object a line for a
log collector: time, level, logger, message, and while an update is handled its id and a
keyed hash of its chat id (ops/updates.py). JSON lines never carry what a person wrote:
the update's words are masked, and the libraries' DEBUG lines, which print whole
requests and updates, are not written.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime

from ops.updates import current, mask_words, use_hash_key

LOG_FORMATS = ("text", "json")
# Libraries whose DEBUG lines hold raw updates and request parameters (people's words).
_VERBOSE_LIBRARIES = ("telegram", "httpx", "httpcore", "aiohttp", "sqlalchemy")


class RedactingFilter(logging.Filter):
    """Replaces every occurrence of the given secrets in a record's final message.

    A bot token's secret part is masked on its own too: a URL-encoded token
    ("123%3AAAE...") or a token split by some library's formatting still leaks it."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        parts = [s.partition(":")[2] for s in secrets if ":" in s]
        found = {s for s in [*secrets, *parts] if len(s) >= 8}
        # Longest first, so the whole token is masked as one before its part could be.
        self._secrets = sorted(found, key=len, reverse=True)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = message
        for secret in self._secrets:
            redacted = redacted.replace(secret, "<token>")
        if redacted != message:
            record.msg, record.args = redacted, None
        if record.exc_info and record.exc_info[1] is not None:
            text = logging.Formatter().formatException(record.exc_info)
            for secret in self._secrets:
                text = text.replace(secret, "<token>")
            record.exc_text = text
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object a line. Runs after RedactingFilter, so the token is gone already;
    the words of the update being handled are masked here."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": mask_words(record.getMessage()),
        }
        context = current()
        if context is not None:
            line["update_id"] = context.update_id
            if context.chat is not None:
                line["chat"] = context.chat
        if record.exc_info and record.exc_info[1] is not None:
            line["exception"] = mask_words(record.exc_text or self.formatException(record.exc_info))
        return json.dumps(line, ensure_ascii=False)


def configure_logging(level: str, secrets: list[str], log_format: str = "text") -> None:
    handler = logging.StreamHandler(sys.stderr)
    if log_format == "json":
        handler.setFormatter(JsonFormatter())
        for secret in secrets[:1]:
            use_hash_key(secret)
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # httpx logs every request URL, which contains the token; keep it quiet unless debugging.
    logging.getLogger("httpx").setLevel(logging.WARNING if level != "DEBUG" else logging.DEBUG)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    if log_format == "json":
        for library in _VERBOSE_LIBRARIES:
            logger = logging.getLogger(library)
            logger.setLevel(max(logger.getEffectiveLevel(), logging.INFO))
