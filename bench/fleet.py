"""Several bot instances as Telegram would see them: separate `cramp-bot run` processes in
webhook mode on one PostgreSQL database, behind one round-robin balancer
(standin/balancer.py), fed by one stand-in that posts every update to the balancer.

Used by the three-instance end-to-end test (tests/e2e/test_instances.py) and the scale
benchmark (bench/scale.py): both make many reminders due at once, kill an instance, and
count what the stand-in received.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import httpx
from sqlalchemy import func, select, update

from bench.reminders import fill_subscribers
from standin.remote import RemoteStandIn
from storage.db import Database
from storage.models import Delivery, Subscription

TOKEN = "123456789:AAFleetTokenForTheLocalStandIn000000"
WEBHOOK_URL = "https://bot.example.org/telegram/webhook"
WEBHOOK_SECRET = "fleet-webhook-secret"
# Telegram's calls that count against the sending rate: everything sent to a chat.
COUNTED = frozenset({"sendMessage", "editMessageText", "editMessageReplyMarkup"})
UNFINISHED = ("pending", "queued", "sending")

T = TypeVar("T")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until(check: Callable[[], T], timeout: float, what: str, pause: float = 0.1) -> T:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(pause)
    raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")


@dataclass
class Instance:
    name: str
    port: int
    process: subprocess.Popen[bytes]
    log: Path
    peak_rss_mb: float = 0.0

    def alive(self) -> bool:
        return self.process.poll() is None

    def read_peak_memory(self) -> float:
        """The process's peak resident memory so far (MB), kept for after it stops."""
        try:
            status = Path(f"/proc/{self.process.pid}/status").read_text()
        except OSError:
            return self.peak_rss_mb
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                self.peak_rss_mb = int(line.split()[1]) / 1024
        return self.peak_rss_mb

    def kill(self) -> None:
        self.read_peak_memory()
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self) -> None:
        if self.alive():
            self.read_peak_memory()
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@dataclass
class Fleet:
    standin: RemoteStandIn
    database_url: str
    balancer_origin: str
    instances: list[Instance] = field(default_factory=list)

    def routes(self) -> list[tuple[int, int]]:
        answer = httpx.get(f"{self.balancer_origin}/_balancer/routes", timeout=10).json()
        return [(int(update_id), int(index)) for update_id, index in answer["routes"]]

    def sent_calls(self) -> list[dict[str, Any]]:
        """Every call the stand-in accepted that counts against the rate, with its time."""
        calls = self.standin.get("calls", ok="true")["calls"]
        return [call for call in calls if call["method"] in COUNTED]


def start_instance(
    name: str, port: int, standin: RemoteStandIn, database_url: str, workdir: Path, **settings: str
) -> Instance:
    log = workdir / f"{name}.log"
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_BASE_URL": standin.base_url,
        "DATABASE_URL": database_url,
        "INSTANCE_NAME": name,
        "WEBHOOK_URL": WEBHOOK_URL,
        "WEBHOOK_SECRET": WEBHOOK_SECRET,
        "WEBHOOK_LISTEN": "127.0.0.1",
        "WEBHOOK_PORT": str(port),
        "LOG_LEVEL": "WARNING",
        **settings,
    }
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            env=env,
            cwd=workdir,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    return Instance(name, port, process, log)


@contextmanager
def balancer(backends: list[str]) -> Iterator[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "standin.balancer", *backends],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        origin = process.stdout.readline().strip()
        if not origin.startswith("http"):
            raise RuntimeError(f"the balancer did not start (said {origin!r})")
        yield origin
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def fleet(
    standin: RemoteStandIn, database_url: str, workdir: Path, count: int, **settings: str
) -> Iterator[Fleet]:
    """`count` instances behind one balancer, each serving its webhook and sending; ready
    once every one has set the webhook. Stopped (SIGTERM) at the end."""
    ports = [free_port() for _ in range(count)]
    backends = [f"http://127.0.0.1:{port}" for port in ports]
    with balancer(backends) as origin:
        standin.post("webhook/options", origin=origin)
        before = len(standin.get("calls", method="setWebhook")["calls"])
        running = Fleet(standin, database_url, origin)
        try:
            for number, port in enumerate(ports, start=1):
                running.instances.append(
                    start_instance(
                        f"bot-{number}", port, standin, database_url, workdir, **settings
                    )
                )

            def all_ready() -> bool:
                for instance in running.instances:
                    if not instance.alive():
                        raise RuntimeError(
                            f"{instance.name} stopped: {instance.log.read_text()[-2000:]}"
                        )
                calls = standin.get("calls", method="setWebhook")["calls"]
                return len(calls) - before >= count

            wait_until(all_ready, 90, "every instance to set the webhook", pause=0.2)
            yield running
        finally:
            for instance in running.instances:
                instance.stop()


