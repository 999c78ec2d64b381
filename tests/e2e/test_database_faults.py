"""The database locked by another connection for longer than the busy timeout: a command
or button that must write gets a polite answer and changes nothing; once the lock is gone
the same request works. Reminder passes ride it out too (tests/scheduler)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot import texts
from bot.application import BotApplication, services_of
from storage.models import Subscription
from tests.e2e.harness import Person, plain
from tests.support.sqlite_faults import locked, short_busy_timeout

pytestmark = pytest.mark.e2e


async def subscriptions(app: BotApplication) -> int:
    async with services_of(app).db.session() as session:
        return int(await session.scalar(select(func.count()).select_from(Subscription)) or 0)


async def test_a_locked_database_gets_a_polite_answer_and_changes_nothing(
    bot: BotApplication, alice: Person, tmp_path: Path
) -> None:
    await alice.ask("/timezone Europe/Berlin")
    menu = await alice.ask("/remind")
    water = await alice.press(menu, "Water")
    await short_busy_timeout(services_of(bot).db)
    with locked(tmp_path / "bot.db"):
        typed = await alice.ask("/remind stretching 21:30", timeout=10)
        pressed = await alice.press(water, "Every 2 h", timeout=10)
        assert plain(typed) == plain(pressed) == texts.DATABASE_BUSY
        assert await subscriptions(bot) == 0, "nothing was half saved"
    assert "Saved" in plain(await alice.ask("/remind stretching 21:30"))
    assert await subscriptions(bot) == 1
