"""Webhook mode against the stand-in, which posts updates as Telegram does: a
conversation, the secret enforced, an update sent twice handled once, and a symptom check
that goes on through another instance and across a restart (its state is in the
database, not in a process)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp
import pytest

from bot.application import services_of
from standin import BotApiStandIn, faults
from storage.models import HandledUpdate
from tests.e2e.harness import (
    WEBHOOK_SECRET,
    Person,
    deliver_to,
    plain,
    running_webhook_bot,
    webhook_settings,
)
from tests.e2e.test_triage import (
    CALM,
    ENGINE,
    answer_until_done,
    current_question,
    option_text,
    start,
)
from tests.support.clock import FakeClock


async def test_a_conversation_over_the_webhook(
    standin: BotApiStandIn, tmp_path: Path, alice: Person
) -> None:
    async with running_webhook_bot(standin, webhook_settings(standin, tmp_path)):
        info = standin.webhook_state()
        assert info["url"] == "https://bot.example.org/telegram/webhook" and info["delivering"]
        answer = await alice.ask("/help")
        assert "/triage" in plain(answer)
        first = await start(alice)
        assert current_question(first) == "emergency_signs"
    deliveries = standin.webhook_deliveries()
    assert deliveries and all(d.ok and d.status == 200 for d in deliveries)
    # setWebhook asked only for the update types the bot handles.
    set_calls = [c for c in standin.calls if c.method == "setWebhook"]
    assert set_calls[-1].params.get("secret_token") == WEBHOOK_SECRET
    assert "callback_query" in str(set_calls[-1].params.get("allowed_updates"))


@pytest.mark.parametrize("secret", [None, "wrong-secret", WEBHOOK_SECRET[:-1]])
async def test_a_request_without_the_secret_is_refused_and_changes_nothing(
    standin: BotApiStandIn, tmp_path: Path, alice: Person, secret: str | None
) -> None:
    async with running_webhook_bot(standin, webhook_settings(standin, tmp_path)) as (app, server):
        update = {
            "update_id": 900_001,
            "message": {
                "message_id": 1,
                "date": 1_767_000_000,
                "chat": {"id": alice.chat_id, "type": "private"},
                "from": {"id": alice.chat_id, "is_bot": False, "first_name": "Alice"},
                "text": "/remind hydration 09:00",
            },
        }
        headers = {} if secret is None else {"X-Telegram-Bot-Api-Secret-Token": secret}
        url = f"http://127.0.0.1:{server.port}/telegram/webhook"
        async with aiohttp.ClientSession() as session:
            async with session.post(url, json=update, headers=headers) as response:
                assert response.status == 403
            # Anything but the webhook's path is not served at all.
            async with session.post(url + "x", json=update) as response:
                assert response.status == 404
        await asyncio.sleep(0.3)
        assert [c for c in standin.calls if c.method == "sendMessage"] == []
        async with services_of(app).db.session() as db:
            assert await db.get(HandledUpdate, 900_001) is None


async def test_an_update_delivered_twice_is_handled_once(
    standin: BotApiStandIn, tmp_path: Path, alice: Person
) -> None:
    async with running_webhook_bot(standin, webhook_settings(standin, tmp_path)):
        standin.inject_webhook(alice.chat, fault=faults.redeliver())
        mark = alice._mark()
        await alice.ask("/help")
        await standin.wait_for_delivery(lambda d: d.duplicate and d.ok, timeout=5.0)
        # And one that took longer than Telegram waits: sent again while still handled.
        standin.inject_webhook(alice.chat, fault=faults.webhook_timeout(0.05))
        await alice.ask("/about", timeout=10.0)
        await asyncio.sleep(1.0)  # time for any second answer to show
        sent = [c for c in standin.calls if c.seq > mark and c.method == "sendMessage"]
        assert len(sent) == 2, [c.params.get("text", "")[:30] for c in sent]
    by_update: dict[int, list[bool]] = {}
    for delivery in standin.webhook_deliveries():
        by_update.setdefault(delivery.update_id, []).append(delivery.ok)
    assert any(len(oks) >= 2 for oks in by_update.values())


async def test_a_check_begun_on_one_instance_is_finished_on_another(
    standin: BotApiStandIn, tmp_path: Path, alice: Person, clock: FakeClock
) -> None:
    settings = webhook_settings(standin, tmp_path)
    async with (
        running_webhook_bot(standin, settings, clock) as (_one, first_server),
        running_webhook_bot(standin, settings, clock) as (_two, second_server),
    ):
        deliver_to(standin, first_server)
        first = await start(alice)
        second = await alice.press(first, option_text("emergency_signs", "absent"))
        assert current_question(second) == "leg_signs"
        deliver_to(standin, second_server)  # the load balancer picks the other one now
        result = await answer_until_done(alice, second, CALM)
        assert ENGINE.flow.levels.self_care.title in plain(result)
        for server in (first_server, second_server):
            assert any(
                d.url and f":{server.port}/" in d.url and d.ok for d in standin.webhook_deliveries()
            )


async def test_a_restart_mid_check_goes_on_where_it_was(
    standin: BotApiStandIn, tmp_path: Path, alice: Person, clock: FakeClock
) -> None:
    settings = webhook_settings(standin, tmp_path)
    async with running_webhook_bot(standin, settings, clock):
        first = await start(alice)
        second = await alice.press(first, option_text("emergency_signs", "absent"))
    async with running_webhook_bot(standin, settings, clock):
        third = await alice.press(second, option_text("leg_signs", "absent"))
        assert current_question(third) not in ("emergency_signs", "leg_signs")
        typed = await alice.ask("what now?")
        assert "tap one of the buttons" in plain(typed)
