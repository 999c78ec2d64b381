"""Every change of a delivery's state, and nothing else writes one (tests/unit/
test_one_owner.py checks). The life cycle is DeliveryState's docstring (storage/models.py);
the reasons for each step are in scheduler/dispatcher.py and scheduler/sending.py.

Each function is one or a few statements inside the caller's transaction, guarded by the
state the row must be in (a compare-and-set): a row another pass or process has moved
meanwhile is left alone.

Leases: an occurrence taken ('queued', then 'sending') names the instance that took it
and until when (lease_owner, lease_until). The instance renews its leases while it lives;
once one has run out, any instance hands the occurrence back (queued: it never left) or
marks it uncertain (sending: it may have been delivered, so it is never repeated).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, func, select, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import (
    UNFINISHED_DELIVERY_STATES,
    Delivery,
    DeliveryState,
    DoneMark,
    Subscription,
)
from storage.upsert import insert_for, rowcount

State = DeliveryState
_DELIVERIES = cast(Table, Delivery.__table__)
_SUBSCRIPTIONS = cast(Table, Subscription.__table__)
LATE = "more than the grace period late"


def delivery_key(subscription_id: int, due_at: datetime) -> str:
    """The occurrence's unique key: claiming the same occurrence twice inserts one row."""
    return f"s{subscription_id}@{due_at:%Y%m%dT%H%M%S}"


def snooze_key(original_id: int) -> str:
    """At most one snooze per reminder: a second (simultaneous) one finds this key taken."""
    return f"z{original_id}"


# -- claim ---------------------------------------------------------------------------------


def claimed_occurrence(
    sub: Subscription, due: datetime, variant: str, late: bool, now: datetime
) -> dict[str, object]:
    """The row a claim inserts (see insert_claimed): pending, or skipped when too late."""
    return {
        "key": delivery_key(sub.id, due),
        "subscription_id": sub.id,
        "b_subscription": sub.id,  # chat_id is read when inserting: see _CURRENT_CHAT
        "kind": sub.kind,
        "due_at": due,
        "state": State.SKIPPED if late else State.PENDING,
        "attempts": 0,
        "variant": variant,
        "error": LATE if late else None,
        "created_at": now,
        "updated_at": now,
    }


def is_pending(occurrence: dict[str, object]) -> bool:
    return occurrence["state"] == State.PENDING


# The subscription's chat as the occurrence is inserted, not as it was read a moment before:
# a group migrating in between has moved its pending occurrences, and one inserted at the
# old id would never be sent (no chat is there any more).
_CURRENT_CHAT = (
    select(_SUBSCRIPTIONS.c.chat_id)
    .where(_SUBSCRIPTIONS.c.id == bindparam("b_subscription"))
    .scalar_subquery()
)


async def insert_claimed(session: AsyncSession, occurrences: list[dict[str, object]]) -> None:
    """INSERT ... ON CONFLICT (key) DO NOTHING: an occurrence another process claimed first
    is dropped here, never sent twice."""
    statement: Any = (
        insert_for(session, _DELIVERIES)
        .values(chat_id=_CURRENT_CHAT)
        .on_conflict_do_nothing(index_elements=["key"])
    )
    await session.execute(statement, occurrences)


async def wake_snoozes(session: AsyncSession, now: datetime) -> int:
    """Snoozes that are due become pending. Returns how many."""
    result = await session.execute(
        update(Delivery)
        .where(Delivery.state == State.SCHEDULED, Delivery.due_at <= now)
        .values(state=State.PENDING, updated_at=now)
    )
    return rowcount(result)


# -- queue (a pass takes a chunk) and mark sending -----------------------------------------


async def skip_late(session: AsyncSession, delivery_ids: Sequence[int]) -> None:
    await session.execute(
        update(_DELIVERIES)
        .where(_DELIVERIES.c.id.in_(delivery_ids), _DELIVERIES.c.state == State.PENDING)
        .values(state=State.SKIPPED, error=LATE)
    )


async def queue(
    session: AsyncSession,
    delivery_ids: Sequence[int],
    now: datetime,
    owner: str,
    lease_until: datetime,
) -> dict[int, int]:
    """Take pending occurrences for sending, leased to `owner`; returns the attempts count
    of each one this transaction moved (only those may be sent)."""
    d = _DELIVERIES
    rows = await session.execute(
        update(d)
        .where(d.c.id.in_(delivery_ids), d.c.state == State.PENDING)
        .values(
            state=State.QUEUED,
            attempts=d.c.attempts + 1,
            lease_owner=owner,
            lease_until=lease_until,
            updated_at=now,
        )
        .returning(d.c.id, d.c.attempts)
    )
    return {row.id: row.attempts for row in rows}


