"""Leases: what an instance has taken stays its own only while it lives.

During a pass the instance renews the lease on everything it holds ('queued' and
'sending' rows) every third of the lease; each pass, on every instance, first releases
what others held past their lease (an instance killed mid-fan-out): its queued rows go
back to pending and are sent by whoever takes them next, its 'sending' rows become
uncertain and are never repeated. So the work of a dead instance is picked up within one
lease and a pass, without waiting for it to restart.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from sqlalchemy.exc import OperationalError

from scheduler.passes import Clock, DispatchSettings, PassStats
from storage import deliveries
from storage.db import Database

log = logging.getLogger(__name__)


class Leases:
    def __init__(self, db: Database, clock: Clock, settings: DispatchSettings) -> None:
        self._db = db
        self._clock = clock
        self._settings = settings

    async def release_expired(self, stats: PassStats) -> None:
        now = self._clock()
        async with self._db.session.begin() as session:
            handed_back, uncertain = await deliveries.expire_leases(session, now)
        if handed_back or uncertain:
            log.warning(
                "another instance stopped holding reminders: %d handed back to be sent, "
                "%d caught mid-send marked uncertain (not repeated)",
                handed_back,
                uncertain,
            )
        stats.released += handed_back + uncertain

    async def release_own(self) -> int:
        """At start-up: release what this instance (under its name) held before it
        stopped, and anything past its lease. Returns how many were caught mid-send."""
        async with self._db.session.begin() as session:
            return await deliveries.recover_after_restart(
                session, self._clock(), self._settings.instance
            )

    @contextlib.asynccontextmanager
    async def held(self) -> AsyncIterator[None]:
        """Renew this instance's leases while the block runs (a pass)."""
        renewer = asyncio.create_task(self._renew_forever(), name="reminder-leases")
        try:
            yield
        finally:
            renewer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await renewer

    async def _renew_forever(self) -> None:
        every = self._settings.lease.total_seconds() / 3
        while True:
            await asyncio.sleep(every)
            try:
                async with self._db.session.begin() as session:
                    await deliveries.renew_leases(
                        session, self._settings.instance, self._clock() + self._settings.lease
                    )
            except OperationalError as exc:
                # The next renewal tries again; a lease is three renewals long.
                log.warning("could not renew reminder leases (%s)", exc.orig)
