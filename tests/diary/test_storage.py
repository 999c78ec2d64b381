"""The diary's rows: a chat that no longer exists takes its diary with it, by the
foreign key and by the purge job's sweep for a database opened without it."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import delete, func, select, text

from storage.chats import ensure_chat
from storage.db import Database
from storage.diary import add_entry, add_item, purge_orphans
from storage.models import Chat, CrampEntry, DiaryItem

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


def entry(user_id: int, key: str | None = None) -> dict[str, object]:
    return {
        "user_id": user_id,
        "occurred_at": NOW,
        "local_day": date(2026, 12, 3),
        "at_night": False,
        "site": "calf",
        "side": "left",
        "severity": 5,
        "duration": "1_5",
        "woke": False,
        "draft_key": key,
        "created_at": NOW,
        "updated_at": NOW,
    }


async def test_a_draft_is_saved_once_and_a_vanished_chat_takes_its_diary(tmp_path: Path) -> None:
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}")
    await db.migrate()
    async with db.session.begin() as session:
        for user_id in (1, 2):
            await ensure_chat(session, user_id, "private", NOW)
        assert await add_entry(session, entry(1, "k1")) is not None
        assert await add_entry(session, entry(1, "k1")) is None  # a double tap
        assert await add_entry(session, entry(1)) is not None
        assert await add_entry(session, entry(2)) is not None
        await add_item(session, 1, "medicine", "Atorvastatin", date(2026, 11, 1), NOW)
    async with db.session.begin() as session:
        await session.execute(delete(Chat).where(Chat.chat_id == 1))  # cascades
    async with db.session() as session:
        owners = list(await session.scalars(select(CrampEntry.user_id)))
        assert owners == [2]
        assert await session.scalar(select(func.count()).select_from(DiaryItem)) == 0
    # Without the foreign keys (another tool, an old connection): the sweep finds them.
    async with db.engine.connect() as connection:
        await connection.execute(text("PRAGMA foreign_keys=OFF"))
        await connection.execute(text("DELETE FROM chats WHERE chat_id = 2"))
        await connection.commit()
    async with db.session.begin() as session:
        assert await purge_orphans(session) == 1
    async with db.session() as session:
        assert await session.scalar(select(func.count()).select_from(CrampEntry)) == 0
    await db.close()
