"""SIGTERM in the middle of a reminder fan-out: the bot finishes the requests that have left,
hands back the rest and exits within a few seconds; nothing is recorded as sent that the
stand-in did not receive, and the next start sends the rest once."""

from __future__ import annotations

import sqlite3
import time
from collections import Counter
from pathlib import Path

import pytest

from bench.soak import (
    TOKEN,
    BotProcess,
    all_done,
    delivery_states,
    polls_answered,
    prepare_database,
    received,
    wait_until,
)
from standin.remote import RemoteStandIn
from tests.e2e.harness import require_spec

pytestmark = pytest.mark.e2e

REMINDERS = 300


def sent_rows(path: Path) -> set[tuple[int, int]]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT chat_id, message_id FROM deliveries WHERE state = 'sent'")
        return {(chat_id, message_id) for chat_id, message_id in rows}


def test_sigterm_mid_fan_out(tmp_path: Path) -> None:
    require_spec()
    database = tmp_path / "bot.db"
    with RemoteStandIn(TOKEN) as standin:
        chat_ids = standin.post("started_users", count=REMINDERS)["ids"]
        prepare_database(database, chat_ids)
        # 60 a second: about five seconds of sending, most of it waiting in the rate limiter.
        bot = BotProcess(standin.base_url, database, tmp_path / "bot.log", rate=60)
        bot.start()
        assert wait_until(lambda: received(standin) >= 40, timeout=60)
        stopping = time.monotonic()
        assert bot.terminate() == 0
        took = time.monotonic() - stopping
        messages = standin.get("bot_messages")["messages"]
        received_once = {(m["chat"]["id"], m["message_id"]) for m in messages}
        states = delivery_states(database)
        print(f"stopped in {took:.2f} s with {len(messages)} of {REMINDERS} sent, {states}")
        assert took < 4, f"took {took:.1f} s to stop"
        assert 40 <= len(messages) < REMINDERS, "stopped mid-fan-out"
        # Every request that left was answered and recorded; nothing else is 'sent'.
        assert sent_rows(database) == received_once
        assert states == {"sent": len(messages), "pending": REMINDERS - len(messages)}

        bot.start()
        assert wait_until(lambda: all_done(database, REMINDERS), timeout=60)
        polls = polls_answered(standin)
        wait_until(lambda: polls_answered(standin) > polls, timeout=30)
        assert bot.terminate() == 0
        per_chat = Counter(m["chat"]["id"] for m in standin.get("bot_messages")["messages"])
    assert per_chat == dict.fromkeys(chat_ids, 1)
    assert delivery_states(database) == {"sent": REMINDERS}
