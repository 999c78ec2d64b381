"""`cramp-bot backup` and `restore`: a consistent copy of a database being written, and a
restore that refuses while a bot uses the database or when the file is not one of ours."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.cli import main
from ops.backup import BackupError, InUseLock, backup, inspect, known_revisions, restore
from storage.db import Database


def migrated_database(path: Path) -> Path:
    async def make() -> None:
        db = Database(f"sqlite+aiosqlite:///{path}")
        await db.migrate()
        await db.close()

    asyncio.run(make())
    return path


def add_results(path: Path, count: int, start: int = 0) -> None:
    with sqlite3.connect(path) as db:
        db.executemany(
            "INSERT INTO triage_results (user_id, level, reasons, created_at) VALUES (?, ?, ?, ?)",
            [(start + n, "self_care", "[]", datetime.now(UTC).isoformat()) for n in range(count)],
        )


def results(path: Path) -> int:
    with sqlite3.connect(path) as db:
        return int(db.execute("SELECT count(*) FROM triage_results").fetchone()[0])


def test_a_backup_taken_while_a_writer_runs_is_whole_and_consistent(tmp_path: Path) -> None:
    database = migrated_database(tmp_path / "live.db")
    add_results(database, 500)
    stop = threading.Event()
    written = [0]

    def writer() -> None:
        # The bot's settings: WAL, one short transaction after another.
        with sqlite3.connect(database, timeout=5) as db:
            db.execute("PRAGMA journal_mode=WAL")
            while not stop.is_set():
                db.execute(
                    "INSERT INTO triage_results (user_id, level, reasons, created_at) "
                    "VALUES (?, 'doctor', '[\"a\"]', ?)",
                    (written[0], datetime.now(UTC).isoformat()),
                )
                db.commit()
                written[0] += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while written[0] < 200:
            time.sleep(0.01)
        copies = []
        for n in range(5):
            copy = tmp_path / f"copy-{n}.db"
            facts = backup(database, copy)
            assert facts.revision in known_revisions()
            copies.append(results(copy))
            with sqlite3.connect(copy) as check:
                assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
                assert check.execute("PRAGMA journal_mode").fetchone() == ("delete",)
            assert copy.stat().st_mode & 0o777 == 0o600
            assert not copy.with_name(copy.name + "-wal").exists()
    finally:
        stop.set()
        thread.join()
    assert written[0] > 200
    # Each copy is one moment: between what was there before and after, and growing.
    assert all(500 + 200 <= count <= 500 + written[0] for count in copies)
    assert copies == sorted(copies)
    assert not list(tmp_path.glob("*.partial"))


def test_restore_puts_a_backup_back_and_keeps_what_it_replaced(tmp_path: Path) -> None:
    database = migrated_database(tmp_path / "bot.db")
    add_results(database, 3)
    backup(database, tmp_path / "monday.db")
    add_results(database, 7, start=100)
    facts = restore(tmp_path / "monday.db", database)
    assert facts.revision in known_revisions()
    assert results(database) == 3
    assert results(tmp_path / "bot.db.before-restore") == 10
    assert database.stat().st_mode & 0o777 == 0o600


def test_restore_refuses_while_a_bot_uses_the_database(tmp_path: Path) -> None:
    database = migrated_database(tmp_path / "bot.db")
    backup(database, tmp_path / "copy.db")
    running = InUseLock(database)
    running.share()  # what every running bot holds (ops/lifecycle.py)
    try:
        with pytest.raises(BackupError, match="the bot is running"):
            restore(tmp_path / "copy.db", database)
    finally:
        running.release()
    restore(tmp_path / "copy.db", database)  # stopped: it goes through


def test_a_bot_cannot_start_while_a_restore_holds_the_database(tmp_path: Path) -> None:
    database = tmp_path / "bot.db"
    restoring = InUseLock(database)
    restoring.take()
    try:
        with pytest.raises(BackupError, match=r"restore .* is in progress"):
            InUseLock(database).share()
    finally:
        restoring.release()


def test_restore_refuses_files_that_are_not_a_cramp_coach_database(tmp_path: Path) -> None:
    database = migrated_database(tmp_path / "bot.db")
    before = database.read_bytes()
    text = tmp_path / "notes.txt"
    text.write_text("not a database at all, just some words in a file " * 50)
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as db:
        db.execute("CREATE TABLE photos (id INTEGER)")
    future = tmp_path / "future.db"
    backup(database, future)
    with sqlite3.connect(future) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
    for bad, reason in (
        (tmp_path / "missing.db", "is not a file"),
        (text, "not a SQLite database"),
        (foreign, "not a Cramp Coach database"),
        (future, "migration 9999, which this version"),
    ):
        with pytest.raises(BackupError, match=reason):
            restore(bad, database)
    assert database.read_bytes() == before  # nothing changed


def test_the_commands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    database = migrated_database(tmp_path / "bot.db")
    add_results(database, 4)
    monkeypatch.chdir(tmp_path)  # no .env of the project's
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{database}")
    assert main(["backup", str(tmp_path / "b.db")]) == 0
    assert "backed up" in capsys.readouterr().out
    assert inspect(tmp_path / "b.db").revision in known_revisions()
    assert main(["restore", str(tmp_path / "b.db")]) == 0
    assert "restored" in capsys.readouterr().out
    assert main(["restore", str(tmp_path / "nothing.db")]) == 2
    assert "is not a file" in capsys.readouterr().err
    monkeypatch.setenv("DATABASE_URL", "postgresql+asyncpg://cramp@localhost/cramp")
    assert main(["backup", str(tmp_path / "c.db")]) == 2
    assert "pg_dump" in capsys.readouterr().err
