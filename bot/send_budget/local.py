"""The sending budget of a single process: windows kept in memory."""

from __future__ import annotations

import asyncio
import heapq
import itertools
import time
from collections import deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from bot.send_budget.windows import WINDOW_MARGIN, Priority, Window
from ops.metrics import record_rate_limit_wait

# Idle windows (a group that got its message a while ago) are forgotten past this many.
KEPT_WINDOWS = 512


class WindowLimiter:
    """One window in memory. Waiters are served by priority, then first come first
    served; a slot frees `period` (plus a margin) after its request's answer."""

    def __init__(self, window: Window) -> None:
        self.window = window
        self._clock = time.monotonic
        self._in_flight = 0
        self._answered: deque[float] = deque()  # when each slot frees, ascending
        self._waiters: list[tuple[int, int, asyncio.Future[None]]] = []
        self._order = itertools.count()
        self._timer: asyncio.TimerHandle | None = None
        self._pace_at = 0.0  # when the next reminder is due its slot, at the window's pace

    def _expire(self, now: float) -> None:
        while self._answered and self._answered[0] <= now:
            self._answered.popleft()

    def _room(self) -> int:
        self._expire(self._clock())
        return self.window.capacity - self._in_flight - len(self._answered)

    def has_capacity(self, amount: int = 1) -> bool:
        """Whether `amount` more requests could leave now."""
        return self._room() >= amount

    def idle(self) -> bool:
        """Nothing in flight, nobody waiting and nothing sent within the window."""
        return self._room() == self.window.capacity and not self._waiters

    def _paced_in(self, now: float) -> float:
        """Seconds until a reminder may take a slot (0: now): see Window.pace."""
        start = max(self._pace_at, now)
        return max(0.0, start + self.window.pace - self.window.burst * self.window.pace - now)

    def _grant(self, priority: int, now: float) -> None:
        self._in_flight += 1
        if priority == Priority.BULK:
            self._pace_at = max(self._pace_at, now) + self.window.pace

    async def acquire(self, priority: Priority) -> None:
        now = self._clock()
        unpaced = priority == Priority.REPLY or not self._paced_in(now)
        if not self._waiters and self._room() > 0 and unpaced:
            self._grant(priority, now)
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiters, (priority, next(self._order), future))
        self._serve()
        try:
            await future
        except asyncio.CancelledError:
            if future.done() and not future.cancelled():
                self.release()  # granted as it was cancelled: the slot was never used
            raise

    def release(self) -> None:
        self._in_flight -= 1
        self._answered.append(self._clock() + self.window.period + WINDOW_MARGIN)
        self._serve()

    def _serve(self) -> None:
        wait: float | None = None
        while self._waiters:
            priority, _, future = self._waiters[0]
            if future.done():
                heapq.heappop(self._waiters)
                continue
            now = self._clock()
            if self._room() <= 0:
                wait = self._answered[0] - now if self._answered else None
                break
            if priority == Priority.BULK and (paced := self._paced_in(now)):
                wait = paced
                break
            heapq.heappop(self._waiters)
            self._grant(priority, now)
            future.set_result(None)
        if wait is not None:
            wake = self._clock() + max(0.0, wait)
            if self._timer is None or wake < self._timer.when() - 0.001:
                if self._timer is not None:
                    self._timer.cancel()
                self._timer = asyncio.get_running_loop().call_later(max(0.0, wait), self._tick)

    def _tick(self) -> None:
        self._timer = None
        self._serve()


class LocalWindows:
    """Each window by its key, in this process's memory: right for one process only."""

    kind = "memory"

    def __init__(self) -> None:
        self.limiters: dict[str, WindowLimiter] = {}

    def limiter(self, window: Window) -> WindowLimiter:
        limiter = self.limiters.get(window.key)
        if limiter is None:
            if len(self.limiters) > KEPT_WINDOWS:
                for key, other in list(self.limiters.items()):
                    if other.idle():
                        del self.limiters[key]
            limiter = self.limiters[window.key] = WindowLimiter(window)
        return limiter

    @asynccontextmanager
    async def slot(self, window: Window, priority: Priority) -> AsyncIterator[None]:
        limiter = self.limiter(window)
        entered = time.monotonic()
        await limiter.acquire(priority)
        record_rate_limit_wait(time.monotonic() - entered)  # ops/metrics.py
        try:
            yield
        finally:
            limiter.release()

    async def start(self) -> None:
        return None

    async def close(self) -> None:
        return None
