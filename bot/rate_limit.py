"""The bot's rate limiter for PTB: Telegram's limits, each request's ticket, and the hop
from the limiter to the database.

Every request may carry a `Ticket` as PTB's `rate_limit_args`:
- its priority: a reply to a person (the default) takes the budget before reminders;
- for a reminder, `before_request`, awaited after the limiter lets the request through
  and right before it leaves: the dispatcher marks the occurrence 'sending' there
  (scheduler/sending.py). A request that waits in the limiter has not left, so a crash
  meanwhile must not make it look possibly delivered. If it raises, the request is not
  made.
The budget itself (bot/send_budget) is a set of sliding windows: the overall rate (or the
paid-broadcast rate for messages that use it) for requests to a chat, and 20 a minute per
group. They are in memory for one process, shared in Redis or PostgreSQL for several.
A reply not taken by Telegram is tried again (bot/reply_retry.py); a 429 makes this
process's requests wait what Telegram asked, then the request is tried again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import warnings
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter
from telegram.warnings import PTBDeprecationWarning

from bot.reply_retry import retried_reply
from bot.send_budget import Priority, SendWindows, Window
from scheduler.sending import BeforeRequest

log = logging.getLogger(__name__)

Result = bool | dict[str, Any] | list[dict[str, Any]]
PAID_BROADCAST_RATE = 1000.0


@dataclass(frozen=True, slots=True)
class Ticket:
    """What a request tells the rate limiter about itself."""

    priority: Priority = Priority.REPLY
    before_request: BeforeRequest | None = None

    @classmethod
    def reminder(cls, before_request: BeforeRequest) -> Ticket:
        return cls(Priority.BULK, before_request)


REPLY = Ticket()


@dataclass(frozen=True, slots=True)
class Limits:
    overall_rate: float = 30.0
    group_rate: float = 20.0
    group_period: float = 60.0
    paid_broadcast_rate: float = PAID_BROADCAST_RATE


def _group_of(chat_id: object) -> str | None:
    """A group or channel (negative id or @username) has its own 20 a minute; a person's
    private chat does not."""
    if isinstance(chat_id, str):
        with contextlib.suppress(ValueError):
            chat_id = int(chat_id)
    if isinstance(chat_id, str) or (isinstance(chat_id, int) and chat_id < 0):
        return str(chat_id)
    return None


def _seconds_to_wait(error: RetryAfter) -> float:
    # PTB warns that retry_after will become a timedelta; either way, seconds.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        pause = error.retry_after
    return pause.total_seconds() if isinstance(pause, timedelta) else float(pause)


class RateLimiter(BaseRateLimiter[Ticket]):
    def __init__(self, windows: SendWindows, limits: Limits, max_retries: int = 3) -> None:
        self.windows = windows
        self.limits = limits
        self.max_retries = max_retries
        self.overall = Window.of_rate("overall", limits.overall_rate)
        self.paid = Window.of_rate("paid", limits.paid_broadcast_rate)
        self._not_paused = asyncio.Event()
        self._not_paused.set()

    def group_window(self, group: str) -> Window:
        return Window.of_rate(f"group:{group}", self.limits.group_rate, self.limits.group_period)

    async def initialize(self) -> None:
        await self.windows.start()

    async def shutdown(self) -> None:
        await self.windows.close()

    def windows_for(self, endpoint: str, data: dict[str, Any]) -> list[Window]:
        """The windows a request counts in (none for one not sent to a chat)."""
        chat_id = data.get("chat_id")
        if chat_id is None:
            return []
        if data.get("allow_paid_broadcast"):
            return [self.paid]
        group = _group_of(chat_id)
        # Telegram's 20 a minute per group is for what the bot posts there; a lookup
        # (is this person an admin?) posts nothing, and counting it would slow an admin's
        # /setup taps.
        if group is None or endpoint.startswith("get") or not self.limits.group_rate:
            return [self.overall]
        return [self.group_window(group), self.overall]

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: Ticket | None,
    ) -> Result:
        ticket = rate_limit_args or REPLY
        windows = self.windows_for(endpoint, data)

        async def send() -> Result:
            return await self._within_limits(ticket, windows, callback, args, kwargs)

        if ticket.before_request is not None:
            return await send()
        return await retried_reply(send, endpoint)

    async def _within_limits(
        self,
        ticket: Ticket,
        windows: list[Window],
        callback: Callable[..., Coroutine[Any, Any, Result]],
        args: Any,
        kwargs: dict[str, Any],
    ) -> Result:
        for attempt in range(self.max_retries + 1):
            try:
                async with contextlib.AsyncExitStack() as slots:
                    for window in windows:  # the group's first: it is the scarcer
                        await slots.enter_async_context(self.windows.slot(window, ticket.priority))
                    await self._not_paused.wait()
                    if ticket.before_request is not None:
                        await ticket.before_request()
                    return await callback(*args, **kwargs)
            except RetryAfter as error:
                if attempt == self.max_retries:
                    log.error("Telegram still asks to slow down after %d retries", attempt)
                    raise
                seconds = _seconds_to_wait(error)
                log.info("Telegram asks to slow down: retrying after %.1f s", seconds)
                self._not_paused.clear()
                try:
                    await asyncio.sleep(seconds + 0.1)
                finally:
                    self._not_paused.set()
        raise AssertionError("unreachable: the last attempt returns or raises")
