"""The dispatcher when things go wrong: a crash while sends wait in the rate limiter, a
shutdown mid-fan-out, an unreachable Bot API, another process taking an occurrence over,
and a locked or failing database. Real SQLite; the sender is scripted."""

from __future__ import annotations

import asyncio
import sqlite3
from collections import Counter
from typing import Any

import pytest
from sqlalchemy import select

from scheduler.dispatcher import Dispatcher, DispatchSettings, Outcome, Outgoing, PassStats
from scheduler.sending import BeforeRequest
from storage.chats import migrate_chat
from storage.db import Database
from storage.models import Delivery
from tests.scheduler.test_dispatcher import MONDAY_6, TEXTS, states, subscribe
from tests.support.clock import FakeClock
from tests.support.sqlite_faults import failing_once, locked, short_busy_timeout

SETTINGS = DispatchSettings(claim_batch=50, chunk_size=20, pipelines=2)


class ControlledSender:
    """A sender whose requests can be held before they leave (waiting in the rate limiter)
    and while in flight (waiting for Telegram's answer)."""

    def __init__(self) -> None:
        self.limiter_open = asyncio.Event()
        self.limiter_open.set()
        self.answers_open = asyncio.Event()
        self.answers_open.set()
        self.requested: list[int] = []  # chat ids whose request left
        self.answer: Outcome | None = None  # None: sent
        # Requests past the limiter whose row is being marked 'sending', not yet left.
        self.leaving = 0

    async def __call__(self, item: Outgoing, before_request: BeforeRequest) -> Outcome:
        await self.limiter_open.wait()
        self.leaving += 1
        try:
            await before_request()
            self.requested.append(item.chat_id)
        finally:
            self.leaving -= 1
        await self.answers_open.wait()
        return self.answer or Outcome("sent", message_id=item.delivery_id)

    def per_chat(self) -> Counter[int]:
        return Counter(self.requested)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(MONDAY_6)


@pytest.fixture
def sender() -> ControlledSender:
    return ControlledSender()


async def due_for(db: Database, clock: FakeClock, chats: int) -> None:
    for chat_id in range(1, chats + 1):
        await subscribe(db, clock, chat_id)
    clock.set(MONDAY_6.replace(hour=7))


async def until(condition: Any, timeout: float = 5.0) -> None:
    for _ in range(int(timeout / 0.01)):
        if await condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("timed out waiting")


async def attempts(db: Database) -> Counter[int]:
    async with db.session() as session:
        return Counter((await session.execute(select(Delivery.attempts))).scalars())


async def test_a_crash_while_sends_wait_in_the_rate_limiter_loses_nothing(
    db: Database, clock: FakeClock, sender: ControlledSender
) -> None:
    await due_for(db, clock, 60)
    running = await stalled_in_the_rate_limiter(db, clock, sender, 60)
    assert (await states(db))["sending"] == 0, "nothing is 'sending' before it leaves"
    # The process dies. (A process that lingered instead would have what it still tries
    # refused by the compare-and-sets.)
    running.cancel()
    restarted = Dispatcher(db, TEXTS, sender, clock, SETTINGS)
    assert await restarted.recover() == 0
    sender.limiter_open.set()
    await restarted.run_pass()
    assert sender.per_chat() == dict.fromkeys(range(1, 61), 1)
    assert (await states(db)) == {"sent": 60}


async def test_a_cancelled_pass_ends_at_once_with_its_sends(
    db: Database, clock: FakeClock, sender: ControlledSender
) -> None:
    """Cancelling a pass (the event loop closing at exit, an instance going away) ends it
    and the sends it started, even while its pipelines are full and their requests wait
    for answers that never come: nothing it held is released, the lease settles it. A
    cancelled pass once waited for ever to hand its full queue the word to stop (seen in a
    loaded run: the dead instance of test_leases kept renewing its leases)."""
    await due_for(db, clock, 20)
    sender.answers_open.clear()
    settings = DispatchSettings(claim_batch=50, chunk_size=5, pipelines=1)
    running = asyncio.create_task(Dispatcher(db, TEXTS, sender, clock, settings).run_pass())
    # A chunk in flight, one in the full queue, one waiting to be put; the rest not taken.
    held = {"sending": 5, "queued": 10, "pending": 5}
    await until(lambda: _held(db, **held))
    await asyncio.sleep(0.05)
    running.cancel()
    done, _ = await asyncio.wait([running], timeout=5)
    assert done, "a cancelled pass ends"
    assert sender.requested == [1, 2, 3, 4, 5]
    assert (await states(db)) == held


