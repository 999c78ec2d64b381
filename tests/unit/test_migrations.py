"""Migrations build the schema the models describe, and the database file is owner-only."""

from __future__ import annotations

import stat
from pathlib import Path

from sqlalchemy import inspect

from storage.db import Database
from storage.models import Base


async def test_migrations_create_every_model_table_and_are_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "bot.db"
    db = Database(f"sqlite+aiosqlite:///{path}")
    await db.migrate()
    await db.migrate()
    async with db.engine.connect() as connection:
        tables = await connection.run_sync(lambda c: set(inspect(c).get_table_names()))
        for table in Base.metadata.tables.values():
            columns = await connection.run_sync(
                lambda c, name=table.name: {col["name"] for col in inspect(c).get_columns(name)}
            )
            assert {c.name for c in table.columns} == columns, table.name
    await db.close()
    assert set(Base.metadata.tables) <= tables
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
