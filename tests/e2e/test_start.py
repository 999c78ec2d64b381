"""Start-up: the entry point paused the garbage collector (bot/start.py); once the bot
has started, post_init has frozen what it loaded and the collector runs again."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from bot import start
from standin import BotApiStandIn
from tests.e2e.harness import bot_settings, running_bot

pytestmark = pytest.mark.e2e


async def test_the_started_bot_runs_the_collector_again(
    standin: BotApiStandIn, tmp_path: Path
) -> None:
    start.pause_collection()
    try:
        async with running_bot(bot_settings(standin, tmp_path)):
            assert gc.isenabled()
    finally:
        gc.enable()


async def test_a_collector_turned_off_by_the_host_stays_off(
    standin: BotApiStandIn, tmp_path: Path
) -> None:
    gc.disable()
    try:
        async with running_bot(bot_settings(standin, tmp_path)):
            assert not gc.isenabled()
    finally:
        gc.enable()