async def _held(db: Database, **expected: int) -> bool:
    return (await states(db)) == expected


async def stalled_in_the_rate_limiter(
    db: Database, clock: FakeClock, sender: ControlledSender, due: int
) -> asyncio.Task[PassStats]:
    """A pass that has taken all `due` occurrences, whose sends wait in the rate limiter.
    It has no transaction open then, so cancelling it is like the process dying (whose
    locks the operating system would release)."""
    sender.limiter_open.clear()
    running = asyncio.create_task(Dispatcher(db, TEXTS, sender, clock, SETTINGS).run_pass())
    await until(lambda: _all_queued(db, due))
    return running


async def _all_queued(db: Database, due: int) -> bool:
    return (await states(db))["queued"] == due


async def test_a_row_taken_over_by_another_process_is_not_sent_by_the_first(
    db: Database, clock: FakeClock, sender: ControlledSender
) -> None:
    await due_for(db, clock, 1)
    first = await stalled_in_the_rate_limiter(db, clock, sender, 1)
    # Another process starts (its recovery hands the row back) and takes it itself, its
    # own send still waiting too: the same row is now queued by two processes.
    other = Dispatcher(db, TEXTS, sender, clock, SETTINGS)
    await other.recover()
    second = asyncio.create_task(other.run_pass())
    await until(lambda: _queued_twice(db))
    sender.limiter_open.set()
    await asyncio.gather(first, second)
    assert sender.per_chat() == {1: 1}
    assert (await states(db)) == {"sent": 1}


async def _queued_twice(db: Database) -> bool:
    return (await states(db))["queued"] == 1 and (await attempts(db)) == {2: 1}


async def test_shutdown_hands_back_what_has_not_left_and_records_what_has(
    db: Database, clock: FakeClock, sender: ControlledSender
) -> None:
    await due_for(db, clock, 60)
    sender.answers_open.clear()  # the first requests are in flight, unanswered
    dispatcher = Dispatcher(db, TEXTS, sender, clock, SETTINGS)
    dispatcher.kick()
    await until(lambda: _in_flight(sender, 5))
    sender.limiter_open.clear()  # the rest wait in the rate limiter
    stopping = asyncio.create_task(dispatcher.shutdown(grace_seconds=5))
    await asyncio.sleep(0.05)
    sender.answers_open.set()  # Telegram answers the requests that had left
    async with asyncio.timeout(5):
        await stopping
    left = len(sender.requested)
    assert 5 <= left < 60
    assert (await states(db)) == {"sent": left, "pending": 60 - left}
    assert (await attempts(db))[0] == 60 - left, "handing back costs no attempt"
    sender.limiter_open.set()
    restarted = Dispatcher(db, TEXTS, sender, clock, SETTINGS)
    await restarted.recover()
    await restarted.run_pass()
    assert sender.per_chat() == dict.fromkeys(range(1, 61), 1)


async def _in_flight(sender: ControlledSender, count: int) -> bool:
    return len(sender.requested) >= count


