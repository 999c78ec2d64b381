"""The bot's side of the fan-out benchmark, in a process of its own.

Run by bench/reminders.py as `python -m bench.bot_process DATABASE_URL BASE_URL RATE`, so
the resident memory read here is the bot's alone. It starts the same Application that
`cramp-bot run` builds, prints one JSON line when ready, makes every subscription due at
once, waits until all are delivered, and prints one JSON line of figures.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
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


async def _stall_monitor(stop: asyncio.Event, worst: list[float]) -> None:
    tick = 0.005
    while not stop.is_set():
        started = time.perf_counter()
        await asyncio.sleep(tick)
        worst[0] = max(worst[0], time.perf_counter() - started - tick)


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
        stop, worst = asyncio.Event(), [0.0]
        monitor = asyncio.create_task(_stall_monitor(stop, worst))
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
    asyncio.run(fan_out(sys.argv[1], sys.argv[2], float(sys.argv[3])))
