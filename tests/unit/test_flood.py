"""The token bucket behind flood control: bursts, refill, one note per flood, no memory leak."""

from __future__ import annotations

import pytest

from bot.flood import FloodGuard, Verdict


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def verdicts(guard: FloodGuard, sender: int, count: int) -> list[Verdict]:
    return [guard.admit(sender) for _ in range(count)]


def test_a_burst_passes_then_the_excess_is_dropped_with_one_note() -> None:
    guard = FloodGuard(rate=1.0, burst=3, clock=Clock())
    assert verdicts(guard, 1, 3) == [Verdict.ALLOW] * 3
    assert verdicts(guard, 1, 100) == [Verdict.DROP_AND_WARN] + [Verdict.DROP] * 99


def test_the_rate_refills_and_a_continuing_flood_is_not_warned_again() -> None:
    clock = Clock()
    guard = FloodGuard(rate=2.0, burst=2, clock=clock)
    verdicts(guard, 1, 10)
    clock.now += 0.5  # one token back
    assert verdicts(guard, 1, 3) == [Verdict.ALLOW, Verdict.DROP, Verdict.DROP]


def test_after_calming_down_a_new_flood_gets_a_new_note() -> None:
    clock = Clock()
    guard = FloodGuard(rate=1.0, burst=2, clock=clock)
    assert Verdict.DROP_AND_WARN in verdicts(guard, 1, 5)
    clock.now += 2.0  # the bucket is full again
    assert verdicts(guard, 1, 4) == [
        Verdict.ALLOW,
        Verdict.ALLOW,
        Verdict.DROP_AND_WARN,
        Verdict.DROP,
    ]


def test_senders_have_their_own_buckets() -> None:
    guard = FloodGuard(rate=1.0, burst=2, clock=Clock())
    verdicts(guard, 1, 50)
    assert verdicts(guard, 2, 2) == [Verdict.ALLOW, Verdict.ALLOW]


def test_idle_senders_are_forgotten_when_many_are_tracked() -> None:
    clock = Clock()
    guard = FloodGuard(rate=1.0, burst=2, clock=clock, max_tracked=100)
    for sender in range(100):
        guard.admit(sender)
    clock.now += 5.0
    guard.admit(1000)
    assert len(guard) == 1


def test_nonsense_limits_are_refused() -> None:
    with pytest.raises(ValueError):
        FloodGuard(rate=0, burst=1)
    with pytest.raises(ValueError):
        FloodGuard(rate=1, burst=0)
