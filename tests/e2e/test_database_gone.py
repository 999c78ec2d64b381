"""The database file deleted, or made read-only, while the bot runs: every write is
refused with an honest answer (never "Saved"), the problem is logged as an error once
(not on every reminder pass), readiness reports it, and no empty database appears in
the file's place."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from bot import texts
from bot.application import BotApplication, services_of
from tests.e2e.harness import Person, plain
from tests.support.sqlite_faults import ReadOnlySwitch

pytestmark = pytest.mark.e2e


def logged(caplog: pytest.LogCaptureFixture, level: int = logging.ERROR) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= level]


async def test_a_deleted_database_refuses_writes_and_says_so(
    bot: BotApplication, alice: Person, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    await alice.ask("/settings goal 5")
    db = services_of(bot).db
    assert await db.readiness() is None
    (tmp_path / "bot.db").unlink()
    for command in ("/settings goal 6", "/remind hydration 09:00", "/today water"):
        answer = plain(await alice.ask(command))
        assert answer == texts.DATABASE_UNAVAILABLE, (command, answer)
    await asyncio.sleep(3.5)  # several reminder passes
    problem = await db.readiness()
    assert problem is not None and "deleted" in problem
    errors = logged(caplog)
    assert len(errors) == 1 and "deleted" in errors[0], errors
    assert not any("no such table" in line for line in logged(caplog, logging.DEBUG))
    assert not (tmp_path / "bot.db").exists(), "no empty database behind the person's back"


async def test_a_read_only_database_refuses_writes_until_it_is_writable(
    bot: BotApplication, alice: Person, caplog: pytest.LogCaptureFixture
) -> None:
    await alice.ask("/settings goal 5")
    db = services_of(bot).db
    switch = ReadOnlySwitch(db)
    switch.on = True
    for command in ("/settings goal 6", "/remind hydration 09:00"):
        answer = plain(await alice.ask(command))
        assert answer == texts.DATABASE_UNAVAILABLE, (command, answer)
    await asyncio.sleep(2.5)
    problem = await db.readiness()
    assert problem is not None and "read-only" in problem
    errors = logged(caplog)
    assert len(errors) == 1 and "read-only" in errors[0], errors
    switch.on = False
    assert await db.readiness() is None
    answer = plain(await alice.ask("/settings goal 7"))
    assert answer != texts.DATABASE_UNAVAILABLE and "7" in answer
