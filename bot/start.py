"""The `cramp-bot` command's entry point (also `python -m bot`).

The garbage collector is paused while the bot imports and builds what it keeps for its
whole life (libraries, content, understanding, handlers): a full collection then only
walks objects that can never be freed, and such passes cost about a sixth of start-up
on a 2-core machine. The bot's post_init freezes everything loaded and calls
resume_collection(); a short command (`ask`, `backup`) ends first.

Commands that read messages also start reading the language model (kept unpacked by an
earlier start, or unpacked from its package) and the table of meanings before anything else
is imported: they then overlap the imports instead of following them.
"""

from __future__ import annotations

import gc
import sys

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


# Commands that read messages: they need the language model, so its unpacking starts before
# anything else is imported and overlaps the imports (knowledge/languages.py).
_READ_MESSAGES = frozenset({"run", "console", "ask", "check"})


def prepare(command: str) -> None:
    """What a start does before importing the bot (benchmarks start the same way)."""
    pause_collection()
    if command in _READ_MESSAGES:
        from knowledge.kept import environment_directory
        from knowledge.languages import language_model
        from knowledge.semantic import TABLE, load_table

        language_model(environment_directory())
        load_table(TABLE)


def main() -> int:
    prepare(sys.argv[1] if len(sys.argv) > 1 else "")
    from bot.cli import main as run_command

    return run_command()
