"""Reminder delivery at scale, measured side by side with a bare PTB send loop.

The Bot API stand-in and the bot each run in a process of their own, so the bot's memory
is its own (bench/bot_process.py). Each run:
1. the bot (the same Application `cramp-bot run` builds) starts on a database holding
   N subscriptions; start-up time and resident memory are read;
2. all N are made due at the same instant; the dispatcher delivers them at up to
   1000 messages/s; rate, lateness (p50, p99), the longest event-loop stall and /help
   round trips during the fan-out are measured;
3. bare python-telegram-bot loops send N messages to the same chats, through the same
   AIORateLimiter (1000/s) and with the same number of requests in flight: one on PTB's
   default httpx transport, one on the bot's aiohttp transport.
Figures are medians over the runs. Per-tick cost of looking for due reminders is
measured separately with 1,000 and N subscriptions that are not due.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import insert, text
from telegram.ext import AIORateLimiter, ExtBot
from telegram.request import BaseRequest, HTTPXRequest

from bench.bot_process import TOKEN
from bot.application import SEND_CONNECTIONS
from bot.request import AiohttpRequest
from scheduler.dispatcher import DispatchSettings
from standin.remote import RemoteStandIn
from storage.db import Database
from storage.models import Chat, Subscription

RATE = 1000.0
IN_FLIGHT = DispatchSettings().chunk_size * DispatchSettings().pipelines


@dataclass
class RunFigures:
    startup_s: float = 0.0
    rss_mb: float = 0.0
    peak_rss_mb: float = 0.0
    bot_rate: float = 0.0
    bare_rate: float = 0.0
    bare_same_transport_rate: float = 0.0
    delivered: int = 0
    duplicates: int = 0
    lateness_p50: float = 0.0
    lateness_p99: float = 0.0
    max_stall_ms: float = 0.0
    help_rtt_ms: list[float] = field(default_factory=list)


async def fill_subscribers(db: Database, chat_ids: list[int], now: datetime) -> None:
    """N private chats, each with one daily stretching reminder."""
    rows_chat = [
        {
            "chat_id": chat_id,
            "chat_type": "private",
            "timezone": "UTC",
            "timezone_set": True,
            "profile": "general",
            "hydration_goal": 8,
            "quiet_policy": "defer",
            "active": True,
            "created_at": now,
            "updated_at": now,
        }
        for chat_id in chat_ids
    ]
    tomorrow = now + timedelta(days=1)
    rows_sub = [
        {
            "chat_id": chat_id,
            "kind": "stretching",
            "times": tomorrow.strftime("%H:%M"),
            "days": 127,
            "next_due_at": tomorrow,
            "created_at": now,
            "updated_at": now,
        }
        for chat_id in chat_ids
    ]
    async with db.session.begin() as session:
        for start in range(0, len(rows_chat), 5000):
            await session.execute(insert(Chat), rows_chat[start : start + 5000])
            await session.execute(insert(Subscription), rows_sub[start : start + 5000])


async def _help_pinger(
    control: httpx.AsyncClient, user_id: int, stop: asyncio.Event, rtts: list[float]
) -> None:
    while not stop.is_set():
        before = (await control.get("/bot_messages/count", params={"chat_id": user_id})).json()
        started = time.perf_counter()
        await control.post(
            "/user_sends", json={"user_id": user_id, "chat_id": user_id, "text": "/help"}
        )
        while not stop.is_set():
            count = (await control.get("/bot_messages/count", params={"chat_id": user_id})).json()
            if count["count"] > before["count"]:
                rtts.append((time.perf_counter() - started) * 1000)
                break
            await asyncio.sleep(0.01)
        await asyncio.sleep(1.0)


async def _counts(control: httpx.AsyncClient, helper: int) -> tuple[int, int]:
    """Messages the bot sent in all, and to the /help user."""
    everything = (await control.get("/bot_messages/count")).json()["count"]
    to_helper = (await control.get("/bot_messages/count", params={"chat_id": helper})).json()
    return int(everything), int(to_helper["count"])


async def _read_event(process: asyncio.subprocess.Process, name: str) -> dict[str, Any]:
    assert process.stdout is not None
    while line := await process.stdout.readline():
        if line.startswith(b"{"):
            event: dict[str, Any] = json.loads(line)
            if event.get("event") == name:
                return event
    raise RuntimeError(f"the bot process ended before '{name}' (exit {await process.wait()})")


async def _bot_fan_out(
    standin: RemoteStandIn, control: httpx.AsyncClient, chat_ids: list[int], helper: int
) -> RunFigures:
    """The bot in its own process (bench/bot_process.py) sends every reminder at once
    while this process sends it /help once a second."""
    figures = RunFigures()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}"
        db = Database(url)
        await db.migrate()
        await fill_subscribers(db, chat_ids, datetime.now(UTC))
        await db.close()
        before = await _counts(control, helper)
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bench.bot_process",
            url,
            standin.base_url,
            str(RATE),
            stdout=asyncio.subprocess.PIPE,
        )
        try:
            ready = await _read_event(process, "ready")
            stop = asyncio.Event()
            pinger = asyncio.create_task(_help_pinger(control, helper, stop, figures.help_rtt_ms))
            done = await _read_event(process, "done")
            stop.set()
            await pinger
        finally:
            if process.returncode is None:
                await asyncio.wait_for(process.wait(), 30)
    await asyncio.sleep(0.5)  # the last /help answer
    after = await _counts(control, helper)
    reminders = (after[0] - before[0]) - (after[1] - before[1])
    figures.startup_s = ready["startup_s"]
    figures.rss_mb = ready["rss_mb"]
    figures.peak_rss_mb = done["peak_rss_mb"]
    figures.bot_rate = done["rate"]
    figures.max_stall_ms = done["max_stall_ms"]
    figures.lateness_p50 = done["lateness_p50"]
    figures.lateness_p99 = done["lateness_p99"]
    figures.delivered = reminders
    figures.duplicates = max(0, reminders - len(chat_ids))
    return figures


async def _bare_loop(standin: RemoteStandIn, chat_ids: list[int], request: BaseRequest) -> float:
    """The reference: PTB's send_message for every chat, nothing else, through the same
    AIORateLimiter (1000/s) and with as many requests in flight as the dispatcher."""
    limiter = AIORateLimiter(overall_max_rate=RATE, overall_time_period=1, max_retries=3)
    ext = ExtBot(TOKEN, base_url=standin.base_url, request=request, rate_limiter=limiter)
    async with ext:
        queue: asyncio.Queue[int] = asyncio.Queue()
        for chat_id in chat_ids:
            queue.put_nowait(chat_id)

        async def worker() -> None:
            while not queue.empty():
                chat_id = queue.get_nowait()
                await ext.send_message(chat_id, "<b>Time for a gentle stretch</b>\nBare loop.")

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(IN_FLIGHT)))
        return len(chat_ids) / (time.perf_counter() - started)


async def _idle_tick_ms(subscriptions: int, repeats: int = 30) -> tuple[float, str]:
    """Median time of a dispatcher pass with nothing due, and SQLite's plan for the query."""
    from knowledge.reminder_texts import load_reminder_texts
    from scheduler.dispatcher import Dispatcher, Outcome, Outgoing
    from scheduler.sending import BeforeRequest

    async def never(item: Outgoing, before_request: BeforeRequest) -> Outcome:
        raise AssertionError("nothing is due")

    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite+aiosqlite:///{Path(tmp) / 'tick.db'}")
        await db.migrate()
        await fill_subscribers(db, list(range(1, subscriptions + 1)), datetime.now(UTC))
        dispatcher = Dispatcher(db, load_reminder_texts(), never, lambda: datetime.now(UTC))
        timings = []
        for _ in range(repeats):
            started = time.perf_counter()
            await dispatcher.run_pass()
            timings.append((time.perf_counter() - started) * 1000)
        async with db.engine.connect() as connection:
            plan_rows = await connection.execute(
                text(
                    "EXPLAIN QUERY PLAN SELECT * FROM subscriptions JOIN chats "
                    "ON chats.chat_id = subscriptions.chat_id "
                    "WHERE subscriptions.next_due_at <= :now AND chats.active = 1 "
                    "ORDER BY subscriptions.next_due_at LIMIT 200"
                ),
                {"now": datetime.now(UTC).replace(tzinfo=None)},
            )
            plan = "; ".join(str(row[-1]) for row in plan_rows)
        await db.close()
    return statistics.median(timings), plan


