"""The database is checked, not assumed: a SQLite file deleted, replaced or read-only
while the bot runs makes every write fail with DatabaseUnavailable (never a write into
a vanished file, never an empty database created in its place), logged as an error once,
and readiness() says so."""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storage.chats import ensure_chat
from storage.db import Database, DatabaseSetupError, DatabaseUnavailable
from tests.support.sqlite_faults import ReadOnlySwitch

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


async def open_db(tmp_path: Path) -> Database:
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}")
    await db.migrate()
    return db


async def write(db: Database, chat_id: int) -> None:
    async with db.session.begin() as session:
        await ensure_chat(session, chat_id, "private", NOW)


def errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


async def test_a_deleted_file_refuses_writes_and_is_logged_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = await open_db(tmp_path)
    try:
        await write(db, 1)
        assert await db.readiness() is None
        (tmp_path / "bot.db").unlink()
        for chat_id in range(2, 12):
            with pytest.raises(DatabaseUnavailable, match="deleted"):
                await write(db, chat_id)
        assert not (tmp_path / "bot.db").exists(), "no empty database created in its place"
        problem = await db.readiness()
        assert problem is not None and "deleted" in problem
        assert len(errors(caplog)) == 1 and "deleted" in errors(caplog)[0]
    finally:
        await db.close()


async def test_new_connections_do_not_create_an_empty_file(tmp_path: Path) -> None:
    db = await open_db(tmp_path)
    try:
        await db.engine.dispose()  # the next transaction needs a new connection
        (tmp_path / "bot.db").unlink()
        with pytest.raises(DatabaseUnavailable):
            await write(db, 1)
        assert not (tmp_path / "bot.db").exists()
    finally:
        await db.close()


async def test_a_replaced_file_is_refused(tmp_path: Path) -> None:
    db = await open_db(tmp_path)
    try:
        path = tmp_path / "bot.db"
        os.replace(path, tmp_path / "moved.db")
        path.write_bytes((tmp_path / "moved.db").read_bytes())  # same content, new file
        with pytest.raises(DatabaseUnavailable, match="replaced"):
            await write(db, 1)
    finally:
        await db.close()


async def test_a_read_only_database_refuses_writes_until_writable_again(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = await open_db(tmp_path)
    switch = ReadOnlySwitch(db)
    try:
        switch.on = True
        for chat_id in range(1, 6):
            with pytest.raises(DatabaseUnavailable, match="read-only"):
                await write(db, chat_id)
        problem = await db.readiness()
        assert problem is not None and "read-only" in problem
        assert len(errors(caplog)) == 1
        switch.on = False
        assert await db.readiness() is None
        await write(db, 7)
        assert db.problem is None
    finally:
        await db.close()


def test_a_folder_that_cannot_be_created_names_the_setting(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(DatabaseSetupError, match="DATABASE_URL") as caught:
        Database(f"sqlite+aiosqlite:///{blocker / 'sub' / 'bot.db'}")
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://cramp:secret@localhost/cramp",
        "postgresql+nosuchdriver://cramp:secret@localhost/cramp",
        "nosuchdb://x",
    ],
)
def test_an_unusable_url_names_the_setting(url: str) -> None:
    with pytest.raises(DatabaseSetupError, match="DATABASE_URL") as caught:
        Database(url)
    assert "\n" not in str(caught.value) and "secret" not in str(caught.value)
