"""A migrated SQLite database for each test that needs one, copied from one migrated once
per test process: migrating a new file costs a quarter of a second (alembic loads its
environment and every script), hundreds of tests start a bot or a scheduler on a database
of their own, and the schema is the same each time. As on PostgreSQL
(tests/support/postgres.py), a test starts from the newest schema with empty tables; the
migrations themselves are tested from an empty database (tests/unit/test_migrations.py)."""

from __future__ import annotations

import os
import shutil
import tempfile
from functools import cache
from pathlib import Path

from sqlalchemy import create_engine

from storage.db import upgrade_schema


@cache
def _template() -> Path:
    path = Path(tempfile.mkdtemp(prefix="cramp-test-schema-")) / "migrated.db"
    # The same migrations the bot runs at start-up, through SQLite's own driver: the copy
    # is then opened by aiosqlite like any database the bot created.
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            upgrade_schema(connection)
    finally:
        engine.dispose()
    return path


def migrated_sqlite_url(directory: Path, name: str = "bot.db") -> str:
    """The URL of a new database file in `directory`, at the newest schema, owner-only as
    the bot creates its own."""
    path = directory / name
    shutil.copyfile(_template(), path)
    os.chmod(path, 0o600)
    return f"sqlite+aiosqlite:///{path}"
