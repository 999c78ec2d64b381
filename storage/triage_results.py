"""Saving and reading a user's triage results."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import SavedTriage

# Older results are of no use to the user and need not be kept.
KEEP_PER_USER = 10


@dataclass(frozen=True)
class StoredTriage:
    level: str
    reasons: list[str]
    created_at: datetime


async def save_triage_result(
    session: AsyncSession, user_id: int, level: str, reasons: list[str], now: datetime
) -> None:
    session.add(
        SavedTriage(user_id=user_id, level=level, reasons=json.dumps(reasons), created_at=now)
    )
    await session.flush()
    stale = (
        await session.scalars(
            select(SavedTriage)
            .where(SavedTriage.user_id == user_id)
            .order_by(SavedTriage.created_at.desc(), SavedTriage.id.desc())
            .offset(KEEP_PER_USER)
        )
    ).all()
    for row in stale:
        await session.delete(row)


async def last_triage_result(session: AsyncSession, user_id: int) -> StoredTriage | None:
    row = await session.scalar(
        select(SavedTriage)
        .where(SavedTriage.user_id == user_id)
        .order_by(SavedTriage.created_at.desc(), SavedTriage.id.desc())
        .limit(1)
    )
    if row is None:
        return None
    return StoredTriage(row.level, list(json.loads(row.reasons)), row.created_at)
