"""The diary's weekly summary end to end: switched on and off by buttons and typed (bad
input changes nothing), sent once at the chosen day and time in the person's zone by the
reminder dispatcher (across a restart too), stopped from the summary itself, listed by
/remind, exported by /mydata, deleted by /forget, and private only.

Time is the test's: the bot's clock is a FakeClock, and passes of the dispatcher are run
explicitly after moving it.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.application import BotApplication, services_of
from diary import wording
from scheduler.planning import DIARY_SUMMARY
from standin import BotApiStandIn
from storage.models import Chat, Delivery, Subscription
from tests.e2e.harness import Person, bot_joins, bot_settings, button_labels, plain, running_bot
from tests.e2e.test_diary import in_berlin
from tests.e2e.test_reminders import run_pass
from tests.support.clock import FakeClock

pytestmark = pytest.mark.e2e

# Sunday 6 Dec 2026, 19:00 in Berlin (NOW is Thursday 3 Dec, 09:30 there).
SUNDAY_19_BERLIN = datetime(2026, 12, 6, 18, 0, tzinfo=UTC)


def summaries_to(standin: BotApiStandIn, chat_id: int) -> list[dict[str, Any]]:
    return [m for m in standin.bot_messages(chat_id) if plain(m).startswith(wording.SUMMARY_TITLE)]


async def summary_row(app: BotApplication, chat_id: int) -> Subscription | None:
    async with services_of(app).db.session() as session:
        return await session.scalar(
            select(Subscription).where(
                Subscription.chat_id == chat_id, Subscription.kind == DIARY_SUMMARY
            )
        )


async def test_switched_on_and_off_by_buttons(
    bot: BotApplication, clock: FakeClock, alice: Person
) -> None:
    await in_berlin(alice, clock)
    diary = await alice.ask("/diary")
    assert "Weekly summary: off" in button_labels(diary)[-1]
    menu = await alice.press(diary, "Weekly summary")
    assert wording.SUMMARY_MENU_OFF in plain(menu)
    menu = await alice.press(menu, "Sun")
    assert "On: Sundays at 19:00, your time (Europe/Berlin). Next: Sun 06 Dec 19:00" in plain(menu)
    assert "✓ Sun" in button_labels(menu) and "✓ 19:00" in button_labels(menu)
    row = await summary_row(bot, alice.chat_id)
    assert row is not None and row.next_due_at == SUNDAY_19_BERLIN
    menu = await alice.press(menu, "20:00")
    assert "Sundays at 20:00" in plain(menu)
    row = await summary_row(bot, alice.chat_id)
    assert row is not None and row.next_due_at == SUNDAY_19_BERLIN.replace(hour=19)
    menu = await alice.press(menu, "Wed")
    assert "Wednesdays at 20:00" in plain(menu) and "Next: Wed 09 Dec 20:00" in plain(menu)
    menu = await alice.press(menu, "Turn off")
    assert wording.SUMMARY_MENU_OFF in plain(menu)
    assert await summary_row(bot, alice.chat_id) is None
    back = await alice.press(menu, "Diary")
    assert "Weekly summary: off" in button_labels(back)[-1]


async def test_typed_settings_and_bad_input_that_changes_nothing(
    bot: BotApplication, clock: FakeClock, alice: Person
) -> None:
    await in_berlin(alice, clock)
    saved = await alice.ask("/diary summary sun 19:00")
    assert "Saved: weekly summary on Sundays at 19:00." in plain(saved)
    before = await summary_row(bot, alice.chat_id)
    assert before is not None
    (times, days, due) = (before.times, before.days, before.next_due_at)

    bad = await alice.ask("/diary summary funday 25:00")
    text = plain(bad)
    assert "“funday” is not a day I know. Did you mean sunday?" in text
    assert "“25:00” is not a time of day." in text
    assert wording.SUMMARY_NOTHING_CHANGED in text and "/diary summary sun 19:00" in text
    after = await summary_row(bot, alice.chat_id)
    assert after is not None and (after.times, after.days, after.next_due_at) == (
        times,
        days,
        due,
    )
    for typed in ("/diary summary weekdays 19:00", "/diary summary sun mon", "/diary summary <b>"):
        refused = await alice.ask(typed)
        assert wording.SUMMARY_NOTHING_CHANGED in plain(refused), typed
    after = await summary_row(bot, alice.chat_id)
    assert after is not None and after.next_due_at == due

    # The time alone keeps the day; /remind lists it with the reminders.
    assert "Sundays at 08:30" in plain(await alice.ask("/diary summary 8:30am"))
    assert "Weekly diary summary: 08:30 (Sun)" in plain(await alice.ask("/remind"))

    assert plain(await alice.ask("/diary summary off")) == wording.SUMMARY_TURNED_OFF
    assert plain(await alice.ask("/diary summary off")) == wording.SUMMARY_WAS_OFF
    assert await summary_row(bot, alice.chat_id) is None


async def test_exactly_one_summary_arrives_at_the_chosen_time_and_after_a_restart(
    standin: BotApiStandIn,
    tmp_path: Path,
    alice: Person,
    clock: FakeClock,
    bot_database: str,
) -> None:
    settings = bot_settings(standin, tmp_path, database_url=bot_database)
    async with running_bot(settings, clock) as app:
        await in_berlin(alice, clock)
        await alice.ask("/log 7 left calf 3 min woke")
        await alice.ask("/log 4 both feet 30s last night")
        await alice.ask("/log 6 right thigh 2 min yesterday 23:30")
        await alice.ask("/diary summary sun 19:00")
        # A minute before 19:00 in Berlin: nothing yet.
        clock.set(SUNDAY_19_BERLIN.replace(hour=17, minute=59))
        await run_pass(app)
        assert summaries_to(standin, alice.chat_id) == []
        clock.set(SUNDAY_19_BERLIN.replace(second=5))
        await run_pass(app)
        await run_pass(app)
        clock.advance(minutes=20)
        await run_pass(app)
        (summary,) = summaries_to(standin, alice.chat_id)
        assert plain(summary).splitlines() == [
            wording.SUMMARY_TITLE,
            "Mon 30 Nov to Sun 6 Dec",
            "3 cramps logged",
            "Nights a cramp woke you: 1",
            "Worst: 7/10",
            wording.SUMMARY_HINT,
        ]
        row = await summary_row(app, alice.chat_id)
        assert row is not None
        assert row.next_due_at == datetime(2026, 12, 13, 18, 0, tzinfo=UTC)

    # Down over next Sunday's 19:00: sent after the restart, within the grace, once.
    clock.set(datetime(2026, 12, 13, 18, 10, tzinfo=UTC))
    async with running_bot(settings, clock) as app:
        await run_pass(app)
        await run_pass(app)
        later = summaries_to(standin, alice.chat_id)
        assert len(later) == 2
        assert "Mon 7 Dec to Sun 13 Dec" in plain(later[1])
        # The diary began on Wednesday 2 Dec: the week before is not compared (a part-week).
        assert wording.SUMMARY_NONE in plain(later[1]).splitlines()
        async with services_of(app).db.session() as session:
            states = list(
                await session.scalars(select(Delivery.state).where(Delivery.kind == DIARY_SUMMARY))
            )
        assert states == ["sent", "sent"]


async def test_the_summary_can_be_stopped_from_itself(
    bot: BotApplication, standin: BotApiStandIn, clock: FakeClock, alice: Person
) -> None:
    await in_berlin(alice, clock)
    await alice.ask("/diary summary sun 19:00")
    clock.set(SUNDAY_19_BERLIN)
    await run_pass(bot)
    (summary,) = summaries_to(standin, alice.chat_id)
    assert button_labels(summary) == [wording.BUTTON_SUMMARY_STOP]
    stopped = await alice.press(summary, "Stop weekly summaries")
    assert plain(stopped).startswith(wording.SUMMARY_TITLE)
    assert plain(stopped).endswith(wording.SUMMARY_STOPPED)
    assert not button_labels(stopped)
    assert await summary_row(bot, alice.chat_id) is None
    clock.set(datetime(2026, 12, 13, 18, 0, tzinfo=UTC))
    await run_pass(bot)
    assert len(summaries_to(standin, alice.chat_id)) == 1


async def test_quiet_hours_that_skip_its_time_are_said(
    bot: BotApplication, clock: FakeClock, alice: Person
) -> None:
    await in_berlin(alice, clock)
    async with services_of(bot).db.session.begin() as session:
        chat = await session.get(Chat, alice.chat_id)
        assert chat is not None
        chat.quiet_start, chat.quiet_end, chat.quiet_policy = time(18), time(22), "skip"
    said = await alice.ask("/diary summary sun 19:00")
    assert "it will not arrive" in plain(said)
    row = await summary_row(bot, alice.chat_id)
    assert row is not None and row.next_due_at is None


async def test_in_mydata_gone_after_forget_and_private_only(
    bot: BotApplication, standin: BotApiStandIn, clock: FakeClock, alice: Person
) -> None:
    await in_berlin(alice, clock)
    await alice.ask("/diary summary fri 20:00")
    document = (await alice.ask("/mydata"))["document"]
    stored = standin.file(document["file_id"])
    assert stored is not None
    data: dict[str, Any] = json.loads(stored.data)
    (exported,) = [s for s in data["reminder_subscriptions"] if s["kind"] == DIARY_SUMMARY]
    assert exported["times"] == "20:00"
    confirm = await alice.ask("/forget")
    await alice.press(confirm, "Yes, delete")
    assert await summary_row(bot, alice.chat_id) is None

    group = standin.add_group("Runners", admins=[alice.user])
    await bot_joins(standin, group, by=alice.user)
    in_group = Person(standin, alice.user, group)
    answer = await in_group.ask("/diary summary sun 19:00")
    assert plain(answer) == wording.LOG_PRIVATE_ONLY
    assert await summary_row(bot, group.id) is None
