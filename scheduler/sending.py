"""The 'sending' mark, written right before each reminder's request leaves.

Why not mark a whole chunk when it is taken: its sends then wait in the rate limiter, up
to seconds at Telegram's 30 messages/s, and a crash leaves 'sending' rows that never
reached Telegram. Those are taken for possibly delivered and never sent: lost. So a
chunk is taken as 'queued' (safe to hand back), and each occurrence becomes 'sending'
only when the rate limiter lets its request go. Marks that arrive together are written in
one transaction (a group commit), so this costs a few writes a second, not one per message.

Each mark is a compare-and-set on (id, attempts): if another process took the occurrence
over (after a restart handed it back), the mark fails and this process does not send it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from itertools import islice

from sqlalchemy.exc import OperationalError

from storage import deliveries
from storage.db import Database

log = logging.getLogger(__name__)

# Awaited right before the request leaves; raises HandedBack if it must not be sent.
BeforeRequest = Callable[[], Awaitable[None]]

# Marks written per transaction, at most: a crash can catch this many marked 'sending'
# before their requests left (they would count as uncertain, and so be lost).
MARKS_PER_WRITE = 8


class HandedBack(Exception):
    """The occurrence was not marked 'sending' (shutting down, the database is busy, or
    another process owns it now): its request must not be made."""


class SendingMarks:
    """One reminder pass's marks. After close(), `marked` is final: an occurrence not in it
    was never let through and can safely go back to 'pending'."""

    def __init__(self, db: Database, clock: Callable[[], datetime], lease: timedelta) -> None:
        self._db = db
        self._clock = clock
        self._lease = lease
        self._waiting: dict[int, tuple[int, asyncio.Future[bool]]] = {}
        self._writer: asyncio.Task[None] | None = None
        self.marked: set[int] = set()
        self.closed = False

    def before_request(self, delivery_id: int, attempt: int) -> BeforeRequest:
        async def mark() -> None:
            if not await self._mark(delivery_id, attempt):
                raise HandedBack(delivery_id)

        return mark

    async def close(self) -> None:
        """Let no more requests through; returns once the marks being written are final."""
        self.closed = True
        if self._writer is not None:
            await asyncio.shield(self._writer)

    async def _mark(self, delivery_id: int, attempt: int) -> bool:
        if delivery_id in self.marked:
            return True  # the same request again, after a 429
        if self.closed:
            return False
        future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._waiting[delivery_id] = (attempt, future)
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write_waiting())
        return await future

    async def _write_waiting(self) -> None:
        while self._waiting:
            # A few at a time: every request marked must leave before a crash could catch
            # it, and the event loop sends the ones just marked while the next are written.
            batch = dict(islice(self._waiting.items(), MARKS_PER_WRITE))
            for delivery_id in batch:
                del self._waiting[delivery_id]
            try:
                marked = await self._write(batch)
            except OperationalError as error:
                # Not marked, so not sent: these go back to 'pending' with their chunk.
                log.warning("database busy marking reminders 'sending' (%s)", error.orig)
                marked = set()
            except Exception:  # whatever it is, a send must not wait for ever
                log.exception("marking reminders 'sending' failed")
                marked = set()
            self.marked |= marked
            for delivery_id, (_, future) in batch.items():
                if not future.done():
                    future.set_result(delivery_id in marked)

    async def _write(self, batch: dict[int, tuple[int, asyncio.Future[bool]]]) -> set[int]:
        wanted = [(delivery_id, attempt) for delivery_id, (attempt, _) in batch.items()]
        now = self._clock()
        async with self._db.session.begin() as session:
            return await deliveries.mark_sending(session, wanted, now, now + self._lease)
