"""The database: an async engine, migrations at start-up, owner-only SQLite files.

SQLite (one machine) and PostgreSQL (several instances) both work; the checks differ
where the databases do. The database is checked, not assumed. A SQLite file is created
(owner-only) at start-up only; after that it is opened with `mode=rw`, so a connection
made once the file has gone fails instead of creating an empty database. Before each
transaction the file must still be the one opened at start-up (same device and inode):
deleted or replaced, every transaction is refused with DatabaseUnavailable until a
restart (a restart with the file gone starts an empty database, as a first start does:
restore the file first). A read-only file (its mount, its permissions, a full disk)
refuses writes the same way until a write succeeds again. Each problem is logged as an
error once, when it is first seen; `readiness()` reports the current one.

A PostgreSQL server has no file to watch: a server that cannot be reached (or went away
mid-transaction) and a read-only server (a standby, a full disk) refuse transactions
with DatabaseUnavailable the same way, until one succeeds again.
"""

from __future__ import annotations

import logging
import os
import urllib.parse
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import event
from sqlalchemy.engine import URL, Connection, ExceptionContext, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
log = logging.getLogger(__name__)

# SQLite messages that mean the file cannot be used (as opposed to "database is locked",
# which is busy and passes).
_GONE_SIGNS = (
    "unable to open database file",
    "no such table",
    "disk i/o error",
    "malformed",
    "file is not a database",
)
_READ_ONLY_SIGNS = (
    "readonly database",
    "read-only",  # PostgreSQL too: "cannot execute INSERT in a read-only transaction"
    "database or disk is full",
    "no space left on device",  # PostgreSQL: "could not extend file ...: No space left"
)
# PostgreSQL: the schema was dropped under the running bot.
_SCHEMA_GONE_SIGNS = ("relation", "does not exist")
_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


class DatabaseUnavailable(OperationalError):
    """The database cannot be used as it should: its file is gone, replaced or
    read-only. An OperationalError, so every place that rides out a busy database also
    refuses cleanly here; str() is one line for the operator."""

    def __init__(self, problem: str, orig: BaseException | None = None) -> None:
        super().__init__("(database check)", None, orig or RuntimeError(problem))
        self.problem = problem

    def __str__(self) -> str:
        return self.problem


