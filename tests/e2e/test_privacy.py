"""/mydata and /forget end to end: the file holds everything about the person and nothing
about anyone else; /forget (confirmed) deletes every row about them, reminders included,
and leaves everyone else alone; nothing personal ever goes into a group."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select

from bot import texts
from bot.application import BotApplication, services_of
from standin import BotApiStandIn
from storage.models import Base
from tests.e2e.harness import Person, bot_joins, button_labels, buttons, plain, run_pass
from tests.support.clock import FakeClock

pytestmark = pytest.mark.e2e

MONDAY = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)  # 07:00 in Berlin
PERSON_COLUMNS = ("user_id", "chat_id")


async def rows_about(app: BotApplication, person_id: int) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table whose user_id or chat_id is this person's id, but the
    conversations in progress: a /forget prompt is recorded there by the very command
    these tests send (it is deleted with the rest; test_forget_ends_its_own_prompt)."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    async with services_of(app).db.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if table.name == "conversations":
                continue
            for name in PERSON_COLUMNS:
                if name in table.c:
                    query = select(table).where(table.c[name] == person_id)
                    rows = [tuple(row) for row in await connection.execute(query)]
                    if rows:
                        found[f"{table.name}.{name}"] = rows
    return found


async def give_data(person: Person) -> None:
    """Settings, a subscription and a symptom check."""
    await person.ask("/timezone Europe/Berlin")
    await person.ask("/settings goal 9")
    await person.ask("/remind hydration 09:00 13:00 17:00")
    _, first = await person.say("/triage", replies=2)
    await person.press(first, "Yes, at least one")


@pytest.fixture
def bob(standin: BotApiStandIn) -> Person:
    user = standin.add_user("Bob", username="bob")
    return Person(standin, user, standin.private_chat(user))


async def people_with_data(
    bot: BotApplication, standin: BotApiStandIn, clock: FakeClock, alice: Person, bob: Person
) -> None:
    clock.set(MONDAY)
    await give_data(alice)
    await give_data(bob)
    clock.set(MONDAY.replace(hour=8, minute=0, second=5))  # 09:00 in Berlin: both due
    await run_pass(bot)
    for person in (alice, bob):  # each marks their reminder done
        reminder = [m for m in standin.bot_messages(person.chat_id) if "Done" in str(m)][-1]
        await person.press(reminder, "Done")


async def test_mydata_sends_a_json_file_with_everything_about_the_person_only(
    bot: BotApplication, standin: BotApiStandIn, clock: FakeClock, alice: Person, bob: Person
) -> None:
    await people_with_data(bot, standin, clock, alice, bob)
    message = await alice.ask("/mydata")
    document = message["document"]
    assert document["file_name"] == texts.MYDATA_FILENAME
    assert document["mime_type"] == "application/json"
    stored = standin.file(document["file_id"])
    assert stored is not None
    data = json.loads(stored.data)
    assert data["user_id"] == alice.chat_id
    assert data["chat_settings"]["timezone"] == "Europe/Berlin"
    assert data["chat_settings"]["hydration_goal"] == 9
    assert [s["kind"] for s in data["reminder_subscriptions"]] == ["hydration"]
    assert [s["times"] for s in data["reminder_subscriptions"]] == ["09:00,13:00,17:00"]
    assert len(data["reminders_sent"]) == 1 and data["reminders_sent"][0]["state"] == "sent"
    assert data["activity"][0]["kind"] == "hydration" and data["activity"][0]["count"] == 1
    assert len(data["done_marks"]) == 1
    assert [t["level"] for t in data["symptom_checks"]] == ["emergency"]
    assert str(bob.chat_id) not in stored.data.decode()
    # Nothing about Alice went to Bob.
    assert all("document" not in m for m in standin.bot_messages(bob.chat_id))


async def test_forget_deletes_every_row_about_the_person_and_nothing_else(
    bot: BotApplication, standin: BotApiStandIn, clock: FakeClock, alice: Person, bob: Person
) -> None:
    await people_with_data(bot, standin, clock, alice, bob)
    before = await rows_about(bot, alice.chat_id)
    assert {"chats.chat_id", "subscriptions.chat_id", "deliveries.chat_id"} <= set(before)
    assert {"activity.user_id", "done_marks.user_id", "triage_results.user_id"} <= set(before)
    bobs = await rows_about(bot, bob.chat_id)

    confirm = await alice.ask("/forget")
    assert "cannot be undone" in plain(confirm)
    assert await rows_about(bot, alice.chat_id) == before, "asking alone deletes nothing"
    done = await alice.press(confirm, "Yes, delete")
    assert done["message_id"] == confirm["message_id"]
    assert plain(done).startswith("Done: everything")

    assert await rows_about(bot, alice.chat_id) == {}
    assert await rows_about(bot, bob.chat_id) == bobs
    # Reminders included: the next due time passes and only Bob hears from the bot.
    alice_mark = standin.bot_message_count(alice.chat_id)
    clock.set(MONDAY.replace(hour=12, minute=0, second=5))  # 13:00 in Berlin
    await run_pass(bot)
    assert standin.bot_message_count(alice.chat_id) == alice_mark
    assert "Done" in str(standin.bot_messages(bob.chat_id)[-1])
    exported = json.loads(await document_of(alice, standin))
    assert exported["chat_settings"] is None
    assert all(exported[key] == [] for key in exported if isinstance(exported[key], list))


async def document_of(person: Person, standin: BotApiStandIn) -> bytes:
    message = await person.ask("/mydata")
    stored = standin.file(message["document"]["file_id"])
    assert stored is not None
    return stored.data


async def test_forget_confirmation_works_once_and_expires(
    bot: BotApplication, standin: BotApiStandIn, clock: FakeClock, alice: Person
) -> None:
    await alice.ask("/timezone Europe/Berlin")
    confirm = await alice.ask("/forget")
    yes = Person.button_data(confirm, "Yes, delete")
    await alice.press(confirm, "Yes, delete")
    assert await rows_about(bot, alice.chat_id) == {}

    # New data, then the old confirmation replayed by a hostile client: refused.
    await alice.ask("/remind stretching 21:30")
    kept = await rows_about(bot, alice.chat_id)
    refused = await alice.press_expecting_alert(confirm, yes)
    assert refused.params.get("text") == texts.FORGET_EXPIRED
    assert await rows_about(bot, alice.chat_id) == kept

    # A confirmation left for longer than its lifetime: refused, nothing deleted.
    confirm = await alice.ask("/forget")
    clock.advance(minutes=11)
    refused = await alice.press_expecting_alert(confirm, Person.button_data(confirm, "Yes"), False)
    assert refused.params.get("show_alert") is True
    assert await rows_about(bot, alice.chat_id) == kept

    # "No" keeps everything, and the Yes of that message no longer works either.
    confirm = await alice.ask("/forget")
    kept_message = await alice.press(confirm, "No, keep")
    assert plain(kept_message) == texts.FORGET_KEPT
    refused = await alice.press_expecting_alert(confirm, Person.button_data(confirm, "Yes"))
    assert refused.params.get("text") == texts.FORGET_EXPIRED
    assert await rows_about(bot, alice.chat_id) == kept


async def test_a_confirmation_from_another_chat_deletes_nothing(
    bot: BotApplication, standin: BotApiStandIn, alice: Person, bob: Person
) -> None:
    await bob.ask("/timezone Europe/Berlin")
    bobs = await rows_about(bot, bob.chat_id)
    alices = await alice.ask("/forget")
    yes = Person.button_data(alices, "Yes, delete")
    bobs_message = await bob.ask("/forget")
    refused = await bob.press_expecting_alert(bobs_message, yes)
    assert refused.params.get("text") == texts.STALE_BUTTON
    assert await rows_about(bot, bob.chat_id) == bobs


async def test_in_a_group_mydata_and_forget_answer_with_a_private_link_only(
    bot: BotApplication, standin: BotApiStandIn, alice: Person
) -> None:
    await alice.ask("/timezone Europe/Berlin")
    await alice.ask("/remind hydration 09:00")
    group = standin.add_group("Runners", admins=[alice.user])
    await bot_joins(standin, group, by=alice.user)
    in_group = Person(standin, alice.user, group)
    kept = await rows_about(bot, alice.chat_id)
    for command, payload in (("/mydata", "mydata"), ("/forget", "forget")):
        answer = await in_group.ask(command)
        assert plain(answer) == texts.PRIVACY_PRIVATE_ONLY
        (link,) = buttons(answer)
        assert link["url"] == f"https://t.me/{standin.bot.username}?start={payload}"
        assert "callback_data" not in link
    for message in standin.bot_messages(group.id):
        assert "document" not in message
        assert "Berlin" not in plain(message) and "09:00" not in plain(message)
    assert await rows_about(bot, alice.chat_id) == kept
    # The link opens the same thing in private.
    standin.open_deep_link(alice.user, "mydata")
    message = await standin.next_message(alice.chat_id)
    while "document" not in message:
        message = await standin.next_message(alice.chat_id)
    assert button_labels(message) == []


async def test_forget_ends_its_own_prompt_and_a_check_in_progress(
    bot: BotApplication, standin: BotApiStandIn, alice: Person
) -> None:
    """Nothing a conversation remembered is left behind after /forget."""
    from sqlalchemy import func

    from storage.models import Conversation

    _, _question = await alice.say("/triage", replies=2)
    confirm = await alice.ask("/forget")
    await alice.press(confirm, "Yes, delete")
    async with services_of(bot).db.session() as session:
        left = await session.scalar(
            select(func.count()).where(Conversation.chat_id == alice.chat_id)
        )
    assert left == 0
