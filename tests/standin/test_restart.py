"""An outage: the stand-in stops listening and comes back on the same port with its state,
so a bot can be shown to recover by itself from refused connections."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from standin import BotApiStandIn, faults
from tests.standin.conftest import BotApi


async def test_restart_refuses_meanwhile_and_keeps_everything(stand_in: BotApiStandIn) -> None:
    alice = stand_in.add_user("Alice")
    chat = stand_in.private_chat(alice)
    stand_in.user_sends(alice, chat, "/start")
    stand_in.inject("sendMessage", alice, fault=faults.server_error(502))
    port = stand_in.port
    async with httpx.AsyncClient(base_url=stand_in.url, timeout=5) as client:
        api = BotApi(client)
        await api("sendMessage", chat_id=alice.id, text="before")
        outage = asyncio.create_task(stand_in.restart(down_for=0.5))
        await asyncio.sleep(0.2)
        with pytest.raises(httpx.ConnectError):
            await api("getMe")
        await outage
        assert stand_in.port == port
        updates = (await api("getUpdates"))["result"]
        assert updates[0]["message"]["text"] == "/start", "queued updates survive"
        assert (await api("sendMessage", chat_id=alice.id, text="after"))["ok"]
    assert [m["text"] for m in stand_in.bot_messages(alice)] == ["after"]
    assert [c.error_code for c in stand_in.calls_to("sendMessage")] == [502, None]
