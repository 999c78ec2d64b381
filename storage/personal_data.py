"""Everything stored about one person: exported for /mydata, deleted for /forget.

A person is their Telegram user id. Their private chat has the same id, so the chat row,
its reminder subscriptions and its deliveries are theirs; the diary (activity), Done
marks and symptom-check results carry the user id directly, wherever they were made, and
so do the cramp diary's entries and the medicines and remedies named in it.
Group settings belong to the group, not to any one member, and are left alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import (
    Activity,
    Base,
    Chat,
    Conversation,
    CrampEntry,
    Delivery,
    DiaryItem,
    DoneMark,
    SavedTriage,
    Subscription,
)

JsonRow = dict[str, Any]


def _json_value(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return value


def _rows(rows: Sequence[Base]) -> list[JsonRow]:
    return [
        {column.key: _json_value(getattr(row, column.key)) for column in row.__table__.columns}
        for row in rows
    ]


async def export_person(session: AsyncSession, user_id: int) -> dict[str, Any]:
    """Every row about `user_id`, as JSON-ready dicts grouped by what they are."""
    chat = await session.get(Chat, user_id)

    async def all_of(query: Any) -> list[JsonRow]:
        return _rows((await session.scalars(query)).all())

    return {
        "user_id": user_id,
        "chat_settings": _rows([chat])[0] if chat is not None else None,
        "reminder_subscriptions": await all_of(
            select(Subscription).where(Subscription.chat_id == user_id).order_by(Subscription.id)
        ),
        "reminders_sent": await all_of(
            select(Delivery).where(Delivery.chat_id == user_id).order_by(Delivery.id)
        ),
        "activity": await all_of(
            select(Activity)
            .where(Activity.user_id == user_id)
            .order_by(Activity.local_day, Activity.kind)
        ),
        "done_marks": await all_of(
            select(DoneMark).where(DoneMark.user_id == user_id).order_by(DoneMark.delivery_id)
        ),
        "symptom_checks": await all_of(
            select(SavedTriage)
            .where(SavedTriage.user_id == user_id)
            .order_by(SavedTriage.created_at)
        ),
        "cramp_diary": await all_of(
            select(CrampEntry)
            .where(CrampEntry.user_id == user_id)
            .order_by(CrampEntry.occurred_at, CrampEntry.id)
        ),
        "diary_medicines_and_remedies": await all_of(
            select(DiaryItem).where(DiaryItem.user_id == user_id).order_by(DiaryItem.id)
        ),
        "conversations_in_progress": await all_of(
            select(Conversation).where(Conversation.chat_id == user_id).order_by(Conversation.name)
        ),
    }


async def forget_person(session: AsyncSession, user_id: int) -> int:
    """Delete every row about `user_id`, reminders included; returns how many went."""
    own_deliveries = select(Delivery.id).where(Delivery.chat_id == user_id)
    statements = [
        delete(DoneMark).where(
            or_(DoneMark.user_id == user_id, DoneMark.delivery_id.in_(own_deliveries))
        ),
        delete(Delivery).where(Delivery.chat_id == user_id),
        delete(Subscription).where(Subscription.chat_id == user_id),
        delete(CrampEntry).where(CrampEntry.user_id == user_id),
        delete(DiaryItem).where(DiaryItem.user_id == user_id),
        delete(Chat).where(Chat.chat_id == user_id),
        delete(Activity).where(Activity.user_id == user_id),
        delete(SavedTriage).where(SavedTriage.user_id == user_id),
        delete(Conversation).where(Conversation.chat_id == user_id),
    ]
    deleted = 0
    for statement in statements:
        result = await session.execute(statement)
        deleted += int(getattr(result, "rowcount", 0) or 0)
    return deleted
