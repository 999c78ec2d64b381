"""`cramp-bot backup` and `cramp-bot restore` for a SQLite database.

A backup is taken with SQLite's online backup API while the bot runs: the copy is one
consistent moment of the database (WAL lets the bot go on writing meanwhile), written
beside its destination and renamed into place, owner-only like the database. A restore
puts a backup back only while no bot uses the database (every running bot holds a shared
lock on `<database>.lock`; restore needs it exclusively) and only if the file is a Cramp
Coach database at a migration this version knows; the database it replaces is kept as
`<database>.before-restore`. PostgreSQL is backed up with pg_dump (see the README).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from storage.db import MIGRATIONS_DIR

# Tables every Cramp Coach database has had since its first migrations.
REQUIRED_TABLES = frozenset({"alembic_version", "triage_results", "chats", "subscriptions"})


class BackupError(RuntimeError):
    """The backup or restore cannot be done. str() is one line for the operator."""


@dataclass(frozen=True)
class DatabaseFacts:
    revision: str
    chats: int
    subscriptions: int


class InUseLock:
    """`<database>.lock`: held shared by every running bot, exclusively by a restore.
    The kernel drops it when its holder exits, however it exits (kill -9 included)."""

    def __init__(self, database: Path) -> None:
        self.path = database.with_name(database.name + ".lock")
        self._fd: int | None = None

    def _open(self) -> int:
        if self._fd is None:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        return self._fd

    def share(self) -> None:
        """For a running bot. Raises BackupError while a restore holds the database."""
        try:
            fcntl.flock(self._open(), fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            self.release()
            raise BackupError(
                f"a restore of {self.path.with_suffix('')} is in progress; start the bot "
                "when it has finished"
            ) from None

    def take(self) -> None:
        """For a restore. Raises BackupError while a bot uses the database."""
        try:
            fcntl.flock(self._open(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.release()
            raise BackupError(
                "the bot is running on this database: stop it first (restore replaces "
                "the whole database)"
            ) from None

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the lock
            self._fd = None


def known_revisions() -> set[str]:
    # Alembic is imported here, not at the top: every start imports this module (its lock).
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return {script.revision for script in ScriptDirectory.from_config(config).walk_revisions()}


def inspect(path: Path) -> DatabaseFacts:
    """What a file holds, if it is a Cramp Coach database this version can use; else a
    BackupError saying why not. Opens it read-only: the file is never changed."""
    if not path.is_file():
        raise BackupError(f"{path} is not a file")
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            if db.execute("PRAGMA quick_check").fetchone() != ("ok",):
                raise BackupError(f"{path} is damaged (SQLite's quick_check failed)")
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
            if not tables >= REQUIRED_TABLES:
                raise BackupError(f"{path} is not a Cramp Coach database")
            found = db.execute("SELECT version_num FROM alembic_version").fetchall()
            chats = db.execute("SELECT count(*) FROM chats").fetchone()[0]
            subscriptions = db.execute("SELECT count(*) FROM subscriptions").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path} is not a SQLite database this can read ({exc})") from None
    revisions = [row[0] for row in found]
    if len(revisions) != 1 or revisions[0] not in known_revisions():
        raise BackupError(
            f"{path} is at migration {', '.join(revisions) or 'none'}, which this version of "
            "Cramp Coach does not know: restore it with the version that made it"
        )
    return DatabaseFacts(revisions[0], int(chats), int(subscriptions))


def _copy(source: Path, destination: Path) -> None:
    """SQLite's online backup of `source` into `destination` (created owner-only)."""
    fd = os.open(destination, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    with (
        # mode=rw, not ro: a database in WAL mode needs its -shm file, which a read-only
        # connection cannot create when no bot is running. Nothing is written to it.
        contextlib.closing(sqlite3.connect(f"file:{source}?mode=rw", uri=True)) as src,
        contextlib.closing(sqlite3.connect(destination)) as dst,
    ):
        # All pages in one step: one read transaction, so the copy is a single moment
        # even while the bot writes (its writes go to the WAL meanwhile).
        src.backup(dst)
        # A self-contained file: no -wal beside it to lose when it is copied elsewhere.
        dst.execute("PRAGMA journal_mode=DELETE")
    os.chmod(destination, 0o600)


def backup(database: Path, destination: Path) -> DatabaseFacts:
    if not database.is_file():
        raise BackupError(f"there is no database at {database} (check DATABASE_URL)")
    if destination.resolve() == database.resolve():
        raise BackupError("the backup cannot be the database itself")
    if destination.is_dir():
        raise BackupError(f"{destination} is a folder: give the backup file's name")
    partial = destination.with_name(destination.name + ".partial")
    try:
        _copy(database, partial)
        facts = inspect(partial)
        partial.replace(destination)
    except sqlite3.Error as exc:
        raise BackupError(f"backup failed: {exc}") from None
    except OSError as exc:
        raise BackupError(f"cannot write {destination} ({exc.strerror or exc})") from None
    finally:
        partial.unlink(missing_ok=True)
    return facts


def restore(backup_file: Path, database: Path) -> DatabaseFacts:
    facts = inspect(backup_file)
    lock = InUseLock(database)
    lock.take()
    try:
        if database.exists():
            _copy(database, database.with_name(database.name + ".before-restore"))
        for suffix in ("-wal", "-shm", "-journal"):  # an old run's; would not match
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        replacement = database.with_name(database.name + ".restoring")
        _copy(backup_file, replacement)
        replacement.replace(database)
    except sqlite3.Error as exc:
        raise BackupError(f"restore failed: {exc}") from None
    except OSError as exc:
        raise BackupError(f"cannot write {database} ({exc.strerror or exc})") from None
    finally:
        lock.release()
    return facts
