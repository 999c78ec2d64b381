"""Inserts that are safe when two run at once: `INSERT ... ON CONFLICT`, in the dialect of
the session's database (SQLite and PostgreSQL both have it, with the same meaning). Each
dialect's module is imported when its database is used: a bot on SQLite never loads
PostgreSQL's (a sixth of its imports)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession


def insert_for(session: AsyncSession, entity: Any) -> Any:
    """`insert(entity)` with `on_conflict_do_nothing` / `on_conflict_do_update`."""
    bind = session.bind
    name = bind.dialect.name if bind is not None else "sqlite"
    if name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        return postgresql_insert(entity)
    if name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(entity)
    raise NotImplementedError(f"no upsert for the {name} dialect")


def rowcount(result: Any) -> int:
    return int(getattr(result, "rowcount", 0) or 0)