async def mark_sending(
    session: AsyncSession, wanted: Sequence[tuple[int, int]], now: datetime, lease_until: datetime
) -> set[int]:
    """Mark queued occurrences, by (id, attempts), as about to leave; returns those marked.
    The lease is renewed with the mark: the request may wait for its answer a while."""
    d = _DELIVERIES
    result = await session.execute(
        update(d)
        .where(d.c.state == State.QUEUED, tuple_(d.c.id, d.c.attempts).in_(wanted))
        .values(state=State.SENDING, lease_until=lease_until, updated_at=now)
        .returning(d.c.id)
    )
    return set(result.scalars())


# -- leases --------------------------------------------------------------------------------

_TAKEN = (State.QUEUED, State.SENDING)


async def renew_leases(session: AsyncSession, owner: str, lease_until: datetime) -> int:
    """Everything `owner` holds is held until `lease_until`. Returns how many rows."""
    d = _DELIVERIES
    result = await session.execute(
        update(d)
        .where(d.c.state.in_(_TAKEN), d.c.lease_owner == owner)
        .values(lease_until=lease_until)
    )
    return rowcount(result)


async def expire_leases(session: AsyncSession, now: datetime) -> tuple[int, int]:
    """Claims whose lease has run out (their instance died or hangs): 'queued' ones go
    back to pending, 'sending' ones become uncertain. Returns (handed back, uncertain)."""
    return await _release(session, now, Delivery.lease_until < now, "its instance stopped")


async def recover_after_restart(session: AsyncSession, now: datetime, owner: str) -> int:
    """At start-up: what this instance held before it stopped (and anything taken before
    leases existed, or whose lease has run out) is released at once: occurrences caught
    mid-send become uncertain (never sent again); queued ones, which certainly did not
    leave, are pending again. Returns how many were caught mid-send."""
    mine = (Delivery.lease_owner == owner) | Delivery.lease_owner.is_(None)
    _, uncertain = await _release(
        session, now, mine | (Delivery.lease_until < now), "interrupted by a restart"
    )
    return uncertain


async def _release(
    session: AsyncSession, now: datetime, which: Any, reason: str
) -> tuple[int, int]:
    caught = await session.execute(
        update(Delivery)
        .where(Delivery.state == State.SENDING, which)
        .values(state=State.UNCERTAIN, updated_at=now, error=reason)
    )
    # attempts stays as it is: if the instance still holds the row after all (it only
    # hung), its own (id, attempts) no longer matches once another instance takes it.
    handed_back = await session.execute(
        update(Delivery)
        .where(Delivery.state == State.QUEUED, which)
        .values(state=State.PENDING, lease_owner=None, lease_until=None, updated_at=now)
    )
    return rowcount(handed_back), rowcount(caught)


# -- record an outcome ---------------------------------------------------------------------


async def record_sent(
    session: AsyncSession, sent: Iterable[tuple[int, int | None]], now: datetime
) -> None:
    """(delivery id, Telegram message id) of each occurrence delivered."""
    params = [{"b_id": delivery_id, "b_message": message} for delivery_id, message in sent]
    if params:
        await session.execute(
            update(_DELIVERIES)
            .where(_DELIVERIES.c.id == bindparam("b_id"))
            .values(state=State.SENT, message_id=bindparam("b_message"), updated_at=now),
            params,
        )


async def record_retry(
    session: AsyncSession, taken: Sequence[tuple[int, int]], max_attempts: int, now: datetime
) -> None:
    """Not delivered for a passing reason: pending again, unless it failed too often.
    Compared on (id, attempts): a row another instance has taken since is its own."""
    d = _DELIVERIES
    ours = tuple_(d.c.id, d.c.attempts).in_(taken)
    await session.execute(
        update(d)
        .where(ours, d.c.state.in_((*_TAKEN, State.UNCERTAIN)), d.c.attempts < max_attempts)
        .values(state=State.PENDING, updated_at=now, error="will retry")
    )
    await session.execute(
        update(d)
        .where(ours, d.c.state == State.SENDING)
        .values(state=State.FAILED, updated_at=now, error="gave up after retries")
    )


async def record_unsent(
    session: AsyncSession, taken: Sequence[tuple[int, int]], now: datetime
) -> None:
    """Certainly not sent: pending again, without counting an attempt. Compared on
    (id, attempts), so a row another process has taken over is left alone."""
    d = _DELIVERIES
    await session.execute(
        update(d)
        .where(
            d.c.state.in_((State.QUEUED, State.SENDING)), tuple_(d.c.id, d.c.attempts).in_(taken)
        )
        .values(state=State.PENDING, attempts=d.c.attempts - 1, updated_at=now, error="not sent")
    )


