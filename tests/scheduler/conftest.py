"""Fixtures shared by the scheduler's tests."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from storage.db import Database


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[Database]:
    """A migrated database as the bot uses it: a SQLite file, and the same test again on
    PostgreSQL (tests/support/postgres.py)."""
    database = Database(database_url)
    await database.migrate()
    yield database
    await database.close()
