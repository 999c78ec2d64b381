"""The bot's side of the fan-out benchmark, in a process of its own.

Run by bench/reminders.py as `python -m bench.bot_process DATABASE_URL BASE_URL RATE`, so
the resident memory read here is the bot's alone. It starts the same Application that
`cramp-bot run` builds, prints one JSON line when ready, makes every subscription due at
once, waits until all are delivered, and prints one JSON line of figures.
"""

from __future__ import annotations

import asyncio
import collections
import json
import os
import sys
import threading
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select, update

from bot.application import build_application, polling, services_of
from bot.settings import Settings
from storage.db import Database
from storage.models import Delivery, Subscription

TOKEN = "123456789:AABenchTokenForTheLocalStandIn000000"


def rss_mb(field_name: str = "VmRSS") -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field_name + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def emit(**figures: object) -> None:
    print(json.dumps(figures), flush=True)


class StallTracer:
    """With BENCH_STALL_TRACE=1: a thread samples the event loop's stack whenever the loop
    has not ticked for 40 ms, and the commonest stacks go to stderr at the end. This is how
    the httpcore pool stalls were found."""

    def __init__(self) -> None:
        self.beat = float("inf")
        self.samples: collections.Counter[str] = collections.Counter()
        self._loop_thread = threading.get_ident()

    def start(self) -> None:
        threading.Thread(target=self._watch, daemon=True).start()

    def _watch(self) -> None:
        while True:
            time.sleep(0.01)
            if time.perf_counter() - self.beat > 0.04:
                frame = sys._current_frames().get(self._loop_thread)
                stack = traceback.extract_stack(frame)[-10:]
                where = " <- ".join(
                    f"{os.path.basename(s.filename)}:{s.name}:{s.lineno}" for s in reversed(stack)
                )
                self.samples[where] += 1

    def report(self) -> None:
        for where, count in self.samples.most_common(12):
            print(f"{count:4d} {where}", file=sys.stderr)


async def _stall_monitor(stop: asyncio.Event, worst: list[float], tracer: StallTracer) -> None:
    tick = 0.005
    while not stop.is_set():
        started = time.perf_counter()
        tracer.beat = started
        await asyncio.sleep(tick)
        worst[0] = max(worst[0], time.perf_counter() - started - tick)
    tracer.beat = float("inf")


async def _progress(db: Database) -> tuple[int, int]:
    async with db.session() as session:
        sent = await session.scalar(
            select(func.count()).select_from(Delivery).where(Delivery.state == "sent")
        )
        unfinished = await session.scalar(
            select(func.count())
            .select_from(Delivery)
            .where(Delivery.state.in_(("pending", "sending")))
        )
    return int(sent or 0), int(unfinished or 0)


async def fan_out(database_url: str, base_url: str, rate: float) -> None:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        telegram_bot_token=TOKEN,  # type: ignore[arg-type]
        telegram_base_url=base_url,
        database_url=database_url,
        polling_timeout=1,
        send_rate_per_second=rate,
        log_level="WARNING",
    )
    started = time.perf_counter()
    app = build_application(settings)
    async with polling(app, settings.polling_timeout):
        emit(event="ready", startup_s=time.perf_counter() - started, rss_mb=rss_mb())
        db = services_of(app).db
        async with db.session.begin() as session:
            total = (await session.execute(select(func.count()).select_from(Subscription))).scalar()
            due = datetime.now(UTC)
            await session.execute(update(Subscription).values(next_due_at=due))
        stop, worst, tracer = asyncio.Event(), [0.0], StallTracer()
        if os.environ.get("BENCH_STALL_TRACE"):
            tracer.start()
        monitor = asyncio.create_task(_stall_monitor(stop, worst, tracer))
        first_send = time.perf_counter()
        while True:
            await asyncio.sleep(0.5)
            sent, unfinished = await _progress(db)
            if sent >= (total or 0) and not unfinished:
                break
        elapsed = time.perf_counter() - first_send
        peak = rss_mb("VmHWM")
        stop.set()
        await monitor
        tracer.report()
        async with db.session() as session:
            sent_at = (
                await session.execute(select(Delivery.updated_at).where(Delivery.state == "sent"))
            ).scalars()
            lateness = sorted((moment - due).total_seconds() for moment in sent_at)
    emit(
        event="done",
        sent=sent,
        rate=sent / elapsed,
        max_stall_ms=worst[0] * 1000,
        peak_rss_mb=peak,
        lateness_p50=lateness[len(lateness) // 2],
        lateness_p99=lateness[max(0, int(len(lateness) * 0.99) - 1)],
    )


if __name__ == "__main__":
    if os.environ.get("BENCH_PROFILE"):
        # Where the bot's CPU goes during a fan-out (start-up included), to stderr.
        import cProfile
        import pstats

        with cProfile.Profile() as profile:
            asyncio.run(fan_out(sys.argv[1], sys.argv[2], float(sys.argv[3])))
        pstats.Stats(profile, stream=sys.stderr).sort_stats("tottime").print_stats(30)
    else:
        asyncio.run(fan_out(sys.argv[1], sys.argv[2], float(sys.argv[3])))
