"""A burst from many people at once: the bot's replies never go over Telegram's overall
limit in any second, counted where Telegram counts them (at the stand-in, which enforces
Telegram's limits and would answer 429). The property is about the bot's limiter, not
the number 30, so the big burst runs at a higher limit (set on both sides) to keep the
test short; a smaller one runs at the default 30 a second."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from standin import BotApiStandIn, ratelimit
from tests.e2e.harness import TOKEN, bot_settings, require_spec, running_bot

# serial: it measures the busiest second of a burst (make test runs it alone)
pytestmark = [pytest.mark.e2e, pytest.mark.serial]

STALL_SECONDS = 20.0


def most_in_any_second(times: list[float]) -> int:
    times = sorted(times)
    worst, first = 0, 0
    for last, stamp in enumerate(times):
        while times[first] <= stamp - 1.0:
            first += 1
        worst = max(worst, last - first + 1)
    return worst


def most_in_a_calendar_second(times: list[float]) -> int:
    per_second: dict[int, int] = {}
    for stamp in times:
        per_second[int(stamp)] = per_second.get(int(stamp), 0) + 1
    return max(per_second.values())


@pytest.mark.parametrize(
    ("rate", "people", "each"),
    [
        pytest.param(100, 100, 5, id="500-from-100-at-100/s"),
        pytest.param(30, 60, 5, id="300-at-30/s"),
    ],
)
async def test_a_burst_never_goes_over_the_overall_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rate: int, people: int, each: int
) -> None:
    require_spec()
    monkeypatch.setattr(ratelimit, "GLOBAL_RATE", float(rate))
    monkeypatch.setattr(ratelimit, "GLOBAL_BURST", float(rate))
    async with BotApiStandIn(TOKEN, "CrampCoachBot", enforce_rate_limits=True) as standin:
        settings = bot_settings(standin, tmp_path, send_rate_per_second=rate)
        async with running_bot(settings):
            users = [standin.add_user(f"Person {n}") for n in range(people)]
            chats = [standin.private_chat(user) for user in users]
            ids = {str(chat.id) for chat in chats}
            # Round by round, as a crowd would type: each chat's replies are spread out
            # (Telegram's ~1/s per chat is not the subject here), the total is a burst.
            for _ in range(each):
                for user, chat in zip(users, chats, strict=True):
                    standin.user_sends(user, chat, "/help")
            expected = people * each
            # The property is the rate, not the speed: wait while replies keep coming (a
            # slow, shared machine answers fewer than `rate` a second), stop when they stall.
            done, last_progress = 0, time.monotonic()
            while done < expected and time.monotonic() - last_progress < STALL_SECONDS:
                await asyncio.sleep(0.5)
                now_done = sum(
                    c.ok
                    for c in standin.calls
                    if c.method == "sendMessage" and str(c.chat_id) in ids
                )
                if now_done > done:
                    done, last_progress = now_done, time.monotonic()
        refused = [c for c in standin.calls if c.error_code == 429]
        assert refused == [], f"{len(refused)} answered 429, e.g. {refused[0].description}"
        assert standin._core.rates.counts["violations"] == 0, standin._core.rates.counts
        delivered = [c.time for c in standin.calls if c.ok and c.method == "sendMessage"]
        assert len(delivered) >= expected, f"only {len(delivered)} of {expected} replies"
        assert most_in_a_calendar_second(delivered) <= rate
        assert most_in_any_second(delivered) <= rate
