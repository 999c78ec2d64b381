"""The operations side of one running bot, started and stopped with the Application
(bot/application.py's post_init and post_shutdown): the health server, the metrics'
hooks into the database, the SQLite in-use lock that `cramp-bot restore` respects."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import ExceptionContext

from ops import metrics
from ops.backup import InUseLock
from ops.health import PassWatch, Readiness, ReadinessLimits, due_and_waiting
from ops.server import HealthServer
from ops.updates import UPDATE_KINDS
from storage.db import Database, DatabaseUnavailable

log = logging.getLogger(__name__)

_KEY = "operations"
_BUSY_SIGNS = ("locked", "busy", "timeout", "timed out")


def _database_error_kind(context: ExceptionContext) -> str:
    original = context.original_exception
    if isinstance(original, DatabaseUnavailable):
        return "unavailable"
    message = str(original).lower()
    return "busy" if any(sign in message for sign in _BUSY_SIGNS) else "other"


class Operations:
    def __init__(
        self,
        db: Database,
        *,
        health_host: str,
        health_port: int | None,
        dispatch_interval: float,
        probe_bot_api: Callable[[], Awaitable[object]],
    ) -> None:
        self.db = db
        self.passes = PassWatch()
        self.readiness = Readiness(db, self.passes, ReadinessLimits.for_interval(dispatch_interval))
        self.server: HealthServer | None = None
        if health_port is not None:
            self.server = HealthServer(
                self.readiness,
                host=health_host,
                port=health_port,
                probe_bot_api=probe_bot_api,
                count_due=lambda: due_and_waiting(db),
            )
        self._lock = InUseLock(db.path) if db.path is not None else None

    def install(self, bot_data: dict[str, Any]) -> None:
        bot_data[_KEY] = self

    async def start(self) -> None:
        metrics.initialise(UPDATE_KINDS)
        if self._lock is not None:
            self._lock.share()
        if not event.contains(self.db.engine.sync_engine, "handle_error", _count_error):
            event.listen(self.db.engine.sync_engine, "handle_error", _count_error)
        if self.server is not None:
            await self.server.start()

    async def stop(self) -> None:
        if self.server is not None:
            await self.server.stop()
        if self._lock is not None:
            self._lock.release()


def _count_error(context: ExceptionContext) -> None:
    metrics.record_database_error(_database_error_kind(context))


def operations_from(bot_data: dict[str, Any]) -> Operations | None:
    found = bot_data.get(_KEY)
    return found if isinstance(found, Operations) else None


async def count_handler_error(_update: object, context: Any) -> None:
    """An error handler beside the bot's own (PTB calls each): counts errors by class."""
    metrics.record_error(context.error)
