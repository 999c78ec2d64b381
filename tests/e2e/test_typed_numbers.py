"""A number typed anywhere is read by one rule (scheduler/numbers.py): ASCII digits only,
with a friendly answer otherwise, never Python's own error text."""

from __future__ import annotations

import pytest

from bot.application import BotApplication
from tests.e2e.harness import Person, plain

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("typed", ["²", "٥", "𝟓", "５"])
async def test_a_goal_in_other_digits_is_refused_kindly(
    bot: BotApplication, alice: Person, typed: str
) -> None:
    answer = plain(await alice.ask(f"/settings goal {typed}"))
    assert "invalid literal" not in answer
    assert "I couldn't use that" in answer and "0-9" in answer
    panel = plain(await alice.ask("/settings goal 5"))
    assert "invalid literal" not in panel and "I couldn't use that" not in panel


async def test_a_goal_out_of_range_names_the_range(bot: BotApplication, alice: Person) -> None:
    answer = plain(await alice.ask("/settings goal 999"))
    assert "I couldn't use that" in answer and "between 1 and 30" in answer


async def test_today_and_remind_read_other_digits_alike(bot: BotApplication, alice: Person) -> None:
    """`/today water ٢` is not two glasses (it is not read as a count at all), just as
    `/remind pause ٢d` is not two days."""
    today = plain(await alice.ask("/today water ٢"))
    assert "2 of" not in today
    remind = plain(await alice.ask("/remind pause ٢d"))
    assert "0-9" in remind or "not" in remind
