"""0003 upgrades a database at 0002 in place: rows are kept, the new column is empty."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text

from storage.db import migration_config


def test_upgrade_from_0002_keeps_groups_and_downgrade_removes_the_column(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    engine = create_engine(url)
    with engine.begin() as connection:
        config = migration_config(connection)
        command.upgrade(config, "0002")
        connection.execute(
            text(
                "INSERT INTO chats (chat_id, chat_type, timezone, timezone_set, profile, "
                "hydration_goal, quiet_policy, active, created_at, updated_at) VALUES "
                "(-100123, 'supergroup', 'Europe/Berlin', 1, 'fitness', 8, 'defer', 1, "
                "'2026-11-21 10:00:00', '2026-11-21 10:00:00')"
            )
        )
        command.upgrade(config, "head")
        row = connection.execute(
            text("SELECT profile, timezone, welcomed_at FROM chats WHERE chat_id = -100123")
        ).one()
        assert tuple(row) == ("fitness", "Europe/Berlin", None)
        command.downgrade(config, "0002")
        columns = {r[1] for r in connection.execute(text("PRAGMA table_info(chats)"))}
        assert "welcomed_at" not in columns and "profile" in columns
    engine.dispose()
