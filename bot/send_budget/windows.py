"""What every kind of sending budget offers: a slot in a window, taken in priority order."""

from __future__ import annotations

import math
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from enum import IntEnum
from typing import Protocol

# Added to each answered request's time before its slot frees: clocks and timestamps on
# the two sides of the connection are not exactly the same.
WINDOW_MARGIN = 0.02


class Priority(IntEnum):
    """Lower goes first. A person waiting for an answer is served before any reminder: at
    30 a second a 10,000-reminder fan-out takes over five minutes, /help must not."""

    REPLY = 0
    BULK = 1


@dataclass(frozen=True, slots=True)
class Window:
    """At most `capacity` requests in any `period` seconds, counted under `key`.

    A request holds its slot from the moment it leaves until `period` after its answer (or
    failure) came back: it reached Telegram somewhere in between, so for any capacity+1
    requests Telegram saw within one period, the last to leave would have found the other
    `capacity` holding slots. (Not a token bucket such as aiolimiter's: that lets a burst
    as large as its capacity go on top of the rate, 60 in the first second at 30/s,
    and Telegram counts what arrives in a second.)"""

    key: str
    capacity: int
    period: float

    @property
    def pace(self) -> float:
        """Reminders are spread evenly, one every `pace` seconds (in bursts of at most
        `burst`): a window filled all at once would free all at once, a period later, and a
        reply arriving in between would wait for it."""
        return self.period / self.capacity

    @property
    def burst(self) -> int:
        return max(1, self.capacity // 10)

    @classmethod
    def of_rate(cls, key: str, max_rate: float, time_period: float = 1.0) -> Window:
        """A fractional rate is rounded down (2.5/s admits 2 a second); a rate under 1
        admits one per 1/rate seconds."""
        if max_rate >= 1:
            return cls(key, math.floor(max_rate), float(time_period))
        return cls(key, 1, time_period / max_rate)


class SendWindows(Protocol):
    """A slot is held for the length of the `async with`: from the moment the request
    may leave until its answer came back (the window then keeps it `period` longer)."""

    kind: str  # "memory", "redis" or "postgresql", for the logs and the benchmark

    def slot(self, window: Window, priority: Priority) -> AbstractAsyncContextManager[None]: ...

    async def start(self) -> None: ...

    async def close(self) -> None: ...
