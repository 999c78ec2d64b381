"""Logging that can never print the bot token, even inside httpx's request lines."""

from __future__ import annotations

import logging
import sys


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


def configure_logging(level: str, secrets: list[str]) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # httpx logs every request URL, which contains the token; keep it quiet unless debugging.
    logging.getLogger("httpx").setLevel(logging.WARNING if level != "DEBUG" else logging.DEBUG)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