class DatabaseSetupError(RuntimeError):
    """The database cannot be opened at start-up. str() is one line naming DATABASE_URL."""


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if not parsed.drivername.startswith("sqlite") or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _prepare_sqlite_file(path: Path) -> None:
    """Create the file (and its folder) readable by its owner only: it holds health data."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    os.chmod(path, 0o600)
    # SQLite gives new -wal/-shm files the database's mode, but ones left by an older run
    # (a crash, a copy) keep whatever mode they had.
    for suffix in ("-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.chmod(companion, 0o600)


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    # WAL lets readers go on while the scheduler writes; busy_timeout rides out short locks.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _connect_or_unavailable(
    dialect: Any, _record: object, cargs: tuple[Any, ...], cparams: dict[str, Any]
) -> Any:
    """Connect to a server; one that cannot be reached is the driver's OperationalError
    (asyncpg raises a bare OSError), so it reaches _on_error like any other failure."""
    try:
        return dialect.connect(*cargs, **cparams)
    except OSError as exc:
        raise dialect.loaded_dbapi.OperationalError(
            f"cannot reach the database server: {exc}"
        ) from exc


def migration_config(connection: Connection) -> Config:
    """Alembic's configuration for running the project's migrations on `connection`."""
    from alembic.config import Config  # see upgrade_schema

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def upgrade_schema(connection: Connection) -> None:
    """Migrate the database `connection` opens to the newest schema."""
    # Alembic (with mako and pygments) takes over 0.1 s to import: only a start that
    # migrates needs it, not every import of storage.
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    # A restart finds the newest schema: alembic's upgrade would load its environment and
    # every migration script again only to do nothing.
    if set(MigrationContext.configure(connection).get_current_heads()) == set(_newest()):
        return
    command.upgrade(migration_config(connection), "head")


@cache
def _newest() -> tuple[str, ...]:
    """The newest revision of the migrations (their heads), read once per process."""
    from alembic.script import ScriptDirectory

    return tuple(ScriptDirectory(str(MIGRATIONS_DIR)).get_heads())


def _existing_file_only(url: str, path: Path) -> URL:
    """The same URL, opening `path` with mode=rw: SQLite then never creates the file."""
    parsed = make_url(url)
    query = {**parsed.query, "mode": "rw", "uri": "true"}
    database = "file:" + urllib.parse.quote(str(path.resolve()))
    return parsed.set(database=database, query=query)


def _identity(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return (stat.st_dev, stat.st_ino)


def _engine(url: str | URL) -> AsyncEngine:
    """create_async_engine, with a missing or wrong driver as a DatabaseSetupError."""
    try:
        return create_async_engine(url)
    except ImportError as exc:
        name = getattr(exc, "name", None) or str(exc)
        raise DatabaseSetupError(
            f"DATABASE_URL needs the database driver {name!r}, which is not installed: "
            "use sqlite+aiosqlite:///path or postgresql+asyncpg://... with asyncpg installed"
        ) from None
    except Exception as exc:  # NoSuchModuleError, ArgumentError, InvalidRequestError...
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise DatabaseSetupError(
            f"DATABASE_URL is not usable ({first}): use sqlite+aiosqlite:///path or "
            "postgresql+asyncpg://user:password@host/name"
        ) from None


class Database:
    def __init__(self, url: str) -> None:
        self.url = url
        self.path = sqlite_path(url)
        self.problem: str | None = None
        # A problem that passes by itself (a read-only file or server, a server out of
        # reach), as opposed to a SQLite file gone or replaced, which needs a restart.
        self._passing = False
        self._identity: tuple[int, int] | None = None
        if self.path is not None:
            try:
                _prepare_sqlite_file(self.path)
                self._identity = _identity(self.path)
            except OSError as exc:
                raise DatabaseSetupError(
                    f"DATABASE_URL: cannot create or open the database file {self.path} "
                    f"({exc.strerror or exc}): choose a folder this user can write"
                ) from None
            self.engine: AsyncEngine = _engine(_existing_file_only(url, self.path))
        else:
            self.engine = _engine(url)
        sync_engine = self.engine.sync_engine
        if self.engine.dialect.name == "sqlite":
            event.listen(sync_engine, "connect", _sqlite_pragmas)
        else:
            event.listen(sync_engine, "do_connect", _connect_or_unavailable)
        event.listen(sync_engine, "begin", self._before_transaction)
        event.listen(sync_engine, "after_cursor_execute", self._after_execute)
        event.listen(sync_engine, "commit", self._on_commit)
        event.listen(sync_engine, "handle_error", self._on_error)
        self.session: async_sessionmaker[AsyncSession] = async_sessionmaker(
            self.engine, expire_on_commit=False
        )

    # -- the checks ----------------------------------------------------------------

    @property
    def dialect(self) -> str:
        """ "sqlite" or "postgresql": the few statements that differ ask this."""
        return str(self.engine.dialect.name)

    def _report(self, problem: str, *, passing: bool = False) -> None:
        if self.problem != problem:
            log.error("database unavailable: %s; writes are refused until it is fixed", problem)
        self.problem, self._passing = problem, passing

    def _recovered(self) -> None:
        log.warning("database available again: %s", self.url.split("://")[0])
        self.problem, self._passing = None, False

    def check_file(self) -> None:
        """Raise DatabaseUnavailable if the SQLite file is not the one opened at
        start-up (deleted, or replaced by another file)."""
        if self.path is None or self._identity is None:
            return
        if self.problem is not None and not self._passing:
            raise DatabaseUnavailable(self.problem)
        try:
            identity = _identity(self.path)
        except OSError:
            problem = f"the database file {self.path} has been deleted; restore it and restart"
        else:
            if identity == self._identity:
                return
            problem = f"the database file {self.path} has been replaced; restart to use it"
        self._report(problem)
        raise DatabaseUnavailable(problem)

    def _before_transaction(self, _connection: Connection) -> None:
        self.check_file()

    def _after_execute(self, connection: Connection, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip()[:7].upper().startswith(_WRITES):
            connection.info["wrote"] = True

    def _on_commit(self, connection: Connection) -> None:
        # A read-only database is writable again once a write commits; a server that was
        # out of reach is back once anything commits.
        wrote = connection.info.pop("wrote", False)
        if self._passing and (wrote or self.path is None):
            self._recovered()

    def _on_error(self, context: ExceptionContext) -> BaseException | None:
        if context.connection is not None:
            context.connection.info.pop("wrote", None)
        original = context.original_exception
        if isinstance(original, DatabaseUnavailable):
            return None
        message = str(original).lower()
        if any(sign in message for sign in _READ_ONLY_SIGNS):
            problem = f"the database ({self.path or 'server'}) is read-only: {original}"
            self._report(problem, passing=True)
            return DatabaseUnavailable(problem, original)
        if self.path is None:
            return self._server_problem(context, message)
        if any(sign in message for sign in _GONE_SIGNS):
            try:
                self.check_file()
            except DatabaseUnavailable as unavailable:
                return unavailable
            problem = f"the database cannot be used: {original}"
            self._report(problem)
            return DatabaseUnavailable(problem, original)
        return None

    def _server_problem(self, context: ExceptionContext, message: str) -> BaseException | None:
        """A server out of reach (refused, dropped mid-transaction) or a schema dropped
        under the bot; other errors (a constraint, a serialization failure) pass as they are."""
        original = context.original_exception
        if context.is_disconnect or "cannot reach the database server" in message:
            first = str(original).splitlines()[0] if str(original) else type(original).__name__
            problem = f"the database server cannot be reached: {first}"
            self._report(problem, passing=True)
            return DatabaseUnavailable(problem, original)
        if all(sign in message for sign in _SCHEMA_GONE_SIGNS):
            problem = f"the database cannot be used: {str(original).splitlines()[0]}"
            self._report(problem, passing=True)
            return DatabaseUnavailable(problem, original)
        return None

    async def readiness(self) -> str | None:
        """None when the database can be written now, else the problem in one line (for
        a readiness endpoint). SQLite probes with a write lock taken and released at once;
        PostgreSQL asks whether this session may write (a standby may not)."""
        try:
            async with self.engine.connect() as connection:
                if self.dialect == "sqlite":
                    await connection.exec_driver_sql("BEGIN IMMEDIATE")
                    await connection.exec_driver_sql("ROLLBACK")
                else:
                    read_only = await connection.exec_driver_sql("SHOW transaction_read_only")
                    if read_only.scalar_one() == "on":
                        if self.problem is None or "read-only" not in self.problem:
                            self._report(
                                "the database (server) is read-only: new sessions may not "
                                "write (a standby, or default_transaction_read_only)",
                                passing=True,
                            )
                        return self.problem
        except DatabaseUnavailable as exc:
            return exc.problem
        except OperationalError as exc:
            return f"database not available: {str(exc.orig).splitlines()[0]}"
        if self._passing:
            self._recovered()
        return self.problem

    async def migrate(self) -> None:
        async with self.engine.begin() as connection:
            await connection.run_sync(upgrade_schema)

    async def close(self) -> None:
        await self.engine.dispose()
