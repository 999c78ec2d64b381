"""The optional error-report hook (Sentry): a report never carries the token or what a
person wrote, wherever in the event they would be."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest
import sentry_sdk
from sentry_sdk.envelope import Envelope
from sentry_sdk.transport import Transport
from telegram import Chat, Message, Update, User

from ops.errors import Scrubber, init_error_reports
from ops.updates import handling

TOKEN = "123456789:AAE2eTestTokenForErrorReports000000"
SECRET = TOKEN.split(":")[1]
WORDS = "my left calf has been swollen since the flight"


def update_with_words() -> Update:
    from datetime import UTC, datetime

    user = User(7, "Alice", is_bot=False)
    chat = Chat(7, "private")
    message = Message(1, datetime.now(UTC), chat, from_user=user, text=WORDS)
    return Update(4242, message=message)


def test_scrubber_removes_the_token_and_the_words_everywhere() -> None:
    scrub = Scrubber([TOKEN])
    event: dict[str, Any] = {
        "message": f"failed at https://api.telegram.org/bot{TOKEN}/sendMessage",
        "exception": {
            "values": [
                {
                    "type": "BadRequest",
                    "value": f"can't send {WORDS!r} with {SECRET}",
                    "stacktrace": {"frames": [{"function": "f", "vars": {"text": WORDS}}]},
                }
            ]
        },
        "breadcrumbs": {"values": [{"message": f"got {WORDS}", "data": {"text": WORDS}}]},
        "request": {"url": f"/bot{TOKEN}/x", "data": WORDS},
        "user": {"id": 7},
        "extra": {"update": WORDS},
    }
    with handling(update_with_words()):
        scrubbed = repr(scrub(event, {}))
    assert TOKEN not in scrubbed and SECRET not in scrubbed and WORDS not in scrubbed
    assert "<token>" in scrubbed and "<text>" in scrubbed and "BadRequest" in scrubbed
    assert "'user'" not in scrubbed and "'vars'" not in scrubbed


class Kept(Transport):
    """Keeps what would be sent, so nothing leaves the machine."""

    def __init__(self, options: Any = None) -> None:
        super().__init__(options)
        self.envelopes: list[Envelope] = []

    def capture_envelope(self, envelope: Envelope) -> None:
        self.envelopes.append(envelope)


@pytest.fixture
def reports() -> Iterator[Kept]:
    kept = Kept()
    init_error_reports("https://public@sentry.invalid/1", [TOKEN], transport=kept)
    try:
        yield kept
    finally:
        sentry_sdk.get_client().close()
        sentry_sdk.init()  # no DSN: the SDK stays installed but sends nothing


def test_an_error_logged_while_handling_an_update_is_reported_scrubbed(reports: Kept) -> None:
    log = logging.getLogger("bot.handlers.errors")
    with handling(update_with_words()):
        log.info("about to fail for %s", WORDS)  # a breadcrumb
        try:
            raise ValueError(f"could not parse {WORDS!r} via /bot{TOKEN}/sendMessage")
        except ValueError:
            log.exception("handler failed on update %s", 4242)
    sentry_sdk.flush()
    sent = b"".join(item.payload.get_bytes() for e in reports.envelopes for item in e.items)
    assert b"handler failed on update 4242" in sent and b"ValueError" in sent
    for secret in (TOKEN, SECRET, WORDS):
        assert secret.encode() not in sent