# -- the database side -------------------------------------------------------------------


def prepare(database_url: str, chat_ids: list[int]) -> None:
    """Migrated, with one daily reminder for each chat, due tomorrow."""

    async def run() -> None:
        db = Database(database_url)
        try:
            await db.migrate()
            await fill_subscribers(db, chat_ids, datetime.now(UTC))
        finally:
            await db.close()

    asyncio.run(run())


def make_all_due(database_url: str) -> datetime:
    async def run() -> datetime:
        db = Database(database_url)
        due = datetime.now(UTC)
        try:
            async with db.session.begin() as session:
                await session.execute(update(Subscription).values(next_due_at=due))
        finally:
            await db.close()
        return due

    return asyncio.run(run())


def deliveries(database_url: str) -> dict[str, Counter[str]]:
    """How many deliveries are in each state, per instance that last held them."""

    async def run() -> dict[str, Counter[str]]:
        db = Database(database_url)
        try:
            async with db.session() as session:
                rows = await session.execute(
                    select(Delivery.lease_owner, Delivery.state, func.count()).group_by(
                        Delivery.lease_owner, Delivery.state
                    )
                )
                counts: dict[str, Counter[str]] = {}
                for owner, state, number in rows:
                    counts.setdefault(owner or "", Counter())[str(state)] += int(number)
                return counts
        finally:
            await db.close()

    return asyncio.run(run())


def chats_marked_sending(database_url: str, owner: str) -> set[int]:
    """The chats whose reminder `owner` had marked as being sent (its requests may or may
    not have left)."""
    return _chats_where(database_url, Delivery.state == "sending", Delivery.lease_owner == owner)


def chats_timed_out(database_url: str, killed: str) -> set[int]:
    """The chats whose reminder a live instance (not `killed`) left uncertain: its request
    timed out under load, and may or may not have reached Telegram (never repeated)."""
    return _chats_where(database_url, Delivery.state == "uncertain", Delivery.lease_owner != killed)


def _chats_where(database_url: str, *conditions: Any) -> set[int]:
    async def run() -> set[int]:
        db = Database(database_url)
        try:
            async with db.session() as session:
                rows = await session.execute(select(Delivery.chat_id).where(*conditions))
                return {int(chat_id) for (chat_id,) in rows}
        finally:
            await db.close()

    return asyncio.run(run())


def unfinished(database_url: str) -> int:
    return sum(
        counts[state] for counts in deliveries(database_url).values() for state in UNFINISHED
    )


def sent_times(database_url: str) -> list[datetime]:
    async def run() -> list[datetime]:
        db = Database(database_url)
        try:
            async with db.session() as session:
                rows = await session.execute(
                    select(Delivery.updated_at).where(Delivery.state == "sent")
                )
                return [moment for (moment,) in rows]
        finally:
            await db.close()

    return asyncio.run(run())


# -- what the stand-in saw ---------------------------------------------------------------


def busiest_second(times: list[float]) -> int:
    """The most calls in any window of one second (not only in whole clock seconds)."""
    times = sorted(times)
    most, start = 0, 0
    for end, moment in enumerate(times):
        while moment - times[start] >= 1.0:
            start += 1
        most = max(most, end - start + 1)
    return most


def per_chat(calls: list[dict[str, Any]], method: str = "sendMessage") -> Counter[int]:
    return Counter(int(call["params"]["chat_id"]) for call in calls if call["method"] == method)


def percentile(values: list[float], fraction: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(len(ordered) * fraction) - 1))]
