"""One assistant per test process, built with the shipped content and models the first time
a test asks: building one costs about a second (content, word list, patterns, models), and
dozens of test modules and every end-to-end bot answer with the same content. Tests that
need another assistant (no model, other content) build their own."""

from __future__ import annotations

from functools import cache

from knowledge.assistant import Assistant
from knowledge.loader import load_content


@cache
def shared_assistant() -> Assistant:
    built = Assistant(load_content())
    built.wait_ready()
    return built
