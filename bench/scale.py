"""The scale part of `make bench`: several instances on one PostgreSQL database.

Each part runs `cramp-bot run` processes in webhook mode behind one round-robin balancer,
fed by one stand-in (bench/fleet.py), on a fresh database on the PostgreSQL server named
by BENCH_POSTGRES_URL (else TEST_POSTGRES_URL, else the loopback server):
1. N reminders (BENCH_SCALE_REMINDERS, 100,000) due at once at 1000/s, with one instance
   and then with three side by side: delivered, duplicates, rate, the stand-in's busiest
   second, lateness p50/p99, each instance's peak memory; and again with the send budget
   in Redis, when one answers (BENCH_REDIS_URL, TEST_REDIS_URL or 127.0.0.1:6379);
2. three instances, one killed with SIGKILL a third of the way through
   (BENCH_SCALE_KILL_REMINDERS, 20,000): how long until its work is picked up;
3. /help every half second during a 10,000-reminder fan-out at Telegram's free 30/s,
   for BENCH_SCALE_HELP_SECONDS (60; the whole fan-out would take 5.5 minutes): the
   answer's round trip, p50/p99 (the target: p99 under 2 s).
Run alone with `python -m bench.scale` (or `python -m bench scale`).
"""

from __future__ import annotations

import asyncio
import os
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from bench import fleet, machine
from standin.remote import RemoteStandIn
from tests.support.postgres import URL_SETTING, create_database, drop_database

FAST = 1000  # messages a second: paid broadcasts
FREE = 30  # Telegram's free rate


@dataclass
class FanOut:
    instances: int
    reminders: int
    budget: str  # where the shared send budget lives: "db" (PostgreSQL) or "redis"
    delivered: int = 0
    duplicates: int = 0
    missing: int = 0
    rate: float = 0.0
    busiest: int = 0
    lateness_p50: float = 0.0
    lateness_p99: float = 0.0
    memory_mb: list[float] = field(default_factory=list)
    seconds: float = 0.0


def _redis() -> str | None:
    """BENCH_REDIS_URL, else TEST_REDIS_URL, else the loopback server if it answers."""
    url = os.environ.get("BENCH_REDIS_URL") or os.environ.get("TEST_REDIS_URL")
    if url:
        return url
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        return None
    return "redis://127.0.0.1:6379/15"


def _server() -> str:
    return (
        os.environ.get("BENCH_POSTGRES_URL")
        or os.environ.get(URL_SETTING)
        or "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
    )


class _Database:
    """A fresh database on the server for one part, dropped after."""

    def __enter__(self) -> str:
        os.environ.setdefault(URL_SETTING, _server())
        self.url = asyncio.run(create_database("cc_bench"))
        return self.url

    def __exit__(self, *exc: object) -> None:
        asyncio.run(drop_database(self.url))


@dataclass
class Setup:
    url: str
    standin: RemoteStandIn
    chat_ids: list[int]
    running: fleet.Fleet


@contextmanager
def _set_up(reminders: int, instances: int, **settings: str) -> Iterator[Setup]:
    """A fresh database with `reminders` subscribers, a stand-in, and the instances."""
    with (
        _Database() as url,
        RemoteStandIn(fleet.TOKEN) as standin,
        tempfile.TemporaryDirectory() as tmp,
    ):
        chat_ids = standin.post("started_users", count=reminders)["ids"]
        fleet.prepare(url, chat_ids)
        with fleet.fleet(standin, url, Path(tmp), instances, **settings) as running:
            yield Setup(url, standin, chat_ids, running)


def _fan_out(reminders: int, instances: int, **settings: str) -> FanOut:
    figures = FanOut(instances, reminders, budget="redis" if "REDIS_URL" in settings else "db")
    with _set_up(reminders, instances, SEND_RATE_PER_SECOND=str(FAST), **settings) as setup:
        url, standin, chat_ids, running = setup.url, setup.standin, setup.chat_ids, setup.running
        due = fleet.make_all_due(url)
        started = time.monotonic()
        fleet.wait_until(
            lambda: (
                fleet.unfinished(url) == 0
                and standin.get("bot_messages/count")["count"] >= reminders
            ),
            3600,
            "every reminder",
            pause=1.0,
        )
        figures.seconds = time.monotonic() - started
        figures.memory_mb = [i.read_peak_memory() for i in running.instances]
        calls = running.sent_calls()
        late = [(moment - due).total_seconds() for moment in fleet.sent_times(url)]
    received = fleet.per_chat(calls)
    figures.delivered = sum(received.values())
    figures.duplicates = sum(count - 1 for count in received.values() if count > 1)
    figures.missing = sum(1 for chat in chat_ids if received[chat] == 0)
    figures.busiest = fleet.busiest_second([call["time"] for call in calls])
    figures.lateness_p50 = fleet.percentile(late, 0.5)
    figures.lateness_p99 = fleet.percentile(late, 0.99)
    figures.rate = figures.delivered / max(late) if late else 0.0
    return figures


@dataclass
class Kill:
    reminders: int
    killed_at: int = 0
    marked_sending: int = 0
    queued: int = 0
    handed_back_s: float = 0.0
    all_sent_s: float = 0.0
    duplicates: int = 0
    missing: int = 0


