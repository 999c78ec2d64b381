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
    assert PERSON_ID not in limiter._group_limiters, "private chats are not group-limited"


async def test_admin_lookups_do_not_use_up_the_groups_messages() -> None:
    limiter = rate_limiter(Settings(_env_file=None))  # type: ignore[call-arg]

    async def call(*_args: Any, **_kwargs: Any) -> bool:
        return True

    for _ in range(30):
        data = {"chat_id": GROUP_ID, "user_id": PERSON_ID}
        await limiter.process_request(call, (), {}, "getChatMember", data, None)
    assert GROUP_ID not in limiter._group_limiters
    await _send(limiter, GROUP_ID)
    assert limiter._get_group_limiter(GROUP_ID).has_capacity()
