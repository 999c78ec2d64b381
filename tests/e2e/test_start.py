"""Start-up: the entry point paused the garbage collector (bot/start.py); once the bot
has started, post_init has frozen what it loaded and the collector runs again. A
collector its host turned off itself stays off."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path

import pytest

from bot import start
from standin import BotApiStandIn
from tests.e2e.harness import bot_settings, running_bot

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize(
    ("turned_off_by", "runs_once_started"),
    [(start.pause_collection, True), (gc.disable, False)],
    ids=["the entry point", "the host"],
)
async def test_the_collector_after_start(
    standin: BotApiStandIn,
    tmp_path: Path,
    turned_off_by: Callable[[], None],
    runs_once_started: bool,
) -> None:
    turned_off_by()
    try:
        async with running_bot(bot_settings(standin, tmp_path)):
            assert gc.isenabled() is runs_once_started
    finally:
        gc.enable()
