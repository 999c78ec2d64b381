"""Find due reminders in the database and deliver each occurrence once.

Design (why not one APScheduler job per subscriber: tens of thousands of jobs are slow
to add, and a large batch due at once blocks the loop and gets dropped as "missed"):
- The database is the single source of truth. Each subscription stores its next due
  time (UTC, indexed); one short periodic job (APScheduler, through PTB's JobQueue)
  starts a *pass* when none is running.
- A pass first *claims* due subscriptions in small batches: for each, it records an
  occurrence (a Delivery row with a unique key) and moves `next_due_at` to the
  following occurrence, in one transaction. The unique key makes a claim idempotent
  across processes; with PostgreSQL several bot processes can share the work.
- Then it *sends* pending occurrences in due order, a chunk at a time: the chunk is
  marked 'sending' (committed) before any request, and each outcome is recorded after.
  A 'sending' row found after a crash was possibly delivered: it is never sent again.
- An occurrence more than `grace` late (the bot was down) is skipped, not sent.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import and_, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncSession

from knowledge.reminder_texts import ReminderTexts, stable_seed
from scheduler.subscriptions import deactivate_chat, migrate_chat, plan
from storage.db import Database
from storage.models import Chat, Delivery, Subscription

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DispatchSettings:
    grace: timedelta = timedelta(minutes=30)
    # Subscriptions claimed per transaction: small enough to keep the event loop free.
    claim_batch: int = 200
    # Messages in flight at once; also the most that can be "uncertain" after a crash.
    chunk_size: int = 50
    pipelines: int = 4
    # How often an occurrence that failed for a passing reason (5xx, network) is retried.
    max_attempts: int = 5


@dataclass(frozen=True)
class Outgoing:
    """One reminder to send, with everything the Telegram side needs to render it."""

    delivery_id: int
    chat_id: int
    thread_id: int | None
    kind: str
    variant: str
    profile: str
    due_at: datetime


# sent; retry (not delivered, try again later); gone (the chat cannot be reached: stop its
# reminders); failed (this occurrence cannot be sent); migrated (group -> supergroup);
# uncertain (may or may not have been delivered: never repeated).
OutcomeKind = Literal["sent", "retry", "gone", "failed", "migrated", "uncertain"]


@dataclass(frozen=True)
class Outcome:
    kind: OutcomeKind
    message_id: int | None = None
    reason: str | None = None
    new_chat_id: int | None = None


Sender = Callable[[Outgoing], Awaitable[Outcome]]
Clock = Callable[[], datetime]


@dataclass
class PassStats:
    claimed: int = 0
    skipped_late: int = 0
    sent: int = 0
    retried: int = 0
    gone: int = 0
    uncertain: int = 0
    lateness: list[float] = field(default_factory=list)


def delivery_key(subscription_id: int, due_at: datetime) -> str:
    return f"s{subscription_id}@{due_at:%Y%m%dT%H%M%S}"


class Dispatcher:
    def __init__(
        self,
        db: Database,
        texts: ReminderTexts,
        sender: Sender,
        clock: Clock,
        settings: DispatchSettings | None = None,
    ) -> None:
        self._db = db
        self._texts = texts
        self._send = sender
        self._clock = clock
        self.settings = settings or DispatchSettings()
        self._running: asyncio.Task[PassStats] | None = None
        self._stopping = False
        self.last_stats = PassStats()

    # -- start-up ----------------------------------------------------------------------

    async def recover(self) -> int:
        """After a restart: occurrences caught mid-send may have reached Telegram.

        They are marked 'uncertain' and never re-sent: a duplicate reminder is worse
        than one missing glass-of-water nudge. Returns how many were found.
        """
        now = self._clock()
        async with self._db.session.begin() as session:
            result = await session.execute(
                update(Delivery)
                .where(Delivery.state == "sending")
                .values(state="uncertain", updated_at=now, error="interrupted by a restart")
            )
        count = int(getattr(result, "rowcount", 0) or 0)
        if count:
            log.warning("%d reminders were interrupted mid-send and will not be repeated", count)
        return count

    # -- the periodic job --------------------------------------------------------------

    def kick(self) -> asyncio.Task[PassStats] | None:
        """Start a pass unless one is running. Called by the periodic job; returns at once
        so a long fan-out never makes the scheduler drop a run."""
        if self._stopping or (self._running is not None and not self._running.done()):
            return None
        self._running = asyncio.create_task(self.run_pass(), name="reminder-pass")
        self._running.add_done_callback(self._pass_done)
        return self._running

    def _pass_done(self, task: asyncio.Task[PassStats]) -> None:
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            log.error("reminder pass failed; the next one will retry", exc_info=error)

    async def wait_idle(self) -> None:
        if self._running is not None:
            await asyncio.gather(self._running, return_exceptions=True)

    async def shutdown(self, grace_seconds: float = 5.0) -> None:
        """Stop taking new chunks; let the chunks in flight finish and be recorded.
        Occurrences not yet started stay 'pending' for the next start."""
        self._stopping = True
        if self._running is None or self._running.done():
            return
        try:
            await asyncio.wait_for(asyncio.shield(self._running), grace_seconds)
        except TimeoutError:
            log.warning("reminder pass still running at shutdown; in-flight sends left uncertain")

    async def run_pass(self) -> PassStats:
        stats = PassStats()
        try:
            more = True
            while more and not self._stopping:
                more = await self._claim_batch(stats)
                await asyncio.sleep(0)  # let updates in between batches
            await self._send_pending(stats)
        except OperationalError as exc:
            # Locked or unavailable database: give up this pass; the next one retries.
            log.warning("database busy during a reminder pass (%s); retrying next pass", exc.orig)
        self.last_stats = stats
        return stats

    # -- claiming ----------------------------------------------------------------------

    async def _claim_batch(self, stats: PassStats) -> bool:
        """Turn up to claim_batch due subscriptions (and due snoozes) into pending
        occurrences. Returns whether there may be more."""
        now = self._clock()
        async with self._db.session.begin() as session:
            rows = (
                await session.execute(
                    select(Subscription, Chat)
                    .join(Chat, Chat.chat_id == Subscription.chat_id)
                    .where(Subscription.next_due_at <= now, Chat.active.is_(True))
                    .order_by(Subscription.next_due_at)
                    .limit(self.settings.claim_batch)
                )
            ).all()
            for sub, chat in rows:
                await self._claim_one(session, sub, chat, now, stats)
            woken = await session.execute(
                update(Delivery)
                .where(Delivery.state == "scheduled", Delivery.due_at <= now)
                .values(state="pending", updated_at=now)
            )
            stats.claimed += int(getattr(woken, "rowcount", 0) or 0)
        return len(rows) == self.settings.claim_batch

    async def _claim_one(
        self, session: AsyncSession, sub: Subscription, chat: Chat, now: datetime, stats: PassStats
    ) -> None:
        due = sub.next_due_at
        assert due is not None
        try:
            # The next occurrence after *now*: a long outage skips missed ones, not replays.
            following = plan(sub, chat, max(due, now - self.settings.grace))
        except ValueError:  # a zone this machine's tz database does not know
            log.error("subscription %s has an unusable time zone; not scheduling it", sub.id)
            following = None
        # Compare-and-set: if another pass or process moved next_due_at first, it owns
        # this occurrence and we leave it alone.
        moved = await session.execute(
            update(Subscription)
            .where(Subscription.id == sub.id, Subscription.next_due_at == due)
            .values(
                next_due_at=following,
                updated_at=now,
                skip_until=None if sub.skip_until and sub.skip_until <= now else sub.skip_until,
            )
            .execution_options(synchronize_session=False)
        )
        if not getattr(moved, "rowcount", 0):
            return
        late = now - due > self.settings.grace
        variant = self._texts.pick(
            sub.kind, chat.profile, sub.last_variant, stable_seed(chat.chat_id, sub.kind)
        )
        session.add(
            Delivery(
                key=delivery_key(sub.id, due),
                subscription_id=sub.id,
                chat_id=chat.chat_id,
                kind=sub.kind,
                due_at=due,
                state="skipped" if late else "pending",
                attempts=0,
                variant=variant.id,
                error="more than the grace period late" if late else None,
                created_at=now,
                updated_at=now,
            )
        )
        if late:
            stats.skipped_late += 1
            return
        stats.claimed += 1
        await session.execute(
            update(Subscription)
            .where(Subscription.id == sub.id)
            .values(last_variant=variant.id)
            .execution_options(synchronize_session=False)
        )

    # -- sending -----------------------------------------------------------------------

    async def _send_pending(self, stats: PassStats) -> None:
        queue: asyncio.Queue[list[Outgoing] | None] = asyncio.Queue(self.settings.pipelines)

        async def pipeline() -> None:
            while (chunk := await queue.get()) is not None:
                await self._deliver_chunk(chunk, stats)

        workers = [asyncio.create_task(pipeline()) for _ in range(self.settings.pipelines)]
        try:
            last_id = 0
            while not self._stopping and (chunk := await self._next_chunk(last_id, stats)):
                last_id = chunk[-1].delivery_id
                await queue.put(chunk)
        finally:
            for _ in workers:
                await queue.put(None)
            await asyncio.gather(*workers)

    async def _next_chunk(self, after_id: int, stats: PassStats) -> list[Outgoing]:
        """The next pending occurrences, marked 'sending' in the same transaction. Only
        rows this transaction moved from 'pending' are returned, so two passes (or two
        processes) never send the same occurrence."""
        while True:
            now = self._clock()
            async with self._db.session.begin() as session:
                rows = (
                    await session.execute(
                        select(Delivery, Chat)
                        .join(Chat, Chat.chat_id == Delivery.chat_id)
                        .where(
                            Delivery.state == "pending",
                            Delivery.id > after_id,
                            Delivery.due_at <= now,
                            Chat.active.is_(True),
                        )
                        .order_by(Delivery.id)
                        .limit(self.settings.chunk_size)
                    )
                ).all()
                if not rows:
                    return []
                after_id = rows[-1][0].id
                late = [d.id for d, _ in rows if now - d.due_at > self.settings.grace]
                if late:
                    await session.execute(
                        update(Delivery)
                        .where(Delivery.id.in_(late), Delivery.state == "pending")
                        .values(state="skipped", error="more than the grace period late")
                    )
                    stats.skipped_late += len(late)
                wanted = [d.id for d, _ in rows if d.id not in set(late)]
                claimed = set(
                    (
                        await session.execute(
                            update(Delivery)
                            .where(Delivery.id.in_(wanted), Delivery.state == "pending")
                            .values(state="sending", attempts=Delivery.attempts + 1, updated_at=now)
                            .returning(Delivery.id)
                        )
                    ).scalars()
                )
                chunk = [
                    Outgoing(
                        delivery_id=delivery.id,
                        chat_id=chat.chat_id,
                        thread_id=chat.thread_id,
                        kind=delivery.kind,
                        variant=delivery.variant or "",
                        profile=chat.profile,
                        due_at=delivery.due_at,
                    )
                    for delivery, chat in rows
                    if delivery.id in claimed
                ]
            if chunk:
                return chunk

    async def _deliver_chunk(self, chunk: list[Outgoing], stats: PassStats) -> None:
        outcomes = await asyncio.gather(*(self._send_safely(item) for item in chunk))
        now = self._clock()
        async with self._db.session.begin() as session:
            for item, outcome in zip(chunk, outcomes, strict=True):
                await self._record(session, item, outcome, now, stats)

    async def _send_safely(self, item: Outgoing) -> Outcome:
        try:
            return await self._send(item)
        except Exception as exc:  # a bug in rendering must not lose the whole chunk
            log.exception("sending reminder %s failed unexpectedly", item.delivery_id)
            return Outcome("uncertain", reason=f"unexpected error: {type(exc).__name__}")

    async def _record(
        self,
        session: AsyncSession,
        item: Outgoing,
        outcome: Outcome,
        now: datetime,
        stats: PassStats,
    ) -> None:
        delivery = await session.get(Delivery, item.delivery_id)
        if delivery is None:
            return
        delivery.updated_at = now
        delivery.error = outcome.reason
        if outcome.kind == "sent":
            delivery.state, delivery.message_id = "sent", outcome.message_id
            stats.sent += 1
            stats.lateness.append((now - item.due_at).total_seconds())
        elif outcome.kind == "retry" and delivery.attempts < self.settings.max_attempts:
            delivery.state = "pending"
            stats.retried += 1
        elif outcome.kind == "migrated" and outcome.new_chat_id is not None:
            await migrate_chat(session, item.chat_id, outcome.new_chat_id, now)
            delivery.chat_id, delivery.state = outcome.new_chat_id, "pending"
            stats.retried += 1
        elif outcome.kind == "gone":
            delivery.state = "failed"
            await deactivate_chat(session, item.chat_id, outcome.reason or "unreachable", now)
            await session.execute(
                update(Delivery)
                .where(and_(Delivery.chat_id == item.chat_id, Delivery.state == "pending"))
                .values(state="failed", error="chat unreachable", updated_at=now)
            )
            stats.gone += 1
        elif outcome.kind == "uncertain":
            delivery.state = "uncertain"
            stats.uncertain += 1
        else:
            delivery.state = "failed"
