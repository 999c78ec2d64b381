"""Webhook delivery: POSTs with the secret, retries, per-chat order, max_connections, the
hand-back to getUpdates, duplicate-delivery faults, answers carrying a method."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from aiohttp import web

from standin import BotApiStandIn, WebhookOptions, faults
from standin.webhook import SECRET_HEADER, ordering_key
from tests.standin.conftest import BotApi

HOOK = "https://bot.example.com:8443/hook/secret-path?instance=1"
Answer = Callable[[dict[str, Any]], Awaitable[web.StreamResponse]]


@dataclass
class Received:
    path: str
    secret: str | None
    content_type: str
    update: dict[str, Any]

    @property
    def text(self) -> str:
        return str(self.update["message"]["text"])


class Receiver:
    """A bot's webhook endpoint on loopback: records requests, answers as a test says."""

    def __init__(self) -> None:
        self.received: list[Received] = []
        self.active = 0
        self.most_active = 0
        self.answer: Answer = self.ok
        self._arrived = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.origin = ""

    @staticmethod
    async def ok(update: dict[str, Any]) -> web.StreamResponse:
        return web.Response(status=200)

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        update = await request.json()
        self.received.append(
            Received(
                request.path_qs, request.headers.get(SECRET_HEADER), request.content_type, update
            )
        )
        self._arrived.set()
        self.active += 1
        self.most_active = max(self.most_active, self.active)
        try:
            return await self.answer(update)
        finally:
            self.active -= 1

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("POST", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.origin = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def wait_for(self, count: int, timeout: float = 5.0) -> list[Received]:
        async with asyncio.timeout(timeout):
            while len(self.received) < count:
                self._arrived.clear()
                await self._arrived.wait()
        return self.received

    def texts(self) -> list[str]:
        return [received.text for received in self.received]


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    hook = Receiver()
    await hook.start()
    yield hook
    await hook.stop()


@pytest.fixture
def hooked(stand_in: BotApiStandIn, receiver: Receiver) -> BotApiStandIn:
    """The stand-in delivering to the receiver, with test-sized timeout and pauses."""
    stand_in.configure_webhook(
        origin=receiver.origin, timeout=1.0, retry_delay=0.02, max_retry_delay=0.1
    )
    return stand_in


def fail_first(times: int, text: str | None = None, status: int = 500) -> Answer:
    """Answer `status` to the first `times` requests (carrying `text`, when given)."""
    failures = 0

    async def answer(update: dict[str, Any]) -> web.StreamResponse:
        nonlocal failures
        if failures < times and (text is None or update["message"]["text"] == text):
            failures += 1
            return web.Response(status=status)
        return web.Response(status=200)

    return answer


def say(sa: BotApiStandIn, name: str, *texts: str) -> None:
    user = next((u for u in sa.world.users.values() if u.first_name == name), None)
    user = user or sa.add_user(name)
    for text in texts:
        sa.user_sends(user, sa.private_chat(user), text)


async def test_updates_are_posted_to_the_mapped_url_with_the_secret(
    hooked: BotApiStandIn, receiver: Receiver, api: BotApi
) -> None:
    say(hooked, "Alice", "queued before")
    assert (await api("setWebhook", url=HOOK, secret_token="s3cr3t-TOKEN_1"))["result"] is True
    say(hooked, "Alice", "after")
    received = await receiver.wait_for(2)
    assert [r.text for r in received] == ["queued before", "after"]
    assert {r.path for r in received} == {"/hook/secret-path?instance=1"}  # path kept
    assert {r.secret for r in received} == {"s3cr3t-TOKEN_1"}
    assert {r.content_type for r in received} == {"application/json"}
    await hooked.wait_for_delivery(lambda r: r.update_id == received[1].update["update_id"])
    info = (await api("getWebhookInfo"))["result"]
    assert info == {
        "url": HOOK,
        "has_custom_certificate": False,
        "pending_update_count": 0,
        "max_connections": 40,
    }
    assert (await api("getUpdates"))["error_code"] == 409
    records = hooked.webhook_deliveries()
    assert [(r.attempt, r.ok, r.status, r.duplicate) for r in records] == [
        (1, True, 200, False)
    ] * 2
    assert records[0].url == f"{receiver.origin}/hook/secret-path?instance=1"
    assert all(r.duration >= 0 for r in records)

    await api("setWebhook", url=HOOK)  # no secret now: no header
    say(hooked, "Alice", "no secret")
    assert (await receiver.wait_for(3))[2].secret is None


async def test_a_failed_delivery_is_retried_and_reported(
    hooked: BotApiStandIn, receiver: Receiver, api: BotApi
) -> None:
    hooked.configure_webhook(retry_delay=0.2, max_retry_delay=0.2)
    receiver.answer = fail_first(2)
    await api("setWebhook", url=HOOK)
    say(hooked, "Alice", "hello")
    await receiver.wait_for(1)
    await hooked.wait_for_delivery(lambda r: not r.ok)
    info = (await api("getWebhookInfo"))["result"]
    assert info["pending_update_count"] == 1
    assert (
        info["last_error_message"] == "Wrong response from the webhook: 500 Internal Server Error"
    )
    assert abs(info["last_error_date"] - time.time()) < 5
    delivered = await hooked.wait_for_delivery(lambda r: r.ok)
    assert delivered.attempt == 3 and delivered.status == 200
    assert [r.ok for r in hooked.webhook_deliveries(delivered.update_id)] == [False, False, True]
    assert receiver.texts() == ["hello"] * 3
    info = (await api("getWebhookInfo"))["result"]
    assert info["pending_update_count"] == 0
    assert info["last_error_message"].startswith("Wrong response")  # kept, as Telegram does


async def test_a_redirect_is_a_failure_too(
    hooked: BotApiStandIn, receiver: Receiver, api: BotApi
) -> None:
    receiver.answer = fail_first(1, status=302)
    await api("setWebhook", url=HOOK)
    say(hooked, "Alice", "moved?")
    await hooked.wait_for_delivery(lambda r: r.ok)
    assert hooked.webhook_deliveries()[0].error == "Wrong response from the webhook: 302 Found"


async def test_no_answer_in_time_is_a_failure(
    hooked: BotApiStandIn, receiver: Receiver, api: BotApi
) -> None:
    hooked.configure_webhook(timeout=0.2)
    slow_once = [True]

    async def answer(update: dict[str, Any]) -> web.StreamResponse:
        if slow_once.pop() if slow_once else False:
            await asyncio.sleep(1.0)
        return web.Response()

    receiver.answer = answer
    await api("setWebhook", url=HOOK)
    say(hooked, "Alice", "slow")
    delivered = await hooked.wait_for_delivery(lambda r: r.ok)
    first = hooked.webhook_deliveries()[0]
    assert (first.ok, first.status, first.error) == (False, None, "Read timeout expired")
    assert 0.15 < first.duration < 0.8
    assert delivered.attempt == 2 and receiver.texts() == ["slow", "slow"]
    assert (await api("getWebhookInfo"))["result"]["last_error_message"] == "Read timeout expired"


async def test_a_refused_connection_is_a_failure(stand_in: BotApiStandIn, api: BotApi) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    stand_in.configure_webhook(origin=f"http://127.0.0.1:{port}", retry_delay=0.05)
    await api("setWebhook", url=HOOK)
    say(stand_in, "Alice", "anyone?")
    failed = await stand_in.wait_for_delivery(lambda r: not r.ok)
    assert failed.error == "Connection refused"
    assert (await api("getWebhookInfo"))["result"]["pending_update_count"] == 1


async def test_a_chat_keeps_its_order_under_retries_while_others_proceed(
    hooked: BotApiStandIn, receiver: Receiver, api: BotApi
) -> None:
    receiver.answer = fail_first(3, text="a1")
    hooked.configure_webhook(retry_delay=0.1, max_retry_delay=0.1)
    say(hooked, "Alice", "a1", "a2", "a3")
    say(hooked, "Bob", "b1", "b2")
    await api("setWebhook", url=HOOK)
    await receiver.wait_for(8)  # 3 failed a1, then a1, a2, a3, b1, b2
    texts = receiver.texts()
    assert texts.count("a1") == 4 and texts.count("a2") == texts.count("a3") == 1
    last_a1 = len(texts) - 1 - texts[::-1].index("a1")
    assert last_a1 < texts.index("a2") < texts.index("a3")  # each waited for the previous
    assert texts.index("b2") < last_a1  # Bob's chat did not wait for Alice's
    await hooked.wait_for_delivery(
        lambda r: r.ok and r.update_id == receiver.received[-1].update["update_id"]
    )
    assert hooked.pending_updates() == 0


async def test_at_most_max_connections_requests_at_once(
    hooked: BotApiStandIn, receiver: Receiver, api: BotApi
) -> None:
    async def slow(update: dict[str, Any]) -> web.StreamResponse:
        await asyncio.sleep(0.1)
        return web.Response()

    receiver.answer = slow
    for name in ("A", "B", "C", "D", "E", "F"):
        say(hooked, name, f"from {name}")
    await api("setWebhook", url=HOOK, max_connections=2)
    assert (await api("getWebhookInfo"))["result"]["max_connections"] == 2
    await receiver.wait_for(6)
    assert receiver.most_active == 2
    assert sorted(receiver.texts()) == [f"from {name}" for name in "ABCDEF"]


async def test_delete_webhook_hands_the_undelivered_back_to_get_updates(
    hooked: BotApiStandIn, receiver: Receiver, api: BotApi
) -> None:
    receiver.answer = fail_first(1000)
    await api("setWebhook", url=HOOK)
    say(hooked, "Alice", "one", "two")
    say(hooked, "Bob", "three")
    await receiver.wait_for(2)
    assert (await api("getWebhookInfo"))["result"]["pending_update_count"] == 3
    assert (await api("deleteWebhook"))["result"] is True
    info = (await api("getWebhookInfo"))["result"]
    assert info == {"url": "", "has_custom_certificate": False, "pending_update_count": 3}
    result = (await api("getUpdates"))["result"]
    assert [update["message"]["text"] for update in result] == ["one", "two", "three"]
    seen = len(receiver.received)
    say(hooked, "Alice", "polled")
    await asyncio.sleep(0.1)
    assert len(receiver.received) == seen  # nothing goes to the webhook any more


async def test_drop_pending_updates_and_allowed_updates(
    hooked: BotApiStandIn, receiver: Receiver, api: BotApi
) -> None:
    alice = hooked.add_user("Alice")
    say(hooked, "Alice", "old")
    await api("setWebhook", url=HOOK, drop_pending_updates=True, allowed_updates=["message"])
    group = hooked.add_group("G", admins=[alice], supergroup=True, bot_status="administrator")
    hooked.user_joins(group, hooked.add_user("Bob"))  # chat_member: not subscribed
    say(hooked, "Alice", "new")
    await receiver.wait_for(2)  # Bob's join message, then "new"
    await asyncio.sleep(0.1)
    kinds = [next(k for k in r.update if k != "update_id") for r in receiver.received]
    assert kinds == ["message", "message"]  # no chat_member update
    assert receiver.received[-1].text == "new"  # and "old" was dropped
    info = (await api("getWebhookInfo"))["result"]
    assert info["allowed_updates"] == ["message"]


async def test_redeliver_fault_delivers_a_handled_update_again(
    hooked: BotApiStandIn, receiver: Receiver, api: BotApi
) -> None:
    alice = hooked.add_user("Alice")
    hooked.inject_webhook(alice, fault=faults.redeliver())
    await api("setWebhook", url=HOOK)
    say(hooked, "Alice", "once", "twice?")
    await receiver.wait_for(3)
    ids = [r.update["update_id"] for r in receiver.received]
    assert ids[0] == ids[1] != ids[2]  # the duplicate comes before the chat's next update
    await hooked.wait_for_delivery(lambda r: r.update_id == ids[2])
    first, again, _ = hooked.webhook_deliveries()
    assert (first.ok, first.fault, first.duplicate) == (True, "redeliver", False)
    assert (again.ok, again.attempt, again.duplicate) == (True, 2, True)
    assert hooked.pending_faults() == []


async def test_webhook_timeout_fault_retries_while_the_bot_still_works(
    hooked: BotApiStandIn, receiver: Receiver, api: BotApi
) -> None:
    finished: list[int] = []

    async def slow(update: dict[str, Any]) -> web.StreamResponse:
        try:
            await asyncio.sleep(0.3)
        finally:
            finished.append(update["update_id"])
        return web.Response()

    receiver.answer = slow
    hooked.inject_webhook(fault=faults.webhook_timeout(0.05))
    await api("setWebhook", url=HOOK)
    say(hooked, "Alice", "slow")
    delivered = await hooked.wait_for_delivery(lambda r: r.ok)
    first = hooked.webhook_deliveries()[0]
    assert (first.error, first.fault) == ("Read timeout expired", "webhook_timeout")
    assert delivered.attempt == 2 and delivered.fault is None
    assert [r.text for r in receiver.received] == ["slow", "slow"]


async def test_an_answer_may_carry_a_method_call(
    hooked: BotApiStandIn, receiver: Receiver, api: BotApi
) -> None:
    async def reply(update: dict[str, Any]) -> web.StreamResponse:
        chat_id = update["message"]["chat"]["id"]
        if update["message"]["text"] == "bad":
            return web.json_response({"method": "sendMessage", "chat_id": chat_id, "txt": "?"})
        return web.json_response({"method": "sendMessage", "chat_id": chat_id, "text": "pong"})

    receiver.answer = reply
    await api("setWebhook", url=HOOK)
    alice = hooked.add_user("Alice")
    say(hooked, "Alice", "ping")
    assert (await hooked.next_message(alice))["text"] == "pong"
    assert hooked.webhook_deliveries()[0].reply_method == "sendMessage"
    say(hooked, "Alice", "bad")
    failed = await hooked.wait_for(lambda r: not r.ok)
    assert failed.method == "sendMessage" and failed.error_code == 400  # recorded, not lost


async def test_an_answer_may_even_delete_the_webhook(
    hooked: BotApiStandIn, receiver: Receiver, api: BotApi
) -> None:
    async def reply(update: dict[str, Any]) -> web.StreamResponse:
        return web.json_response({"method": "deleteWebhook"})

    receiver.answer = reply
    await api("setWebhook", url=HOOK)
    say(hooked, "Alice", "stop")
    await hooked.wait_for(lambda r: r.method == "deleteWebhook" and r.ok)
    say(hooked, "Alice", "polled")
    assert [u["message"]["text"] for u in (await api("getUpdates"))["result"]] == ["polled"]


async def test_an_outage_pauses_delivery_and_keeps_the_queue(
    hooked: BotApiStandIn, receiver: Receiver, api: BotApi
) -> None:
    await api("setWebhook", url=HOOK)
    hooked.start_outage(0.2)
    await asyncio.sleep(0.05)
    say(hooked, "Alice", "during")
    assert hooked.pending_updates() == 1
    assert (await receiver.wait_for(1))[0].text == "during"


async def test_control_api_for_webhooks(
    hooked: BotApiStandIn, receiver: Receiver, http: httpx.AsyncClient, api: BotApi
) -> None:
    options = (await http.post("/_standin/webhook/options", json={"timeout": 0.5})).json()
    assert options["timeout"] == 0.5 and options["origin"] == receiver.origin
    bad = await http.post("/_standin/webhook/options", json={"origin": "http://x:1/path"})
    assert bad.status_code == 400 and "path" in bad.json()["error"]
    assert (await http.post("/_standin/webhook/options", json={"speed": 1})).status_code == 400
    bad = await http.post("/_standin/webhook/faults", json={"fault": {"kind": "drop"}})
    assert bad.status_code == 400
    rule = await http.post("/_standin/webhook/faults", json={"fault": {"kind": "redeliver"}})
    assert rule.json()["fault"] == {"kind": "redeliver"}
    await api("setWebhook", url=HOOK, secret_token="abc")
    state = (await http.get("/_standin/webhook")).json()
    assert state["delivery_url"] == f"{receiver.origin}/hook/secret-path?instance=1"
    assert state["delivering"] is True
    say(hooked, "Alice", "hi")
    await receiver.wait_for(2)
    await hooked.wait_for_delivery(lambda r: r.duplicate)
    deliveries = (await http.get("/_standin/webhook/deliveries")).json()["deliveries"]
    assert [(d["attempt"], d["ok"], d["duplicate"]) for d in deliveries] == [
        (1, True, False),
        (2, True, True),
    ]
    later = await http.get("/_standin/webhook/deliveries", params={"since": 1, "ok": "true"})
    assert len(later.json()["deliveries"]) == 1


async def test_without_an_origin_nothing_leaves_the_machine(
    stand_in: BotApiStandIn, api: BotApi
) -> None:
    stand_in.configure_webhook(retry_delay=0.05)
    await api("setWebhook", url=HOOK)
    say(stand_in, "Alice", "kept")
    failed = await stand_in.wait_for_delivery(lambda r: not r.ok)
    assert failed.url is None and failed.error is not None and "origin" in failed.error
    info = (await api("getWebhookInfo"))["result"]
    assert info["pending_update_count"] == 1 and "origin" in info["last_error_message"]


def test_cli_rejects_a_bad_origin(capsys: pytest.CaptureFixture[str]) -> None:
    from standin.__main__ import main

    assert main(["--port", "0", "--webhook-origin", "http://127.0.0.1:1/hook"]) == 2
    assert "must have no path" in capsys.readouterr().err


def test_options_validate_and_map_the_url() -> None:
    options = WebhookOptions(origin="http://127.0.0.1:9000/")
    assert options.delivery_url("https://a.example:8443/x/y?z=1") == "http://127.0.0.1:9000/x/y?z=1"
    assert options.delivery_url("https://a.example") == "http://127.0.0.1:9000/"
    assert WebhookOptions().delivery_url("https://a.example/h") is None  # nothing leaves
    assert [options.backoff(n) for n in (1, 2, 3, 10, 100)] == [1.0, 2.0, 4.0, 60.0, 60.0]
    for bad in (
        {"origin": "ftp://x"},
        {"origin": "http://x/p"},
        {"timeout": 0},
        {"retry_delay": -1},
        {"retry_delay": 5, "max_retry_delay": 1},
    ):
        with pytest.raises(ValueError):
            WebhookOptions(**bad)
    assert options.changed(origin="").origin is None


def test_updates_are_ordered_by_chat_then_sender() -> None:
    message = {"message_id": 1, "date": 0, "chat": {"id": 7, "type": "private"}}
    assert ordering_key({"update_id": 1, "message": message}) == 7
    callback = {"id": "q", "from": {"id": 9}, "message": message, "chat_instance": "c"}
    assert ordering_key({"update_id": 2, "callback_query": callback}) == 7
    inline = {"id": "i", "from": {"id": 9}, "query": "", "offset": ""}
    assert ordering_key({"update_id": 3, "inline_query": inline}) == ("user", 9)
    assert ordering_key({"update_id": 4, "poll": {"id": "p"}}) == ("update", 4)
