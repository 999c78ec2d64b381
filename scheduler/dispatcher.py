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
  taken as 'queued', and each occurrence is marked 'sending' (committed) right before
  its request leaves the rate limiter (scheduler/sending.py); each outcome is recorded
  after. A 'sending' row found after a crash was possibly delivered: it is never sent
  again. A 'queued' one certainly was not: it goes back to 'pending'.
- An occurrence more than `grace` late (the bot was down) is skipped, not sent.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal, cast

from sqlalchemy import Table, bindparam, select, tuple_, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncSession

from knowledge.reminder_texts import ReminderTexts, stable_seed
from scheduler.moments import moment_at
from scheduler.sending import BeforeRequest, HandedBack, SendingMarks
from scheduler.subscriptions import deactivate_chat, migrate_chat, plan
from storage.db import Database, DatabaseUnavailable
from storage.models import Chat, Delivery, Subscription

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DispatchSettings:
    grace: timedelta = timedelta(minutes=30)
    # Subscriptions claimed per transaction: small enough to keep the event loop free.
    claim_batch: int = 100
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
    # The attempts count when it was taken: the 'sending' mark compares it (sending.py).
    attempt: int = 0


# sent; retry (not delivered, try again later); gone (the chat cannot be reached: stop its
# reminders); failed (this occurrence cannot be sent); migrated (group -> supergroup);
# uncertain (may or may not have been delivered: never repeated); unsent (certainly not
# sent: refused connection, handed back at shutdown; pending again, no attempt counted).
OutcomeKind = Literal["sent", "retry", "gone", "failed", "migrated", "uncertain", "unsent"]


@dataclass(frozen=True)
class Outcome:
    kind: OutcomeKind
    message_id: int | None = None
    reason: str | None = None
    new_chat_id: int | None = None


# A sender awaits BeforeRequest right before the request leaves (after rate limiting).
Sender = Callable[[Outgoing, BeforeRequest], Awaitable[Outcome]]
HANDED_BACK = Outcome("unsent", reason="handed back before its request left")
Clock = Callable[[], datetime]


