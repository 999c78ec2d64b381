"""PTB's AIORateLimiter with the additions the bot's delivery guarantees rest on.

1. A request may carry, as `rate_limit_args`, a coroutine function to await after the
   limiter lets it through and right before it leaves. The reminder dispatcher marks
   the occurrence 'sending' there (scheduler/sending.py): a request that waits in the
   limiter has not left, so a crash meanwhile must not make it look possibly delivered.
   If it raises, the request is not made.
2. A request without one (a reply to a person) that Telegram refused with a 5xx, or that
   the transport could not send (bot/request.py: NetworkError means not sent), is tried
   again after a short pause, so a brief outage does not swallow the answer. A timeout
   is not retried: the message may have arrived. Reminders are retried by the
   dispatcher instead, which knows how often each was tried.
3. Lookups (get... methods) do not count towards a group's 20 messages a minute.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import BadRequest, NetworkError, TimedOut
from telegram.ext import AIORateLimiter

from scheduler.sending import BeforeRequest

log = logging.getLogger(__name__)

Result = bool | dict[str, Any] | list[dict[str, Any]]
# Pauses before the retries of a reply that was not sent.
REPLY_RETRY_PAUSES = (0.5, 1.0, 2.0)


def _not_taken(error: NetworkError) -> bool:
    """Not sent, or a 5xx: Telegram did not act on it. (A timeout may have been acted on;
    a 400 would be refused again.)"""
    return not isinstance(error, BadRequest | TimedOut)


class RateLimiter(AIORateLimiter):
    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | BeforeRequest | None,
    ) -> Result:
        if endpoint.startswith("get") and "chat_id" in data:
            # Telegram's 20 a minute per group is for what the bot posts there; a lookup
            # (is this person an admin?) posts nothing, and counting it would slow an
            # admin's /setup taps.
            data = {key: value for key, value in data.items() if key != "chat_id"}
        if callable(rate_limit_args):
            before_request = rate_limit_args

            async def gated(*call_args: Any, **call_kwargs: Any) -> Result:
                await before_request()
                return await callback(*call_args, **call_kwargs)

            return await super().process_request(gated, args, kwargs, endpoint, data, None)
        for pause in REPLY_RETRY_PAUSES:
            try:
                return await super().process_request(
                    callback, args, kwargs, endpoint, data, rate_limit_args
                )
            except NetworkError as error:
                if not _not_taken(error):
                    raise
                log.info("%s not taken (%s); trying again in %s s", endpoint, error, pause)
                await asyncio.sleep(pause)
        return await super().process_request(
            callback, args, kwargs, endpoint, data, rate_limit_args
        )
