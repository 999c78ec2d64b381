"""A sending budget several instances share, over a store (Redis or PostgreSQL).

Each process queues its own waiters by priority and asks the store for slots for the head
of that queue, several at a time (one round trip grants up to MAX_GRANT), so the store is
asked a few dozen times a second, not once per message. Across processes, replies still go
first: an instance whose replies wait raises a flag on that window, and while any flag is
up the store grants reminders nothing (the flag lapses after FLAG_SECONDS if its instance
dies). A slot is held HOLD_SECONDS when granted, in case its instance dies mid-request,
and shortened to `period` after the answer once it comes back.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import logging
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass
from typing import Protocol

from bot.send_budget.windows import WINDOW_MARGIN, Priority, Window
from ops.metrics import record_rate_limit_wait

log = logging.getLogger(__name__)

# Longer than any request takes (PTB gives up after its read timeout, a few seconds): a
# slot whose instance died mid-request frees after this.
HOLD_SECONDS = 30.0
# A raised "replies waiting" flag lapses after this unless its instance renews it.
FLAG_SECONDS = 1.0
# Slots asked for in one round trip.
MAX_GRANT = 64
# Between two asks while the window is full: the store says when its oldest slot frees;
# asked again no later than this, so a reply arriving meanwhile is not kept long.
MIN_PAUSE, MAX_PAUSE = 0.002, 0.05
# While the store cannot be reached, asked again this often; nothing is sent meanwhile.
OUTAGE_PAUSE = 0.5
KEPT_WINDOWS = 512


@dataclass(frozen=True, slots=True)
class Grant:
    slots: list[str]  # the slots granted, each to be released after its request
    retry_in: float  # seconds until the oldest slot frees (0: try again at once)


class WindowStore(Protocol):
    kind: str

    async def start(self) -> None: ...

    async def take(
        self, window: Window, wanted: int, priority: Priority, instance: str
    ) -> Grant: ...

    async def release(self, window: Window, slots: Sequence[str]) -> None: ...

    async def close(self) -> None: ...


class _Pump:
    """One window's waiters in this process, and the task that asks the store for them."""

    def __init__(self, store: WindowStore, window: Window, instance: str) -> None:
        self._store, self._window, self._instance = store, window, instance
        self._waiters: list[tuple[int, int, asyncio.Future[str]]] = []
        self._order = itertools.count()
        self._asking: asyncio.Task[None] | None = None
        self._woken = asyncio.Event()
        self._released: list[str] = []
        self._releasing: asyncio.Task[None] | None = None

    def idle(self) -> bool:
        return (
            not self._waiters
            and not self._released
            and (self._asking is None or self._asking.done())
        )

    async def acquire(self, priority: Priority) -> str:
        future: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiters, (priority, next(self._order), future))
        if self._asking is None or self._asking.done():
            self._asking = asyncio.create_task(self._ask(), name="send-window")
        elif self._waiters[0][2] is future:
            self._woken.set()  # ahead of the rest: ask now rather than after the pause
        try:
            return await future
        except asyncio.CancelledError:
            if future.done() and not future.cancelled():
                self.release(future.result())
            raise

    def release(self, slot: str) -> None:
        self._released.append(slot)
        if self._releasing is None or self._releasing.done():
            self._releasing = asyncio.create_task(self._release(), name="send-window-release")

    async def drain(self) -> None:
        """Wait until the slots released so far are freed in the store."""
        if self._releasing is not None:
            await asyncio.gather(self._releasing, return_exceptions=True)

    async def _release(self) -> None:
        while self._released:
            slots, self._released = self._released, []
            try:
                await self._store.release(self._window, slots)
            except Exception as error:  # the slots then free after HOLD_SECONDS
                log.warning("could not free %d send slots (%s)", len(slots), error)

    async def _ask(self) -> None:
        failing = False
        while True:
            while self._waiters and self._waiters[0][2].done():
                heapq.heappop(self._waiters)
            if not self._waiters:
                return
            head = self._waiters[0][0]
            wanted = min(MAX_GRANT, sum(1 for p, _, f in self._waiters if p == head))
            try:
                grant = await self._store.take(self._window, wanted, Priority(head), self._instance)
            except Exception as error:
                if not failing:
                    log.warning(
                        "the shared send budget (%s) is out of reach: %s; sends "
                        "wait until it is back",
                        self._store.kind,
                        error,
                    )
                failing = True
                await asyncio.sleep(OUTAGE_PAUSE)
                continue
            if failing:
                log.warning("the shared send budget (%s) is back", self._store.kind)
                failing = False
            for slot in grant.slots:
                handed = False
                while self._waiters and not handed:
                    _, _, future = heapq.heappop(self._waiters)
                    if not future.done():
                        future.set_result(slot)
                        handed = True
                if not handed:
                    self.release(slot)
            if len(grant.slots) < wanted:
                self._woken.clear()
                pause = min(MAX_PAUSE, max(MIN_PAUSE, grant.retry_in))
                with suppress(TimeoutError):
                    await asyncio.wait_for(self._woken.wait(), pause)


class SharedWindows:
    """Windows every instance on the same store counts against."""

    def __init__(self, store: WindowStore, instance: str) -> None:
        self.kind = store.kind
        self._store = store
        self._instance = instance
        self._pumps: dict[str, _Pump] = {}

    def _pump(self, window: Window) -> _Pump:
        pump = self._pumps.get(window.key)
        if pump is None:
            if len(self._pumps) > KEPT_WINDOWS:
                for key, other in list(self._pumps.items()):
                    if other.idle():
                        del self._pumps[key]
            pump = self._pumps[window.key] = _Pump(self._store, window, self._instance)
        return pump

    @asynccontextmanager
    async def slot(self, window: Window, priority: Priority) -> AsyncIterator[None]:
        pump = self._pump(window)
        entered = time.monotonic()
        slot = await pump.acquire(priority)
        record_rate_limit_wait(time.monotonic() - entered)  # ops/metrics.py
        try:
            yield
        finally:
            pump.release(slot)

    async def start(self) -> None:
        await self._store.start()

    async def close(self) -> None:
        for pump in self._pumps.values():
            await pump.drain()
        await self._store.close()


__all__ = ["HOLD_SECONDS", "WINDOW_MARGIN", "Grant", "SharedWindows", "WindowStore"]
