"""A reply to a person that Telegram did not take is tried again after a short pause.

Not taken: refused with a 5xx, or never sent (bot/request.py: NetworkError means not
sent), so a brief outage does not swallow the answer. A timeout is not retried: the
message may have arrived; a 400 would be refused again. Reminders are not retried here:
the dispatcher does it, and knows how often each was tried.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from telegram.error import BadRequest, NetworkError, TimedOut

log = logging.getLogger(__name__)

# Pauses before the retries of a reply that was not sent.
REPLY_RETRY_PAUSES = (0.5, 1.0, 2.0)

T = TypeVar("T")


def not_taken(error: NetworkError) -> bool:
    """Not sent, or a 5xx: Telegram did not act on it."""
    return not isinstance(error, BadRequest | TimedOut)


async def retried_reply(send: Callable[[], Awaitable[T]], endpoint: str) -> T:
    for pause in REPLY_RETRY_PAUSES:
        try:
            return await send()
        except NetworkError as error:
            if not not_taken(error):
                raise
            log.info("%s not taken (%s); trying again in %s s", endpoint, error, pause)
            await asyncio.sleep(pause)
    return await send()
