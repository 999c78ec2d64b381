"""0004 upgrades a database at 0003 in place: rows are kept, the chat's open question
(what its next message answers) starts empty, and downgrade removes the columns."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text

from storage.db import migration_config

COLUMNS = {"awaiting", "awaiting_after_message_id", "awaiting_since"}


def _columns(connection: object) -> set[str]:
    rows = connection.execute(text("PRAGMA table_info(chats)"))  # type: ignore[attr-defined]
    return {row[1] for row in rows}


def test_upgrade_from_0003_keeps_chats_and_downgrade_removes_the_columns(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    engine = create_engine(url)
    with engine.begin() as connection:
        config = migration_config(connection)
        command.upgrade(config, "0003")
        connection.execute(
            text(
                "INSERT INTO chats (chat_id, chat_type, timezone, timezone_set, profile, "
                "hydration_goal, quiet_policy, active, created_at, updated_at) VALUES "
                "(777, 'private', 'Europe/Berlin', 1, 'pregnancy', 9, 'skip', 1, "
                "'2026-11-28 10:00:00', '2026-11-28 10:00:00')"
            )
        )
        assert not COLUMNS & _columns(connection)
        command.upgrade(config, "head")
        row = connection.execute(
            text(
                "SELECT profile, timezone, hydration_goal, awaiting, awaiting_after_message_id, "
                "awaiting_since FROM chats WHERE chat_id = 777"
            )
        ).one()
        assert tuple(row) == ("pregnancy", "Europe/Berlin", 9, None, None, None)
        connection.execute(
            text(
                "UPDATE chats SET awaiting = 'timezone', awaiting_after_message_id = 12, "
                "awaiting_since = '2026-11-28 10:05:00' WHERE chat_id = 777"
            )
        )
        command.downgrade(config, "0003")
        assert not COLUMNS & _columns(connection)
        kept = connection.execute(text("SELECT profile FROM chats WHERE chat_id = 777")).one()
        assert tuple(kept) == ("pregnancy",)
        command.upgrade(config, "head")
        assert _columns(connection) >= COLUMNS
    engine.dispose()
