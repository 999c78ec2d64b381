"""Button data the bot did not issue for that chat, or that is no longer current, is refused
and changes nothing: a forged signature, data copied from another chat, truncated or
overlong data, and an old reminder button replayed after the reminder is gone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from bot import texts
from bot.application import BotApplication, services_of
from standin import BotApiStandIn
from storage.models import Activity, Chat, Delivery, DoneMark
from tests.e2e.harness import Person, plain, run_pass
from tests.support.clock import FakeClock

pytestmark = pytest.mark.e2e

MONDAY = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)


@pytest.fixture
def bob(standin: BotApiStandIn) -> Person:
    user = standin.add_user("Bob")
    return Person(standin, user, standin.private_chat(user))


async def goal_of(app: BotApplication, chat_id: int) -> int:
    async with services_of(app).db.session() as session:
        chat = await session.get(Chat, chat_id)
        assert chat is not None
        return chat.hydration_goal


async def refused(person: Person, message: dict[str, object], data: str) -> str:
    """The note shown for a press of `data` on `message` by a hostile client."""
    answer = await person.press_expecting_alert(message, data)
    return str(answer.params.get("text"))


async def test_forged_foreign_truncated_and_overlong_data_change_nothing(
    bot: BotApplication, alice: Person, bob: Person
) -> None:
    alices = await alice.ask("/settings")
    bobs = await bob.ask("/settings")
    up = Person.button_data(alices, "+1")
    payload, _, signature = up.rpartition(":")
    forged = [
        f"{payload}:{'A' * len(signature)}",  # a made-up signature
        up.replace("up", "down"),  # a tampered argument under the old signature
        up[:-1],  # truncated
        up[: len(payload)],  # the signature cut off
        up + "A",  # overlong signature
        (up + ":" + "x" * 64)[:64],  # padded to Telegram's limit
        "x" * 65,  # over Telegram's 64 bytes
    ]
    for data in forged:
        assert await refused(alice, alices, data) == texts.STALE_BUTTON, data
    # Alice's genuine button, pressed in Bob's chat: signed for another chat.
    assert await refused(bob, bobs, up) == texts.STALE_BUTTON
    assert await goal_of(bot, alice.chat_id) == 8
    assert await goal_of(bot, bob.chat_id) == 8
    # The genuine press still works where it was issued.
    changed = await alice.press(alices, "+1")
    assert "<b>9</b>" in str(changed.get("text")) or "9 glasses" in plain(changed)


async def count(app: BotApplication, model: object, **where: int) -> int:
    async with services_of(app).db.session() as session:
        query = select(func.count()).select_from(model)  # type: ignore[arg-type]
        for column, value in where.items():
            query = query.where(getattr(model, column) == value)
        return int(await session.scalar(query) or 0)


async def test_an_old_reminder_button_replayed_after_the_reminder_is_gone(
    bot: BotApplication, standin: BotApiStandIn, clock: FakeClock, alice: Person, bob: Person
) -> None:
    """Alice's reminder is deleted with /forget; Bob's next reminder may then get the same
    row id. Alice's old Done button (validly signed, for her chat) must not reach it."""
    clock.set(MONDAY)
    await alice.ask("/remind stretching 07:00")  # UTC: due at once below
    clock.set(MONDAY.replace(hour=7, second=5))
    await run_pass(bot)
    (alices_reminder,) = [m for m in standin.bot_messages(alice.chat_id) if "Done" in str(m)]
    old_done = Person.button_data(alices_reminder, "Done")
    confirm = await alice.ask("/forget")
    await alice.press(confirm, "Yes, delete")

    await bob.ask("/remind stretching 08:00")
    clock.set(MONDAY.replace(hour=8, second=5))
    await run_pass(bot)
    (bobs_reminder,) = [m for m in standin.bot_messages(bob.chat_id) if "Done" in str(m)]
    async with services_of(bot).db.session() as session:
        (bobs_delivery,) = (await session.scalars(select(Delivery))).all()
    assert old_done.split(":")[1] == str(bobs_delivery.id), "the row id was reused"

    assert await refused(alice, alices_reminder, old_done) == texts.REMINDER_GONE
    assert await count(bot, DoneMark) == 0
    assert await count(bot, Activity) == 0
    # Bob's own button still works, and counts for Bob.
    done = await bob.press(bobs_reminder, "Done")
    assert "Done" in plain(done)
    assert await count(bot, Activity, user_id=bob.chat_id) == 1
    assert await count(bot, Activity, user_id=alice.chat_id) == 0
