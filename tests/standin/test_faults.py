"""Injected faults: each kind, consumed in order, per method and per chat."""

from __future__ import annotations

import time

import httpx
import pytest

from standin import BotApiStandIn, faults
from tests.standin.conftest import TOKEN, BotApi, started_user


async def test_error_faults_answer_like_telegram(stand_in: BotApiStandIn, api: BotApi) -> None:
    alice = started_user(stand_in)
    expectations = [
        (faults.too_many_requests(7), 429, "Too Many Requests: retry after 7", {"retry_after": 7}),
        (faults.blocked(), 403, "Forbidden: bot was blocked by the user", None),
        (faults.deactivated(), 403, "Forbidden: user is deactivated", None),
        (
            faults.kicked(supergroup=True),
            403,
            "Forbidden: bot was kicked from the supergroup chat",
            None,
        ),
        (faults.bad_request("oops"), 400, "Bad Request: oops", None),
        (
            faults.migrated(-1001234),
            400,
            "Bad Request: group chat was upgraded to a supergroup chat",
            {"migrate_to_chat_id": -1001234},
        ),
        (faults.server_error(500), 500, "Internal Server Error", None),
        (faults.server_error(502), 502, "Bad Gateway", None),
    ]
    for fault, code, description, parameters in expectations:
        stand_in.inject("sendMessage", fault=fault)
        body = await api("sendMessage", chat_id=alice.id, text="hi")
        expected = {"ok": False, "error_code": code, "description": description}
        if parameters:
            expected["parameters"] = parameters
        assert body == expected
    assert stand_in.bot_message_count() == 0  # nothing was sent for a faulted call
    faulted = stand_in.calls_to("sendMessage")
    assert [record.fault for record in faulted][:2] == ["too_many_requests", "forbidden"]
    assert all(not record.ok for record in faulted)
    assert (await api("sendMessage", chat_id=alice.id, text="hi"))["ok"]  # all used up


async def test_faults_are_consumed_in_order_and_times(stand_in: BotApiStandIn, api: BotApi) -> None:
    alice, bob = started_user(stand_in, "Alice"), started_user(stand_in, "Bob")
    stand_in.inject("sendMessage", chat_id=bob, fault=faults.blocked(), times=2)
    stand_in.inject("*", fault=faults.server_error(), times=1)
    assert (await api("sendMessage", chat_id=alice.id, text="a"))["error_code"] == 500
    assert (await api("sendMessage", chat_id=alice.id, text="b"))["ok"]
    assert (await api("sendMessage", chat_id=bob.id, text="c"))["error_code"] == 403
    assert (await api("getMe"))["ok"]
    assert (await api("sendMessage", chat_id=bob.id, text="d"))["error_code"] == 403
    assert (await api("sendMessage", chat_id=bob.id, text="e"))["ok"]
    stand_in.inject("getMe", fault=faults.server_error(), times=5)
    stand_in.clear_faults()
    assert stand_in.pending_faults() == []
    assert (await api("getMe"))["ok"]
    with pytest.raises(ValueError, match="not a Bot API method"):
        stand_in.inject("sendMesage", fault=faults.drop())


async def test_delay_answers_late_then_normally(stand_in: BotApiStandIn, api: BotApi) -> None:
    alice = started_user(stand_in)
    stand_in.inject("sendMessage", fault=faults.delay(0.5))
    started = time.monotonic()
    body = await api("sendMessage", chat_id=alice.id, text="slow")
    assert time.monotonic() - started >= 0.5
    assert body["ok"] and stand_in.bot_message_count(alice) == 1


async def test_drop_closes_the_connection(stand_in: BotApiStandIn, http: httpx.AsyncClient) -> None:
    alice = started_user(stand_in)
    stand_in.inject("sendMessage", chat_id=alice.id, fault=faults.drop())
    with pytest.raises(httpx.RemoteProtocolError):
        await http.post(f"/bot{TOKEN}/sendMessage", data={"chat_id": str(alice.id), "text": "x"})
    [record] = stand_in.calls_to("sendMessage")
    assert record.fault == "drop" and not record.ok
    assert stand_in.bot_message_count() == 0
    ok = await http.post(f"/bot{TOKEN}/sendMessage", data={"chat_id": str(alice.id), "text": "x"})
    assert ok.json()["ok"]


def test_fault_factories_validate_their_arguments() -> None:
    with pytest.raises(ValueError, match="500 or 502"):
        faults.server_error(503)
    assert faults.fault_from_json({"kind": "too_many_requests", "retry_after": 3}) == (
        faults.too_many_requests(3)
    )
    with pytest.raises(ValueError, match="unknown fault kind"):
        faults.fault_from_json({"kind": "meteor"})


async def test_faults_can_target_a_chat_by_username(stand_in: BotApiStandIn, api: BotApi) -> None:
    alice = stand_in.add_user("Alice")
    channel = stand_in.add_channel(
        "Cramp news", username="crampnews", admins=[alice], bot_status="administrator"
    )
    stand_in.inject("sendMessage", chat_id="@crampnews", fault=faults.kicked())
    body = await api("sendMessage", chat_id=channel.id, text="news")
    assert body["description"] == "Forbidden: bot was kicked from the group chat"
    assert (await api("sendMessage", chat_id="@CrampNews", text="news"))["ok"]
    with pytest.raises(ValueError, match="no chat"):
        stand_in.inject("sendMessage", chat_id="@nobody", fault=faults.drop())
