"""Per-sender flood control: a token bucket each, so one person flooding the bot is slowed
down while everyone else is answered as usual.

Each sender may send `burst` updates at once and `rate` per second after that. Excess
updates are dropped; the first one dropped in a flood gets a polite note, and the note is
only given again once the sender has calmed down (their bucket filled up again).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

# Beyond this many senders tracked, those idle long enough to have a full bucket are
# forgotten (they would start full anyway).
MAX_TRACKED = 10_000


class Verdict(Enum):
    ALLOW = "allow"
    DROP_AND_WARN = "drop and warn"
    DROP = "drop"


@dataclass(slots=True)
class _Bucket:
    tokens: float
    updated: float
    warned: bool = False


class FloodGuard:
    def __init__(
        self,
        rate: float,
        burst: int,
        clock: Callable[[], float] = time.monotonic,
        max_tracked: int = MAX_TRACKED,
    ) -> None:
        if rate <= 0 or burst < 1:
            raise ValueError("flood control needs a positive rate and a burst of at least 1")
        self._rate = rate
        self._burst = float(burst)
        self._clock = clock
        self._max_tracked = max_tracked
        self._buckets: dict[int, _Bucket] = {}

    def admit(self, sender: int) -> Verdict:
        now = self._clock()
        bucket = self._buckets.get(sender)
        if bucket is None:
            if len(self._buckets) >= self._max_tracked:
                self._forget_idle(now)
            bucket = self._buckets[sender] = _Bucket(self._burst, now)
        else:
            bucket.tokens = min(self._burst, bucket.tokens + (now - bucket.updated) * self._rate)
            bucket.updated = now
            if bucket.tokens >= self._burst:
                bucket.warned = False  # calmed down: a new flood gets a new note
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            return Verdict.ALLOW
        if bucket.warned:
            return Verdict.DROP
        bucket.warned = True
        return Verdict.DROP_AND_WARN

    def _forget_idle(self, now: float) -> None:
        refill = self._burst / self._rate
        idle = [key for key, b in self._buckets.items() if now - b.updated >= refill]
        for key in idle:
            del self._buckets[key]

    def __len__(self) -> int:
        return len(self._buckets)
