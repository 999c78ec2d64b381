"""Find due reminders in the database and deliver each occurrence once.

Design (why not one APScheduler job per subscriber: tens of thousands of jobs are slow
to add, and a large batch due at once blocks the loop and gets dropped as "missed"):
- The database is the single source of truth. Each subscription stores its next due
  time (UTC, indexed); one short periodic job (APScheduler, through PTB's JobQueue)
  starts a *pass* when none is running. Every instance on a shared (PostgreSQL) database
  runs its own passes; they share the work.
- A pass first releases what a dead instance held past its lease (scheduler/leases.py),
  then *claims* due subscriptions in small batches (scheduler/claiming.py): each becomes
  an occurrence (a Delivery row with a unique key) and its `next_due_at` moves on.
- Alongside, it *takes* pending occurrences in due order, a chunk at a time, as 'queued'
  and leased to this instance (scheduler/taking.py); each occurrence is marked 'sending'
  (committed) right before its request leaves the rate limiter (scheduler/sending.py);
  each outcome is *recorded* after (scheduler/recording.py). A 'sending' row found after
  a crash was possibly delivered: it is never sent again. A 'queued' one certainly was
  not: it goes back to 'pending', at the restart or once its lease has run out.
- An occurrence more than `grace` late (the bot was down) is skipped, not sent.
Every state change itself is written by storage/deliveries.py; this module decides when.
The pass's types (PassStats, Outcome, Outgoing, DispatchSettings...) live in
scheduler/passes.py and are importable from here.
"""

from __future__ import annotations

import asyncio
import logging

from sqlalchemy.exc import OperationalError

from knowledge.reminder_texts import ReminderTexts
from scheduler.claiming import Claimer
from scheduler.leases import Leases
from scheduler.passes import (
    HANDED_BACK,
    Clock,
    DispatchSettings,
    Outcome,
    OutcomeKind,
    Outgoing,
    PassStats,
    Sender,
)
from scheduler.recording import record
from scheduler.sending import HandedBack, SendingMarks
from scheduler.taking import Taker
from storage.db import Database, DatabaseUnavailable

__all__ = [
    "HANDED_BACK",
    "Clock",
    "DispatchSettings",
    "Dispatcher",
    "Outcome",
    "OutcomeKind",
    "Outgoing",
    "PassStats",
    "Sender",
]

log = logging.getLogger(__name__)


async def _finish(
    queue: asyncio.Queue[list[Outgoing] | None], workers: list[asyncio.Task[None]]
) -> None:
    """The pipelines deliver the chunks they were handed, then stop."""
    try:
        for _ in workers:
            await queue.put(None)
        await asyncio.gather(*workers)
    except asyncio.CancelledError:
        await _end_now(workers)
        raise


async def _end_now(workers: list[asyncio.Task[None]]) -> None:
    """A cancelled pass (the event loop closing, the instance going away) ends its
    pipelines and their sends with it: those may wait for ever (a closed rate limiter, a
    request never answered), and a full queue would never take the word to stop. What they
    held stays 'queued' or 'sending' under this instance's lease, which settles it: never
    sent twice."""
    for worker in workers:
        worker.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


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
        self._send = sender
        self._clock = clock
        self.settings = settings or DispatchSettings()
        self._claimer = Claimer(db, texts, self.settings)
        self._taker = Taker(db, clock, self.settings)
        self._leases = Leases(db, clock, self.settings)
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
        Only this instance's (by its name) and those past their lease: other live
        instances keep theirs.
        """
        count = await self._leases.release_own()
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

    # -- a pass ------------------------------------------------------------------------

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
                    more = await self._claimer.claim_batch(stats, self._clock())
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
        self._marks = SendingMarks(self._db, self._clock, self.settings.lease)
        claimer: asyncio.Task[None] | None = None
        try:
            await self._leases.release_expired(stats)
            claimer = asyncio.create_task(claim_all())
            async with self._leases.held():
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
            if claimer is not None and not claimer.done():
                claimer.cancel()
            elif claimer is not None and not claimer.cancelled():
                claimer.exception()  # seen: its error is the one handled above
        self.last_stats = stats
        return stats

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
                chunk = await self._taker.next_chunk(last_id, stats)
                if chunk:
                    last_id = chunk[-1].delivery_id
                    await queue.put(chunk)
                elif claimed_all:
                    break
                else:
                    await claimed_some.wait()  # the claimer is still producing
        except asyncio.CancelledError:
            await _end_now(workers)
            raise
        except BaseException:  # the database failed mid-feed: what was handed over goes on
            await _finish(queue, workers)
            raise
        await _finish(queue, workers)

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
                await record(session, results, self._clock(), stats, self.settings)
        except OperationalError as exc:
            log.log(
                logging.DEBUG if isinstance(exc, DatabaseUnavailable) else logging.WARNING,
                "database busy recording reminder outcomes (%s); next pass",
                exc.orig,
            )
            self._unrecorded += results
            return False
        return True
