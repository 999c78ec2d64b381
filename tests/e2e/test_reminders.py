"""Reminders end to end: subscribing by menu and by typed command, receiving, each button,
progress, restarts, Telegram's faults, and no duplicate after a crash mid-send.

Time is the test's: the bot's clock is a FakeClock, and passes of the dispatcher are
run explicitly after moving it.
"""

from __future__ import annotations

import asyncio
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import func, select

from bot.application import BotApplication, services_of
from standin import BotApiStandIn, faults
from storage.models import Chat, Delivery, Subscription
from tests.e2e.harness import (
    Person,
    bot_joins,
    bot_settings,
    button_labels,
    dispatcher_of,
    plain,
    run_pass,
    running_bot,
)
from tests.support.clock import FakeClock
from tests.support.postgres import on_both_databases

pytestmark = pytest.mark.e2e

# Monday 23 November 2026, 06:00 UTC = 07:00 in Berlin.
MONDAY = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)


class SimulatedCrash(Exception):
    pass


def reminders_to(standin: BotApiStandIn, chat_id: int) -> list[dict[str, Any]]:
    return [m for m in standin.bot_messages(chat_id) if "Done" in " ".join(button_labels(m))]


async def subscribed_in_berlin(alice: Person, command: str) -> None:
    await alice.ask("/timezone Europe/Berlin")
    saved = await alice.ask(command)
    assert "Saved" in plain(saved), plain(saved)


async def chat_row(app: BotApplication, chat_id: int) -> Chat | None:
    async with services_of(app).db.session() as session:
        return await session.get(Chat, chat_id)


async def count_rows(app: BotApplication, model: Any) -> int:
    async with services_of(app).db.session() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


@on_both_databases
async def test_subscribe_by_menu_and_receive(
    bot: BotApplication, alice: Person, standin: BotApiStandIn, clock: FakeClock
) -> None:
    await alice.ask("/timezone berlin")
    menu = await alice.ask("/remind")
    assert "No reminders yet" in plain(menu)
    water = await alice.press(menu, "Water")
    assert "Pick a schedule" in plain(water)
    menu = await alice.press(water, "Every 2 h")
    assert "every 2 h, 09:00–21:00" in plain(menu)
    assert "Europe/Berlin" in plain(menu)
    clock.set(MONDAY.replace(hour=8))  # 09:00 in Berlin
    await run_pass(bot)
    reminder = reminders_to(standin, alice.chat_id)
    assert len(reminder) == 1
    assert "glass of water" in plain(reminder[0]).lower()
    labels = button_labels(reminder[0])
    assert any("15 min" in label for label in labels) and any("Skip" in label for label in labels)


@on_both_databases
async def test_typed_command_and_done_counts_a_glass(
    bot: BotApplication, alice: Person, standin: BotApiStandIn, clock: FakeClock
) -> None:
    await subscribed_in_berlin(alice, "/remind hydration 09:00 13:00 17:00")
    clock.set(MONDAY.replace(hour=8, minute=0, second=5))
    await run_pass(bot)
    (reminder,) = reminders_to(standin, alice.chat_id)
    done_data = Person.button_data(reminder, "Done")
    done = await alice.press(reminder, "Done")
    assert "1 of 8 glasses today" in plain(done)
    assert done["message_id"] == reminder["message_id"]
    assert not button_labels(done), "a handled reminder keeps no buttons"
    today = await alice.ask("/today")
    assert "Water: 1 of 8 glasses" in plain(today)
    # Pressing an old Done again (a stale client) counts nothing more.
    again = await alice.press_expecting_alert(reminder, done_data)
    assert "Already recorded" in (again.params.get("text") or "")


