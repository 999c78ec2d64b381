"""The bot's rate limiter gives every group (and supergroup) its own 20 messages a minute,
as Telegram asks, on top of the overall rate; a person's private chat is not so limited."""

from __future__ import annotations

from typing import Any

from bot.application import rate_limiter
from bot.settings import Settings

GROUP_ID = -1_002_000_000_001
BASIC_GROUP_ID = -4_000_000_001
PERSON_ID = 7_000_000_001


async def _send(limiter: Any, chat_id: int) -> None:
    async def call(*_args: Any, **_kwargs: Any) -> bool:
        return True

    await limiter.process_request(call, (), {}, "sendMessage", {"chat_id": chat_id}, None)


async def test_each_group_gets_twenty_messages_a_minute() -> None:
    limiter = rate_limiter(Settings(_env_file=None))  # type: ignore[call-arg]
    for _ in range(20):
        await _send(limiter, GROUP_ID)
    group = limiter._get_group_limiter(GROUP_ID)
    assert (group.max_rate, group.time_period) == (20, 60)
    assert not group.has_capacity(), "a 21st message in the same minute would wait"
    assert limiter._get_group_limiter(BASIC_GROUP_ID).has_capacity(), "per group"
    for _ in range(20):
        await _send(limiter, PERSON_ID)
    assert PERSON_ID not in limiter._group_windows, "private chats are not group-limited"


async def test_admin_lookups_do_not_use_up_the_groups_messages() -> None:
    limiter = rate_limiter(Settings(_env_file=None))  # type: ignore[call-arg]

    async def call(*_args: Any, **_kwargs: Any) -> bool:
        return True

    for _ in range(30):
        data = {"chat_id": GROUP_ID, "user_id": PERSON_ID}
        await limiter.process_request(call, (), {}, "getChatMember", data, None)
    assert GROUP_ID not in limiter._group_windows
    await _send(limiter, GROUP_ID)
    assert limiter._get_group_limiter(GROUP_ID).has_capacity()


async def test_no_window_of_one_second_sees_more_than_the_overall_rate() -> None:
    """aiolimiter's bucket let a full burst go on top of the rate (60 in the first
    second at 30/s); the window admits 30 in any second, counted by arrival."""
    import asyncio
    import time

    limiter = rate_limiter(Settings(_env_file=None, send_rate_per_second=50))  # type: ignore[call-arg]
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
