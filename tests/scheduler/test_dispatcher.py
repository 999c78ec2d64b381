"""The dispatcher against a real SQLite database and a scripted sender: each occurrence is
delivered once, late ones are skipped, and every Telegram outcome is handled."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from knowledge.reminder_texts import load_reminder_texts
from scheduler.claiming import Claimer
from scheduler.dispatcher import Dispatcher, DispatchSettings, Outcome, Outgoing, PassStats
from scheduler.planning import Schedule
from scheduler.sending import BeforeRequest
from scheduler.subscriptions import set_schedule
from storage.chats import ensure_chat
from storage.db import Database
from storage.models import Chat, Delivery, Subscription
from tests.support.clock import FakeClock

TEXTS = load_reminder_texts()
MONDAY_6 = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)


class ScriptedSender:
    """Records every send; answers with scripted outcomes per chat (default: sent)."""

    def __init__(self) -> None:
        self.sent: list[Outgoing] = []
        self.script: dict[int, list[Outcome]] = {}
        self._next_message_id = 100

    async def __call__(self, item: Outgoing, before_request: BeforeRequest) -> Outcome:
        await before_request()
        self.sent.append(item)
        planned = self.script.get(item.chat_id)
        if planned:
            return planned.pop(0)
        self._next_message_id += 1
        return Outcome("sent", message_id=self._next_message_id)

    def per_chat(self) -> Counter[int]:
        return Counter(item.chat_id for item in self.sent)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(MONDAY_6)


@pytest.fixture
def sender() -> ScriptedSender:
    return ScriptedSender()


@pytest.fixture
def dispatcher(db: Database, sender: ScriptedSender, clock: FakeClock) -> Dispatcher:
    return Dispatcher(db, TEXTS, sender, clock, DispatchSettings(claim_batch=50, chunk_size=20))


async def subscribe(
    db: Database, clock: FakeClock, chat_id: int, at: time = time(7, 0), zone: str = "UTC"
) -> None:
    async with db.session.begin() as session:
        chat = await ensure_chat(session, chat_id, "private", clock())
        chat.timezone = zone
        await set_schedule(session, chat, Schedule("hydration", (at,)), clock())


async def states(db: Database) -> Counter[str]:
    async with db.session() as session:
        rows = await session.execute(select(Delivery.state, func.count()).group_by(Delivery.state))
        return Counter({state: count for state, count in rows.all()})


async def test_due_reminder_is_sent_once(
    db: Database, dispatcher: Dispatcher, sender: ScriptedSender, clock: FakeClock
) -> None:
    await subscribe(db, clock, 1)
    await dispatcher.run_pass()
    assert sender.sent == []
    clock.set(MONDAY_6.replace(hour=7))
    await dispatcher.run_pass()
    await dispatcher.run_pass()
    assert sender.per_chat() == {1: 1}
    clock.advance(days=1)
    await dispatcher.run_pass()
    assert sender.per_chat() == {1: 2}
    assert (await states(db)) == {"sent": 2}


async def test_large_batch_due_together_is_delivered_in_full(
    db: Database, dispatcher: Dispatcher, sender: ScriptedSender, clock: FakeClock
) -> None:
    for chat_id in range(1, 1201):
        await subscribe(db, clock, chat_id)
    clock.set(MONDAY_6.replace(hour=7, second=30))
    stats = await dispatcher.run_pass()
    assert stats.sent == 1200
    assert set(sender.per_chat().values()) == {1}
    assert len(sender.per_chat()) == 1200


async def test_downtime_within_grace_is_sent_beyond_is_skipped(
    db: Database, dispatcher: Dispatcher, sender: ScriptedSender, clock: FakeClock
) -> None:
    await subscribe(db, clock, 1, time(7, 0))
    await subscribe(db, clock, 2, time(6, 10))
    clock.set(MONDAY_6.replace(hour=7, minute=20))  # chat 1: 20 min late; chat 2: 70 min
    await dispatcher.run_pass()
    assert sender.per_chat() == {1: 1}
    assert (await states(db)) == {"sent": 1, "skipped": 1}
    async with db.session() as session:
        sub = await session.scalar(select(Subscription).where(Subscription.chat_id == 2))
        assert sub is not None and sub.next_due_at == MONDAY_6.replace(
            hour=6, minute=10
        ) + timedelta(days=1)


async def test_interrupted_send_is_never_repeated(
    db: Database, dispatcher: Dispatcher, sender: ScriptedSender, clock: FakeClock
) -> None:
    await subscribe(db, clock, 1)
    clock.set(MONDAY_6.replace(hour=7))
    # A crash between "sending" and "sent": simulate by a sender that never returns.
    async with db.session.begin() as session:
        chat = await session.get(Chat, 1)
        assert chat is not None
    await Claimer(db, TEXTS, dispatcher.settings).claim_batch(PassStats(), clock())
    async with db.session.begin() as session:
        delivery = await session.scalar(select(Delivery))
        assert delivery is not None
        delivery.state = "sending"
    restarted = Dispatcher(db, TEXTS, sender, clock)
    assert await restarted.recover() == 1
    await restarted.run_pass()
    assert sender.sent == []
    assert (await states(db)) == {"uncertain": 1}


async def test_retry_outcome_is_sent_on_a_later_pass(
    db: Database, dispatcher: Dispatcher, sender: ScriptedSender, clock: FakeClock
) -> None:
    await subscribe(db, clock, 1)
    sender.script[1] = [Outcome("retry", reason="Bad Gateway"), Outcome("retry", reason="429")]
    clock.set(MONDAY_6.replace(hour=7))
    await dispatcher.run_pass()
    await dispatcher.run_pass()
    await dispatcher.run_pass()
    assert sender.per_chat() == {1: 3}
    assert (await states(db)) == {"sent": 1}


async def test_gone_chat_is_deactivated_and_gets_nothing_more(
    db: Database, dispatcher: Dispatcher, sender: ScriptedSender, clock: FakeClock
) -> None:
    await subscribe(db, clock, 1)
    sender.script[1] = [Outcome("gone", reason="Forbidden: bot was blocked by the user")]
    clock.set(MONDAY_6.replace(hour=7))
    await dispatcher.run_pass()
    clock.advance(days=1)
    await dispatcher.run_pass()
    assert sender.per_chat() == {1: 1}
    async with db.session() as session:
        chat = await session.get(Chat, 1)
        assert chat is not None and not chat.active
        assert chat.inactive_reason == "Forbidden: bot was blocked by the user"


async def test_migrated_group_gets_the_reminder_at_its_new_id(
    db: Database, dispatcher: Dispatcher, sender: ScriptedSender, clock: FakeClock
) -> None:
    await subscribe(db, clock, -100)
    sender.script[-100] = [Outcome("migrated", new_chat_id=-1001234)]
    clock.set(MONDAY_6.replace(hour=7))
    await dispatcher.run_pass()
    await dispatcher.run_pass()
    assert sender.per_chat() == {-100: 1, -1001234: 1}
    async with db.session() as session:
        assert await session.get(Chat, -100) is None
        sub = await session.scalar(select(Subscription))
        assert sub is not None and sub.chat_id == -1001234


async def test_uncertain_outcome_is_not_retried(
    db: Database, dispatcher: Dispatcher, sender: ScriptedSender, clock: FakeClock
) -> None:
    await subscribe(db, clock, 1)
    sender.script[1] = [Outcome("uncertain", reason="timed out")]
    clock.set(MONDAY_6.replace(hour=7))
    await dispatcher.run_pass()
    await dispatcher.run_pass()
    assert sender.per_chat() == {1: 1}
    assert (await states(db)) == {"uncertain": 1}


async def test_two_passes_at_once_never_send_twice(
    db: Database, sender: ScriptedSender, clock: FakeClock
) -> None:
    import asyncio

    for chat_id in range(1, 301):
        await subscribe(db, clock, chat_id)
    clock.set(MONDAY_6.replace(hour=7))
    settings = DispatchSettings(claim_batch=25, chunk_size=10)
    first = Dispatcher(db, TEXTS, sender, clock, settings)
    second = Dispatcher(db, TEXTS, sender, clock, settings)
    await asyncio.gather(first.run_pass(), second.run_pass(), first.run_pass())
    await first.run_pass()
    assert len(sender.per_chat()) == 300
    assert set(sender.per_chat().values()) == {1}


async def test_one_message_per_chat_per_pass(
    db: Database, dispatcher: Dispatcher, sender: ScriptedSender, clock: FakeClock
) -> None:
    """Telegram's per-chat limit (about one a second): two kinds due at the same minute in
    one chat go out in consecutive passes, which start at least a second apart."""
    async with db.session.begin() as session:
        chat = await ensure_chat(session, 1, "private", clock())
        for kind in ("hydration", "stretching", "minerals"):
            await set_schedule(session, chat, Schedule(kind, (time(7, 0),)), clock())
    await subscribe(db, clock, 2)
    clock.set(MONDAY_6.replace(hour=7))
    first = await dispatcher.run_pass()
    assert (first.sent, first.deferred) == (2, 2)
    assert sender.per_chat() == {1: 1, 2: 1}
    clock.advance(seconds=1)
    await dispatcher.run_pass()
    clock.advance(seconds=1)
    await dispatcher.run_pass()
    assert sender.per_chat() == {1: 3, 2: 1}
    assert sorted(item.kind for item in sender.sent if item.chat_id == 1) == [
        "hydration",
        "minerals",
        "stretching",
    ]
    assert (await states(db)) == {"sent": 4}
