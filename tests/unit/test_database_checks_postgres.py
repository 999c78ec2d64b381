"""PostgreSQL has no file to watch: a server out of reach and a read-only server refuse
transactions with DatabaseUnavailable (logged once, reported by readiness()), and the
bot carries on by itself once the server is back or writable."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from storage.chats import ensure_chat
from storage.db import Database, DatabaseUnavailable
from tests.support.postgres import server_url

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


async def write(db: Database, chat_id: int) -> None:
    async with db.session.begin() as session:
        await ensure_chat(session, chat_id, "private", NOW)


async def test_a_server_out_of_reach_is_unavailable_not_a_crash(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # A port nothing listens on: the connection is refused.
    db = Database("postgresql+asyncpg://postgres@127.0.0.1:9/nowhere")
    try:
        for chat_id in range(3):
            with pytest.raises(DatabaseUnavailable, match="cannot be reached"):
                await write(db, chat_id)
        problem = await db.readiness()
        assert problem is not None and "cannot be reached" in problem
        errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
        assert len(errors) == 1, "logged once"
    finally:
        await db.close()


async def _read_only(url: str, on: bool) -> None:
    # Through the server's own database: the read-only one could not switch itself back.
    name = make_url(url).database
    admin = server_url()
    assert admin is not None
    engine = create_async_engine(admin, isolation_level="AUTOCOMMIT")
    async with engine.connect() as connection:
        value = "on" if on else "off"
        await connection.execute(
            text(f'ALTER DATABASE "{name}" SET default_transaction_read_only = {value}')
        )
    await engine.dispose()


async def test_a_read_only_server_refuses_writes_until_writable_again(
    empty_postgres_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    db = Database(empty_postgres_url)
    try:
        await db.migrate()
        await write(db, 1)
        assert await db.readiness() is None
        await _read_only(empty_postgres_url, True)
        await db.engine.dispose()  # new sessions start read-only
        with pytest.raises(DatabaseUnavailable, match="read-only"):
            await write(db, 2)
        problem = await db.readiness()
        assert problem is not None and "read-only" in problem
        assert len([r for r in caplog.records if r.levelno >= logging.ERROR]) == 1
        await _read_only(empty_postgres_url, False)
        await db.engine.dispose()
        assert await db.readiness() is None
        await write(db, 3)
        assert db.problem is None
    finally:
        await db.close()