def _kill(reminders: int, lease: float = 30.0) -> Kill:
    figures = Kill(reminders)
    with _set_up(reminders, 3, SEND_RATE_PER_SECOND=str(FAST)) as setup:
        url, standin, chat_ids, running = setup.url, setup.standin, setup.chat_ids, setup.running
        fleet.make_all_due(url)
        fleet.wait_until(
            lambda: standin.get("bot_messages/count")["count"] >= reminders // 3,
            600,
            "a third of the reminders",
            pause=0.05,
        )
        victim = running.instances[1]
        victim.kill()
        killed = time.monotonic()
        figures.killed_at = standin.get("bot_messages/count")["count"]
        held = fleet.deliveries(url).get(victim.name)
        figures.queued = held["queued"] if held else 0
        figures.marked_sending = held["sending"] if held else 0
        fleet.wait_until(
            lambda: (fleet.deliveries(url).get(victim.name) or {}).get("queued", 0) == 0,
            lease * 4,
            "the killed instance's work to be handed back",
            pause=0.2,
        )
        figures.handed_back_s = time.monotonic() - killed
        fleet.wait_until(lambda: fleet.unfinished(url) == 0, 600, "every reminder", 0.5)
        figures.all_sent_s = time.monotonic() - killed
        calls = running.sent_calls()
    received = fleet.per_chat(calls)
    figures.duplicates = sum(count - 1 for count in received.values() if count > 1)
    figures.missing = sum(1 for chat in chat_ids if received[chat] == 0)
    return figures


def _help_during_fan_out(reminders: int, seconds: float) -> tuple[list[float], int]:
    """Round trips of /help (s) while `reminders` go out at 30/s; reminders sent meanwhile."""
    rtts: list[float] = []
    with _set_up(reminders, 3, SEND_RATE_PER_SECOND=str(FREE)) as setup:
        url, standin = setup.url, setup.standin
        helper = standin.post("started_users", count=1)["ids"][0]
        fleet.make_all_due(url)
        time.sleep(2)  # the fan-out is under way
        before = standin.get("bot_messages/count")["count"]
        stop = time.monotonic() + seconds
        while time.monotonic() < stop:
            mine = standin.get("bot_messages/count", chat_id=helper)["count"]
            sent = time.monotonic()
            standin.post("user_sends", user_id=helper, chat_id=helper, text="/help")
            fleet.wait_until(
                lambda mine=mine: standin.get("bot_messages/count", chat_id=helper)["count"] > mine,
                60,
                "the answer to /help",
                pause=0.01,
            )
            rtts.append(time.monotonic() - sent)
            time.sleep(0.5)
        reminders_sent = standin.get("bot_messages/count")["count"] - before - len(rtts)
    return rtts, reminders_sent


def _heartbeat(stop: threading.Event) -> None:
    """A dot a minute on stderr, so a long run is seen to be alive."""
    while not stop.wait(60):
        print(".", end="", file=sys.stderr, flush=True)


def report() -> str:
    n = int(os.environ.get("BENCH_SCALE_REMINDERS", "100000"))
    kill_n = int(os.environ.get("BENCH_SCALE_KILL_REMINDERS", "20000"))
    help_seconds = float(os.environ.get("BENCH_SCALE_HELP_SECONDS", "60"))
    stop = threading.Event()
    threading.Thread(target=_heartbeat, args=(stop,), daemon=True).start()
    lines = [f"scale: instances on one PostgreSQL database, webhook mode ({datetime.now():%F})"]
    try:
        budgets: list[dict[str, str]] = [{}]
        redis_url = _redis()
        if redis_url:  # the same with the budget in Redis: what the database's costs
            budgets.append({"REDIS_URL": redis_url})
        for settings in budgets:
            for count in (1, 3):
                f = _fan_out(n, count, **settings)
                memory = ", ".join(f"{mb:.0f}" for mb in f.memory_mb)
                budget = "Redis" if f.budget == "redis" else "PostgreSQL"
                lines.append(
                    f"  {f.reminders:,} due at once at {FAST}/s, {f.instances} instance(s), "
                    f"send budget in {budget}: "
                    f"delivered {f.delivered:,}, duplicates {f.duplicates}, missing {f.missing}; "
                    f"{f.rate:.0f} msg/s; busiest second at the stand-in {f.busiest}; "
                    f"lateness p50 {f.lateness_p50:.1f} s, p99 {f.lateness_p99:.1f} s; "
                    f"peak memory per instance {memory} MB"
                )
                print(lines[-1], file=sys.stderr, flush=True)
        k = _kill(kill_n)
        lines.append(
            f"  kill (SIGKILL) of 1 of 3 instances after {k.killed_at:,} of {k.reminders:,}: it "
            f"held {k.queued} queued and {k.marked_sending} marked as being sent; its queued "
            f"work handed back after {k.handed_back_s:.1f} s (lease 30 s), everything sent "
            f"{k.all_sent_s:.1f} s after the kill; duplicates {k.duplicates}, missing "
            f"{k.missing} (at most the {k.marked_sending} marked)"
        )
        print(lines[-1], file=sys.stderr, flush=True)
        rtts, sent = _help_during_fan_out(10_000, help_seconds)
        lines.append(
            f"  /help during a 10,000-reminder fan-out at {FREE}/s (3 instances, "
            f"{help_seconds:.0f} s of it, {sent:,} reminders sent meanwhile): "
            f"p50 {fleet.percentile(rtts, 0.5) * 1000:.0f} ms, "
            f"p99 {fleet.percentile(rtts, 0.99) * 1000:.0f} ms, "
            f"max {max(rtts) * 1000:.0f} ms ({len(rtts)} samples)"
        )
    finally:
        stop.set()
    return "\n".join(lines)


if __name__ == "__main__":
    print(f"machine: {machine.describe()}")
    print(report())
