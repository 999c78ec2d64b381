"""Claiming: due subscriptions become occurrences to send (pending Delivery rows).

For each due subscription, one transaction records an occurrence under its unique key
and moves `next_due_at` to the following occurrence. Safe with several instances on one
database, twice over: the subscriptions are selected FOR UPDATE SKIP LOCKED on
PostgreSQL (instances take disjoint batches and never wait on each other), and each move
is a compare-and-set on next_due_at with the occurrence inserted "on conflict do
nothing", so an occurrence another instance claimed first is dropped, never sent twice.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from typing import cast

from sqlalchemy import Table, bindparam, select, update

from knowledge.reminder_texts import REMINDER_KINDS, ReminderTexts, stable_seed
from scheduler.moments import moment_at
from scheduler.passes import DispatchSettings, PassStats
from scheduler.subscriptions import plan
from storage import deliveries
from storage.db import Database
from storage.models import Chat, Subscription

log = logging.getLogger(__name__)


class Claimer:
    def __init__(self, db: Database, texts: ReminderTexts, settings: DispatchSettings) -> None:
        self._db = db
        self._texts = texts
        self._settings = settings

    async def claim_batch(self, stats: PassStats, now: datetime) -> bool:
        """Turn up to claim_batch due subscriptions (and due snoozes) into pending
        occurrences, in one transaction. Returns whether there may be more."""
        due = (
            select(Subscription, Chat)
            .join(Chat, Chat.chat_id == Subscription.chat_id)
            .where(Subscription.next_due_at <= now, Chat.active.is_(True))
            .order_by(Subscription.next_due_at)
            .limit(self._settings.claim_batch)
        )
        if self._settings.skip_locked:
            due = due.with_for_update(of=Subscription, skip_locked=True)
        async with self._db.session.begin() as session:
            rows = (await session.execute(due)).all()
            moves: list[dict[str, object]] = []
            occurrences: list[dict[str, object]] = []
            for index, (sub, chat) in enumerate(rows):
                if index % 25 == 24:
                    await asyncio.sleep(0)  # planning is CPU work: let other updates in
                move, occurrence = self._plan_claim(sub, chat, now)
                moves.append(move)
                occurrences.append(occurrence)
                if deliveries.is_pending(occurrence):
                    stats.claimed += 1
                else:
                    stats.skipped_late += 1
            if rows:
                await session.execute(_MOVE_NEXT_DUE, moves)
                await deliveries.insert_claimed(session, occurrences)
            stats.claimed += await deliveries.wake_snoozes(session, now)
        return len(rows) == self._settings.claim_batch

    def _plan_claim(
        self, sub: Subscription, chat: Chat, now: datetime
    ) -> tuple[dict[str, object], dict[str, object]]:
        due = sub.next_due_at
        assert due is not None
        grace = self._settings.grace
        try:
            # The next occurrence after *now*: a long outage skips missed ones, not replays.
            following = plan(sub, chat, max(due, now - grace))
        except ValueError:  # a zone this machine's tz database does not know
            log.error("subscription %s has an unusable time zone; not scheduling it", sub.id)
            following = None
        late = now - due > grace
        variant = self._variant(sub, chat, due)
        move = {
            "b_id": sub.id,
            "b_due": due,
            "b_following": following,
            "b_variant": sub.last_variant if late else variant,
            "b_skip": None if sub.skip_until and sub.skip_until <= now else sub.skip_until,
            "b_now": now,
        }
        return move, deliveries.claimed_occurrence(sub, due, variant, late, now)

    def _variant(self, sub: Subscription, chat: Chat, due: datetime) -> str:
        """The wording a reminder goes out with: a text that fits the local time and season
        it is due at ("before bed" in the evening, "on warm days" in summer where the
        person lives). The diary's weekly summary has no wordings to rotate: its text is
        built from the diary when it is sent (bot/reminder_delivery.py)."""
        if sub.kind not in REMINDER_KINDS:
            return ""
        return self._texts.pick(
            sub.kind,
            chat.profile,
            sub.last_variant,
            stable_seed(chat.chat_id, sub.kind),
            moment_at(chat.timezone, due),
        ).id


_SUBSCRIPTIONS = cast(Table, Subscription.__table__)

# Compare-and-set: if another pass or process moved next_due_at first, it owns the occurrence.
_MOVE_NEXT_DUE = (
    update(_SUBSCRIPTIONS)
    .where(
        _SUBSCRIPTIONS.c.id == bindparam("b_id"),
        _SUBSCRIPTIONS.c.next_due_at == bindparam("b_due"),
    )
    .values(
        next_due_at=bindparam("b_following"),
        last_variant=bindparam("b_variant"),
        skip_until=bindparam("b_skip"),
        updated_at=bindparam("b_now"),
    )
)
