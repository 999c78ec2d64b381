"""Fixtures shared by the scheduler's tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from storage.db import Database


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    """A migrated SQLite database in a file, as the bot uses it."""
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'd.db'}")
    await database.migrate()
    yield database
    await database.close()
