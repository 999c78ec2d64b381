"""Liveness and readiness: what `/healthz` and `/readyz` answer.

Alive is the process answering at all. Ready is the three things a load balancer or an
orchestrator should wait for before sending work: the database can be written, the Bot
API answered recently, and the reminder dispatcher keeps finishing its passes.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select

from ops import metrics
from ops.metrics import BotApiContact, PassFigures
from storage.db import Database
from storage.models import Chat, Delivery, Subscription

Clock = Callable[[], datetime]


@dataclass(frozen=True)
class ReadinessLimits:
    # The Bot API must have answered within this (getUpdates answers at least every
    # POLLING_TIMEOUT seconds; when idle, the health server asks getMe: see ops/server.py).
    api_silence: float = 120.0
    # A dispatcher pass must have finished within this while none is running...
    pass_silence: float = 60.0
    # ...and one running longer than this counts as stuck (a fan-out of 54,000 reminders
    # at 30 a second takes half an hour).
    pass_limit: float = 1800.0
    database_timeout: float = 3.0

    @classmethod
    def for_interval(cls, dispatch_interval: float) -> ReadinessLimits:
        return cls(pass_silence=max(60.0, 10 * dispatch_interval))


class PassWatch:
    """Follows the dispatcher's passes as the periodic job starts them: each finished
    pass's figures go to the metrics, and readiness asks whether passes keep finishing."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.running_since: float | None = None
        self.last_finished: float | None = None

    def watch(self, task: asyncio.Task[Any] | None) -> None:
        """`task` is the pass the dispatcher just started (None: one is still running)."""
        if task is None:
            return
        begun = time.monotonic()
        self.running_since = begun

        def finished(done: asyncio.Task[Any]) -> None:
            now = time.monotonic()
            self.running_since, self.last_finished = None, now
            if not done.cancelled() and done.exception() is None:
                figures: PassFigures = done.result()
                metrics.record_pass(figures, now - begun)

        task.add_done_callback(finished)

    def problem(self, limits: ReadinessLimits) -> str | None:
        now = time.monotonic()
        if self.running_since is not None:
            running = now - self.running_since
            if running > limits.pass_limit:
                return f"a reminder pass has been running for {running:.0f} s"
            return None
        since = now - (self.last_finished or self.started)
        if since > limits.pass_silence:
            return f"no reminder pass has finished for {since:.0f} s"
        return None


def bot_api_problem(limits: ReadinessLimits) -> str | None:
    if BotApiContact.last is None:
        return "the Bot API has not answered yet"
    silent = time.monotonic() - BotApiContact.last
    if silent > limits.api_silence:
        return f"the Bot API has not answered for {silent:.0f} s"
    return None


async def database_problem(db: Database, limits: ReadinessLimits) -> str | None:
    try:
        return await asyncio.wait_for(db.readiness(), limits.database_timeout)
    except TimeoutError:
        return f"the database did not answer within {limits.database_timeout:.0f} s"
    except Exception as exc:  # a server gone away: readiness reports, never raises
        return f"database check failed ({type(exc).__name__})"


class Readiness:
    def __init__(self, db: Database, passes: PassWatch, limits: ReadinessLimits) -> None:
        self.db, self.passes, self.limits = db, passes, limits

    async def problems(self) -> dict[str, str | None]:
        """Each check's problem, or None where it passes."""
        return {
            "database": await database_problem(self.db, self.limits),
            "bot_api": bot_api_problem(self.limits),
            "dispatcher": self.passes.problem(self.limits),
        }


async def due_and_waiting(db: Database, clock: Clock = lambda: datetime.now(UTC)) -> int:
    """Reminders due and not yet sent: subscriptions due but not yet claimed, plus
    occurrences claimed and waiting to be sent."""
    now = clock()
    async with db.session() as session:
        unclaimed = await session.scalar(
            select(func.count())
            .select_from(Subscription)
            .join(Chat, Chat.chat_id == Subscription.chat_id)
            .where(Subscription.next_due_at <= now, Chat.active.is_(True))
        )
        waiting = await session.scalar(
            select(func.count())
            .select_from(Delivery)
            .where(Delivery.state.in_(("pending", "queued", "sending")), Delivery.due_at <= now)
        )
    return int(unclaimed or 0) + int(waiting or 0)


Probe = Callable[[], Awaitable[object]]
