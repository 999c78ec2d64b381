"""Text that looks like HTML, Markdown or SQL is shown exactly as typed and stored harmlessly.

Every place where something a person typed (or their name) comes back in a message is
driven with hostile payloads. The stand-in parses the bot's HTML as Telegram does, so a
payload that was not escaped either gets refused (broken tags) or turns into formatting
(entities) or vanishes (tags eaten); each check reads the text as a person sees it.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, inspect, select

from bot.application import BotApplication, services_of
from standin import BotApiStandIn
from storage.models import Base, Chat
from tests.e2e.harness import Person, bot_joins, plain

pytestmark = pytest.mark.e2e

PAYLOADS = [
    "<b>x</b>",
    "</a>",
    "&amp;",
    "'; DROP TABLE chats; --",
    "*bold* _it_ [x](y)",
    '<a href="tg://user?id=1">me</a>',
    "a < b & c > d",
]


def user_entities(message: dict[str, Any], payload: str) -> list[dict[str, Any]]:
    """Formatting that starts or ends inside the payload's place in the text: it must have
    none. (The bot may format a value as a whole, e.g. a group title in bold.)"""
    text = plain(message)
    start = text.find(payload)
    assert start >= 0, f"{payload!r} not shown as typed in {text!r}"
    # Entity offsets count UTF-16 code units.
    start = len(text[:start].encode("utf-16-le")) // 2
    end = start + len(payload.encode("utf-16-le")) // 2
    entities = message.get("entities") or []
    return [
        e
        for e in entities
        if e["offset"] < end
        and e["offset"] + e["length"] > start
        and (e["offset"] > start or e["offset"] + e["length"] < end)
    ]


async def shown_literally(person: Person, command: str, payload: str) -> dict[str, Any]:
    answer = await person.ask(f"{command} {payload}".strip())
    assert user_entities(answer, payload) == [], plain(answer)
    return answer


async def test_a_first_name_in_the_welcome(bot: BotApplication, standin: BotApiStandIn) -> None:
    for payload in PAYLOADS:
        user = standin.add_user(payload)
        person = Person(standin, user, standin.private_chat(user))
        welcome, _ = await person.say("/start", replies=2)
        assert plain(welcome).startswith(f"Hello, {payload}!")
        assert user_entities(welcome, payload) == []


async def test_a_time_zone_or_city_name(bot: BotApplication, alice: Person) -> None:
    for payload in PAYLOADS:
        answer = await shown_literally(alice, "/timezone", payload)
        assert "time zone" in plain(answer)


async def test_a_typed_local_time(bot: BotApplication, alice: Person) -> None:
    for payload in PAYLOADS:
        # Looks like a time (digits and a colon), so it takes the local-time path first.
        await shown_literally(alice, "/timezone", f"14:35 {payload}")
    await shown_literally(alice, "/timezone", "UTC+05:30 <b>")


async def test_a_setting_name_and_value(bot: BotApplication, alice: Person) -> None:
    for payload in PAYLOADS:
        unknown = await alice.ask(f"/settings {payload}")
        shown = payload.split()[0][:20].lower()
        assert shown in plain(unknown) and user_entities(unknown, shown) == []
        bad_quiet = await alice.ask(f"/settings quiet {payload}")
        assert "I couldn't use that" in plain(bad_quiet)
        bad_goal = await alice.ask(f"/settings goal {payload}")
        assert "I couldn't use that" in plain(bad_goal)


@pytest.mark.parametrize("payload", PAYLOADS)
async def test_typed_reminder_times(bot: BotApplication, alice: Person, payload: str) -> None:
    for command in (
        f"/remind {payload}",
        f"/remind hydration {payload}",
        f"/remind stretching 09:00 {payload}",
        f"/remind pause {payload}",
    ):
        answer = await alice.ask(command)
        assert "<b>" not in str(answer.get("entities")), plain(answer)
        # Whatever part of the payload the explanation quotes, it is quoted as typed.
        for word in payload.split():
            if word in plain(answer):
                assert user_entities(answer, word) == [], (command, plain(answer))


async def test_a_group_title_and_a_group_time_zone(
    bot: BotApplication, standin: BotApiStandIn
) -> None:
    admin = standin.add_user("Gina")
    for payload in PAYLOADS:
        group = standin.add_group(payload, admins=[admin])
        welcome = await bot_joins(standin, group, by=admin)
        assert user_entities(welcome, payload) == [], plain(welcome)
        gina = Person(standin, admin, group)
        await shown_literally(gina, "/setup timezone", payload[:40])


async def test_sql_lookalikes_are_stored_as_data_and_break_nothing(
    bot: BotApplication, standin: BotApiStandIn, alice: Person
) -> None:
    injection = "'; DROP TABLE chats; --"
    user = standin.add_user(injection, last_name='"); DELETE FROM subscriptions; --')
    mallory = Person(standin, user, standin.private_chat(user))
    await mallory.say("/start", replies=2)
    for command in ("/timezone", "/settings", "/settings quiet", "/remind"):
        await mallory.ask(f"{command} {injection}")
    # The symptom check answers with two messages (what it is, then its first question):
    # reading one would leave the second to be taken for the next command's answer, and
    # the check could end before the time zone below was saved.
    await mallory.say(f"/triage {injection}", replies=2)
    await mallory.ask(injection)
    assert "Lisbon" in plain(await mallory.ask("/timezone Europe/Lisbon"))
    await alice.ask("/timezone Europe/Berlin")
    saved = await alice.ask("/remind stretching 21:30")
    assert "Saved" in plain(saved)
    async with services_of(bot).db.engine.connect() as connection:
        tables = await connection.run_sync(lambda c: set(inspect(c).get_table_names()))
        assert set(Base.metadata.tables) <= tables
    async with services_of(bot).db.session() as session:
        chat = await session.get(Chat, alice.chat_id)
        assert chat is not None and chat.timezone == "Europe/Berlin"
        assert await session.scalar(select(func.count()).select_from(Chat)) == 2