async def record_final(
    session: AsyncSession,
    delivery_id: int,
    state: DeliveryState,
    reason: str | None,
    now: datetime,
) -> None:
    """An end without delivery: failed (cannot be sent) or uncertain (never repeated)."""
    assert state in (State.FAILED, State.UNCERTAIN), state
    await session.execute(
        update(_DELIVERIES)
        .where(_DELIVERIES.c.id == delivery_id)
        .values(state=state, updated_at=now, error=(reason or "")[:200])
    )


async def fail_chat(
    session: AsyncSession, chat_id: int, delivery_id: int, reason: str | None, now: datetime
) -> None:
    """The chat cannot be reached: this occurrence and every pending one of the chat fail."""
    d = _DELIVERIES
    await session.execute(
        update(d)
        .where(d.c.chat_id == chat_id, d.c.state.in_((State.PENDING, State.SENDING)))
        .where(d.c.id.in_([delivery_id]) | (d.c.state == State.PENDING))
        .values(state=State.FAILED, error=(reason or "")[:200], updated_at=now)
    )


async def resend_in(session: AsyncSession, delivery_id: int, chat_id: int, now: datetime) -> None:
    """The group became a supergroup before this occurrence reached it: pending again, in
    the new chat."""
    await session.execute(
        update(_DELIVERIES)
        .where(_DELIVERIES.c.id == delivery_id)
        .values(chat_id=chat_id, state=State.PENDING, updated_at=now)
    )


# -- button presses: snooze, done ----------------------------------------------------------


async def snooze(session: AsyncSession, original: Delivery, due: datetime, now: datetime) -> bool:
    """A new occurrence of `original`, scheduled at `due`. False when it was snoozed already."""
    created = await session.execute(
        insert_for(session, Delivery)
        .values(
            key=snooze_key(original.id),
            subscription_id=original.subscription_id,
            chat_id=original.chat_id,
            kind=original.kind,
            due_at=due,
            state=State.SCHEDULED,
            attempts=0,
            variant=original.variant,
            created_at=now,
            updated_at=now,
        )
        .on_conflict_do_nothing(index_elements=[Delivery.key])
    )
    return rowcount(created) == 1


async def drop_snoozes(session: AsyncSession, chat_id: int, kind: str | None) -> None:
    """Snoozed reminders of a stopped kind (or of every kind) must not come back."""
    query = delete(Delivery).where(Delivery.chat_id == chat_id, Delivery.state == State.SCHEDULED)
    if kind is not None:
        query = query.where(Delivery.kind == kind)
    await session.execute(query)


async def next_snooze_due(session: AsyncSession) -> datetime | None:
    return cast(
        "datetime | None",
        await session.scalar(
            select(func.min(Delivery.due_at)).where(Delivery.state == State.SCHEDULED)
        ),
    )


async def mark_done_once(session: AsyncSession, delivery_id: int, user_id: int) -> bool:
    """True the first time this person marks this reminder done; False afterwards (also
    for a simultaneous second press: the insert does nothing on the existing row)."""
    result = await session.execute(
        insert_for(session, DoneMark)
        .values(delivery_id=delivery_id, user_id=user_id)
        .on_conflict_do_nothing(index_elements=[DoneMark.delivery_id, DoneMark.user_id])
    )
    return rowcount(result) == 1


async def is_done(session: AsyncSession, delivery_id: int) -> bool:
    """Whether anyone has marked this reminder done."""
    found = await session.scalar(
        select(DoneMark.delivery_id).where(DoneMark.delivery_id == delivery_id).limit(1)
    )
    return found is not None


# -- chats that move or go -----------------------------------------------------------------


async def move_unfinished(session: AsyncSession, old_chat_id: int, new_chat_id: int) -> None:
    """Every unfinished occurrence follows its chat to a new id, also those a reminder pass
    has taken: its outcome is recorded by row id, and a row left at the old id would never
    be sent (no chat there now)."""
    await session.execute(
        update(Delivery)
        .where(Delivery.chat_id == old_chat_id, Delivery.state.in_(UNFINISHED_DELIVERY_STATES))
        .values(chat_id=new_chat_id)
    )


async def delete_of_chats(session: AsyncSession, chat_ids: Sequence[int]) -> None:
    """Every occurrence of these chats, and who pressed Done on them."""
    deliveries = select(Delivery.id).where(Delivery.chat_id.in_(chat_ids))
    await session.execute(delete(DoneMark).where(DoneMark.delivery_id.in_(deliveries)))
    await session.execute(delete(Delivery).where(Delivery.chat_id.in_(chat_ids)))
