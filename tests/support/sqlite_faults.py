"""A SQLite database misbehaving as production ones do: locked by another connection for
longer than the busy timeout, or failing one statement with "database is locked"."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection

from storage.db import Database


@contextmanager
def locked(path: Path) -> Iterator[sqlite3.Connection]:
    """Another connection holds the write lock (BEGIN EXCLUSIVE) until the block ends."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        yield other
    finally:
        other.execute("ROLLBACK")
        other.close()


async def short_busy_timeout(db: Database, milliseconds: int = 200) -> None:
    """From now on the bot's connections wait this long for a lock, not 5 s: a test can
    outlast it quickly."""

    def short(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA busy_timeout={int(milliseconds)}")

    event.listen(db.engine.sync_engine, "connect", short)
    await db.engine.dispose()  # connections made before keep their 5 s


@contextmanager
def failing_once(db: Database, sql: str) -> Iterator[list[str]]:
    """The first statement containing `sql` fails as on a locked database."""
    failed: list[str] = []

    def before(conn: Connection, cursor: Any, statement: str, *args: Any) -> None:
        if sql in statement and not failed:
            failed.append(statement)
            raise sqlite3.OperationalError("database is locked")

    event.listen(db.engine.sync_engine, "before_cursor_execute", before)
    try:
        yield failed
    finally:
        event.remove(db.engine.sync_engine, "before_cursor_execute", before)


class ReadOnlySwitch:
    """While `on`, the database refuses every write ("attempt to write a readonly
    database"), as a file on a read-only mount would. Done with PRAGMA query_only on
    each connection the bot takes from its pool, because as root neither chmod nor a
    read-only open elsewhere stops SQLite writing."""

    def __init__(self, db: Database) -> None:
        self.on = False
        event.listen(db.engine.sync_engine.pool, "checkout", self._checkout)

    def _checkout(self, dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA query_only={'ON' if self.on else 'OFF'}")
        cursor.close()
