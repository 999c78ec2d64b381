"""The `cramp-bot` entry point pauses the garbage collector for start-up (bot/start.py);
the bot's post_init turns it back on once everything loaded is frozen."""

from __future__ import annotations

import gc

import pytest

import bot.cli
from bot import start


def test_the_command_runs_with_the_collector_paused(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    monkeypatch.setattr(bot.cli, "main", lambda: seen.append(gc.isenabled()) or 0)
    try:
        assert start.main() == 0
    finally:
        gc.enable()
    assert seen == [False]
