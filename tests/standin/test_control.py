"""`python -m standin` in its own process, driven through the /_standin/ control API."""

from __future__ import annotations

import asyncio
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.standin.conftest import TOKEN, BotApi, require_spec

PROJECT_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def served() -> AsyncIterator[tuple[str, httpx.AsyncClient]]:
    require_spec()
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "standin",
        "--host",
        "127.0.0.1",
        "--port",
        "0",
        "--token",
        TOKEN,
        cwd=PROJECT_ROOT,
        stdout=asyncio.subprocess.PIPE,
    )
    assert process.stdout is not None
    try:
        base_url = (await asyncio.wait_for(process.stdout.readline(), 15)).decode().strip()
        assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/bot")
        async with httpx.AsyncClient(base_url=base_url.removesuffix("/bot"), timeout=10) as client:
            yield base_url, client
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), 10) == 0


async def control(client: httpx.AsyncClient, path: str, **body: Any) -> Any:
    response = await client.post(f"/_standin/{path}", json=body)
    assert response.status_code == 200, response.text
    return response.json()


async def test_the_control_api_drives_a_separate_process(
    served: tuple[str, httpx.AsyncClient],
) -> None:
    base_url, client = served
    api = BotApi(client)
    health = (await client.get("/_standin/health")).json()
    assert health["base_url"] == base_url and health["bot"]["username"] == "CrampCoachBot"

    alice = await control(client, "users", first_name="Alice", username="alice")
    await control(client, "user_sends", user_id=alice["id"], chat_id=alice["id"], text="/start")
    keyboard = {"inline_keyboard": [[{"text": "Yes", "callback_data": "yes"}]]}
    sent = (await api("sendMessage", chat_id=alice["id"], text="Hi", reply_markup=keyboard))[
        "result"
    ]
    listed = (await client.get("/_standin/bot_messages", params={"chat_id": alice["id"]})).json()
    assert [m["text"] for m in listed["messages"]] == ["Hi"]
    assert (await client.get("/_standin/bot_messages/count")).json() == {"count": 1}
    nxt = (await client.get("/_standin/next_message", params={"chat_id": alice["id"]})).json()
    assert nxt["message_id"] == sent["message_id"]
    silent = await client.get(
        "/_standin/next_message", params={"chat_id": alice["id"], "timeout": 0.1}
    )
    assert silent.status_code == 408

    query = await control(
        client,
        "press_button",
        user_id=alice["id"],
        chat_id=alice["id"],
        message_id=sent["message_id"],
        data="yes",
    )
    refused = await client.post(
        "/_standin/press_button",
        json={
            "user_id": alice["id"],
            "chat_id": alice["id"],
            "message_id": sent["message_id"],
            "data": "nope",
        },
    )
    assert refused.status_code == 400 and "no button" in refused.json()["error"]
    updates = (await api("getUpdates"))["result"]
    assert updates[-1]["callback_query"]["id"] == query["id"]
    assert (await api("answerCallbackQuery", callback_query_id=query["id"]))["ok"]
    answers = (await client.get("/_standin/callback_answers")).json()["answers"]
    assert answers[0]["data"] == "yes"

    await control(
        client,
        "faults",
        method="sendMessage",
        fault={"kind": "too_many_requests", "retry_after": 2},
        times=1,
    )
    assert len((await client.get("/_standin/faults")).json()["faults"]) == 1
    assert (await api("sendMessage", chat_id=alice["id"], text="x"))["error_code"] == 429
    await control(client, "faults", fault={"kind": "server_error", "status": 502})
    assert (await client.delete("/_standin/faults")).status_code == 200
    assert (await api("getMe"))["ok"]

    await control(client, "block", user_id=alice["id"])
    assert (await api("sendMessage", chat_id=alice["id"], text="x"))["error_code"] == 403
    await control(client, "unblock", user_id=alice["id"])

    bob = await control(client, "users", first_name="Bob")
    group = await control(
        client, "groups", title="Runners", admin_ids=[alice["id"]], member_ids=[bob["id"]]
    )
    await control(client, "add_bot_to_group", chat_id=group["id"], by_user_id=alice["id"])
    await control(
        client, "set_member_status", chat_id=group["id"], user_id=bob["id"], status="administrator"
    )
    await control(client, "anonymous_admins", chat_id=group["id"], user_id=bob["id"])
    anonymous = await control(
        client, "anonymous_admin_sends", chat_id=group["id"], text="/setup", admin_id=bob["id"]
    )
    assert anonymous["sender_chat"]["id"] == group["id"]
    await api(
        "setMyCommands",
        commands=[{"command": "setup", "description": "Set up"}],
        scope={"type": "all_chat_administrators"},
    )
    menu = await client.get(
        "/_standin/visible_commands", params={"user_id": bob["id"], "chat_id": group["id"]}
    )
    assert menu.json() == {"commands": [{"command": "setup", "description": "Set up"}]}
    supergroup = await control(client, "migrate", chat_id=group["id"])
    migrated = await api("sendMessage", chat_id=group["id"], text="x")
    assert migrated["parameters"] == {"migrate_to_chat_id": supergroup["id"]}

    calls = await client.get("/_standin/calls", params={"method": "sendMessage", "ok": "false"})
    assert {c["error_code"] for c in calls.json()["calls"]} == {429, 403, 400}
    stats = (await client.get("/_standin/stats")).json()
    assert stats["calls_by_method"]["sendMessage"] == 4
    assert stats["errors_by_method"]["sendMessage"] == 3
    assert "rate_violations" in stats
    violations = (await client.get("/_standin/rate_violations")).json()["violations"]
    assert isinstance(violations, list)

    missing = await client.post(
        "/_standin/user_sends", json={"user_id": 1, "chat_id": 1, "text": "x"}
    )
    assert missing.status_code == 404
    await control(client, "reset")
    assert (await client.get("/_standin/bot_messages/count")).json() == {"count": 0}


async def test_outage_over_the_control_api(served: tuple[str, httpx.AsyncClient]) -> None:
    base_url, client = served
    (alice,) = (await control(client, "started_users", count=1))["ids"]
    answer = await control(client, "outage", seconds=0.5)
    assert base_url.startswith(f"http://127.0.0.1:{answer['port']}/")
    await asyncio.sleep(0.2)
    with pytest.raises(httpx.ConnectError):
        await client.get("/_standin/health")
    for _ in range(100):
        try:
            health = await client.get("/_standin/health")
            break
        except httpx.ConnectError:
            await asyncio.sleep(0.05)
    assert health.json()["base_url"] == base_url
    sent = await BotApi(client)("sendMessage", chat_id=alice, text="back")
    assert sent["ok"], "the world (a person who started the bot) survived"
    refused = await client.post("/_standin/outage", json={"seconds": -1})
    assert refused.status_code == 400
