"""Flood control end to end: a person (or an anonymous admin) sending hundreds of messages a
second is slowed down with one polite note, while another person is answered at once."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from bot import texts
from bot.application import services_of
from standin import BotApiStandIn
from tests.e2e.harness import Person, bot_settings, plain, running_bot
from tests.support.clock import FakeClock

pytestmark = pytest.mark.e2e

BURST = 5
RATE = 1.0
FLOOD = 300
# Behind the flood, Bob may wait the longest of: a floor; this many times his round trip
# without a flood; a fraction of the time answering every flooded message would take (what
# he would wait if flood control let the flood through). The last two are measured in the
# same run, so a slow machine moves them with the bot. On top comes the time this machine
# takes to look for an emergency in each flooded message (the bot must: a red flag typed
# while slowed down is answered). Measured: Bob waits 5-9% of the full flood's time.
SLOWER_AT_MOST = 8
FLOOR_SECONDS = 1.5
SHARE_OF_ANSWERING_ALL = 0.25
# Distinct people sending one flood message each at once: none is limited, so the time they
# take to be answered is this machine's cost of answering one flood message.
CROWD = 30


async def settled(standin: BotApiStandIn, quiet: float = 0.3) -> None:
    """Until every update was fetched and the bot sent nothing for `quiet` seconds."""
    last = -1
    while standin.pending_updates() or len(standin.calls) != last:
        last = len(standin.calls)
        await asyncio.sleep(quiet)


def replies_allowed(elapsed: float) -> float:
    return BURST + RATE * elapsed


# serial: Bob's wait is timed against the same run's other timings, but beside three other
# workers on a 2-core machine a stall can fall on the flood and not on those (CI at 835d0ee:
# 1.94 s against 1.92 s allowed; alone it is 0.39 s against 1.5 s). make test runs it alone.
@pytest.mark.serial
async def test_a_flooder_is_slowed_down_while_another_user_is_answered_promptly(
    standin: BotApiStandIn, tmp_path: Path, clock: FakeClock
) -> None:
    settings = bot_settings(standin, tmp_path, flood_burst=BURST, flood_rate_per_second=RATE)
    flooder_user = standin.add_user("Flo")
    flooder = Person(standin, flooder_user, standin.private_chat(flooder_user))
    bob_user = standin.add_user("Bob")
    bob = Person(standin, bob_user, standin.private_chat(bob_user))
    flood_texts = [
        "/help" if number % 3 == 0 else f"why do my calves cramp at night {number}"
        for number in range(FLOOD)
    ]
    async with running_bot(settings, clock) as app:
        assistant = services_of(app).assistant
        assistant.wait_ready()
        checking = time.monotonic()
        for text in flood_texts:
            assistant.red_flag(text)
        check_flood = time.monotonic() - checking
        crowd = [standin.add_user(f"Crowd {n}") for n in range(CROWD)]
        crowd_started = time.monotonic()
        for member in crowd:
            standin.user_sends(member, standin.private_chat(member), flood_texts[1])
        for member in crowd:
            await standin.next_message(standin.private_chat(member).id, timeout=10.0)
        answering_each = (time.monotonic() - crowd_started) / CROWD
        await bob.ask("/help")
        quiet_asked = time.monotonic()
        await bob.ask("/help")
        quiet_round_trip = time.monotonic() - quiet_asked
        started = time.monotonic()
        for text in flood_texts:
            standin.user_sends(flooder.user, flooder.chat, text)
        asked = time.monotonic()
        answer = await bob.ask("/help", timeout=5.0)
        round_trip = time.monotonic() - asked
        await settled(standin)
        elapsed = time.monotonic() - started

    assert "What I can do" in plain(answer)
    answering_all = FLOOD * answering_each
    allowed = (
        max(
            FLOOR_SECONDS, SLOWER_AT_MOST * quiet_round_trip, SHARE_OF_ANSWERING_ALL * answering_all
        )
        + check_flood
    )
    assert round_trip < allowed, (
        f"Bob waited {round_trip:.2f} s behind the flood, {quiet_round_trip:.2f} s without it; "
        f"answering the whole flood would take {answering_all:.2f} s and checking it for "
        f"emergencies took {check_flood:.2f} s"
    )
    sent = [plain(m) for m in standin.bot_messages(flooder.chat_id)]
    notes = [text for text in sent if text == texts.FLOOD_SLOW_DOWN]
    answers = len(sent) - len(notes)
    print(f"flood: {FLOOD} messages, {answers} answered + {len(notes)} note in {elapsed:.2f} s")
    assert len(notes) == 1, "the flooder is told once"
    assert BURST <= answers <= replies_allowed(elapsed), (answers, elapsed)
    assert len(standin.bot_messages(bob.chat_id)) == 3


async def test_anonymous_admins_are_limited_per_group_not_as_one_shared_account(
    standin: BotApiStandIn, tmp_path: Path, clock: FakeClock
) -> None:
    """Anonymous admins of every group share one `from` account (GroupAnonymousBot): the
    group they post as is what is limited, so one group's flood leaves another alone."""
    settings = bot_settings(standin, tmp_path, flood_burst=BURST, flood_rate_per_second=RATE)
    admin = standin.add_user("Ada")
    noisy = standin.add_group("Noisy", admins=[admin], bot_status="member")
    calm = standin.add_group("Calm", admins=[admin], bot_status="member")
    async with running_bot(settings, clock):
        for _ in range(40):
            standin.anonymous_admin_sends(noisy, "/causes")
        await settled(standin)
        standin.anonymous_admin_sends(calm, "/causes")
        answer = await standin.next_message(calm.id)
        await settled(standin)
    assert "cause" in plain(answer).lower()
    noisy_texts = [plain(m) for m in standin.bot_messages(noisy.id)]
    assert noisy_texts.count(texts.FLOOD_SLOW_DOWN) == 1
    assert len(noisy_texts) <= BURST + 1 + RATE * 5


async def test_an_emergency_typed_while_slowed_down_is_answered(
    standin: BotApiStandIn, tmp_path: Path, clock: FakeClock
) -> None:
    """Flood control drops excess messages, never one that carries a red flag."""
    settings = bot_settings(standin, tmp_path, flood_burst=BURST, flood_rate_per_second=RATE)
    user = standin.add_user("Pat")
    pat = Person(standin, user, standin.private_chat(user))
    async with running_bot(settings, clock):
        for number in range(40):
            standin.user_sends(pat.user, pat.chat, f"cramp again {number}")
        await settled(standin)
        assert texts.FLOOD_SLOW_DOWN in [plain(m) for m in standin.bot_messages(pat.chat_id)]
        answer = await pat.ask("my calf is swollen and now i cant breathe", timeout=5.0)
        urgent = await pat.ask("my left leg is red and hot and swollen", timeout=5.0)
    assert "112" in plain(answer) and "trouble breathing" in plain(answer)
    assert "today" in plain(urgent)
