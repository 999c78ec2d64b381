"""The sending budget: Telegram's rate per bot, counted once however many instances send,
with a person's reply served before reminders, in memory, in Redis and in PostgreSQL.

Redis variants run when TEST_REDIS_URL names a server (`.ci/run` sets it), PostgreSQL ones
with TEST_POSTGRES_URL (tests/support/postgres.py); each says so when it skips."""

from __future__ import annotations

import asyncio
import os
import secrets
import time
from collections.abc import AsyncIterator, Callable

import pytest

from bot.send_budget import Priority, SendWindows, Window
from bot.send_budget.local import LocalWindows
from bot.send_budget.postgres_store import PostgresStore
from bot.send_budget.redis_store import RedisStore
from bot.send_budget.shared import SharedWindows
from storage.db import Database

REDIS_SETTING = "TEST_REDIS_URL"
Instances = Callable[[], SendWindows]


@pytest.fixture(params=["memory", "redis", "postgresql"])
def store(request: pytest.FixtureRequest) -> tuple[str, str]:
    """Which budget, and its server's URL (each test's windows have keys of their own)."""
    if request.param == "redis":
        url = os.environ.get(REDIS_SETTING)
        if not url:
            pytest.skip(f"Redis variant: set {REDIS_SETTING} to a server's URL to run it")
        return "redis", url
    if request.param == "postgresql":
        return "postgresql", request.getfixturevalue("postgres_session_database")
    return "memory", ""


@pytest.fixture
async def instances(store: tuple[str, str]) -> AsyncIterator[Instances]:
    """Makes instances that share one budget (memory: a single process's)."""
    kind, url = store
    made: list[SendWindows] = []
    databases: list[Database] = []
    shared = LocalWindows()

    def make() -> SendWindows:
        windows: SendWindows
        if kind == "memory":
            return shared
        if kind == "redis":
            windows = SharedWindows(RedisStore(url), f"instance-{len(made)}")
        else:
            db = Database(url)
            databases.append(db)
            windows = SharedWindows(PostgresStore(db.engine), f"instance-{len(made)}")
        made.append(windows)
        return windows

    yield make
    for windows in made:
        await windows.close()
    for db in databases:
        await db.close()


def a_window(capacity: int, period: float = 1.0) -> Window:
    return Window(f"test-{secrets.token_hex(4)}", capacity, period)


def busiest(arrivals: list[float], period: float = 1.0) -> int:
    arrivals = sorted(arrivals)
    return max(
        sum(1 for t in arrivals[i:] if t < start + period) for i, start in enumerate(arrivals)
    )


async def test_three_instances_together_stay_within_the_rate(instances: Instances) -> None:
    window = a_window(40)
    three = [instances() for _ in range(3)]
    for windows in three:
        await windows.start()
    arrivals: list[float] = []

    async def send(windows: SendWindows, n: int) -> None:
        async with windows.slot(window, Priority.BULK):
            await asyncio.sleep(0.005 * (n % 4))  # uneven latency
            arrivals.append(time.monotonic())

    started = time.monotonic()
    await asyncio.gather(*(send(three[n % 3], n) for n in range(120)))
    assert busiest(arrivals) <= 40
    assert time.monotonic() - started < 4.5, "and together they still send at the rate"


async def test_a_reply_goes_before_the_reminders_of_any_instance(instances: Instances) -> None:
    window = a_window(5)
    sender, answerer = instances(), instances()
    await sender.start()
    await answerer.start()
    order: list[str] = []
    first_second_out = asyncio.Event()

    async def send(windows: SendWindows, priority: Priority, name: str) -> None:
        async with windows.slot(window, priority):
            order.append(name)
            if len(order) == 5:
                first_second_out.set()

    fan_out = [asyncio.create_task(send(sender, Priority.BULK, f"r{n}")) for n in range(30)]
    await first_second_out.wait()  # the first second's reminders are out; 25 wait
    started = time.monotonic()
    await send(answerer, Priority.REPLY, "help")
    waited = time.monotonic() - started
    assert waited < 1.5, "served as soon as a slot frees, not after the fan-out's 5 s"
    assert order.index("help") <= 10
    for task in fan_out:
        task.cancel()
    await asyncio.gather(*fan_out, return_exceptions=True)


async def test_a_cancelled_waiter_gives_its_slot_back(instances: Instances) -> None:
    window = a_window(1, period=0.2)
    windows = instances()
    await windows.start()

    async def hold(seconds: float) -> None:
        async with windows.slot(window, Priority.BULK):
            await asyncio.sleep(seconds)

    first = asyncio.create_task(hold(0.1))
    await asyncio.sleep(0.02)
    waiting = asyncio.create_task(hold(0))
    await asyncio.sleep(0.02)
    waiting.cancel()
    await asyncio.gather(first, waiting, return_exceptions=True)
    await asyncio.wait_for(hold(0), 2.0)  # the window is not left full for good


async def test_reminders_are_spread_so_a_reply_never_waits_a_whole_window(
    instances: Instances,
) -> None:
    """A window filled all at once frees all at once a second later; reminders go out at
    an even pace instead, so a reply finds a slot within a few hundredths of a second."""
    window = a_window(30)
    senders, answerer = [instances(), instances()], instances()
    for windows in (*senders, answerer):
        await windows.start()
    arrivals: list[float] = []

    async def keep_sending(windows: SendWindows) -> None:
        while True:
            async with windows.slot(window, Priority.BULK):
                arrivals.append(time.monotonic())
                await asyncio.sleep(0.01)

    flood = [asyncio.create_task(keep_sending(senders[n % 2])) for n in range(60)]
    await asyncio.sleep(1.5)
    waits = []
    for _ in range(5):
        started = time.monotonic()
        async with answerer.slot(window, Priority.REPLY):
            waits.append(time.monotonic() - started)
        await asyncio.sleep(0.23)
    for task in flood:
        task.cancel()
    await asyncio.gather(*flood, return_exceptions=True)
    assert max(waits) < 0.4, waits
    first_tenth = [t for t in arrivals if t < arrivals[0] + 0.1]
    # A burst, then one every 1/30 s: not the whole window at once.
    assert len(first_tenth) <= window.burst + 4, first_tenth
    assert busiest(arrivals) <= 30
