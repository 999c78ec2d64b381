"""A first hour with the bot that never stumbles (issue 11), end to end: preset labels that
say what they save, reminders quiet hours would skip, a typed schedule that replaces
another, stop-all ending a pause, counting a glass in /today, snoozing into quiet hours,
the quiet-hour buttons marking the choice, one-line answers to typed /setup, and time
zones: the answer after /timezone's question, city and country, local times, offsets.

Time is the test's: the bot's clock is a FakeClock.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.application import BotApplication, services_of
from scheduler.planning import KINDS, PROFILES
from scheduler.presets import preset_keys, preset_schedule
from standin import BotApiStandIn
from storage.models import Delivery, Subscription
from tests.e2e.harness import Person, bot_joins, bot_settings, button_labels, plain, running_bot
from tests.e2e.test_reminders import MONDAY, chat_row, reminders_to, run_pass
from tests.support.clock import FakeClock
from tests.support.sqlite_faults import failing_once

pytestmark = pytest.mark.e2e


async def subscription(app: BotApplication, chat_id: int, kind: str) -> Subscription | None:
    async with services_of(app).db.session() as session:
        found: Subscription | None = await session.scalar(
            select(Subscription).where(Subscription.chat_id == chat_id, Subscription.kind == kind)
        )
        return found


# -- 1. preset labels come from what each preset saves -----------------------------------


@pytest.mark.parametrize("profile", PROFILES)
async def test_every_preset_button_saves_what_its_label_says(
    bot: BotApplication, alice: Person, profile: str
) -> None:
    await alice.ask("/timezone Europe/Berlin")
    await alice.ask(f"/settings profile {profile}")
    for kind in KINDS:
        for key in preset_keys(kind):
            menu = await alice.ask("/remind")
            kind_menu = await alice.press(menu, f"{_kind_word(kind)}:")
            label = button_labels(kind_menu)[preset_keys(kind).index(key)]
            await alice.press(kind_menu, label)
            sub = await subscription(bot, alice.chat_id, kind)
            assert sub is not None
            expected = preset_schedule(kind, key, profile)  # type: ignore[arg-type]
            assert expected is not None
            saved = sub.times.split(",")
            assert saved == [f"{t:%H:%M}" for t in expected.times], (kind, key, profile)
            if sub.every_hours:
                assert sub.window_start is not None and sub.window_end is not None
                assert f"{sub.window_start:%H:%M}–{sub.window_end:%H:%M}" in label, label
            else:
                assert all(t in label for t in saved), (label, saved)


async def test_pregnancy_water_preset_says_and_saves_09_to_19(
    bot: BotApplication, alice: Person
) -> None:
    await alice.ask("/settings profile pregnancy")
    water = await alice.press(await alice.ask("/remind"), "Water")
    assert "Every 2 h, 09:00–19:00" in button_labels(water)
    assert not any("21:00" in label for label in button_labels(water))
    menu = await alice.press(water, "Every 2 h, 09:00–19:00")
    assert "every 2 h, 09:00–19:00" in plain(menu)


async def test_group_setup_presets_follow_the_groups_profile(
    bot: BotApplication, standin: BotApiStandIn
) -> None:
    gina = standin.add_user("Gina")
    group = standin.add_group("Bump club", admins=[gina])
    await bot_joins(standin, group, by=gina)
    admin = Person(standin, gina, group)
    await admin.ask("/setup profile pregnancy")
    panel = await admin.ask("/setup")
    water = await admin.press(panel, "Water")
    assert "Every 2 h, 09:00–19:00" in button_labels(water)
    await admin.press(water, "Every 2 h, 09:00–19:00")
    sub = await subscription(bot, group.id, "hydration")
    assert sub is not None and (sub.window_start, sub.window_end) == (time(9), time(19))


def _kind_word(kind: str) -> str:
    return {"hydration": "Water", "stretching": "Stretching", "minerals": "Minerals"}[kind]


# -- 2. a reminder quiet hours would skip --------------------------------------------------


async def test_a_reminder_inside_skipping_quiet_hours_says_why_and_offers_a_way_out(
    bot: BotApplication, alice: Person
) -> None:
    await alice.ask("/timezone UTC")
    await alice.ask("/settings quiet 22:00-07:00")
    await alice.ask("/settings quiet skip")
    answer = await alice.ask("/remind stretching 23:00")
    text = plain(answer)
    assert "will never come" in text and "22:00–07:00" in text, text
    labels = " ".join(button_labels(answer))
    assert "quiet hours end" in labels and "Change quiet hours" in labels
    assert "another time" in labels
    # Some times only: those are named.
    partly = plain(await alice.ask("/remind hydration every 2h 06:00-22:00"))
    assert "06:00 and 22:00 are inside your quiet hours" in partly, partly
    # The way out: reminders due in quiet hours come when they end.
    settings = await alice.press(answer, "quiet hours end")
    assert "come when they end" in plain(settings)
    sub = await subscription(bot, alice.chat_id, "stretching")
    assert sub is not None and sub.next_due_at is not None


async def test_change_quiet_hours_and_pick_another_time_buttons(
    bot: BotApplication, alice: Person
) -> None:
    await alice.ask("/settings quiet 21:00-06:00")
    await alice.ask("/settings quiet skip")
    water = await alice.press(await alice.ask("/remind"), "Stretching")
    answer = await alice.press(water, "Evening 21:30")
    assert "will never come" in plain(answer)
    settings = await alice.press(answer, "Change quiet hours")
    assert "Quiet hours" in plain(settings) and "will not come" in plain(settings)
    answer = await alice.ask("/remind stretching 21:45")
    kind_menu = await alice.press(answer, "another time")
    assert "Pick a schedule" in plain(kind_menu)


# -- 3. a typed schedule replaces the old one, and says so -------------------------------


async def test_typed_schedule_says_what_it_replaced_and_how_to_keep_both(
    bot: BotApplication, alice: Person
) -> None:
    await alice.ask("/remind hydration every 2h 08:00-20:00")
    answer = plain(await alice.ask("/remind water at 9pm"))
    assert "Replaced" in answer and "every 2 h, 08:00–20:00" in answer, answer
    keep_both = "/remind hydration 08:00 10:00 12:00 14:00 16:00 18:00 20:00 21:00"
    assert keep_both in answer, answer
    await alice.ask(keep_both)
    sub = await subscription(bot, alice.chat_id, "hydration")
    assert sub is not None and sub.times.endswith("20:00,21:00")


# -- 4. stop all ends a pause ----------------------------------------------------------------


async def test_stop_all_also_ends_the_pause(bot: BotApplication, alice: Person) -> None:
    await alice.ask("/timezone Europe/Berlin")
    await alice.ask("/remind stretching 21:30")
    await alice.ask("/remind pause 3d")
    await alice.ask("/stop")
    row = await chat_row(bot, alice.chat_id)
    assert row is not None and row.paused_until is None
    again = plain(await alice.ask("/remind stretching 21:30"))
    assert "Next: Mon 23 Nov 21:30" in again, again


# -- 6. counting a glass without a reminder ------------------------------------------------


async def test_today_counts_a_glass_by_button_and_typed(bot: BotApplication, alice: Person) -> None:
    today = await alice.ask("/today")
    assert "Water: 0 of 8 glasses" in plain(today)
    today = await alice.press(today, "+1 glass")
    assert "Water: 1 of 8 glasses" in plain(today)
    typed = await alice.ask("/today water 2")
    assert "Water: 3 of 8 glasses" in plain(typed)
    assert "Stretches: 1" in plain(await alice.press(typed, "+1 stretch"))
    assert "/today water" in plain(await alice.ask("/today lots"))


# -- 7. snoozing into quiet hours; the quiet-hour buttons mark the choice ---------------------


async def test_a_snooze_never_lands_inside_quiet_hours(
    bot: BotApplication, alice: Person, standin: BotApiStandIn, clock: FakeClock
) -> None:
    await alice.ask("/timezone UTC")
    await alice.ask("/settings quiet 22:00-07:00")
    await alice.ask("/settings quiet skip")
    await alice.ask("/remind hydration 21:50")
    clock.set(MONDAY.replace(hour=21, minute=50, second=1))
    await run_pass(bot)
    (reminder,) = reminders_to(standin, alice.chat_id)
    snoozed = await alice.press(reminder, "15 min")
    assert "quiet hours" in plain(snoozed) and "07:00" in plain(snoozed), plain(snoozed)
    async with services_of(bot).db.session() as session:
        due = await session.scalar(select(Delivery.due_at).where(Delivery.state == "scheduled"))
    assert due == datetime(2026, 11, 24, 7, 0, tzinfo=UTC)


async def test_quiet_hour_buttons_mark_the_current_choice(
    bot: BotApplication, alice: Person
) -> None:
    settings = await alice.ask("/settings quiet 22:00-07:00")
    labels = button_labels(settings)
    assert "● 🌙 Quiet 22–07" in labels and "○ 🌙 Quiet 23–08" in labels
    assert "○ 🌙 No quiet hours" in labels
    assert any(label.startswith("● ") and "move to the end" in label for label in labels)
    settings = await alice.press(settings, "Quiet 23–08")
    labels = button_labels(settings)
    assert "● 🌙 Quiet 23–08" in labels and "○ 🌙 Quiet 22–07" in labels
    settings = await alice.press(settings, "Quiet hours: skip")
    assert any(label.startswith("● ") and "skip" in label for label in button_labels(settings))


# -- 8. typed /setup in a group: one line ---------------------------------------------------


async def test_typed_setup_in_a_group_is_answered_in_one_line(
    bot: BotApplication, standin: BotApiStandIn
) -> None:
    gina = standin.add_user("Gina")
    group = standin.add_group("Runners", admins=[gina])
    await bot_joins(standin, group, by=gina)
    admin = Person(standin, gina, group)
    for command, said in (
        ("/setup profile fitness", "Profile set: Fitness."),
        ("/setup remind stretching 19:30", "Saved: 🧘 Stretching 19:30"),
        ("/setup remind stretching 20:00", "Replaced: 🧘 Stretching was 19:30"),
        ("/setup timezone Lisbon", "Time zone set"),
    ):
        answer = await admin.ask(command)
        assert said in plain(answer), plain(answer)
        assert "\n" not in plain(answer).strip() and not button_labels(answer), plain(answer)
    panel = await admin.ask("/setup")
    assert "Group setup" in plain(panel) and button_labels(panel)


# -- 9. the answer to /timezone's question --------------------------------------------------


async def test_the_message_after_the_timezone_question_is_the_answer(
    bot: BotApplication, alice: Person
) -> None:
    await alice.ask("/timezone")
    row = await chat_row(bot, alice.chat_id)
    assert row is not None and row.awaiting == "timezone", "remembered in the database"
    answer = plain(await alice.ask("Berlin"))
    assert "Time zone set" in answer and "Europe/Berlin" in answer, answer
    row = await chat_row(bot, alice.chat_id)
    assert row is not None and row.timezone == "Europe/Berlin" and row.awaiting is None
    # Only the next message: after another command, a place name is a question again.
    await alice.ask("/timezone")
    await alice.ask("/help")
    await question_closed(bot, alice.chat_id)
    assert "Time zone set" not in plain(await alice.ask("Lisbon"))


async def question_closed(app: BotApplication, chat_id: int) -> None:
    """The question is closed right after the other message's handler has answered (a
    person cannot type faster than that; a test can)."""
    for _ in range(250):
        row = await chat_row(app, chat_id)
        if row is not None and row.awaiting is None:
            return
        await asyncio.sleep(0.02)
    raise AssertionError("the question stayed open after another message")


async def test_the_question_survives_a_restart(
    standin: BotApiStandIn, tmp_path: Path, alice: Person, clock: FakeClock
) -> None:
    settings = bot_settings(standin, tmp_path)
    async with running_bot(settings, clock):
        await alice.ask("/timezone")
    async with running_bot(settings, clock):
        answer = plain(await alice.ask("Lisbon"))
    assert "Time zone set" in answer and "Europe/Lisbon" in answer, answer


async def test_an_emergency_in_answer_to_the_timezone_question_comes_first(
    bot: BotApplication, alice: Person
) -> None:
    emergency = "I have chest pain and I can't breathe"
    assert services_of(bot).assistant.answer(emergency).urgent
    await alice.ask("/timezone")
    answer = plain(await alice.ask(emergency))
    assert "112" in answer and "Time zone" not in answer, answer
    row = await chat_row(bot, alice.chat_id)
    assert row is not None and not row.timezone_set


async def test_a_busy_database_never_keeps_the_emergency_advice_back(
    bot: BotApplication, alice: Person
) -> None:
    emergency = "I have chest pain and I can't breathe"
    await alice.ask("/timezone")
    with failing_once(services_of(bot).db, "awaiting") as failed:
        answer = plain(await alice.ask(emergency))
    assert failed, "the open question could not be read"
    assert "112" in answer, answer


async def test_city_and_country(bot: BotApplication, alice: Person) -> None:
    assert "Europe/Paris" in plain(await alice.ask("/timezone paris france"))
    assert "Australia/Sydney" in plain(await alice.ask("/timezone Sydney Australia"))
    await alice.ask("/timezone")
    assert "America/New_York" in plain(await alice.ask("new york usa"))


# -- 10, 11. a local time within 15 minutes; offsets as typed -------------------------------


async def test_a_local_time_matches_clocks_within_15_minutes(
    bot: BotApplication, alice: Person, clock: FakeClock
) -> None:
    clock.set(MONDAY.replace(hour=13, minute=27))  # 14:27 in Berlin
    guess = await alice.ask("/timezone 14:35")
    labels = button_labels(guess)
    assert labels and labels[0] == "Europe/Berlin", labels


async def test_an_offset_is_shown_as_typed_and_not_said_to_follow_daylight_saving(
    bot: BotApplication, alice: Person
) -> None:
    answer = plain(await alice.ask("/timezone UTC+2"))
    assert "UTC+2" in answer and "Etc/" not in answer, answer
    assert "daylight saving included" not in answer and "fixed offset" in answer
    settings = plain(await alice.ask("/settings"))
    assert "UTC+2" in settings and "Etc/" not in settings
    utc = plain(await alice.ask("/timezone UTC"))
    assert "daylight saving included" not in utc
    tokyo = plain(await alice.ask("/timezone Tokyo"))
    assert "Asia/Tokyo" in tokyo and "daylight saving" not in tokyo
    berlin = plain(await alice.ask("/timezone Berlin"))
    assert "daylight saving included" in berlin
