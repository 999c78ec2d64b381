"""This instance's side of handling each update once (storage/handled_updates.py): its
name among the instances, the claim before an update is handled and the mark after it,
and the purge of old ids now and then.

The database deciding is what makes this work across instances; when it cannot decide
(unavailable, read-only) the update is handled anyway: a person then gets the bot's
honest "I can't save anything right now" rather than silence, at the risk of a
duplicate that only a retry during the outage could cause.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from datetime import UTC, datetime

from sqlalchemy.exc import SQLAlchemyError

from storage import handled_updates
from storage.db import Database
from storage.handled_updates import Claim

log = logging.getLogger(__name__)

PURGE_EVERY_SECONDS = 600.0


def _now() -> datetime:
    return datetime.now(UTC)


class HandledOnce:
    def __init__(self, db: Database, owner: str | None = None) -> None:
        self.db = db
        self.owner = owner or uuid.uuid4().hex
        self._purged_at = float("-inf")

    async def claim(self, update_id: int) -> Claim | None:
        """TAKEN, DUPLICATE or BUSY; None when the database could not say."""
        try:
            async with self.db.session.begin() as session:
                found = await handled_updates.claim(session, update_id, self.owner, _now())
        except (SQLAlchemyError, OSError) as exc:
            log.warning("could not record update %d as taken (%s)", update_id, type(exc).__name__)
            return None
        await self._purge_now_and_then()
        return found

    async def finish(self, update_id: int) -> None:
        try:
            async with self.db.session.begin() as session:
                await handled_updates.finish(session, update_id, self.owner, _now())
        except (SQLAlchemyError, OSError) as exc:
            # Left as taken: a copy after STALE_AFTER would be handled again.
            log.warning("could not mark update %d handled (%s)", update_id, type(exc).__name__)

    async def release(self, update_id: int) -> None:
        try:
            async with self.db.session.begin() as session:
                await handled_updates.release(session, update_id, self.owner)
        except (SQLAlchemyError, OSError, asyncio.CancelledError) as exc:
            log.warning("could not release update %d (%s)", update_id, type(exc).__name__)

    async def release_unfinished(self) -> None:
        try:
            async with self.db.session.begin() as session:
                released = await handled_updates.release_unfinished(session)
        except (SQLAlchemyError, OSError) as exc:
            log.warning("could not release unfinished updates (%s)", type(exc).__name__)
            return
        if released:
            log.info("%d updates left unfinished by the last run will be handled again", released)

    async def _purge_now_and_then(self) -> None:
        if time.monotonic() - self._purged_at < PURGE_EVERY_SECONDS:
            return
        self._purged_at = time.monotonic()
        try:
            async with self.db.session.begin() as session:
                purged = await handled_updates.purge(session, _now())
        except (SQLAlchemyError, OSError) as exc:
            log.warning("could not purge old update ids (%s)", type(exc).__name__)
            return
        if purged:
            log.debug("purged %d old update ids", purged)
