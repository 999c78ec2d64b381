"""The database locked by another connection for longer than the busy timeout: a command
or button that must write gets a polite answer and changes nothing; once the lock is gone
the same request works. The reminder passes the periodic job starts give up while it is
locked, and the first one after delivers."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot import texts
from bot.application import BotApplication, services_of
from standin import BotApiStandIn
from storage.models import Subscription
from tests.e2e.harness import Person, plain
from tests.e2e.test_groups import reminders_to
from tests.support.clock import FakeClock
from tests.support.sqlite_faults import locked, short_busy_timeout

pytestmark = pytest.mark.e2e

MONDAY = datetime(2026, 11, 23, tzinfo=UTC)


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
    async with locked(tmp_path / "bot.db"):
        typed = await alice.ask("/remind stretching 21:30", timeout=10)
        pressed = await alice.press(water, "Every 2 h", timeout=10)
        assert plain(typed) == plain(pressed) == texts.DATABASE_BUSY
        assert await subscriptions(bot) == 0, "nothing was half saved"
    assert "Saved" in plain(await alice.ask("/remind stretching 21:30"))
    assert await subscriptions(bot) == 1


async def test_reminder_passes_go_on_after_the_database_was_locked(
    bot: BotApplication,
    alice: Person,
    standin: BotApiStandIn,
    clock: FakeClock,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    await alice.ask("/timezone UTC")
    assert "Saved" in plain(await alice.ask("/remind stretching 07:30"))
    await short_busy_timeout(services_of(bot).db)
    async with locked(tmp_path / "bot.db"):
        clock.set(MONDAY.replace(hour=7, minute=30))
        # The periodic job keeps starting passes (every second); each gives up.
        for _ in range(50):
            if "retrying next pass" in caplog.text:
                break
            await asyncio.sleep(0.1)
        assert "database busy during a reminder pass" in caplog.text
    for _ in range(100):
        if reminders_to(standin, alice.chat_id):
            break
        await asyncio.sleep(0.1)
    await asyncio.sleep(1.5)  # more passes: still once
    assert len(reminders_to(standin, alice.chat_id)) == 1
