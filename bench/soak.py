"""Crash loop: kill the bot with SIGKILL at random points of a reminder fan-out, restart it,
and count at the stand-in what each subscriber received.

`python -m bench.soak` (`make soak`) runs the long version; tests/e2e/test_crash_safety.py
runs a small one in `make test`. Each run:
1. the stand-in runs in its own process with N people who have started the bot;
2. a fresh SQLite database holds one reminder per person, all due now;
3. the bot (`cramp-bot run`, a real process) starts and fans them out; when the stand-in
   has received a randomly chosen number of them, the bot is killed with SIGKILL and
   started again, `kills` times; then it runs until every reminder has an outcome and
   is stopped with SIGTERM;
4. the stand-in's record is compared per person with the database: delivered exactly
   once, lost (never received), duplicated (received more than once), and how many rows
   ended 'uncertain' (caught mid-send by a kill: never repeated, whether or not the
   stand-in had received them).

A kill can catch a reminder between its 'sending' mark and its request leaving the
process (scheduler/sending.py: at most MARKS_PER_WRITE are in that state at once): it is
'uncertain' and lost. Any other loss, and any duplicate, is a bug.

Settings: SOAK_REMINDERS (default 5000), SOAK_KILLS (10), SOAK_SEED (random), SOAK_RATE
(messages per second the bot may send, default 1000).
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import update

from bench.reminders import fill_subscribers
from standin.remote import RemoteStandIn
from storage.db import Database
from storage.models import UNFINISHED_DELIVERY_STATES, Subscription

TOKEN = "123456789:AASoakTokenForTheLocalStandIn0000000"
KILL_JITTER_SECONDS = 0.05


@dataclass
class CrashLoopResult:
    reminders: int
    kills: int
    seed: int
    delivered_once: int = 0
    lost: int = 0
    lost_uncertain: int = 0  # lost while marked 'sending': a kill between mark and request
    duplicated: int = 0
    uncertain: int = 0
    uncertain_received: int = 0
    states: Counter[str] = field(default_factory=Counter)
    kill_points: list[int] = field(default_factory=list)
    seconds: float = 0.0

    def lines(self) -> list[str]:
        return [
            f"crash loop: {self.reminders:,} reminders due at once, "
            f"{self.kills} SIGKILLs at {self.kill_points} messages received, then a clean stop",
            f"  delivered exactly once: {self.delivered_once:,} of {self.reminders:,}",
            f"  lost: {self.lost} ({self.lost_uncertain} caught between their 'sending' mark "
            f"and their request), duplicated: {self.duplicated}",
            f"  uncertain (caught mid-send by a kill, never repeated): {self.uncertain}, "
            f"of which {self.uncertain_received} had reached the stand-in",
            f"  final states: {dict(sorted(self.states.items()))}",
            f"  took {self.seconds:.1f} s (SOAK_SEED={self.seed} repeats the kill points)",
        ]


class BotProcess:
    """`python -m bot run` against the stand-in, its output in a log file."""

    def __init__(self, base_url: str, database: Path, log: Path, rate: float) -> None:
        self._env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_BASE_URL": base_url,
            "DATABASE_URL": f"sqlite+aiosqlite:///{database}",
            "LOG_LEVEL": "WARNING",
            "POLLING_TIMEOUT": "1",
            "SEND_RATE_PER_SECOND": str(rate),
            "DISPATCH_INTERVAL_SECONDS": "0.2",
        }
        self._log = log
        self._cwd = database.parent
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self._log.open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bot", "run"],
                env=self._env,
                cwd=self._cwd,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
            )

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def terminate(self, timeout: float = 15.0) -> int:
        """SIGTERM, as a service manager stops it; the exit status."""
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None


def prepare_database(path: Path, chat_ids: list[int]) -> None:
    """One stretching reminder per chat, all due now."""

    async def fill() -> None:
        db = Database(f"sqlite+aiosqlite:///{path}")
        await db.migrate()
        now = datetime.now(UTC)
        await fill_subscribers(db, chat_ids, now)
        async with db.session.begin() as session:
            await session.execute(update(Subscription).values(next_due_at=now))
        await db.close()

    asyncio.run(fill())


def delivery_states(path: Path) -> Counter[str]:
    with sqlite3.connect(path, timeout=10) as connection:
        rows = connection.execute("SELECT state, count(*) FROM deliveries GROUP BY state")
        return Counter({state: count for state, count in rows})


def chats_in_state(path: Path, state: str) -> set[int]:
    with sqlite3.connect(path, timeout=10) as connection:
        rows = connection.execute("SELECT chat_id FROM deliveries WHERE state = ?", (state,))
        return {chat_id for (chat_id,) in rows}


def wait_until(check: Callable[[], bool], timeout: float, step: float = 0.01) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(step)
    return False


def received(standin: RemoteStandIn) -> int:
    return int(standin.get("bot_messages/count")["count"])


def polls_answered(standin: RemoteStandIn) -> int:
    return int(standin.get("stats")["calls_by_method"].get("getUpdates", 0))


def all_done(database: Path, reminders: int) -> bool:
    states = delivery_states(database)
    unfinished = sum(states[state] for state in UNFINISHED_DELIVERY_STATES)
    return sum(states.values()) == reminders and not unfinished


def run_crash_loop(
    reminders: int,
    kills: int,
    workdir: Path,
    *,
    seed: int | None = None,
    rate: float = 1000.0,
    timeout: float = 600.0,
) -> CrashLoopResult:
    seed = random.randrange(1_000_000) if seed is None else seed
    chooser = random.Random(seed)
    result = CrashLoopResult(reminders, kills, seed)
    started = time.monotonic()
    database = workdir / "soak.db"
    with RemoteStandIn(TOKEN) as standin:
        chat_ids = standin.post("started_users", count=reminders)["ids"]
        prepare_database(database, chat_ids)
        bot = BotProcess(standin.base_url, database, workdir / "bot.log", rate)
        targets = sorted(chooser.sample(range(1, reminders), min(kills, reminders - 1)))
        for target in targets:
            before = received(standin)
            bot.start()
            # Kill once the stand-in has this many, or at least one more than at the start
            # (rows caught mid-send by earlier kills are never re-sent, so the goal may be
            # out of reach: then the fan-out ends first).
            goal = max(target, before + 1)
            if not wait_until(
                lambda goal=goal: received(standin) >= goal or all_done(database, reminders),
                timeout,
            ):
                raise RuntimeError(f"no progress in {timeout} s; see {workdir}")
            if all_done(database, reminders):
                break
            # Messages arrive in bursts, and seeing one arrive is a moment tied to the
            # bot's own rhythm; a crash is not, so the kill comes a random moment later.
            time.sleep(chooser.uniform(0, KILL_JITTER_SECONDS))
            bot.kill()
            result.kill_points.append(received(standin))
        if not bot.running():
            bot.start()
        polls = polls_answered(standin)
        wait_until(lambda: polls_answered(standin) > polls, timeout)  # SIGTERM handled from now
        try:
            finished = wait_until(lambda: all_done(database, reminders), timeout, step=0.2)
        finally:
            exit_status = bot.terminate()
        if not finished:
            raise RuntimeError(f"the fan-out did not finish in {timeout} s; see {workdir}")
        if exit_status != 0:
            raise RuntimeError(f"the bot exited with {exit_status} on SIGTERM; see {workdir}")
        messages = standin.get("bot_messages")["messages"]
    per_chat = Counter(int(message["chat"]["id"]) for message in messages)
    result.kills = len(result.kill_points)
    result.delivered_once = sum(1 for chat_id in chat_ids if per_chat[chat_id] == 1)
    result.lost = sum(1 for chat_id in chat_ids if per_chat[chat_id] == 0)
    result.duplicated = sum(1 for chat_id in chat_ids if per_chat[chat_id] > 1)
    uncertain = chats_in_state(database, "uncertain")
    result.uncertain = len(uncertain)
    result.uncertain_received = sum(1 for chat_id in uncertain if per_chat[chat_id])
    result.lost_uncertain = result.uncertain - result.uncertain_received
    result.states = delivery_states(database)
    result.seconds = time.monotonic() - started
    return result


def main() -> int:
    reminders = int(os.environ.get("SOAK_REMINDERS", "5000"))
    kills = int(os.environ.get("SOAK_KILLS", "10"))
    seed = int(os.environ["SOAK_SEED"]) if os.environ.get("SOAK_SEED") else None
    rate = float(os.environ.get("SOAK_RATE", "1000"))
    with tempfile.TemporaryDirectory(prefix="cramp-soak-") as tmp:
        result = run_crash_loop(reminders, kills, Path(tmp), seed=seed, rate=rate)
    print("\n".join(result.lines()), flush=True)
    bugs = result.duplicated + result.lost - result.lost_uncertain
    return 0 if bugs == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
