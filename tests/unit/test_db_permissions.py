"""The SQLite database holds health data: its file and its WAL companions are owner-only."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from storage.db import Database
from storage.triage_results import save_triage_result

NOW = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)


@contextmanager
def permissive_umask() -> Iterator[None]:
    """A umask that would leave new files world-readable: the database must not rely on it."""
    previous = os.umask(0o000)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


async def write_something(db: Database) -> None:
    async with db.session.begin() as session:
        await save_triage_result(session, 42, "self_care", ["a reason"], NOW)


async def test_database_and_its_wal_and_shm_files_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "data" / "bot.db"
    with permissive_umask():
        db = Database(f"sqlite+aiosqlite:///{path}")
        try:
            await db.migrate()
            await write_something(db)
            # While a connection is open in WAL mode, SQLite keeps -wal and -shm beside it.
            companions = [Path(f"{path}-wal"), Path(f"{path}-shm")]
            assert all(p.exists() for p in companions), sorted(os.listdir(path.parent))
            assert {p.name: mode(p) for p in [path, *companions]} == {
                p.name: 0o600 for p in [path, *companions]
            }
        finally:
            await db.close()
    assert mode(path) == 0o600


async def test_an_existing_world_readable_database_is_made_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "bot.db"
    path.touch()
    path.chmod(0o644)
    db = Database(f"sqlite+aiosqlite:///{path}")
    try:
        await db.migrate()
        await write_something(db)
        assert mode(path) == 0o600
        assert mode(Path(f"{path}-wal")) == 0o600
    finally:
        await db.close()


async def test_leftover_wal_files_from_an_older_run_are_made_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "bot.db"
    db = Database(f"sqlite+aiosqlite:///{path}")
    await db.migrate()
    await db.close()
    leftovers = [Path(f"{path}-wal"), Path(f"{path}-shm")]
    for leftover in leftovers:
        leftover.touch()
        leftover.chmod(0o644)
    db = Database(f"sqlite+aiosqlite:///{path}")
    try:
        assert [mode(p) for p in leftovers] == [0o600, 0o600]
        await write_something(db)
    finally:
        await db.close()
