"""End-to-end fixtures: a stand-in Bot API on loopback and the real bot polling it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.application import BotApplication
from standin import BotApiStandIn
from tests.e2e.harness import TOKEN, Person, bot_settings, require_spec, running_bot
from tests.support.clock import FakeClock
from tests.support.sqlite_template import migrated_sqlite_url


@pytest.fixture
async def standin() -> AsyncIterator[BotApiStandIn]:
    require_spec()
    async with BotApiStandIn(TOKEN, "CrampCoachBot") as sa:
        yield sa
        assert sa.internal_errors == [], "the stand-in failed internally"
        # Telegram would have refused these: the bot must never send an invalid request.
        refused = [
            f"{c.method}: {c.error_code} {c.description}"
            for c in sa.calls
            if not c.ok and c.fault is None and not _expected_refusal(c.description)
        ]
        assert refused == [], f"the bot made requests Telegram refuses: {refused}"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def bot_database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The bot's database: a SQLite file at the newest schema, or, for a test run on both
    databases (tests/support/postgres.py's on_both_databases), the variant's database."""
    if "database_url" in request.fixturenames:
        return str(request.getfixturevalue("database_url"))
    return migrated_sqlite_url(tmp_path)


@pytest.fixture
async def bot(
    standin: BotApiStandIn, tmp_path: Path, clock: FakeClock, bot_database: str
) -> AsyncIterator[BotApplication]:
    settings = bot_settings(standin, tmp_path, database_url=bot_database)
    async with running_bot(settings, clock) as app:
        yield app


@pytest.fixture
def alice(standin: BotApiStandIn) -> Person:
    user = standin.add_user("Alice", username="alice", language_code="en")
    return Person(standin, user, standin.private_chat(user))


def _expected_refusal(description: str | None) -> bool:
    """Refusals a correct bot still meets: the world changed under it (a person blocked
    it, a group migrated). Tests that cause them check the bot's reaction themselves."""
    text = description or ""
    return text.startswith("Forbidden: bot was blocked") or "upgraded to a supergroup" in text
