"""Every migration runs up and down on SQLite and on PostgreSQL: head builds the schema
the models describe, base leaves nothing behind, and head again builds it anew. 0007 adds
the delivery leases to a database with rows in place."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Connection, inspect, text

from storage.db import Database, migration_config
from storage.models import Base
from tests.support.postgres import DIALECTS


@pytest.fixture(params=DIALECTS)
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    return str(request.getfixturevalue("empty_postgres_url"))


def _schema(connection: Connection) -> dict[str, set[str]]:
    found = inspect(connection)
    return {
        name: {column["name"] for column in found.get_columns(name)}
        for name in found.get_table_names()
        if name != "alembic_version"
    }


def _round_trip(connection: Connection) -> None:
    config = migration_config(connection)
    command.upgrade(config, "head")
    models = {
        table.name: {c.name for c in table.columns} for table in Base.metadata.tables.values()
    }
    assert _schema(connection) == models
    command.downgrade(config, "base")
    assert _schema(connection) == {}
    command.upgrade(config, "head")
    assert _schema(connection) == models


async def test_up_down_and_up_again(empty_url: str) -> None:
    db = Database(empty_url)
    try:
        async with db.engine.begin() as connection:
            await connection.run_sync(_round_trip)
    finally:
        await db.close()


INSERT = (
    "INSERT INTO deliveries (key, chat_id, kind, due_at, state, attempts, created_at, "
    "updated_at) VALUES (:key, 5, 'water', '2026-12-05 09:00:00', :state, 1, "
    "'2026-12-05 08:00:00', '2026-12-05 08:00:00')"
)


def _leases_in_place(connection: Connection) -> None:
    config = migration_config(connection)
    command.upgrade(config, "0006")
    connection.execute(text(INSERT), {"key": "taken", "state": "queued"})
    command.upgrade(config, "0007")
    row = connection.execute(
        text("SELECT state, lease_owner, lease_until FROM deliveries WHERE key = 'taken'")
    ).one()
    assert tuple(row) == ("queued", None, None), "a row taken before leases has none"
    indexes = {index["name"] for index in inspect(connection).get_indexes("deliveries")}
    assert "ix_deliveries_state_lease" in indexes
    command.downgrade(config, "0006")
    assert "lease_owner" not in _schema(connection)["deliveries"]
    assert connection.execute(text("SELECT count(*) FROM deliveries")).scalar_one() == 1


async def test_0007_adds_leases_to_rows_in_place_and_downgrades(empty_url: str) -> None:
    db = Database(empty_url)
    try:
        async with db.engine.begin() as connection:
            await connection.run_sync(_leases_in_place)
    finally:
        await db.close()
