"""Taking: the next chunk of pending occurrences becomes this instance's to send.

A chunk is taken as 'queued' in one transaction, leased to this instance; only rows that
transaction moved from 'pending' are returned, so two passes (or two instances) never
send the same occurrence. On PostgreSQL the rows are read FOR UPDATE SKIP LOCKED: an
instance skips the rows another is taking instead of waiting for it and losing the
compare-and-set.
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table, select

from scheduler.passes import Clock, DispatchSettings, Outgoing, PassStats
from storage import deliveries
from storage.db import Database
from storage.models import Chat, Delivery, DeliveryState

_DELIVERIES = cast(Table, Delivery.__table__)
_CHATS = cast(Table, Chat.__table__)


class Taker:
    def __init__(self, db: Database, clock: Clock, settings: DispatchSettings) -> None:
        self._db = db
        self._clock = clock
        self._settings = settings

    async def next_chunk(self, after_id: int, stats: PassStats) -> list[Outgoing]:
        """The next pending occurrences after `after_id` (in id order), taken as 'queued'.
        Late ones are skipped, and a chat served earlier in this pass waits for the next."""
        settings = self._settings
        d, c = _DELIVERIES, _CHATS
        while True:
            now = self._clock()
            pending = (
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
                .where(d.c.state == DeliveryState.PENDING, d.c.id > after_id, c.c.active.is_(True))
                .order_by(d.c.id)
                .limit(settings.chunk_size)
            )
            if settings.skip_locked:
                pending = pending.with_for_update(of=d, skip_locked=True)
            async with self._db.session.begin() as session:
                rows = (await session.execute(pending)).all()
                if not rows:
                    return []
                after_id = rows[-1].id
                late = [row.id for row in rows if now - row.due_at > settings.grace]
                if late:
                    await deliveries.skip_late(session, late)
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
                taken = await deliveries.queue(
                    session, wanted, now, settings.instance, now + settings.lease
                )
            chunk = [
                Outgoing(
                    delivery_id=row.id,
                    chat_id=row.chat_id,
                    thread_id=row.thread_id,
                    kind=row.kind,
                    variant=row.variant or "",
                    profile=row.profile,
                    due_at=row.due_at,
                    attempt=taken[row.id],
                )
                for row in rows
                if row.id in taken
            ]
            if chunk:
                return chunk