async def run(n: int, repeats: int) -> list[str]:
    lines = []
    with RemoteStandIn(TOKEN) as standin:
        root = standin.base_url.rsplit("/bot", 1)[0] + "/_standin"
        async with httpx.AsyncClient(base_url=root, timeout=60) as control:
            chat_ids = (await control.post("/started_users", json={"count": n})).json()["ids"]
            helper = (await control.post("/started_users", json={"count": 1})).json()["ids"][0]
            runs = []
            for _ in range(repeats):
                figures = await _bot_fan_out(standin, control, chat_ids, helper)
                figures.bare_rate = await _bare_loop(
                    standin, chat_ids, HTTPXRequest(connection_pool_size=SEND_CONNECTIONS)
                )
                figures.bare_same_transport_rate = await _bare_loop(
                    standin, chat_ids, AiohttpRequest(SEND_CONNECTIONS)
                )
                runs.append(figures)

    def med(values: list[float]) -> float:
        return statistics.median(values)

    ratios = [r.bot_rate / r.bare_rate for r in runs]
    same_ratios = [r.bot_rate / r.bare_same_transport_rate for r in runs]
    rtts = [rtt for r in runs for rtt in r.help_rtt_ms]
    lines.append(f"reminder fan-out: {n:,} due at once, {repeats} runs, rate limit {RATE:.0f}/s")
    delivered = [r.delivered for r in runs]
    lines.append(f"  delivered per run: {delivered}, duplicates: {[r.duplicates for r in runs]}")
    lines.append(
        f"  bot: median {med([r.bot_rate for r in runs]):.0f} msg/s; bare PTB loop: median "
        f"{med([r.bare_rate for r in runs]):.0f} msg/s; ratio median {med(ratios):.2f} "
        f"(runs: {', '.join(f'{x:.2f}' for x in ratios)})"
    )
    lines.append(
        f"  bare loop on the bot's aiohttp transport: median "
        f"{med([r.bare_same_transport_rate for r in runs]):.0f} msg/s; bot/that ratio median "
        f"{med(same_ratios):.2f} (runs: {', '.join(f'{x:.2f}' for x in same_ratios)})"
    )
    lines.append(
        f"  lateness: p50 {med([r.lateness_p50 for r in runs]):.1f} s, "
        f"p99 {med([r.lateness_p99 for r in runs]):.1f} s"
    )
    lines.append(
        f"  longest event-loop stall: median {med([r.max_stall_ms for r in runs]):.0f} ms "
        f"(worst run {max(r.max_stall_ms for r in runs):.0f} ms)"
    )
    if rtts:
        lines.append(
            f"  /help round trip during the fan-out: median {med(rtts):.0f} ms, "
            f"max {max(rtts):.0f} ms ({len(rtts)} samples)"
        )
    lines.append(
        f"  start-up with {n:,} subscriptions: median {med([r.startup_s for r in runs]):.2f} s; "
        f"resident memory after start {med([r.rss_mb for r in runs]):.0f} MB, "
        f"peak {max(r.peak_rss_mb for r in runs):.0f} MB (bot process, worst run)"
    )
    small, _ = await _idle_tick_ms(1000)
    large, plan = await _idle_tick_ms(n)
    lines.append(
        f"  idle dispatcher pass (nothing due): {small:.2f} ms with 1,000 subscriptions, "
        f"{large:.2f} ms with {n:,}"
    )
    lines.append(f"  due-reminder query plan: {plan}")
    return lines


def report() -> str:
    n = int(os.environ.get("BENCH_REMINDERS", "100000"))
    repeats = int(os.environ.get("BENCH_RUNS", "3"))
    return "\n".join(asyncio.run(run(n, repeats)))
