"""Telegram's faults end to end, during a command and during a reminder fan-out: 429 with
retry_after (one chat several times in a row, and for many sends in flight), 403 blocked /
deactivated / kicked, 400 chat not found, 400 group migrated, 500 and 502, answers slower
than the bot's read timeout, and the Bot API restarting (connections refused meanwhile).

Expected: retries where Telegram says to, deactivation where it says to, nothing lost and
nothing twice; a send whose answer never came is recorded 'uncertain' and not repeated.
Time is the test's (FakeClock); dispatcher passes are run by hand.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bench.reminders import fill_subscribers
from bot.application import BotApplication, services_of
from scheduler.planning import Schedule
from scheduler.subscriptions import set_schedule
from standin import BotApiStandIn, faults
from storage.chats import ensure_chat
from storage.models import Chat, Delivery
from tests.e2e.harness import Person, bot_settings, buttons, plain, running_bot
from tests.e2e.test_reminders import run_pass
from tests.support.clock import FakeClock

pytestmark = pytest.mark.e2e

FAN_OUT = 300
MONDAY = datetime(2026, 11, 23, 6, 0, 1, tzinfo=UTC)
TUESDAY = datetime(2026, 11, 24, 6, 0, 30, tzinfo=UTC)  # all of them due, within the grace


@pytest.fixture
async def bot(
    standin: BotApiStandIn, tmp_path: Path, clock: FakeClock
) -> AsyncIterator[BotApplication]:
    """The bot allowed 1000 messages a second (as with paid broadcasts): faults, not the
    rate limit, should set the pace here."""
    settings = bot_settings(standin, tmp_path, send_rate_per_second=1000)
    async with running_bot(settings, clock) as app:
        yield app


def reminders_received(standin: BotApiStandIn) -> Counter[int]:
    """Per chat, the reminders (messages with a Done button) the stand-in received."""
    return Counter(
        message["chat"]["id"]
        for message in standin.bot_messages()
        if any(str(b.get("callback_data", "")).startswith("rd:") for b in buttons(message))
    )


async def states_by_chat(app: BotApplication) -> dict[int, str]:
    async with services_of(app).db.session() as session:
        return dict((await session.execute(select(Delivery.chat_id, Delivery.state))).all())


async def inactive_reasons(app: BotApplication) -> dict[int, str]:
    async with services_of(app).db.session() as session:
        rows = await session.execute(
            select(Chat.chat_id, Chat.inactive_reason).where(Chat.active.is_(False))
        )
        return {chat_id: reason or "" for chat_id, reason in rows.all()}


async def due_together(app: BotApplication, clock: FakeClock, chat_ids: list[int]) -> None:
    """One daily reminder per chat, all due at 06:00 UTC tomorrow; then it is tomorrow."""
    clock.set(MONDAY)
    svc = services_of(app)
    private = [chat_id for chat_id in chat_ids if chat_id > 0]
    await fill_subscribers(svc.db, private, clock())
    async with svc.db.session.begin() as session:
        for chat_id in chat_ids:
            if chat_id < 0:
                chat = await ensure_chat(session, chat_id, "group", clock())
                await set_schedule(session, chat, Schedule("stretching", (time(6, 0),)), clock())
    clock.set(TUESDAY)


async def passes_until_settled(app: BotApplication, most: int = 10) -> None:
    for _ in range(most):
        await run_pass(app)
        if not set((await states_by_chat(app)).values()) & {"pending", "queued", "sending"}:
            return
    raise AssertionError(
        f"reminders still unsettled: {Counter((await states_by_chat(app)).values())}"
    )


async def test_a_command_is_answered_through_429s_and_5xx(
    bot: BotApplication, alice: Person, standin: BotApiStandIn
) -> None:
    standin.inject("sendMessage", alice.chat_id, fault=faults.too_many_requests(1), times=2)
    standin.inject("sendMessage", alice.chat_id, fault=faults.server_error(502))
    standin.inject("sendMessage", alice.chat_id, fault=faults.server_error(500))
    answer = await alice.ask("/help", timeout=10)
    assert "/remind" in plain(answer)
    await asyncio.sleep(0.5)
    assert len(standin.bot_messages(alice.chat_id)) == 1, "answered once"
    assert [c.fault for c in standin.calls_to("sendMessage")] == [
        "too_many_requests",
        "too_many_requests",
        "server_error",
        "server_error",
        None,
    ]


async def test_fan_out_through_every_fault(
    bot: BotApplication, alice: Person, standin: BotApiStandIn, clock: FakeClock
) -> None:
    people = standin.add_started_users(FAN_OUT)
    admin = standin.add_user("Gina")
    kicked = standin.add_group("Kicked", admins=[admin], bot_status="member")
    upgraded = standin.add_group("Upgraded", admins=[admin], bot_status="member")
    await due_together(bot, clock, [*people, kicked.id, upgraded.id])
    supergroup = standin.migrate_group(upgraded)  # the bot has not read the update yet
    (
        twice_429,
        four_429,
        blocked,
        deactivated,
        not_found,
        error_500,
        error_502,
        slow_1,
        slow_2,
        *_,
    ) = people
    slow = faults.delay(bot.bot.request.read_timeout + 1.0)  # type: ignore[operator]
    for chat_id, fault, times in [
        (twice_429, faults.too_many_requests(1), 2),  # PTB's limiter waits and retries
        (four_429, faults.too_many_requests(1), 4),  # more than it retries: the next pass
        (blocked, faults.blocked(), 1),
        (deactivated, faults.deactivated(), 1),
        (kicked.id, faults.kicked(), 1),
        (not_found, faults.bad_request("chat not found"), 1),
        (error_500, faults.server_error(500), 1),
        (error_502, faults.server_error(502), 1),
        (slow_1, slow, 1),
        (slow_2, slow, 1),
    ]:
        standin.inject("sendMessage", chat_id, fault=fault, times=times)
    # And the next five sends to anyone, with many in flight.
    standin.inject("sendMessage", fault=faults.too_many_requests(1), times=5)

    pass_ = asyncio.create_task(passes_until_settled(bot))
    await standin.wait_for(lambda c: c.fault == "too_many_requests", timeout=10)
    # A person uses the bot meanwhile, and the answer is slow too: it arrives, once (the
    # bot gave up waiting for Telegram's reply, and does not send it again).
    standin.inject("sendMessage", alice.chat_id, fault=slow)
    assert "/remind" in plain(await alice.ask("/help", timeout=15))
    await pass_

    gone = {
        blocked: "blocked",
        deactivated: "deactivated",
        kicked.id: "kicked",
        not_found: "chat not found",
    }
    reasons = await inactive_reasons(bot)
    assert set(reasons) == set(gone), "exactly the unreachable chats are deactivated"
    assert all(word in reasons[chat_id].lower() for chat_id, word in gone.items()), reasons
    states = await states_by_chat(bot)
    uncertain = {chat_id for chat_id, state in states.items() if state == "uncertain"}
    assert uncertain == {slow_1, slow_2}, "no answer in time: recorded uncertain"
    # The slow ones arrive anyway, later: Telegram had them.
    await standin.wait_for(lambda c: c.ok and c.chat_id == slow_2, timeout=10)
    received = reminders_received(standin)
    expected = Counter({chat_id: 1 for chat_id in people if chat_id not in gone})
    expected[supergroup.id] = 1
    assert received == expected, "each delivered exactly once, none to the unreachable"
    assert Counter(states.values()) == {"sent": FAN_OUT - 3 - 2 + 1, "uncertain": 2, "failed": 4}
    assert not standin.pending_faults(), "every injected fault was met"
    assert len(standin.bot_messages(alice.chat_id)) == 1


async def test_the_bot_recovers_by_itself_when_the_bot_api_comes_back(
    alice: Person, standin: BotApiStandIn, clock: FakeClock, tmp_path: Path
) -> None:
    # 100 a second: three seconds of sending, with a two-second outage in the middle.
    settings = bot_settings(standin, tmp_path, send_rate_per_second=100)
    async with running_bot(settings, clock) as bot:
        people = standin.add_started_users(FAN_OUT)
        await due_together(bot, clock, people)
        # The periodic job runs the passes; the Bot API goes away mid-fan-out.
        await standin.wait_for(lambda c: c.method == "sendMessage" and c.ok, timeout=10)
        outage = asyncio.create_task(standin.restart(down_for=2.0))
        await asyncio.sleep(0.5)
        mark = alice._mark()
        standin.user_sends(alice.user, alice.chat, "/help")  # while the bot cannot poll
        sent_before = len(standin.calls_to("sendMessage"))
        await outage
        (answer,) = await alice._outputs(mark, 1, timeout=15)
        assert "/remind" in plain(answer), "polling came back by itself"
        for _ in range(150):  # and so did the reminder passes, by themselves
            by_chat = await states_by_chat(bot)
            if set(by_chat.values()) <= {"sent", "uncertain"}:
                break
            await asyncio.sleep(0.1)
        refused = await refused_then_sent(bot)
    assert sent_before < FAN_OUT, "the outage came mid-fan-out"
    assert refused, "some sends met a refused connection and went out later"
    assert set(by_chat.values()) <= {"sent", "uncertain"}, Counter(by_chat.values())
    received = reminders_received(standin)
    assert max(received.values()) == 1, "nothing twice"
    assert all(received[chat_id] == 1 for chat_id in people if by_chat[chat_id] == "sent")
    # Sends in flight when the connection dropped: recorded uncertain, never repeated.
    lost = [chat_id for chat_id in people if not received[chat_id]]
    assert all(by_chat[chat_id] == "uncertain" for chat_id in lost)


async def refused_then_sent(app: BotApplication) -> int:
    async with services_of(app).db.session() as session:
        found = await session.scalar(
            select(func.count())
            .select_from(Delivery)
            .where(Delivery.state == "sent", Delivery.error == "not sent")
        )
        return int(found or 0)
