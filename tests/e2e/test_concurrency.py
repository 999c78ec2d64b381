"""Updates that arrive together: one chat's are handled one after another in Telegram's
order, different chats' in parallel, and every write that creates a row is an upsert, so
nothing fails with a unique-constraint error and no count is lost."""

from __future__ import annotations

import asyncio
import signal
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot import texts
from bot.application import BotApplication, services_of
from bot.handlers.errors import SORRY
from standin import BotApiStandIn
from standin.remote import RemoteStandIn
from storage.models import Activity, Chat, Subscription
from tests.e2e.harness import MESSAGE_METHODS, TOKEN, Person, plain, require_spec
from tests.e2e.test_process import START_TIMEOUT, start_bot, wait_until
from tests.e2e.test_reminders import MONDAY, reminders_to, run_pass
from tests.support.clock import FakeClock
from tests.support.sqlite_faults import locked

pytestmark = pytest.mark.e2e


def outputs_to(standin: BotApiStandIn, chat_id: int) -> list[dict[str, Any]]:
    return [
        c.result
        for c in standin.calls
        if c.ok and c.method in MESSAGE_METHODS and str(c.chat_id) == str(chat_id)
    ]


async def until(check: Any, timeout: float = 15.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not check():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.05)


def no_errors(standin: BotApiStandIn, chat_id: int) -> None:
    shown = [plain(m) for m in outputs_to(standin, chat_id)]
    assert not [t for t in shown if t in (SORRY, texts.DATABASE_BUSY)], shown


async def test_twenty_new_people_sending_two_commands_at_once_keep_both(
    bot: BotApplication, standin: BotApiStandIn, clock: FakeClock
) -> None:
    clock.set(MONDAY)
    people = []
    for n in range(20):
        user = standin.add_user(f"P{n}", language_code="en")
        people.append(Person(standin, user, standin.private_chat(user)))
    for person in people:  # all in one getUpdates batch
        standin.user_sends(person.user, person.chat, "/timezone Europe/Berlin")
        standin.user_sends(person.user, person.chat, "/remind hydration 09:00")
    await until(lambda: all(len(outputs_to(standin, p.chat_id)) >= 2 for p in people))
    berlin_nine = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    async with services_of(bot).db.session() as session:
        for person in people:
            no_errors(standin, person.chat_id)
            first, second = outputs_to(standin, person.chat_id)[:2]
            assert "Europe/Berlin" in plain(first), "in the order they were sent"
            assert "Saved" in plain(second)
            chat = await session.get(Chat, person.chat_id)
            assert chat is not None and chat.timezone == "Europe/Berlin"
            sub = await session.scalar(
                select(Subscription).where(Subscription.chat_id == person.chat_id)
            )
            assert sub is not None and sub.kind == "hydration"
            assert sub.next_due_at == berlin_nine.astimezone(UTC), "planned in Berlin time"


async def test_two_settings_at_once(
    bot: BotApplication, alice: Person, standin: BotApiStandIn
) -> None:
    standin.user_sends(alice.user, alice.chat, "/settings")
    standin.user_sends(alice.user, alice.chat, "/settings")
    await until(lambda: len(outputs_to(standin, alice.chat_id)) >= 2)
    no_errors(standin, alice.chat_id)
    assert all("Settings" in plain(m) for m in outputs_to(standin, alice.chat_id))


async def test_a_double_tapped_preset_saves_once(
    bot: BotApplication, alice: Person, standin: BotApiStandIn
) -> None:
    menu = await alice.ask("/remind")
    water = await alice.press(menu, "Water")
    data = Person.button_data(water, "Every 2 h")
    mark = standin.calls[-1].seq
    standin.press_button(alice.user, water, data)
    standin.press_button(alice.user, water, data)
    await until(
        lambda: (
            len([c for c in standin.calls if c.seq > mark and c.method == "answerCallbackQuery"])
            >= 2
        )
    )
    await asyncio.sleep(0.3)
    no_errors(standin, alice.chat_id)
    answers = [c for c in standin.calls if c.seq > mark and c.method == "answerCallbackQuery"]
    assert all(c.ok for c in answers)
    async with services_of(bot).db.session() as session:
        subs = list(await session.scalars(select(Subscription)))
    assert [s.kind for s in subs] == ["hydration"]


async def test_six_done_presses_at_once_count_exactly_six(
    bot: BotApplication, alice: Person, standin: BotApiStandIn, clock: FakeClock
) -> None:
    clock.set(MONDAY.replace(hour=5))
    await alice.ask("/timezone UTC")
    times = "06:00 07:00 08:00 09:00 10:00 11:00"
    assert "Saved" in plain(await alice.ask(f"/remind hydration {times}"))
    for hour in range(6, 12):
        clock.set(MONDAY.replace(hour=hour, minute=0, second=5))
        await run_pass(bot)
    reminders = reminders_to(standin, alice.chat_id)
    assert len(reminders) == 6
    mark = standin.calls[-1].seq
    for reminder in reminders:
        standin.press_button(alice.user, reminder, Person.button_data(reminder, "Done"))
    await until(
        lambda: (
            len([c for c in standin.calls if c.seq > mark and c.method == "answerCallbackQuery"])
            >= 6
        )
    )
    no_errors(standin, alice.chat_id)
    async with services_of(bot).db.session() as session:
        counts = list(await session.scalars(select(Activity.count)))
    assert counts == [6]


def test_an_update_interrupted_by_a_kill_is_handled_after_restart(tmp_path: Path) -> None:
    """kill -9 while a command waits on a locked database: Telegram was not told the
    update was handled, so the next start handles it, once."""
    require_spec()
    with RemoteStandIn(TOKEN) as standin:
        bot = start_bot(standin.base_url, tmp_path)
        try:
            wait_until(lambda: standin.get("calls", method="setMyCommands")["calls"], START_TIMEOUT)
            user = standin.post("users", first_name="Pat")
            chat = user["id"]
            standin.post("user_sends", user_id=chat, chat_id=chat, text="/timezone UTC")
            wait_until(lambda: standin.get("bot_messages/count", chat_id=chat)["count"] == 1)
            with locked(tmp_path / "bot.db"):
                standin.post(
                    "user_sends", user_id=chat, chat_id=chat, text="/remind hydration 09:00"
                )
                time.sleep(2.5)  # fetched, waiting on the lock; several polls since
                assert standin.get("updates")["updates"], "not confirmed while unhandled"
                bot.kill()
                bot.wait(timeout=10)
            assert standin.get("bot_messages/count", chat_id=chat)["count"] == 1
            bot = start_bot(standin.base_url, tmp_path)
            wait_until(lambda: standin.get("bot_messages/count", chat_id=chat)["count"] >= 2)
            time.sleep(2.5)  # more polls: it must not come twice
            texts_sent = [m["text"] for m in standin.get("bot_messages", chat_id=chat)["messages"]]
            assert len(texts_sent) == 2 and "Saved" in texts_sent[1], texts_sent
            bot.send_signal(signal.SIGTERM)
            bot.wait(timeout=15)
        finally:
            if bot.poll() is None:
                bot.kill()
    with sqlite3.connect(tmp_path / "bot.db") as db:
        assert db.execute("SELECT count(*) FROM subscriptions").fetchone() == (1,)
