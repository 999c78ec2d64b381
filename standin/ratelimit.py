"""Telegram's sending limits as token buckets: always counted, optionally enforced.

Per chat about 1 message/s (small bursts allowed), per group 20 messages/minute, and 30
messages/s for the whole bot (1000/s for messages sent with allow_paid_broadcast).
"""

from __future__ import annotations

import math
import time
from collections import Counter
from dataclasses import dataclass

CHAT_RATE, CHAT_BURST = 1.0, 5.0
GROUP_RATE, GROUP_BURST = 20 / 60, 20.0
GLOBAL_RATE, GLOBAL_BURST = 30.0, 30.0
PAID_RATE, PAID_BURST = 1000.0, 1000.0
# A flood can violate on every message; counts stay exact, details are kept for the first ones.
MAX_KEPT_VIOLATIONS = 10_000


class _Bucket:
    __slots__ = ("capacity", "rate", "stamp", "tokens")

    def __init__(self, rate: float, capacity: float, now: float) -> None:
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.stamp = now

    def wait_needed(self, now: float) -> float:
        """Seconds until one token is available (0 when one is)."""
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        return 0.0 if self.tokens >= 1 else (1 - self.tokens) / self.rate

    def take(self) -> None:
        self.tokens = max(0.0, self.tokens - 1)


@dataclass(frozen=True, slots=True)
class RateViolation:
    limit: str  # "chat", "group" or "global"
    chat_id: int
    method: str
    time: float
    retry_after: int

    def to_json(self) -> dict[str, object]:
        return {
            "limit": self.limit,
            "chat_id": self.chat_id,
            "method": self.method,
            "time": self.time,
            "retry_after": self.retry_after,
        }


class RateLimiter:
    def __init__(self, enforce: bool = False) -> None:
        self.enforce = enforce
        self._now = time.monotonic
        self._chat: dict[int, _Bucket] = {}
        self._group: dict[int, _Bucket] = {}
        self._global: _Bucket | None = None
        self._paid: _Bucket | None = None
        self.violations: list[RateViolation] = []
        self.counts: Counter[str] = Counter()

    def admit(self, chat_id: int, is_group: bool, paid: bool, method: str) -> int:
        """Count one outgoing message. Returns 0 when it may go, else the retry_after seconds
        to answer with (only when enforcing; violations are recorded either way)."""
        now = self._now()
        buckets = [self._bucket(self._chat, chat_id, CHAT_RATE, CHAT_BURST, now)]
        limits = ["chat"]
        if is_group:
            buckets.append(self._bucket(self._group, chat_id, GROUP_RATE, GROUP_BURST, now))
            limits.append("group")
        if paid:
            self._paid = self._paid or _Bucket(PAID_RATE, PAID_BURST, now)
            buckets.append(self._paid)
        else:
            self._global = self._global or _Bucket(GLOBAL_RATE, GLOBAL_BURST, now)
            buckets.append(self._global)
        limits.append("global")
        self.counts["messages"] += 1
        worst_wait, worst_limit = 0.0, ""
        for bucket, limit in zip(buckets, limits, strict=True):
            wait = bucket.wait_needed(now)
            if wait > worst_wait:
                worst_wait, worst_limit = wait, limit
        if worst_wait > 0:
            retry_after = max(1, math.ceil(worst_wait))
            if len(self.violations) < MAX_KEPT_VIOLATIONS:
                self.violations.append(
                    RateViolation(worst_limit, chat_id, method, time.time(), retry_after)
                )
            self.counts[worst_limit] += 1
            self.counts["violations"] += 1
            if self.enforce:
                return retry_after
        for bucket in buckets:
            bucket.take()
        return 0

    @staticmethod
    def _bucket(
        table: dict[int, _Bucket], key: int, rate: float, capacity: float, now: float
    ) -> _Bucket:
        bucket = table.get(key)
        if bucket is None:
            bucket = table[key] = _Bucket(rate, capacity, now)
        return bucket
