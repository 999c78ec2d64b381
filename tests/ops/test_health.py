"""/healthz, /readyz and /metrics on their own server, and the checks behind /readyz."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import pytest
from prometheus_client import REGISTRY

from ops import metrics
from ops.health import PassWatch, Readiness, ReadinessLimits, bot_api_problem, due_and_waiting
from ops.metrics import BotApiContact
from ops.server import HealthServer
from storage.db import Database


@dataclass
class Figures:
    """A finished pass's figures, as scheduler/dispatcher.py's PassStats has them."""

    skipped_late: int = 1
    sent: int = 3
    retried: int = 2
    gone: int = 1
    uncertain: int = 1
    deferred: int = 0
    failed: int = 4
    lateness: list[float] = field(default_factory=lambda: [0.2, 0.7, 12.0])


def sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


@pytest.fixture
async def database(tmp_path: Path) -> AsyncIterator[Database]:
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}")
    await db.migrate()
    yield db
    await db.close()


@pytest.fixture
async def server(database: Database) -> AsyncIterator[HealthServer]:
    passes = PassWatch()
    probes: list[str] = []

    async def probe() -> object:
        probes.append("getMe")
        return None

    health = HealthServer(
        Readiness(database, passes, ReadinessLimits()),
        host="127.0.0.1",
        port=0,
        probe_bot_api=probe,
        count_due=lambda: due_and_waiting(database),
    )
    await health.start()
    yield health
    await health.stop()


async def get(server: HealthServer, path: str) -> tuple[int, str]:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{server.port}{path}") as response,
    ):
        return response.status, await response.text()


async def test_healthz_answers_while_the_process_runs(server: HealthServer) -> None:
    assert await get(server, "/healthz") == (200, "ok\n")


async def test_readyz_says_which_check_fails(server: HealthServer, database: Database) -> None:
    BotApiContact.last = time.monotonic()
    status, body = await get(server, "/readyz")
    assert status == 200 and '"ready": true' in body
    BotApiContact.last = time.monotonic() - 1000
    status, body = await get(server, "/readyz")
    assert status == 503 and "the Bot API has not answered for 1000 s" in body
    BotApiContact.last = time.monotonic()
    assert database.path is not None
    database.path.unlink()
    status, body = await get(server, "/readyz")
    assert status == 503 and '"database": "the database file' in body and "deleted" in body


async def test_metrics_lists_every_metric(server: HealthServer) -> None:
    metrics.initialise(["message"])
    status, body = await get(server, "/metrics")
    assert status == 200
    for name in EXPORTED:
        assert f"\n# HELP {name} " in body, name
    assert "_created" not in body  # no creation-time series beside every counter


async def test_upkeep_counts_due_reminders_and_asks_a_silent_bot_api(
    server: HealthServer,
) -> None:
    BotApiContact.last = time.monotonic() - 3600
    await server.upkeep_once()
    assert sample("cramp_reminders_due_waiting") == 0


def test_a_finished_pass_feeds_the_reminder_metrics() -> None:
    before = {o: sample("cramp_reminders_total", outcome=o) for o in metrics.REMINDER_OUTCOMES}
    late_before = sample("cramp_reminder_lateness_seconds_count")
    passes_before = sample("cramp_dispatcher_pass_seconds_count")

    async def one_pass() -> Figures:
        await asyncio.sleep(0.01)
        return Figures()

    async def run() -> None:
        watch = PassWatch()
        task = asyncio.create_task(one_pass())
        watch.watch(task)
        assert watch.running_since is not None and watch.problem(ReadinessLimits()) is None
        watch.watch(None)  # a tick while it runs: nothing changes
        await task
        await asyncio.sleep(0)
        assert watch.running_since is None and watch.last_finished is not None

    asyncio.run(run())
    after = {o: sample("cramp_reminders_total", outcome=o) for o in metrics.REMINDER_OUTCOMES}
    assert {o: after[o] - before[o] for o in after} == {
        "sent": 3,
        "retried": 2,
        "failed": 4,
        "gone": 1,
        "uncertain": 1,
        "skipped_late": 1,
        "deferred": 0,
    }
    assert sample("cramp_reminder_lateness_seconds_count") - late_before == 3
    assert sample("cramp_dispatcher_pass_seconds_count") - passes_before == 1


def test_the_dispatcher_check() -> None:
    limits = ReadinessLimits(pass_silence=60, pass_limit=1800)
    watch = PassWatch()
    assert watch.problem(limits) is None  # just started
    watch.started -= 120
    assert watch.problem(limits) == "no reminder pass has finished for 120 s"
    watch.last_finished = time.monotonic() - 5
    assert watch.problem(limits) is None
    watch.running_since = time.monotonic() - 600  # a long fan-out is not a fault...
    assert watch.problem(limits) is None
    watch.running_since = time.monotonic() - 4000  # ...one stuck for an hour is
    assert watch.problem(limits) == "a reminder pass has been running for 4000 s"
    assert ReadinessLimits.for_interval(30).pass_silence == 300


def test_the_bot_api_check() -> None:
    BotApiContact.last = None
    assert bot_api_problem(ReadinessLimits()) == "the Bot API has not answered yet"
    metrics.record_api_response("getMe", 200)
    assert bot_api_problem(ReadinessLimits()) is None
    too_many = sample("cramp_bot_api_too_many_requests_total")
    metrics.record_api_response("sendMessage", 429)
    assert sample("cramp_bot_api_too_many_requests_total") == too_many + 1


# Every metric the issue asks for, by the name it is exported under.
EXPORTED = (
    "cramp_updates_total",
    "cramp_update_handling_seconds",
    "cramp_errors_total",
    "cramp_replies_sent_total",
    "cramp_reminders_total",
    "cramp_reminder_lateness_seconds",
    "cramp_reminders_due_waiting",
    "cramp_dispatcher_pass_seconds",
    "cramp_dispatcher_last_pass_timestamp_seconds",
    "cramp_rate_limiter_wait_seconds",
    "cramp_bot_api_responses_total",
    "cramp_bot_api_too_many_requests_total",
    "cramp_bot_api_last_reached_timestamp_seconds",
    "cramp_database_errors_total",
)
