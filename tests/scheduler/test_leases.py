"""Several instances on one database: each reminder is sent once, and what a dead instance
had taken goes to the others once its lease has run out, without its restart; what it had
marked 'sending' becomes uncertain and is never sent again. On SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from datetime import timedelta

import pytest
from sqlalchemy import select

from scheduler.dispatcher import Dispatcher, DispatchSettings, PassStats
from scheduler.passes import Outgoing
from storage.db import Database
from storage.models import Delivery
from tests.scheduler.test_dispatcher import MONDAY_6, TEXTS, states
from tests.scheduler.test_dispatcher_faults import ControlledSender, due_for, until
from tests.support.clock import FakeClock

LEASE = timedelta(seconds=30)
NextChunk = Callable[[int, PassStats], Awaitable[list[Outgoing]]]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(MONDAY_6)


def instance(name: str) -> DispatchSettings:
    return DispatchSettings(claim_batch=50, chunk_size=20, pipelines=2, lease=LEASE, instance=name)


async def owners(db: Database) -> dict[str | None, int]:
    async with db.session() as session:
        rows = (await session.execute(select(Delivery.lease_owner))).scalars()
        found: dict[str | None, int] = {}
        for owner in rows:
            found[owner] = found.get(owner, 0) + 1
        return found


async def test_two_instances_passing_at_once_send_every_reminder_once(
    db: Database, clock: FakeClock
) -> None:
    await due_for(db, clock, 300)
    sender = ControlledSender()
    one = Dispatcher(db, TEXTS, sender, clock, instance("one"))
    two = Dispatcher(db, TEXTS, sender, clock, instance("two"))
    # Either could take every chunk before the other starts sending (on a fast machine, or
    # a loaded one where the other's first query is slow, or where SQLite's busy timeout
    # ends the other's pass): after each chunk it takes, each waits until the other has
    # taken one, so both really send side by side and both shares are tested. Who sends is
    # who takes (the lease owner); who claims does not matter. At most thirty seconds: a
    # loaded CI machine held the other's first step past five; once both have taken,
    # nobody waits.
    took = {"one": asyncio.Event(), "two": asyncio.Event()}

    def taking_turns(name: str, other: str, take: NextChunk) -> NextChunk:
        async def takes(after_id: int, stats: PassStats) -> list[Outgoing]:
            chunk = await take(after_id, stats)
            if chunk:
                took[name].set()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(took[other].wait(), 30.0)
            return chunk

        return takes

    one._taker.next_chunk = taking_turns("one", "two", one._taker.next_chunk)  # type: ignore[method-assign,assignment]
    two._taker.next_chunk = taking_turns("two", "one", two._taker.next_chunk)  # type: ignore[method-assign,assignment]
    for _ in range(3):  # a chat served in a pass waits for the next: several rounds
        await asyncio.gather(one.run_pass(), two.run_pass())
    assert sender.per_chat() == dict.fromkeys(range(1, 301), 1)
    assert (await states(db)) == {"sent": 300}
    both = await owners(db)
    assert set(both) == {"one", "two"}, f"both instances took a share: {both}"


async def dying_instance(db: Database, clock: FakeClock, due: int) -> ControlledSender:
    """Instance "dead" takes everything due, lets its first requests leave (marked
    'sending', never answered) while the rest wait in its rate limiter, and dies: its
    pass is cancelled with no transaction open, so nothing it holds is released."""
    sender = ControlledSender()
    sender.answers_open.clear()
    dead = Dispatcher(db, TEXTS, sender, clock, instance("dead"))
    running = asyncio.create_task(dead.run_pass())
    await until(lambda: _in_flight(db, sender, 2 * dead.settings.chunk_size))
    sender.limiter_open.clear()
    await asyncio.sleep(0.05)
    # Every request past the limiter leaves before the instance dies: one cancelled between
    # marking its row 'sending' and leaving counts as neither (on a loaded CI machine the
    # restart found 40 rows it had marked where 32 requests had left).

    async def none_leaving() -> bool:
        return sender.leaving == 0

    await until(none_leaving)
    running.cancel()
    await asyncio.gather(running, return_exceptions=True)
    return sender


async def _in_flight(db: Database, sender: ControlledSender, count: int) -> bool:
    taken = await states(db)
    return len(sender.requested) >= 5 and taken["queued"] + taken["sending"] >= count


async def test_a_dead_instances_claims_go_to_another_after_the_lease(
    db: Database, clock: FakeClock
) -> None:
    await due_for(db, clock, 60)
    dead_sender = await dying_instance(db, clock, 60)
    left = set(dead_sender.requested)
    held = await states(db)
    assert held["sending"] == len(left) and held["queued"] > 0, held

    sender = ControlledSender()
    survivor = Dispatcher(db, TEXTS, sender, clock, instance("survivor"))
    stats = await survivor.run_pass()
    assert stats.released == 0, "a lease still running is respected"
    taken_by_dead = set(range(1, 61)) - set(sender.requested)
    assert taken_by_dead >= left

    clock.advance(seconds=LEASE.total_seconds() + 1)
    for _ in range(2):
        stats = await survivor.run_pass()
    # Everything reached Telegram exactly once, except what the dead one caught mid-send:
    # those are uncertain and were not sent again.
    assert not set(sender.requested) & left
    assert sorted(sender.requested + dead_sender.requested) == list(range(1, 61))
    final = await states(db)
    assert final == {"sent": 60 - len(left), "uncertain": len(left)}


async def test_a_live_instance_keeps_its_claims_past_the_first_lease(
    db: Database, clock: FakeClock
) -> None:
    """An instance whose requests wait a long time renews its lease: another instance
    does not take its rows over meanwhile."""
    await due_for(db, clock, 20)
    slow = ControlledSender()
    slow.limiter_open.clear()
    settings = DispatchSettings(
        claim_batch=50, chunk_size=20, pipelines=1, lease=timedelta(seconds=0.3), instance="slow"
    )
    running = asyncio.create_task(Dispatcher(db, TEXTS, slow, clock, settings).run_pass())
    await until(lambda: _queued(db, 20))
    for _ in range(3):  # three leases long, renewed each third of one
        await asyncio.sleep(0.3)
        clock.advance(seconds=0.3)
    other = ControlledSender()
    stats: PassStats = await Dispatcher(db, TEXTS, other, clock, instance("other")).run_pass()
    assert stats.released == 0 and other.requested == []
    slow.limiter_open.set()
    await running
    assert slow.per_chat() == dict.fromkeys(range(1, 21), 1)
    assert (await states(db)) == {"sent": 20}


async def _queued(db: Database, count: int) -> bool:
    return (await states(db))["queued"] == count


async def test_a_restart_under_the_same_name_releases_its_own_claims_at_once(
    db: Database, clock: FakeClock
) -> None:
    await due_for(db, clock, 60)
    dead_sender = await dying_instance(db, clock, 60)
    left = set(dead_sender.requested)
    other = Dispatcher(db, TEXTS, ControlledSender(), clock, instance("other"))
    assert await other.recover() == 0, "another instance's live-looking claims are its own"
    sender = ControlledSender()
    restarted = Dispatcher(db, TEXTS, sender, clock, instance("dead"))
    assert await restarted.recover() == len(left)
    await restarted.run_pass()
    await restarted.run_pass()
    assert not set(sender.requested) & left
    assert sorted(sender.requested + dead_sender.requested) == list(range(1, 61))
