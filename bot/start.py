"""The `cramp-bot` command's entry point (also `python -m bot`).

The garbage collector is paused while the bot imports and builds what it keeps for its
whole life (libraries, content, understanding, handlers): a full collection then only
walks objects that can never be freed, and such passes cost about a sixth of start-up
on a 2-core machine. The bot's post_init freezes everything loaded and calls
resume_collection(); a short command (`ask`, `backup`) ends first.
"""

from __future__ import annotations

import gc

_paused = False


def pause_collection() -> None:
    global _paused
    gc.disable()
    _paused = True


def resume_collection() -> None:
    """Turn the collector back on if pause_collection() turned it off (a host or a test
    that turned it off itself keeps it off)."""
    global _paused
    if _paused:
        _paused = False
        gc.enable()


def main() -> int:
    pause_collection()
    from bot.cli import main as run_command

    return run_command()
