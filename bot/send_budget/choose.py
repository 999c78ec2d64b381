"""Which sending budget a bot uses: shared where several instances may run."""

from __future__ import annotations

from bot.send_budget.local import LocalWindows
from bot.send_budget.shared import SharedWindows
from bot.send_budget.windows import SendWindows
from bot.settings import Settings
from storage.db import Database


def send_windows(settings: Settings, db: Database) -> SendWindows:
    """Redis when REDIS_URL is set; else the database when it is PostgreSQL (the only way
    several instances can run); else, one process on SQLite, memory."""
    if settings.redis_url is not None:
        from bot.send_budget.redis_store import RedisStore  # the client only when used

        store = RedisStore(settings.redis_url.get_secret_value())
        return SharedWindows(store, settings.instance_name)
    if db.dialect == "postgresql":
        # its table's PostgreSQL types: imported, with their dialect, only when used
        from bot.send_budget.postgres_store import PostgresStore

        return SharedWindows(PostgresStore(db.engine), settings.instance_name)
    return LocalWindows()