@on_both_databases
async def test_snooze_brings_it_back_and_skip_today_skips(
    bot: BotApplication, alice: Person, standin: BotApiStandIn, clock: FakeClock
) -> None:
    await subscribed_in_berlin(alice, "/remind hydration 09:00 13:00 17:00")
    clock.set(MONDAY.replace(hour=8, minute=1))
    await run_pass(bot)
    (first,) = reminders_to(standin, alice.chat_id)
    snoozed = await alice.press(first, "15 min")
    assert "Snoozed until 09:16" in plain(snoozed)
    clock.advance(minutes=10)
    await run_pass(bot)
    assert reminders_to(standin, alice.chat_id) == [], "not yet: snoozed for 15 minutes"
    clock.advance(minutes=6)
    await run_pass(bot)
    (second,) = reminders_to(standin, alice.chat_id)
    skipped = await alice.press(second, "Skip today")
    assert "Skipped for today" in plain(skipped)
    clock.set(MONDAY.replace(hour=17))  # 13:00 and 17:00 Berlin have passed
    await run_pass(bot)
    assert reminders_to(standin, alice.chat_id) == []
    clock.set(MONDAY.replace(hour=8, minute=0, second=1) + timedelta(days=1))
    await run_pass(bot)
    assert len(reminders_to(standin, alice.chat_id)) == 1


async def test_week_sends_a_real_png(
    bot: BotApplication, alice: Person, standin: BotApiStandIn
) -> None:
    photo = await alice.ask("/week")
    assert "photo" in photo and "Last 7 days" in plain(photo)
    upload = next(f for f in standin.uploaded_files() if f.kind == "photo")
    assert upload.data.startswith(b"\x89PNG\r\n\x1a\n")
    image = Image.open(io.BytesIO(upload.data))
    assert image.format == "PNG" and image.size[0] >= 600


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("/remind hydration 25:99", "not a time of day"),
        ("/remind hydration every 0h", "every"),
        (
            "/remind "
            + "hydration "
            + " ".join(f"{h:02d}:{m:02d}" for h in range(13) for m in (0, 30)),
            "24",
        ),
        ("/remind hydratoin 09:00", "hydration"),
    ],
)
async def test_invalid_input_explains_and_changes_nothing(
    bot: BotApplication, alice: Person, text: str, problem: str
) -> None:
    answer = plain(await alice.ask(text))
    assert problem in answer
    assert "/remind hydration 09:00 13:00 17:00" in answer, "the accepted forms are shown"
    assert await count_rows(bot, Subscription) == 0


async def test_unknown_zone_gets_suggestions_and_changes_nothing(
    bot: BotApplication, alice: Person
) -> None:
    answer = await alice.ask("/timezone Berln")
    assert "Europe/Berlin".replace("_", " ") in " ".join(button_labels(answer))
    nothing = await alice.ask("/timezone qwertyuiop")
    assert "don't know the time zone" in plain(nothing)
    chat = await chat_row(bot, alice.chat_id)
    assert chat is None or chat.timezone == "UTC"


@on_both_databases
async def test_reminder_due_during_downtime_is_sent_after_restart(
    standin: BotApiStandIn, tmp_path: Path, alice: Person, clock: FakeClock, bot_database: str
) -> None:
    settings = bot_settings(standin, tmp_path, database_url=bot_database)
    async with running_bot(settings, clock):
        await subscribed_in_berlin(alice, "/remind stretching 07:30")
        await alice.ask("/remind minerals 06:40")
    # Down from 06:00 to 06:45 UTC: 07:30 Berlin (06:30 UTC) is 15 min late, within
    # the grace; 06:40 Berlin (05:40 UTC) was before the outage and is next tomorrow.
    clock.set(MONDAY.replace(hour=6, minute=45))
    async with running_bot(settings, clock) as app:
        await run_pass(app)
        assert len(reminders_to(standin, alice.chat_id)) == 1
        await run_pass(app)
        assert len(reminders_to(standin, alice.chat_id)) == 1
    # Down for a whole day: the missed 07:30 is skipped (far past the grace), not replayed.
    clock.set(MONDAY.replace(hour=9) + timedelta(days=1))
    async with running_bot(settings, clock) as app:
        await run_pass(app)
        assert len(reminders_to(standin, alice.chat_id)) == 1


