"""Each update handled once, whichever instance receives it and however often it comes.

Telegram delivers an update again when it missed the answer: a webhook request that
timed out (the first copy may still be being handled), a getUpdates offset not confirmed
before a crash. Before an update is handled its id is inserted here (the primary key
makes exactly one insert win); once handled the row is marked so. A second copy then
finds the row:

- handled: a duplicate, answered without handling it again;
- being handled, recently: busy (a webhook answers "try later", so the copy comes back
  once the first one is done, and is then a duplicate);
- being handled for longer than `STALE_AFTER`: its instance died with it; taken over.

Rows are kept `KEEP_FOR` (Telegram keeps an undelivered update for 24 hours), then
purged. The times are wall-clock times, not the bot's (test) clock: they measure
Telegram's retries.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import HandledUpdate
from storage.upsert import insert_for, rowcount

STALE_AFTER = timedelta(minutes=2)
KEEP_FOR = timedelta(hours=25)


class Claim(StrEnum):
    TAKEN = "taken"  # this instance handles it now
    DUPLICATE = "duplicate"  # handled already
    BUSY = "busy"  # being handled (here or elsewhere) right now


async def claim(session: AsyncSession, update_id: int, owner: str, now: datetime) -> Claim:
    inserted = await session.execute(
        insert_for(session, HandledUpdate)
        .values(update_id=update_id, owner=owner, claimed_at=now, handled_at=None)
        .on_conflict_do_nothing(index_elements=["update_id"])
    )
    if rowcount(inserted) == 1:
        return Claim.TAKEN
    row = (
        await session.execute(
            select(HandledUpdate.claimed_at, HandledUpdate.handled_at).where(
                HandledUpdate.update_id == update_id
            )
        )
    ).one_or_none()
    if row is None:  # purged between the two statements: long handled
        return Claim.DUPLICATE
    if row.handled_at is not None:
        return Claim.DUPLICATE
    if now - row.claimed_at <= STALE_AFTER:
        return Claim.BUSY
    # Compare-and-set on the old claim: of two instances taking it over, one wins.
    taken = await session.execute(
        update(HandledUpdate)
        .where(
            HandledUpdate.update_id == update_id,
            HandledUpdate.claimed_at == row.claimed_at,
            HandledUpdate.handled_at.is_(None),
        )
        .values(owner=owner, claimed_at=now)
    )
    return Claim.TAKEN if rowcount(taken) == 1 else Claim.BUSY


async def finish(session: AsyncSession, update_id: int, owner: str, now: datetime) -> None:
    await session.execute(
        update(HandledUpdate)
        .where(HandledUpdate.update_id == update_id, HandledUpdate.owner == owner)
        .values(handled_at=now)
    )


async def release(session: AsyncSession, update_id: int, owner: str) -> None:
    """Handling was interrupted (shutdown): the next copy is handled, not dropped."""
    await session.execute(
        delete(HandledUpdate).where(
            HandledUpdate.update_id == update_id,
            HandledUpdate.owner == owner,
            HandledUpdate.handled_at.is_(None),
        )
    )


async def release_unfinished(session: AsyncSession) -> int:
    """At a polling start: only one instance polls (Telegram refuses a second getUpdates),
    so an unfinished claim is a dead predecessor's; its update comes again and is handled."""
    result = await session.execute(delete(HandledUpdate).where(HandledUpdate.handled_at.is_(None)))
    return rowcount(result)


async def purge(session: AsyncSession, now: datetime) -> int:
    result = await session.execute(
        delete(HandledUpdate).where(HandledUpdate.claimed_at < now - KEEP_FOR)
    )
    return rowcount(result)
