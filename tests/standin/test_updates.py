"""getUpdates: offsets, long polling, conflicts, webhooks and allowed_updates."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from standin import BotApiStandIn
from tests.standin.conftest import BotApi


def texts(body: dict[str, Any]) -> list[str]:
    return [update["message"]["text"] for update in body["result"]]


async def test_offset_confirms_and_negative_offset_keeps_the_tail(
    stand_in: BotApiStandIn, api: BotApi
) -> None:
    alice = stand_in.add_user("Alice")
    chat = stand_in.private_chat(alice)
    for word in ("one", "two", "three", "four"):
        stand_in.user_sends(alice, chat, word)
    first = await api("getUpdates")
    assert texts(first) == ["one", "two", "three", "four"]
    ids = [update["update_id"] for update in first["result"]]
    assert ids == sorted(ids) and len(set(ids)) == 4
    assert texts(await api("getUpdates", limit=2)) == ["one", "two"]
    assert texts(await api("getUpdates", offset=ids[1] + 1)) == ["three", "four"]
    assert stand_in.pending_updates() == 2  # one and two are confirmed and gone
    assert texts(await api("getUpdates", offset=-1)) == ["four"]
    assert stand_in.pending_updates() == 1
    assert texts(await api("getUpdates", offset=ids[3] + 1)) == []
    assert texts(await api("getUpdates", limit=1000)) == []  # out of range: Telegram uses 100


async def test_long_poll_wakes_up_when_an_update_arrives(
    stand_in: BotApiStandIn, api: BotApi
) -> None:
    alice = stand_in.add_user("Alice")
    started = time.monotonic()
    poll = asyncio.create_task(api("getUpdates", timeout=10))
    await asyncio.sleep(0.2)
    assert not poll.done()
    stand_in.user_sends(alice, stand_in.private_chat(alice), "wake up")
    body = await asyncio.wait_for(poll, 2)
    assert texts(body) == ["wake up"]
    assert time.monotonic() - started < 2


async def test_long_poll_times_out_empty(api: BotApi) -> None:
    started = time.monotonic()
    assert (await api("getUpdates", timeout=1))["result"] == []
    assert 0.9 < time.monotonic() - started < 3


async def test_a_second_poll_terminates_the_first_with_409(
    stand_in: BotApiStandIn, api: BotApi
) -> None:
    first = asyncio.create_task(api("getUpdates", timeout=10))
    await asyncio.sleep(0.2)
    second = asyncio.create_task(api("getUpdates", timeout=10))
    conflict = await asyncio.wait_for(first, 2)
    assert conflict == {
        "ok": False,
        "error_code": 409,
        "description": (
            "Conflict: terminated by other getUpdates request; make sure that only one bot "
            "instance is running"
        ),
    }
    alice = stand_in.add_user("Alice")
    stand_in.user_sends(alice, stand_in.private_chat(alice), "hello")
    assert texts(await asyncio.wait_for(second, 2)) == ["hello"]


async def test_webhook_excludes_get_updates(stand_in: BotApiStandIn, api: BotApi) -> None:
    body = await api("setWebhook", url="http://example.com/hook")
    assert (
        body["description"] == "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"
    )
    assert (await api("setWebhook", url="https://example.com:8443/hook", secret_token="s3cr3t"))[
        "ok"
    ]
    info = (await api("getWebhookInfo"))["result"]
    assert info["url"] == "https://example.com:8443/hook" and info["pending_update_count"] == 0
    body = await api("getUpdates")
    assert body["error_code"] == 409
    assert body["description"] == (
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to "
        "delete the webhook first"
    )
    alice = stand_in.add_user("Alice")
    stand_in.user_sends(alice, stand_in.private_chat(alice), "queued")
    assert (await api("deleteWebhook", drop_pending_updates=True))["result"] is True
    assert (await api("getUpdates"))["result"] == []


async def test_allowed_updates_are_remembered(stand_in: BotApiStandIn, api: BotApi) -> None:
    alice, bob = stand_in.add_user("Alice"), stand_in.add_user("Bob")
    group = stand_in.add_group("G", admins=[alice], supergroup=True, bot_status="administrator")
    stand_in.user_joins(group, bob)  # chat_member is opt-in: not queued by default
    kinds = [next(k for k in u if k != "update_id") for u in (await api("getUpdates"))["result"]]
    assert kinds == ["message"]
    await api("getUpdates", allowed_updates=["chat_member", "message"], offset=-1, timeout=0)
    stand_in.user_joins(group, stand_in.add_user("Carol"))
    await api("getUpdates", offset=-1)  # no allowed_updates: the previous choice stays
    stand_in.user_leaves(group, bob)
    result = (await api("getUpdates", offset=-2))["result"]
    assert [next(k for k in u if k != "update_id") for u in result] == ["chat_member", "message"]
    await api("getUpdates", allowed_updates=["callback_query"])
    stand_in.user_sends(alice, group, "/start")
    assert stand_in.stats()["updates_filtered_out"] >= 1


async def test_pushed_updates_are_validated(stand_in: BotApiStandIn, api: BotApi) -> None:
    import pytest

    from standin import StandInUsageError

    alice = stand_in.add_user("Alice")
    message = {
        "message_id": 1,
        "date": 0,
        "chat": {"id": alice.id, "type": "private"},
        "from": alice.to_api(),
        "text": "raw",
    }
    pushed = stand_in.push_update({"message": message})
    assert pushed is not None and pushed["message"]["text"] == "raw"
    with pytest.raises(StandInUsageError, match="not a valid Update"):
        stand_in.push_update({"message": {**message, "chat": {"id": alice.id}}})
    with pytest.raises(StandInUsageError, match="not a valid Update"):
        stand_in.push_update({"mesage": message})
    assert texts(await api("getUpdates")) == ["raw"]
