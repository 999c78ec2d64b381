"""The bot's rate limiter gives every group (and supergroup) its own 20 messages a minute,
as Telegram asks, on top of the overall rate; a person's private chat is not so limited."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

from bot.application import rate_limiter
from bot.rate_limit import RateLimiter
from bot.send_budget.local import LocalWindows
from bot.settings import Settings
from storage.db import Database

GROUP_ID = -1_002_000_000_001
BASIC_GROUP_ID = -4_000_000_001
PERSON_ID = 7_000_000_001


def _limiter(tmp_path: Path, **settings: Any) -> tuple[RateLimiter, LocalWindows]:
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}")
    limiter = rate_limiter(Settings(_env_file=None, **settings), db)  # type: ignore[call-arg]
    assert isinstance(limiter.windows, LocalWindows), "one process on SQLite: in memory"
    return limiter, limiter.windows


async def _send(limiter: RateLimiter, chat_id: int, endpoint: str = "sendMessage") -> None:
    async def call(*_args: Any, **_kwargs: Any) -> bool:
        return True

    data = {"chat_id": chat_id, "user_id": PERSON_ID}
    await limiter.process_request(call, (), {}, endpoint, data, None)


async def test_each_group_gets_twenty_messages_a_minute(tmp_path: Path) -> None:
    limiter, windows = _limiter(tmp_path)
    for _ in range(20):
        await _send(limiter, GROUP_ID)
    group = windows.limiter(limiter.group_window(str(GROUP_ID)))
    assert (group.window.capacity, group.window.period) == (20, 60)
    assert not group.has_capacity(), "a 21st message in the same minute would wait"
    assert windows.limiter(limiter.group_window(str(BASIC_GROUP_ID))).has_capacity(), "per group"
    for _ in range(20):
        await _send(limiter, PERSON_ID)
    assert f"group:{PERSON_ID}" not in windows.limiters, "private chats are not group-limited"


async def test_admin_lookups_do_not_use_up_the_groups_messages(tmp_path: Path) -> None:
    limiter, windows = _limiter(tmp_path)
    for _ in range(30):
        await _send(limiter, GROUP_ID, "getChatMember")
    assert f"group:{GROUP_ID}" not in windows.limiters
    await _send(limiter, GROUP_ID)
    assert windows.limiter(limiter.group_window(str(GROUP_ID))).has_capacity()


async def test_no_window_of_one_second_sees_more_than_the_overall_rate(tmp_path: Path) -> None:
    """aiolimiter's bucket let a full burst go on top of the rate (60 in the first
    second at 30/s); the window admits 30 in any second, counted by arrival."""
    limiter, _ = _limiter(tmp_path, send_rate_per_second=50)
    arrivals: list[float] = []

    async def call(*_args: Any, **_kwargs: Any) -> bool:
        await asyncio.sleep(0.01 * (len(arrivals) % 3))  # uneven latency
        arrivals.append(time.monotonic())
        return True

    async def one(n: int) -> None:
        data = {"chat_id": PERSON_ID + n}
        await limiter.process_request(call, (), {}, "sendMessage", data, None)

    await asyncio.gather(*(one(n) for n in range(130)))
    arrivals.sort()
    worst = max(sum(1 for t in arrivals[i:] if t < start + 1.0) for i, start in enumerate(arrivals))
    assert worst <= 50
    assert arrivals[-1] - arrivals[0] < 3.5, "and it still sends at about the rate"


def test_paid_broadcasts_have_their_own_thousand_a_second_and_replies_keep_thirty(
    tmp_path: Path,
) -> None:
    limiter, _ = _limiter(tmp_path, allow_paid_broadcast=True)
    paid = {"chat_id": PERSON_ID, "allow_paid_broadcast": True}
    assert [w.capacity for w in limiter.windows_for("sendMessage", paid)] == [1000]
    reply = {"chat_id": PERSON_ID}
    assert [w.capacity for w in limiter.windows_for("sendMessage", reply)] == [30]
    assert limiter.windows_for("getMe", {}) == [], "only what is sent to a chat counts"
