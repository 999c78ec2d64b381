"""Tests on a real PostgreSQL server, next to the same tests on SQLite.

`TEST_POSTGRES_URL` names a server (any database on it, e.g.
postgresql+asyncpg://postgres@127.0.0.1:5432/test; `.ci/run` sets it, so CI always runs
both). Without it the PostgreSQL variants are skipped, with that reason.

Isolation: each test session creates a database of its own on the server (migrated once)
and drops it at the end; every test that uses it starts from empty tables (truncated
before the test), so no test sees another's rows. A test that needs a database with no
schema at all (migrations) gets a fresh one of its own.
"""

from __future__ import annotations

import asyncio
import os
import secrets
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from storage.db import Database
from tests.support.sqlite_template import migrated_sqlite_url

URL_SETTING = "TEST_POSTGRES_URL"
SKIP_REASON = f"PostgreSQL variant: set {URL_SETTING} to a server's URL to run it"
# Tests parametrized with these run once per database; "postgresql" skips without a server.
DIALECTS = ["sqlite", "postgresql"]


def server_url() -> str | None:
    return os.environ.get(URL_SETTING) or None


def _with_database(url: str, name: str) -> str:
    return make_url(url).set(database=name).render_as_string(hide_password=False)


async def _admin(url: str, *statements: str) -> None:
    # CREATE/DROP DATABASE cannot run inside a transaction.
    engine = create_async_engine(url, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as connection:
            for statement in statements:
                await connection.execute(text(statement))
    finally:
        await engine.dispose()


async def create_database(prefix: str = "cc_test") -> str:
    """A new, empty database on the server; returns its URL."""
    url = server_url()
    assert url is not None
    name = f"{prefix}_{os.getpid()}_{secrets.token_hex(4)}"
    await _admin(url, f'CREATE DATABASE "{name}"')
    return _with_database(url, name)


async def drop_database(database_url: str) -> None:
    url = server_url()
    assert url is not None
    name = make_url(database_url).database
    await _admin(url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def _migrated_database() -> str:
    database_url = await create_database()
    db = Database(database_url)
    try:
        await db.migrate()
    finally:
        await db.close()
    return database_url


async def empty_tables(database_url: str) -> None:
    """Every table emptied and its ids restarted; the schema (and its version) stays."""
    engine = create_async_engine(database_url)
    try:
        async with engine.begin() as connection:
            names = (
                await connection.execute(
                    text(
                        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                        "AND tablename <> 'alembic_version'"
                    )
                )
            ).scalars()
            tables = ", ".join(f'"{name}"' for name in names)
            if tables:
                await connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    finally:
        await engine.dispose()


@pytest.fixture(scope="session")
def postgres_session_database() -> Iterator[str]:
    """This session's migrated database on the server (skips without a server)."""
    if server_url() is None:
        pytest.skip(SKIP_REASON)
    database_url = asyncio.run(_migrated_database())
    try:
        yield database_url
    finally:
        asyncio.run(drop_database(database_url))


@pytest.fixture
async def postgres_url(postgres_session_database: str) -> str:
    """The session's PostgreSQL database, with empty tables."""
    await empty_tables(postgres_session_database)
    return postgres_session_database


@pytest.fixture
async def empty_postgres_url() -> AsyncIterator[str]:
    """A database of this test's own, with no schema at all (for migrations)."""
    if server_url() is None:
        pytest.skip(SKIP_REASON)
    database_url = await create_database("cc_migrate")
    try:
        yield database_url
    finally:
        await drop_database(database_url)


def on_both_databases(test: Any) -> Any:
    """Run this test on SQLite and on PostgreSQL: it gets the `database_url` fixture (an
    end-to-end test's bot uses it, see tests/e2e/conftest.py)."""
    both = pytest.mark.parametrize("database_url", DIALECTS, indirect=True)
    return pytest.mark.usefixtures("database_url")(both(test))


@pytest.fixture(params=DIALECTS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database at the newest schema with empty tables: a SQLite file of the test's own
    (tests/support/sqlite_template.py), or the session's migrated PostgreSQL database
    (that variant skips without TEST_POSTGRES_URL). migrate() finds nothing to do."""
    if request.param == "sqlite":
        return migrated_sqlite_url(tmp_path)
    return str(request.getfixturevalue("postgres_url"))
