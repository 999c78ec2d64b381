"""Claims under contention on PostgreSQL: N instances (processes) run the real dispatcher
passes on one database, with thousands of reminders due at once, and the sender answers
at once (no Telegram, no rate limit), so the database work is all that is measured.

Two ways to claim are compared: FOR UPDATE SKIP LOCKED (instances take disjoint rows)
and compare-and-set alone (every instance reads the same due rows; one wins each row,
the others wait on its row locks and then find it taken). Counts each reminder's sends:
a duplicate is a bug whichever way wins.

    python -m bench.claims [postgresql+asyncpg://postgres@127.0.0.1:5432/test]
    CLAIMS_DUE (20000) and CLAIMS_INSTANCES (1,2,4) change it.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from multiprocessing import get_context

from sqlalchemy import text

from storage.db import Database

DEFAULT_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
DUE_AT = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
NOW = DUE_AT + timedelta(seconds=1)


@dataclass(frozen=True)
class Run:
    strategy: str
    instances: int
    due: int
    seconds: float
    sends: int
    duplicates: int
    unsent: int
    shares: tuple[int, ...]

    def line(self) -> str:
        shares = "/".join(str(share) for share in self.shares)
        rate = self.sends / self.seconds
        return (
            f"  {self.strategy:<12} {self.instances} instance(s): {rate:7.0f} reminders/s "
            f"({self.due} due, {self.seconds:5.2f} s, duplicates {self.duplicates}, "
            f"left unsent {self.unsent}, per instance {shares})"
        )


async def _fill(url: str, due: int) -> None:
    db = Database(url)
    await db.migrate()
    naive = DUE_AT.replace(tzinfo=None)
    async with db.engine.begin() as connection:
        await connection.execute(
            text("TRUNCATE deliveries, done_marks, subscriptions, chats CASCADE")
        )
        await connection.execute(
            text(
                "INSERT INTO chats (chat_id, chat_type, timezone, timezone_set, profile, "
                "hydration_goal, quiet_policy, active, created_at, updated_at) "
                "SELECT g, 'private', 'UTC', true, 'general', 8, 'defer', true, :t, :t "
                "FROM generate_series(1, :n) g"
            ),
            {"n": due, "t": naive},
        )
        await connection.execute(
            text(
                "INSERT INTO subscriptions (chat_id, kind, times, days, next_due_at, "
                "created_at, updated_at) "
                "SELECT g, 'hydration', '07:00', 127, :t, :t, :t FROM generate_series(1, :n) g"
            ),
            {"n": due, "t": naive},
        )
    await db.close()


async def _instance(url: str, name: str, skip_locked: bool, start_at: float) -> list[int]:
    """One instance: passes until a pass finds nothing; returns the chats it sent to."""
    from knowledge.reminder_texts import load_reminder_texts
    from scheduler.dispatcher import Dispatcher, DispatchSettings, Outcome, Outgoing
    from scheduler.sending import BeforeRequest

    sent: list[int] = []

    async def sender(item: Outgoing, before_request: BeforeRequest) -> Outcome:
        await before_request()
        sent.append(item.chat_id)
        return Outcome("sent", message_id=item.delivery_id)

    db = Database(url)
    settings = DispatchSettings(instance=name, skip_locked=skip_locked)
    dispatcher = Dispatcher(db, load_reminder_texts(), sender, lambda: NOW, settings)
    await asyncio.sleep(max(0.0, start_at - time.time()))
    while True:
        stats = await dispatcher.run_pass()
        if stats.sent == 0 and stats.claimed == 0 and stats.retried == 0:
            break
    await db.close()
    return sent


def _run_instance(url: str, name: str, skip_locked: bool, start_at: float) -> list[int]:
    return asyncio.run(_instance(url, name, skip_locked, start_at))


async def _unsent(url: str) -> int:
    db = Database(url)
    async with db.engine.connect() as connection:
        count = await connection.scalar(
            text("SELECT count(*) FROM deliveries WHERE state <> 'sent'")
        )
        count += await connection.scalar(
            text("SELECT count(*) FROM subscriptions WHERE next_due_at <= :t"),
            {"t": NOW.replace(tzinfo=None)},
        )
    await db.close()
    return int(count or 0)


def measure(url: str, strategy: str, instances: int, due: int) -> Run:
    asyncio.run(_fill(url, due))
    skip_locked = strategy == "skip-locked"
    context = get_context("spawn")
    with ProcessPoolExecutor(instances, mp_context=context) as pool:
        start_at = time.time() + 3.0  # every process imported and connected by then
        futures = [
            pool.submit(_run_instance, url, f"bench-{i}", skip_locked, start_at)
            for i in range(instances)
        ]
        results = [future.result() for future in futures]
    seconds = max(time.time() - start_at, 1e-9)
    counts = Counter(chat for result in results for chat in result)
    return Run(
        strategy=strategy,
        instances=instances,
        due=due,
        seconds=seconds,
        sends=sum(counts.values()),
        duplicates=sum(count - 1 for count in counts.values()),
        unsent=asyncio.run(_unsent(url)),
        shares=tuple(len(result) for result in results),
    )


def report(url: str) -> str:
    due = int(os.environ.get("CLAIMS_DUE", "20000"))
    counts = [int(n) for n in os.environ.get("CLAIMS_INSTANCES", "1,2,4").split(",")]
    lines = [f"claims under contention on PostgreSQL ({os.cpu_count()} cores):"]
    for instances in counts:
        for strategy in ("skip-locked", "cas-only"):
            lines.append(measure(url, strategy, instances, due).line())
            print(lines[-1], flush=True)
    return "\n".join(lines)


if __name__ == "__main__":
    report(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_URL)
