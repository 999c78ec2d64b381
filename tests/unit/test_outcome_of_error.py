"""What each failed reminder send means for the subscriber (bot/reminder_delivery.py)."""

from __future__ import annotations

import pytest
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TimedOut,
)

from bot.reminder_delivery import outcome_of_error
from bot.request import RequestNotSent


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (ChatMigrated(-100123), "migrated"),
        (Forbidden("Forbidden: bot was blocked by the user"), "gone"),
        (BadRequest("Bad Request: chat not found"), "gone"),
        (BadRequest("Bad Request: message thread not found"), "failed"),
        (RetryAfter(5), "retry"),
        (TimedOut(), "uncertain"),
        (RequestNotSent("Request not sent: Connection refused"), "unsent"),
        (NetworkError("Bad Gateway"), "retry"),
    ],
)
def test_each_error_has_its_outcome(error: Exception, kind: str) -> None:
    assert outcome_of_error(error).kind == kind


def test_migration_carries_the_new_chat_id() -> None:
    assert outcome_of_error(ChatMigrated(-100123)).new_chat_id == -100123


def test_anything_else_is_a_bug_and_raised() -> None:
    with pytest.raises(KeyError):
        outcome_of_error(KeyError("x"))