@on_both_databases
async def test_no_duplicate_after_a_crash_between_send_and_record(
    standin: BotApiStandIn,
    tmp_path: Path,
    alice: Person,
    clock: FakeClock,
    bot_database: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = bot_settings(standin, tmp_path, database_url=bot_database)
    async with running_bot(settings, clock) as app:
        await subscribed_in_berlin(alice, "/remind stretching 07:30")
        clock.set(MONDAY.replace(hour=6, minute=30))
        dispatcher = dispatcher_of(app)
        await dispatcher.wait_idle()

        async def crash(*args: object, **kwargs: object) -> None:
            raise SimulatedCrash("killed after the send, before the record")

        monkeypatch.setattr("scheduler.dispatcher.record", crash)
        with pytest.raises(SimulatedCrash):
            await dispatcher.run_pass()
    assert len(reminders_to(standin, alice.chat_id)) == 1
    async with running_bot(settings, clock) as app:
        await run_pass(app)
        await run_pass(app)
        async with services_of(app).db.session() as session:
            state = await session.scalar(select(Delivery.state))
    assert state == "uncertain"
    assert len(reminders_to(standin, alice.chat_id)) == 1


async def test_429_is_honoured_and_delivered_once(
    bot: BotApplication, alice: Person, standin: BotApiStandIn, clock: FakeClock
) -> None:
    await subscribed_in_berlin(alice, "/remind stretching 07:30")
    standin.inject("sendMessage", alice.chat_id, fault=faults.too_many_requests(1), times=2)
    clock.set(MONDAY.replace(hour=6, minute=30))
    await run_pass(bot)
    assert len(reminders_to(standin, alice.chat_id)) == 1
    assert len([c for c in standin.calls_to("sendMessage") if c.fault]) == 2


@on_both_databases
async def test_5xx_is_retried_on_the_next_pass(
    bot: BotApplication, alice: Person, standin: BotApiStandIn, clock: FakeClock
) -> None:
    await subscribed_in_berlin(alice, "/remind stretching 07:30")
    standin.inject("sendMessage", alice.chat_id, fault=faults.server_error(502), times=1)
    clock.set(MONDAY.replace(hour=6, minute=30))
    await run_pass(bot)
    await run_pass(bot)
    assert len(reminders_to(standin, alice.chat_id)) == 1


async def test_blocked_user_is_deactivated_and_reactivated(
    bot: BotApplication, alice: Person, standin: BotApiStandIn, clock: FakeClock
) -> None:
    await subscribed_in_berlin(alice, "/remind stretching 07:30")
    standin.block_bot(alice.user)
    clock.set(MONDAY.replace(hour=6, minute=30))
    await run_pass(bot)
    chat = await chat_row(bot, alice.chat_id)
    assert chat is not None and not chat.active
    assert "blocked" in (chat.inactive_reason or "")
    standin.unblock_bot(alice.user)
    await standin.wait_for(lambda c: c.method == "getUpdates" and c.ok and c.result, timeout=5)
    for _ in range(50):
        chat = await chat_row(bot, alice.chat_id)
        if chat is not None and chat.active:
            break
        await asyncio.sleep(0.05)
    assert chat is not None and chat.active
    clock.advance(days=1)
    await run_pass(bot)
    assert len(reminders_to(standin, alice.chat_id)) == 1


async def test_chat_not_found_deactivates(
    bot: BotApplication, alice: Person, standin: BotApiStandIn, clock: FakeClock
) -> None:
    await subscribed_in_berlin(alice, "/remind stretching 07:30")
    standin.inject(
        "sendMessage", alice.chat_id, fault=faults.bad_request("chat not found"), times=1
    )
    clock.set(MONDAY.replace(hour=6, minute=30))
    await run_pass(bot)
    chat = await chat_row(bot, alice.chat_id)
    assert chat is not None and not chat.active


@on_both_databases
async def test_group_migration_moves_the_reminder_to_the_new_id(
    bot: BotApplication, standin: BotApiStandIn, clock: FakeClock
) -> None:
    from scheduler.planning import Schedule
    from scheduler.subscriptions import set_schedule
    from storage.chats import ensure_chat

    admin = standin.add_user("Gina")
    group = standin.add_group("Runners", admins=[admin])
    await bot_joins(standin, group, by=admin)
    svc = services_of(bot)
    async with svc.db.session.begin() as session:
        chat = await ensure_chat(session, group.id, "group", clock())
        await set_schedule(session, chat, Schedule("stretching", (MONDAY.time(),)), clock())
    # The group is upgraded while the bot is not looking (its update not yet read).
    supergroup = standin.migrate_group(group)
    clock.advance(days=1)
    await run_pass(bot)
    await run_pass(bot)
    assert reminders_to(standin, supergroup.id), "the reminder is re-sent at the new id"
    async with svc.db.session() as session:
        assert await session.get(Chat, supergroup.id) is not None
        assert await session.get(Chat, group.id) is None


async def test_timezone_from_shared_location_and_from_local_time(
    bot: BotApplication, alice: Person, standin: BotApiStandIn, clock: FakeClock
) -> None:
    await alice.ask("/timezone")
    # Reply keyboards are not part of the returned Message: read what the bot asked for.
    keyboard = standin.calls_to("sendMessage")[-1].params["reply_markup"]["keyboard"]
    assert keyboard[0][0].get("request_location") is True
    mark = alice._mark()
    standin.user_sends_location(alice.user, alice.chat, 52.52, 13.405)  # Berlin
    (answer,) = await alice._outputs(mark, 1, timeout=5.0)
    assert "Europe/Berlin" in plain(answer)
    # "What time is it for you?" 07:00 at 06:00 UTC in November: UTC+1.
    guess = await alice.ask("/timezone 07:00")
    labels = " ".join(button_labels(guess))
    assert "Europe/Paris" in labels or "Europe/Berlin" in labels
    chosen = await alice.press(guess, "Europe/")
    assert "Time zone set" in plain(chosen)


async def test_quiet_hours_and_pregnancy_profile(
    bot: BotApplication, alice: Person, standin: BotApiStandIn, clock: FakeClock
) -> None:
    await alice.ask("/timezone UTC")
    assert "22:00–07:00" in plain(await alice.ask("/settings quiet 22:00-07:00"))
    settings = await alice.ask("/settings profile pregnancy")
    assert "Pregnancy" in plain(settings)
    bad = await alice.ask("/settings goal 99")
    assert "between 1 and 30" in plain(bad)
    await alice.ask("/remind minerals 06:30")  # inside quiet hours: comes at 07:00
    clock.set(MONDAY.replace(hour=6, minute=45))
    await run_pass(bot)
    assert reminders_to(standin, alice.chat_id) == []
    clock.set(MONDAY.replace(hour=7, minute=0, second=1))
    await run_pass(bot)
    (reminder,) = reminders_to(standin, alice.chat_id)
    text = plain(reminder).lower()
    assert any(word in text for word in ("midwife", "gp", "pharmacist"))


async def test_start_reactivates_a_chat_that_had_blocked_the_bot(
    bot: BotApplication, alice: Person, standin: BotApiStandIn, clock: FakeClock
) -> None:
    await subscribed_in_berlin(alice, "/remind stretching 07:30")
    async with services_of(bot).db.session.begin() as session:
        chat = await session.get(Chat, alice.chat_id)
        assert chat is not None
        chat.active, chat.inactive_reason = False, "Forbidden: bot was blocked by the user"
    await alice.say("/start", replies=2)
    chat = await chat_row(bot, alice.chat_id)
    assert chat is not None and chat.active
