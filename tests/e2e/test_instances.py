"""Three bot instances in webhook mode on one PostgreSQL database, behind one balancer, fed
by one stand-in (bench/fleet.py): 3,000 reminders due at once, one instance killed with
SIGKILL mid-way. Every reminder arrives exactly once, except at most those the killed
instance had marked as being sent (never repeated); a symptom check runs through more
than one instance; and no second of the fan-out is above the rate the three share.

Runs where TEST_POSTGRES_URL names a server (`.ci/run` sets it; skipped otherwise)."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench import fleet
from standin.remote import RemoteStandIn
from tests.e2e.harness import Person, plain, require_spec
from tests.e2e.test_triage import CALM, ENGINE, current_question, option_text
from tests.support.postgres import SKIP_REASON, create_database, drop_database, server_url

# serial: three bot processes on a 5 s lease; beside other tests on a 2-core machine a
# starved instance loses its lease and its sends turn 'uncertain' (make test runs it alone).
pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.serial]

REMINDERS = 3000
RATE = 150  # messages a second for the three together: the fan-out takes ~20 s
KILLED = "bot-2"
MESSAGE_METHODS = {"sendMessage", "editMessageText"}


@pytest.fixture
def database_url() -> Iterator[str]:
    if server_url() is None:
        pytest.skip(SKIP_REASON)
    url = asyncio.run(create_database("cc_fleet"))
    try:
        yield url
    finally:
        asyncio.run(drop_database(url))


class RemotePerson:
    """A person writing to the bot through the stand-in's control API."""

    def __init__(self, standin: RemoteStandIn, user_id: int) -> None:
        self.standin, self.user_id = standin, user_id
        self._seen = 0

    def _catch_up(self) -> None:
        calls = self.standin.get("calls", since=self._seen)["calls"]
        if calls:
            self._seen = calls[-1]["seq"]

    def _outputs(self, count: int, timeout: float = 10.0) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []

        def arrived() -> bool:
            calls = self.standin.get("calls", since=self._seen, with_result="true")["calls"]
            for call in calls:
                self._seen = call["seq"]
                mine = str(call["params"].get("chat_id")) == str(self.user_id)
                if call["ok"] and call["method"] in MESSAGE_METHODS and mine:
                    found.append(call["result"])
            return len(found) >= count

        fleet.wait_until(arrived, timeout, "the bot's answer", pause=0.02)
        return found

    def say(self, text: str, replies: int = 1) -> list[dict[str, Any]]:
        self._catch_up()
        self.standin.post("user_sends", user_id=self.user_id, chat_id=self.user_id, text=text)
        return self._outputs(replies)

    def press(self, message: dict[str, Any], label: str) -> dict[str, Any]:
        self._catch_up()
        data = Person.button_data(message, label)
        self.standin.post(
            "press_button",
            user_id=self.user_id,
            chat_id=self.user_id,
            message_id=message["message_id"],
            data=data,
        )
        return self._outputs(1)[0]


def a_symptom_check(person: RemotePerson) -> tuple[str, float]:
    """A whole symptom check; returns its result and the slowest answer's wait (s)."""
    slowest = 0.0
    started = time.monotonic()
    intro, message = person.say("/triage", replies=2)
    slowest = time.monotonic() - started
    assert ENGINE.flow.intro[:30] in plain(intro)
    for _ in range(len(ENGINE.questions) + 1):
        if "Symptom check" not in plain(message):
            return plain(message), slowest
        question = current_question(message)
        started = time.monotonic()
        message = person.press(message, option_text(question, CALM[question]))
        slowest = max(slowest, time.monotonic() - started)
    raise AssertionError("the symptom check did not finish")


def test_three_instances_deliver_every_reminder_once_through_a_kill(
    database_url: str, tmp_path: Path
) -> None:
    require_spec()
    with RemoteStandIn(fleet.TOKEN) as standin:
        chat_ids = standin.post("started_users", count=REMINDERS)["ids"]
        person = RemotePerson(standin, standin.post("started_users", count=1)["ids"][0])
        fleet.prepare(database_url, chat_ids)
        with fleet.fleet(
            standin,
            database_url,
            tmp_path,
            3,
            SEND_RATE_PER_SECOND=str(RATE),
            REMINDER_LEASE_SECONDS="5",
            DISPATCH_INTERVAL_SECONDS="0.5",
        ) as running:
            fleet.make_all_due(database_url)
            # A person's symptom check while the reminders go out: replies go first.
            result, slowest_answer = a_symptom_check(person)
            assert ENGINE.flow.levels.self_care.title in result
            killed = next(i for i in running.instances if i.name == KILLED)
            fleet.wait_until(
                lambda: standin.get("bot_messages/count")["count"] >= REMINDERS // 3,
                40,
                "a third of the reminders",
            )
            killed.kill()
            at_kill = standin.get("bot_messages/count")["count"]
            possibly_sent = fleet.chats_marked_sending(database_url, KILLED)
            fleet.wait_until(
                lambda: fleet.unfinished(database_url) == 0, 45, "every reminder", pause=0.5
            )
            time.sleep(0.5)  # the last answers reach the stand-in's log
            routes = running.routes()
            calls = running.sent_calls()
            states = fleet.deliveries(database_url)
            timed_out = fleet.chats_timed_out(database_url, KILLED)

    assert at_kill < REMINDERS, "the instance was killed mid-way"
    received = fleet.per_chat(calls)
    wrong = {chat: received[chat] for chat in chat_ids if received[chat] != 1}
    # Only a reminder the killed instance had marked as being sent, or one whose request a
    # live instance saw time out under load, may be missing; none arrives twice.
    assert set(wrong) <= possibly_sent | timed_out, wrong
    assert all(count == 0 for count in wrong.values()), wrong
    total: Counter[str] = sum(states.values(), Counter())
    assert total["sent"] + total["uncertain"] == REMINDERS, states
    # (a clean-clone run once found 61 uncertain against 11 marked, the rest left by the
    # live instances: a request that times out under load is never repeated)
    assert states.get(KILLED, Counter())["uncertain"] <= len(possibly_sent), states
    # The symptom check's updates went to more than one instance, and it still finished.
    assert len({instance for _, instance in routes}) >= 2, routes
    assert slowest_answer < 5.0, "answered during the fan-out without waiting for it"
    # Telegram's view: no second above the rate the three instances share.
    busiest = fleet.busiest_second([call["time"] for call in calls])
    assert busiest <= RATE, busiest
