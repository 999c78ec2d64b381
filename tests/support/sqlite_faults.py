"""A SQLite database misbehaving as production ones do: locked by another connection for
longer than the busy timeout, or failing one statement with "database is locked"."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection

from storage.db import Database


class locked:  # lower case: used as the function it was, `async with locked(path)`
    """Another connection holds the write lock (BEGIN EXCLUSIVE) until the block ends.

    `async with` when the bot runs on this event loop: the lock is waited for in a worker
    thread, so the bot's transactions in flight (marking the last update handled, a
    reminder pass) can commit first. Waiting on the loop's own thread would freeze them
    holding the write lock, and BEGIN EXCLUSIVE would fail after sqlite3's 5 s timeout.
    Plain `with` only when nothing on this thread's event loop writes to the database
    (the bot in another process)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._other: sqlite3.Connection | None = None

    def __enter__(self) -> sqlite3.Connection:
        other = sqlite3.connect(self.path, isolation_level=None)
        try:
            other.execute("BEGIN EXCLUSIVE")
        except BaseException:
            other.close()
            raise
        self._other = other
        return other

    async def __aenter__(self) -> sqlite3.Connection:
        other = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        begun = asyncio.get_running_loop().run_in_executor(None, other.execute, "BEGIN EXCLUSIVE")

        def close(done: asyncio.Future[sqlite3.Cursor]) -> None:
            if not done.cancelled():
                done.exception()  # retrieved: raised below, or the test is gone
            other.close()

        try:
            await asyncio.shield(begun)
        except BaseException:
            # Failed, or the test was cancelled while the thread still waits: close (and
            # so release the lock) once the thread is done with the connection.
            begun.add_done_callback(close)
            raise
        self._other = other
        return other

    def __exit__(self, *_: object) -> None:
        other, self._other = self._other, None
        assert other is not None
        try:
            other.execute("ROLLBACK")
        finally:
            other.close()

    async def __aexit__(self, *exc: object) -> None:
        self.__exit__(*exc)  # ROLLBACK waits for no lock: at once


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
