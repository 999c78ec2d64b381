"""The `cramp-bot` command's entry point (also `python -m bot`).

The garbage collector is paused while the bot imports and builds what it keeps for its
whole life (libraries, content, understanding, handlers): a full collection then only
walks objects that can never be freed, and such passes cost about a third of start-up
on a 2-core machine. The bot's post_init freezes everything loaded and turns the
collector back on (bot/application.py); a short command (`ask`, `backup`) ends first.
"""

from __future__ import annotations

import gc


def main() -> int:
    gc.disable()
    from bot.cli import main as run_command

    return run_command()
