"""Buttons on a state that has moved on: they act only if what they act on still holds
(a reminder not yet done, a chat that still exists); otherwise a short truthful alert and
nothing changes. Every press is answered, even when the database is busy, and a
confirmation survives a failed attempt."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from bot import texts
from bot.application import BotApplication, services_of
from standin import BotApiStandIn, CallRecord
from storage.models import Chat, Delivery, Subscription
from tests.e2e.harness import Person, plain
from tests.e2e.test_reminders import MONDAY, reminders_to, run_pass
from tests.support.clock import FakeClock
from tests.support.sqlite_faults import locked, short_busy_timeout

pytestmark = pytest.mark.e2e


async def count(app: BotApplication, model: Any) -> int:
    async with services_of(app).db.session() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


def alert_of(record: CallRecord) -> tuple[str, bool]:
    return str(record.params.get("text") or ""), bool(record.params.get("show_alert"))


async def a_done_reminder(
    bot: BotApplication, alice: Person, standin: BotApiStandIn, clock: FakeClock
) -> tuple[dict[str, Any], dict[str, str]]:
    """A reminder marked done, and the data of the buttons it had."""
    await alice.ask("/timezone UTC")
    assert "Saved" in plain(await alice.ask("/remind hydration 09:00 13:00"))
    clock.set(MONDAY.replace(hour=9, minute=0, second=5))
    await run_pass(bot)
    (reminder,) = reminders_to(standin, alice.chat_id)
    data = {label: Person.button_data(reminder, label) for label in ("15 min", "Skip")}
    await alice.press(reminder, "Done")
    return reminder, data


async def test_snooze_after_done_changes_nothing(
    bot: BotApplication, alice: Person, standin: BotApiStandIn, clock: FakeClock
) -> None:
    reminder, data = await a_done_reminder(bot, alice, standin, clock)
    snooze = data["15 min"]
    answer = await alice.press_expecting_alert(reminder, snooze)
    assert alert_of(answer) == (texts.REMINDER_ALREADY_DONE_NO_CHANGE, True)
    async with services_of(bot).db.session() as session:
        states = list(await session.scalars(select(Delivery.state)))
    assert "scheduled" not in states, "no snooze was planned"


async def test_skip_after_done_changes_nothing(
    bot: BotApplication, alice: Person, standin: BotApiStandIn, clock: FakeClock
) -> None:
    reminder, data = await a_done_reminder(bot, alice, standin, clock)
    skip = data["Skip"]
    answer = await alice.press_expecting_alert(reminder, skip)
    assert alert_of(answer) == (texts.REMINDER_ALREADY_DONE_NO_CHANGE, True)
    async with services_of(bot).db.session() as session:
        sub = await session.scalar(select(Subscription))
    assert sub is not None and sub.skip_until is None


async def forget(alice: Person) -> None:
    prompt = await alice.ask("/forget")
    done = await alice.press(prompt, "Yes")
    assert plain(done) == texts.FORGET_DONE


@pytest.mark.parametrize(
    ("command", "label"),
    [
        ("/settings", "22–07"),  # a quiet-hours preset
        ("/settings", "+1"),  # goal
        ("/remind", "Pause"),
        ("/remind", "Water"),
        ("/today", "glass"),
    ],
)
async def test_old_buttons_after_forget_do_not_recreate_the_chat(
    bot: BotApplication, alice: Person, command: str, label: str
) -> None:
    if command == "/remind":
        assert "Saved" in plain(await alice.ask("/remind hydration 09:00"))
    panel = await alice.ask(command)
    data = alice.button_data(panel, label)
    await forget(alice)
    answer = await alice.press_expecting_alert(panel, data)
    assert alert_of(answer) == (texts.BUTTON_CHAT_GONE, True)
    assert await count(bot, Chat) == 0, "the chat's row was not created again"


async def test_no_on_an_older_forget_prompt_after_deletion_does_not_claim_nothing_was_deleted(
    bot: BotApplication, alice: Person
) -> None:
    older = await alice.ask("/forget")
    no = alice.button_data(older, "No")
    await forget(alice)
    answer = await alice.press_expecting_alert(older, no)
    text, alert = alert_of(answer)
    assert text == texts.FORGET_PROMPT_CLOSED and alert
    assert text != texts.FORGET_KEPT


async def test_forget_while_the_database_is_locked_answers_and_can_be_retried(
    bot: BotApplication, alice: Person, standin: BotApiStandIn, tmp_path: Path
) -> None:
    assert "Saved" in plain(await alice.ask("/remind hydration 09:00"))
    prompt = await alice.ask("/forget")
    yes = alice.button_data(prompt, "Yes")
    await short_busy_timeout(services_of(bot).db)
    async with locked(tmp_path / "bot.db"):
        answer = await alice.press_expecting_alert(prompt, yes, forged=False)
        assert answer.ok, "the spinner stops: the press is answered"
        assert alert_of(answer) == (texts.DATABASE_BUSY[:200], True)
    assert await count(bot, Chat) == 1, "nothing was deleted"
    done = await alice.press(prompt, "Yes")
    assert plain(done) == texts.FORGET_DONE, "the same button works again"
    assert await count(bot, Chat) == 0


async def test_deep_link_start_remind_opens_the_reminders(
    bot: BotApplication, alice: Person
) -> None:
    menu = await alice.ask("/start remind")
    assert "Your reminders" in plain(menu)
    assert "don't know" not in plain(menu)