async def test_an_unreachable_bot_api_stops_a_pass_early_and_costs_no_attempts(
    db: Database, clock: FakeClock, sender: ControlledSender
) -> None:
    await due_for(db, clock, 300)
    sender.answer = Outcome("unsent", reason="Request not sent: connection refused")
    dispatcher = Dispatcher(db, TEXTS, sender, clock, SETTINGS)
    for _ in range(8):  # more passes than max_attempts
        stats = await dispatcher.run_pass()
        assert stats.unreachable
    # A pass stops taking chunks once one came back unsent: at most the chunks already
    # taken by then (the workers', the queue's and one more) are tried, not all 300.
    taken_at_most = SETTINGS.chunk_size * (2 * SETTINGS.pipelines + 1)
    assert len(sender.requested) <= 8 * taken_at_most < 8 * 300
    assert (await states(db)) == {"pending": 300}
    assert (await attempts(db)) == {0: 300}
    sender.answer = None  # back
    sender.requested.clear()
    await dispatcher.run_pass()
    assert sender.per_chat() == dict.fromkeys(range(1, 301), 1)


# -- the database ----------------------------------------------------------------------


# SQLite's own faults (its statements, its file lock): PostgreSQL's are in
# tests/scheduler/test_leases.py and tests/unit/test_database_checks.py.
SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@SQLITE_ONLY
@pytest.mark.parametrize(
    "step",
    [
        "INSERT INTO deliveries",  # claiming
        "SET state=?, attempts=",  # taking a chunk ('queued')
        "SET state=?, lease_until=?, updated_at=? WHERE deliveries.state = ? AND (deliveries.id, ",
        "SET state=?, message_id=?",  # recording 'sent'
    ],
)
async def test_a_database_error_in_any_step_is_ridden_out_by_the_next_pass(
    db: Database, clock: FakeClock, sender: ControlledSender, step: str
) -> None:
    await due_for(db, clock, 30)
    dispatcher = Dispatcher(db, TEXTS, sender, clock, SETTINGS)
    with failing_once(db, step) as failed:
        await dispatcher.run_pass()
    assert failed, f"no statement matched {step!r}"
    await dispatcher.run_pass()
    await dispatcher.run_pass()
    assert sender.per_chat() == dict.fromkeys(range(1, 31), 1)
    assert (await states(db)) == {"sent": 30}


@SQLITE_ONLY
async def test_a_lock_held_by_another_connection_during_a_pass(
    db: Database, clock: FakeClock, sender: ControlledSender
) -> None:
    """Briefly locked: the pass waits (busy timeout) and goes on. Locked for longer than
    the busy timeout: that pass gives up, and the next one delivers."""
    await due_for(db, clock, 30)
    dispatcher = Dispatcher(db, TEXTS, sender, clock, SETTINGS)
    assert db.path is not None
    other = sqlite3.connect(db.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    releasing = asyncio.get_running_loop().call_later(0.5, other.execute, "COMMIT")
    stats = await dispatcher.run_pass()
    assert stats.sent == 30 and not releasing.cancelled()
    other.close()

    clock.advance(days=1)
    await short_busy_timeout(db)
    async with locked(db.path):
        stats = await dispatcher.run_pass()
    assert stats.sent == 0, "the lock outlasted the busy timeout"
    await dispatcher.run_pass()
    assert sender.per_chat() == dict.fromkeys(range(1, 31), 2)
    assert (await states(db)) == {"sent": 60}


async def test_a_group_migrating_while_its_reminder_is_on_the_way(
    db: Database, clock: FakeClock
) -> None:
    """The migration update is handled while the reminder's send is in flight, and the
    send fails for a passing reason: the retry goes to the supergroup."""
    sent_to: list[int] = []

    async def sender(item: Outgoing, before_request: BeforeRequest) -> Outcome:
        await before_request()
        sent_to.append(item.chat_id)
        if len(sent_to) > 1:
            return Outcome("sent", message_id=1)
        async with db.session.begin() as session:
            assert await migrate_chat(session, -100, -1001234, clock())
        return Outcome("retry", reason="Bad Gateway")

    await subscribe(db, clock, -100)
    clock.set(MONDAY_6.replace(hour=7))
    dispatcher = Dispatcher(db, TEXTS, sender, clock, SETTINGS)
    await dispatcher.run_pass()
    await dispatcher.run_pass()
    assert sent_to == [-100, -1001234]
    assert (await states(db)) == {"sent": 1}
