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
4. The overall, paid-broadcast and per-group limits are sliding windows (WindowLimiter),
   not aiolimiter's leaky bucket: the bucket lets a burst as large as its capacity go on
   top of the rate (60 messages in the first second at 30/s), and Telegram counts what
   arrives in a second. A window admits a request only while fewer than N others were
   sent or answered in the last second, so however late a request reaches Telegram
   after it leaves, no second there sees more than N.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import time
from collections import deque
from collections.abc import Callable, Coroutine
from types import TracebackType
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


# Added to each answered request's time before its slot frees: clocks and timestamps on
# the two sides of the connection are not exactly the same.
WINDOW_MARGIN = 0.02


class WindowLimiter:
    """At most `max_rate` requests in any window of `time_period` seconds.

    A request holds its slot from the moment it leaves until `time_period` after its
    answer (or failure) came back: it reached Telegram somewhere in between, so for any
    N+1 requests Telegram saw within one window, the last to leave would have found the
    other N holding slots. A fractional rate is rounded down (2.5/s admits 2 a second; a
    rate under 1 admits one per 1/rate seconds). Waiters are served first come, first
    served."""

    def __init__(self, max_rate: float, time_period: float = 1.0) -> None:
        if max_rate >= 1:
            self.capacity, self.period = math.floor(max_rate), float(time_period)
        else:
            self.capacity, self.period = 1, time_period / max_rate
        self.max_rate, self.time_period = max_rate, time_period
        self._clock = time.monotonic
        self._in_flight = 0
        self._answered: deque[float] = deque()  # when each slot frees, ascending
        self._queue = asyncio.Lock()
        self._freed = asyncio.Event()

    def _expire(self, now: float) -> None:
        while self._answered and self._answered[0] <= now:
            self._answered.popleft()

    def has_capacity(self, amount: float = 1) -> bool:
        """Whether `amount` more requests could leave now."""
        self._expire(self._clock())
        return self._in_flight + len(self._answered) + amount <= self.capacity

    def idle(self) -> bool:
        """Nothing in flight and nothing sent within the window."""
        self._expire(self._clock())
        return self._in_flight == 0 and not self._answered

    async def __aenter__(self) -> None:
        async with self._queue:
            while True:
                now = self._clock()
                self._expire(now)
                if self._in_flight + len(self._answered) < self.capacity:
                    break
                timeout = self._answered[0] - now if self._answered else None
                self._freed.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._freed.wait(), timeout)
            self._in_flight += 1

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._in_flight -= 1
        self._answered.append(self._clock() + self.period + WINDOW_MARGIN)
        self._freed.set()


class RateLimiter(AIORateLimiter):
    def __init__(
        self,
        overall_max_rate: float = 30,
        overall_time_period: float = 1,
        group_max_rate: float = 20,
        group_time_period: float = 60,
        max_retries: int = 0,
    ) -> None:
        super().__init__(
            overall_max_rate=overall_max_rate,
            overall_time_period=overall_time_period,
            group_max_rate=group_max_rate,
            group_time_period=group_time_period,
            max_retries=max_retries,
        )
        # PTB only enters these as async context managers; see WindowLimiter.
        if overall_max_rate and overall_time_period:
            self._base_limiter = WindowLimiter(overall_max_rate, overall_time_period)  # type: ignore[assignment]
        self._apb_limiter = WindowLimiter(1000, 1)  # type: ignore[assignment]
        self._group_windows: dict[str | int, WindowLimiter] = {}

    def _get_group_limiter(self, group_id: str | int | bool) -> Any:
        key: str | int = int(group_id) if isinstance(group_id, bool) else group_id
        if len(self._group_windows) > 512:
            for other, window in list(self._group_windows.items()):
                if other != key and window.idle():
                    del self._group_windows[other]
        if key not in self._group_windows:
            self._group_windows[key] = WindowLimiter(self._group_max_rate, self._group_time_period)
        return self._group_windows[key]

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
