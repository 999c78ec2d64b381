"""Groups that removed the bot: their settings are kept for GROUP_RETENTION_DAYS, so adding
the bot back restores them, then a periodic job deletes them."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from telegram.ext import JobQueue

from bot.services import Services, services
from storage.chats import purge_removed_groups
from storage.diary import purge_orphans

log = logging.getLogger(__name__)

PURGE_INTERVAL = timedelta(hours=1)
JOB_NAME = "group-purge"


async def purge_now(svc: Services) -> int:
    """Delete the groups gone for longer than the retention period; returns how many."""
    cutoff = svc.clock() - timedelta(days=svc.settings.group_retention_days)
    async with svc.db.session.begin() as session:
        purged = await purge_removed_groups(session, cutoff)
        # Diary rows left by a chat that no longer exists go with the rest.
        orphans = await purge_orphans(session)
    if orphans:
        log.info("deleted %d diary rows of chats that no longer exist", orphans)
    if purged:
        log.info("deleted the settings of %d groups that removed the bot", purged)
    return purged


async def _purge_job(context: Any) -> None:
    await purge_now(services(context))


def schedule_purge(job_queue: JobQueue[Any]) -> None:
    job_queue.run_repeating(
        _purge_job,
        interval=PURGE_INTERVAL,
        first=60,
        name=JOB_NAME,
        job_kwargs={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
    )