@dataclass
class PassStats:
    claimed: int = 0
    skipped_late: int = 0
    sent: int = 0
    retried: int = 0
    gone: int = 0
    uncertain: int = 0
    deferred: int = 0
    lateness: list[float] = field(default_factory=list)
    # Chats that got a reminder in this pass: Telegram asks for at most about one message
    # a second per chat, and passes start at least a second apart (DISPATCH_INTERVAL).
    chats_served: set[int] = field(default_factory=set)
    # A whole chunk could not be sent (the Bot API unreachable): this pass stops sending,
    # the next one tries again, rather than walking every pending row to no avail.
    unreachable: bool = False


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
        # The current pass's marks and sends, for shutdown to hand back what has not left.
        self._marks: SendingMarks | None = None
        self._sends: dict[int, asyncio.Task[Outcome]] = {}
        # Outcomes a busy database kept from being written; written first by the next pass.
        self._unrecorded: list[tuple[Outgoing, Outcome]] = []

    # -- start-up ----------------------------------------------------------------------

    async def recover(self) -> int:
        """After a restart: occurrences caught mid-send may have reached Telegram.

        They are marked 'uncertain' and never re-sent: a duplicate reminder is worse
        than one missing glass-of-water nudge. Returns how many were found. Occurrences
        taken but not yet let through ('queued') were not sent: they are pending again.
        """
        now = self._clock()
        async with self._db.session.begin() as session:
            result = await session.execute(
                update(Delivery)
                .where(Delivery.state == "sending")
                .values(state="uncertain", updated_at=now, error="interrupted by a restart")
            )
            # attempts stays as it is: a process still holding the row (several processes
            # on one database) would otherwise find its own (id, attempts) again.
            await session.execute(
                update(Delivery)
                .where(Delivery.state == "queued")
                .values(state="pending", updated_at=now)
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
        """Stop taking new chunks and let no more requests leave; the requests already
        sent are awaited and recorded. Everything else goes back to 'pending' for the next
        start (sends waiting in the rate limiter are cancelled: they never left)."""
        self._stopping = True
        if self._running is None or self._running.done():
            return
        marks = self._marks
        if marks is not None:
            await marks.close()
            for delivery_id, send in list(self._sends.items()):
                if delivery_id not in marks.marked:
                    send.cancel()
        try:
            await asyncio.wait_for(asyncio.shield(self._running), grace_seconds)
        except TimeoutError:
            log.warning("reminder pass still running at shutdown; in-flight sends left uncertain")

    async def run_pass(self) -> PassStats:
        """Claim due occurrences and send them. Claiming runs alongside sending, so the
        first reminders of a large batch go out while the rest are still being claimed."""
        stats = PassStats()
        claiming_done = asyncio.Event()
        claimed_some = asyncio.Event()

        async def claim_all() -> None:
            try:
                more = True
                while more and not self._stopping:
                    more = await self._claim_batch(stats)
                    claimed_some.set()
                    await asyncio.sleep(0)  # let updates in between batches
            finally:
                claiming_done.set()
                claimed_some.set()

        try:
            self._db.check_file()
        except DatabaseUnavailable:
            return stats  # the file is gone: logged once by storage/db.py; nothing to do
        if self._unrecorded:
            earlier, self._unrecorded = self._unrecorded, []
            if not await self._write_outcomes(earlier, stats):
                return stats  # the database is still busy: the next pass tries again
        self._marks = SendingMarks(self._db, self._clock)
        claimer = asyncio.create_task(claim_all())
        try:
            await self._send_pending(stats, claiming_done, claimed_some)
            await claimer
        except OperationalError as exc:
            # Locked or unavailable database: give up this pass; the next one retries.
            # An unavailable database was logged as an error once, by storage/db.py.
            quiet = isinstance(exc, DatabaseUnavailable)
            log.log(
                logging.DEBUG if quiet else logging.WARNING,
                "database busy during a reminder pass (%s); retrying next pass",
                exc.orig,
            )
        finally:
            if not claimer.done():
                claimer.cancel()
            elif not claimer.cancelled():
                claimer.exception()  # seen: its error is the one handled above
        self.last_stats = stats
        return stats

    # -- claiming ----------------------------------------------------------------------

    async def _claim_batch(self, stats: PassStats) -> bool:
        """Turn up to claim_batch due subscriptions (and due snoozes) into pending
        occurrences, in one transaction. Returns whether there may be more.

        Each subscription's next_due_at moves by compare-and-set, and each occurrence is
        inserted under its unique key with "on conflict do nothing": if another process
        claimed the same occurrence first, ours is dropped, never sent twice."""
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
            moves: list[dict[str, object]] = []
            occurrences: list[dict[str, object]] = []
            for index, (sub, chat) in enumerate(rows):
                if index % 25 == 24:
                    await asyncio.sleep(0)  # planning is CPU work: let other updates in
                move, occurrence = self._plan_claim(sub, chat, now)
                moves.append(move)
                occurrences.append(occurrence)
                if occurrence["state"] == "pending":
                    stats.claimed += 1
                else:
                    stats.skipped_late += 1
            if rows:
                await session.execute(_MOVE_NEXT_DUE, moves)
                await session.execute(_insert_ignoring_duplicates(session), occurrences)
            woken = await session.execute(
                update(Delivery)
                .where(Delivery.state == "scheduled", Delivery.due_at <= now)
                .values(state="pending", updated_at=now)
            )
            stats.claimed += int(getattr(woken, "rowcount", 0) or 0)
        return len(rows) == self.settings.claim_batch

    def _plan_claim(
        self, sub: Subscription, chat: Chat, now: datetime
    ) -> tuple[dict[str, object], dict[str, object]]:
        due = sub.next_due_at
        assert due is not None
        try:
            # The next occurrence after *now*: a long outage skips missed ones, not replays.
            following = plan(sub, chat, max(due, now - self.settings.grace))
        except ValueError:  # a zone this machine's tz database does not know
            log.error("subscription %s has an unusable time zone; not scheduling it", sub.id)
            following = None
        late = now - due > self.settings.grace
        # A text that fits the local time and season it is due at ("before bed" in the
        # evening, "on warm days" in summer where the person lives).
        variant = self._texts.pick(
            sub.kind,
            chat.profile,
            sub.last_variant,
            stable_seed(chat.chat_id, sub.kind),
            moment_at(chat.timezone, due),
        )
        move = {
            "b_id": sub.id,
            "b_due": due,
            "b_following": following,
            "b_variant": sub.last_variant if late else variant.id,
            "b_skip": None if sub.skip_until and sub.skip_until <= now else sub.skip_until,
            "b_now": now,
        }
        occurrence = {
            "key": delivery_key(sub.id, due),
            "subscription_id": sub.id,
            "b_subscription": sub.id,  # chat_id is read when inserting: see _CURRENT_CHAT
            "kind": sub.kind,
            "due_at": due,
            "state": "skipped" if late else "pending",
            "attempts": 0,
            "variant": variant.id,
            "error": "more than the grace period late" if late else None,
            "created_at": now,
            "updated_at": now,
        }
        return move, occurrence

    # -- sending -----------------------------------------------------------------------

    async def _send_pending(
        self, stats: PassStats, claiming_done: asyncio.Event, claimed_some: asyncio.Event
    ) -> None:
        queue: asyncio.Queue[list[Outgoing] | None] = asyncio.Queue(self.settings.pipelines)

        async def pipeline() -> None:
            while (chunk := await queue.get()) is not None:
                await self._deliver_chunk(chunk, stats)

        workers = [asyncio.create_task(pipeline()) for _ in range(self.settings.pipelines)]
        try:
            last_id = 0
            while not self._stopping and not stats.unreachable:
                claimed_all = claiming_done.is_set()
                claimed_some.clear()
                chunk = await self._next_chunk(last_id, stats)
                if chunk:
                    last_id = chunk[-1].delivery_id
                    await queue.put(chunk)
                elif claimed_all:
                    break
                else:
                    await claimed_some.wait()  # the claimer is still producing
        finally:
            for _ in workers:
                await queue.put(None)
            await asyncio.gather(*workers)

    async def _next_chunk(self, after_id: int, stats: PassStats) -> list[Outgoing]:
        """The next pending occurrences, taken as 'queued' in the same transaction. Only
        rows this transaction moved from 'pending' are returned, so two passes (or two
        processes) never send the same occurrence."""
        d, c = _DELIVERIES, _CHATS
        while True:
            now = self._clock()
            async with self._db.session.begin() as session:
                rows = (
                    await session.execute(
                        select(
                            d.c.id,
                            d.c.kind,
                            d.c.variant,
                            d.c.due_at,
                            c.c.chat_id,
                            c.c.thread_id,
                            c.c.profile,
                        )
                        .select_from(d.join(c, c.c.chat_id == d.c.chat_id))
                        # Pending rows are due by construction (claimed or woken when due).
                        .where(d.c.state == "pending", d.c.id > after_id, c.c.active.is_(True))
                        .order_by(d.c.id)
                        .limit(self.settings.chunk_size)
                    )
                ).all()
                if not rows:
                    return []
                after_id = rows[-1].id
                late = [row.id for row in rows if now - row.due_at > self.settings.grace]
                if late:
                    await session.execute(
                        update(d)
                        .where(d.c.id.in_(late), d.c.state == "pending")
                        .values(state="skipped", error="more than the grace period late")
                    )
                    stats.skipped_late += len(late)
                skipped = set(late)
                wanted = []
                for row in rows:
                    if row.id in skipped:
                        continue
                    if row.chat_id in stats.chats_served:
                        stats.deferred += 1  # stays pending: the next pass sends it
                        continue
                    stats.chats_served.add(row.chat_id)
                    wanted.append(row.id)
                claimed: dict[int, int] = {
                    taken.id: taken.attempts
                    for taken in await session.execute(
                        update(d)
                        .where(d.c.id.in_(wanted), d.c.state == "pending")
                        .values(state="queued", attempts=d.c.attempts + 1, updated_at=now)
                        .returning(d.c.id, d.c.attempts)
                    )
                }
            chunk = [
                Outgoing(
                    delivery_id=row.id,
                    chat_id=row.chat_id,
                    thread_id=row.thread_id,
                    kind=row.kind,
                    variant=row.variant or "",
                    profile=row.profile,
                    due_at=row.due_at,
                    attempt=claimed[row.id],
                )
                for row in rows
                if row.id in claimed
            ]
            if chunk:
                return chunk

    async def _deliver_chunk(self, chunk: list[Outgoing], stats: PassStats) -> None:
        if self._stopping:
            outcomes = [HANDED_BACK] * len(chunk)
        else:
            sends = {
                item.delivery_id: asyncio.ensure_future(self._send_safely(item)) for item in chunk
            }
            self._sends.update(sends)
            try:
                results = await asyncio.gather(*sends.values(), return_exceptions=True)
            finally:
                for delivery_id in sends:
                    del self._sends[delivery_id]
            # A send cancelled by shutdown never left the rate limiter (see shutdown).
            outcomes = [
                result if isinstance(result, Outcome) else HANDED_BACK for result in results
            ]
            stats.unreachable |= all(outcome.kind == "unsent" for outcome in outcomes)
        await self._write_outcomes(list(zip(chunk, outcomes, strict=True)), stats)

    async def _send_safely(self, item: Outgoing) -> Outcome:
        assert self._marks is not None
        try:
            return await self._send(
                item, self._marks.before_request(item.delivery_id, item.attempt)
            )
        except HandedBack:
            return HANDED_BACK
        except Exception as exc:  # a bug in rendering must not lose the whole chunk
            log.exception("sending reminder %s failed unexpectedly", item.delivery_id)
            return Outcome("uncertain", reason=f"unexpected error: {type(exc).__name__}")

    async def _write_outcomes(
        self, results: list[tuple[Outgoing, Outcome]], stats: PassStats
    ) -> bool:
        """Record what happened. If the database is busy, keep it for the next pass: the
        rows stay 'sending' or 'queued' meanwhile, so nothing is sent again."""
        try:
            async with self._db.session.begin() as session:
                await self._record(session, results, self._clock(), stats)
        except OperationalError as exc:
            log.log(
                logging.DEBUG if isinstance(exc, DatabaseUnavailable) else logging.WARNING,
                "database busy recording reminder outcomes (%s); next pass",
                exc.orig,
            )
            self._unrecorded += results
            return False
        return True

    async def _record(
        self,
        session: AsyncSession,
        results: list[tuple[Outgoing, Outcome]],
        now: datetime,
        stats: PassStats,
    ) -> None:
        """Write the outcomes of a chunk: a few statements for the whole chunk."""
        d = _DELIVERIES
        by_kind: dict[str, list[tuple[Outgoing, Outcome]]] = {}
        for item, outcome in results:
            by_kind.setdefault(outcome.kind, []).append((item, outcome))

        sent = by_kind.get("sent", [])
        if sent:
            await session.execute(
                update(d)
                .where(d.c.id == bindparam("b_id"))
                .values(state="sent", message_id=bindparam("b_message"), updated_at=now),
                [{"b_id": i.delivery_id, "b_message": o.message_id} for i, o in sent],
            )
            stats.sent += len(sent)
            stats.lateness += [(now - item.due_at).total_seconds() for item, _ in sent]

        retry = [item.delivery_id for item, _ in by_kind.get("retry", [])]
        if retry:
            # Back to pending, unless it failed too often already.
            await session.execute(
                update(d)
                .where(d.c.id.in_(retry), d.c.attempts < self.settings.max_attempts)
                .values(state="pending", updated_at=now, error="will retry")
            )
            await session.execute(
                update(d)
                .where(d.c.id.in_(retry), d.c.state == "sending")
                .values(state="failed", updated_at=now, error="gave up after retries")
            )
            stats.retried += len(retry)

        unsent = [(item.delivery_id, item.attempt) for item, _ in by_kind.get("unsent", [])]
        if unsent:
            # Certainly not sent: pending again, without counting an attempt. Compared on
            # (id, attempts), so a row another process has taken over is left alone.
            await session.execute(
                update(d)
                .where(
                    d.c.state.in_(("queued", "sending")), tuple_(d.c.id, d.c.attempts).in_(unsent)
                )
                .values(
                    state="pending", attempts=d.c.attempts - 1, updated_at=now, error="not sent"
                )
            )
            stats.retried += len(unsent)

        for state in ("uncertain", "failed"):
            items = by_kind.get(state, [])
            for item, outcome in items:
                await session.execute(
                    update(d)
                    .where(d.c.id == item.delivery_id)
                    .values(state=state, updated_at=now, error=(outcome.reason or "")[:200])
                )
            if state == "uncertain":
                stats.uncertain += len(items)

        for item, outcome in by_kind.get("gone", []):
            await deactivate_chat(session, item.chat_id, outcome.reason or "unreachable", now)
            await session.execute(
                update(d)
                .where(d.c.chat_id == item.chat_id, d.c.state.in_(("pending", "sending")))
                .where(d.c.id.in_([item.delivery_id]) | (d.c.state == "pending"))
                .values(state="failed", error=(outcome.reason or "")[:200], updated_at=now)
            )
            stats.gone += 1

        for item, outcome in by_kind.get("migrated", []):
            if outcome.new_chat_id is None:
                continue
            await migrate_chat(session, item.chat_id, outcome.new_chat_id, now)
            await session.execute(
                update(d)
                .where(d.c.id == item.delivery_id)
                .values(chat_id=outcome.new_chat_id, state="pending", updated_at=now)
            )
            stats.retried += 1


_DELIVERIES = cast(Table, Delivery.__table__)
_CHATS = cast(Table, Chat.__table__)
_SUBSCRIPTIONS = cast(Table, Subscription.__table__)

# Compare-and-set: if another pass or process moved next_due_at first, it owns the occurrence.
_MOVE_NEXT_DUE = (
    update(_SUBSCRIPTIONS)
    .where(
        _SUBSCRIPTIONS.c.id == bindparam("b_id"),
        _SUBSCRIPTIONS.c.next_due_at == bindparam("b_due"),
    )
    .values(
        next_due_at=bindparam("b_following"),
        last_variant=bindparam("b_variant"),
        skip_until=bindparam("b_skip"),
        updated_at=bindparam("b_now"),
    )
)


# The subscription's chat as the occurrence is inserted, not as it was read a moment before:
# a group migrating in between has moved its pending occurrences, and one inserted at the
# old id would never be sent (no chat is there any more).
_CURRENT_CHAT = (
    select(_SUBSCRIPTIONS.c.chat_id)
    .where(_SUBSCRIPTIONS.c.id == bindparam("b_subscription"))
    .scalar_subquery()
)


def _insert_ignoring_duplicates(session: AsyncSession) -> Any:
    """INSERT ... ON CONFLICT (key) DO NOTHING, in the dialect of the database."""
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    return (
        insert(_DELIVERIES)
        .values(chat_id=_CURRENT_CHAT)
        .on_conflict_do_nothing(index_elements=["key"])
    )
