"""The token never reaches a log line, including httpx request lines and tracebacks."""

from __future__ import annotations

import io
import logging

from bot.logging_setup import RedactingFilter

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0"


def test_token_is_redacted_from_messages_and_tracebacks() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter([TOKEN]))
    logger = logging.getLogger("test.redaction")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("HTTP Request: POST https://api.telegram.org/bot%s/getMe", TOKEN)
        try:
            raise RuntimeError(f"failed calling /bot{TOKEN}/sendMessage")
        except RuntimeError:
            logger.exception("boom")
    finally:
        logger.removeHandler(handler)
    output = stream.getvalue()
    assert TOKEN not in output
    assert output.count("<token>") >= 2


def test_the_secret_part_alone_is_redacted_too() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter([TOKEN]))
    logger = logging.getLogger("test.redaction.part")
    logger.addHandler(handler)
    logger.propagate = False
    secret = TOKEN.split(":")[1]
    try:
        logger.warning("url-encoded: /bot123456789%%3A%s/getMe", secret)
        logger.warning("whole: %s", TOKEN)
    finally:
        logger.removeHandler(handler)
    output = stream.getvalue()
    assert secret not in output
    assert "123456789%3A<token>" in output and "whole: <token>" in output
