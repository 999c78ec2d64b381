"""Recording: what became of each reminder of a chunk, written in a few statements.

Outcomes a busy database kept from being written wait in the dispatcher for the next
pass; meanwhile their rows stay 'sending' or 'queued', so nothing is sent again.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from scheduler.passes import DispatchSettings, Outcome, Outgoing, PassStats
from storage import deliveries
from storage.chats import deactivate_chat, migrate_chat
from storage.models import DeliveryState


async def record(
    session: AsyncSession,
    results: list[tuple[Outgoing, Outcome]],
    now: datetime,
    stats: PassStats,
    settings: DispatchSettings,
) -> None:
    """Write the outcomes of a chunk: a few statements for the whole chunk."""
    by_kind: dict[str, list[tuple[Outgoing, Outcome]]] = {}
    for item, outcome in results:
        by_kind.setdefault(outcome.kind, []).append((item, outcome))

    sent = by_kind.get("sent", [])
    if sent:
        await deliveries.record_sent(session, [(i.delivery_id, o.message_id) for i, o in sent], now)
        stats.sent += len(sent)
        stats.lateness += [(now - item.due_at).total_seconds() for item, _ in sent]

    retry = [(item.delivery_id, item.attempt) for item, _ in by_kind.get("retry", [])]
    if retry:
        await deliveries.record_retry(session, retry, settings.max_attempts, now)
        stats.retried += len(retry)

    unsent = [(item.delivery_id, item.attempt) for item, _ in by_kind.get("unsent", [])]
    if unsent:
        await deliveries.record_unsent(session, unsent, now)
        stats.retried += len(unsent)

    for state in (DeliveryState.UNCERTAIN, DeliveryState.FAILED):
        items = by_kind.get(state, [])
        for item, outcome in items:
            await deliveries.record_final(session, item.delivery_id, state, outcome.reason, now)
        if state == DeliveryState.UNCERTAIN:
            stats.uncertain += len(items)
        else:
            stats.failed += len(items)

    for item, outcome in by_kind.get("gone", []):
        await deactivate_chat(session, item.chat_id, outcome.reason or "unreachable", now)
        await deliveries.fail_chat(session, item.chat_id, item.delivery_id, outcome.reason, now)
        stats.gone += 1

    for item, outcome in by_kind.get("migrated", []):
        if outcome.new_chat_id is None:
            continue
        await migrate_chat(session, item.chat_id, outcome.new_chat_id, now)
        await deliveries.resend_in(session, item.delivery_id, outcome.new_chat_id, now)
        stats.retried += 1
