"""Database tables (SQLAlchemy 2 typed declarative). The schema is evolved by migrations only."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, on every backend.

    SQLite keeps no time zone, so values are stored as naive UTC; comparing them in SQL
    (the due-time index) then works because they all share one zone and format.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    pass


class SavedTriage(Base):
    """The outcome of a completed /triage, kept so the user can see (and delete) it.
    (knowledge.triage.TriageResult is the outcome itself, before it is saved.)"""

    __tablename__ = "triage_results"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigInteger)
    level: Mapped[str] = mapped_column(String(16))
    # JSON list of the plain-word reasons shown to the user.
    reasons: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_triage_results_user_created", "user_id", "created_at"),)


# What a chat starts with (storage/chats.py makes every new chat from these).
NEW_CHAT_DEFAULTS: dict[str, object] = {
    "timezone": "UTC",
    "timezone_set": False,
    "profile": "general",
    "hydration_goal": 8,
    "quiet_policy": "defer",
    "thread_id": None,
    "active": True,
}


class Chat(Base):
    """A private chat (a person) or a group that receives reminders, with its preferences.
    A new one is made by storage/chats.py, from NEW_CHAT_DEFAULTS."""

    __tablename__ = "chats"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    # "private", "group" or "supergroup".
    chat_type: Mapped[str] = mapped_column(String(16))
    timezone: Mapped[str] = mapped_column(String(64))
    timezone_set: Mapped[bool] = mapped_column(Boolean)
    profile: Mapped[str] = mapped_column(String(16))
    hydration_goal: Mapped[int] = mapped_column(Integer)
    quiet_start: Mapped[time | None] = mapped_column(Time, nullable=True)
    quiet_end: Mapped[time | None] = mapped_column(Time, nullable=True)
    # "defer": a reminder due in quiet hours comes at their end; "skip": it is dropped.
    quiet_policy: Mapped[str] = mapped_column(String(8))
    paused_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # Forum supergroups: the topic (thread) reminders are posted in.
    thread_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # False once Telegram says the chat cannot be reached (blocked, kicked, not found).
    active: Mapped[bool] = mapped_column(Boolean)
    inactive_reason: Mapped[str | None] = mapped_column(String(200), nullable=True)
    inactive_since: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # Groups: when the bot posted its welcome, so it is posted once, not on every change.
    welcomed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # A question the bot asked that the chat's next message answers ("timezone" after
    # "Send your city or zone"), the id of the message that led to it (only later
    # messages answer it) and when it was asked (an old one expires). See storage/prompts.py.
    awaiting: Mapped[str | None] = mapped_column(String(16), nullable=True)
    awaiting_after_message_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    awaiting_since: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Subscription(Base):
    """One kind of reminder for one chat, with its next due time (UTC) for the dispatcher."""

    __tablename__ = "subscriptions"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    chat_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("chats.chat_id", ondelete="CASCADE", onupdate="CASCADE")
    )
    kind: Mapped[str] = mapped_column(String(16))
    # Local times "HH:MM,HH:MM"; for "every N hours" the derived times are stored too.
    times: Mapped[str] = mapped_column(String(200))
    every_hours: Mapped[int | None] = mapped_column(Integer, nullable=True)
    window_start: Mapped[time | None] = mapped_column(Time, nullable=True)
    window_end: Mapped[time | None] = mapped_column(Time, nullable=True)
    # Bit d set = weekday d (Monday = 0) allowed.
    days: Mapped[int] = mapped_column(Integer, default=127)
    skip_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    next_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    last_variant: Mapped[str | None] = mapped_column(String(32), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (
        UniqueConstraint("chat_id", "kind", name="uq_subscriptions_chat_kind"),
        Index("ix_subscriptions_next_due_at", "next_due_at"),
    )


class DeliveryState(StrEnum):
    """Where one occurrence of a reminder is in its life. Only storage/deliveries.py
    moves a delivery from one state to another; the database refuses any other value
    (migration 0005's CHECK constraint).

    scheduled (a snooze, not yet due) -> pending -> queued (taken by a pass) -> sending
    (its request is about to leave) -> sent | failed | uncertain; or skipped (too late,
    or in quiet hours). A 'sending' row found after a crash is never sent again
    (-> uncertain); a 'queued' one goes back to pending. Both are found either at the
    start-up of the instance that held them or, by any instance, once their lease has
    run out (Delivery.lease_until).
    """

    SCHEDULED = "scheduled"
    PENDING = "pending"
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    UNCERTAIN = "uncertain"
    SKIPPED = "skipped"


# States from which a delivery may still be sent (or is being sent): a chat that moves
# (group -> supergroup) takes these along, the rest stay as history.
UNFINISHED_DELIVERY_STATES = (
    DeliveryState.SCHEDULED,
    DeliveryState.PENDING,
    DeliveryState.QUEUED,
    DeliveryState.SENDING,
)


class Delivery(Base):
    """One occurrence of a reminder. Its key makes sending idempotent across restarts and
    processes: an occurrence is claimed once and sent at most once (see DeliveryState)."""

    __tablename__ = "deliveries"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    subscription_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("subscriptions.id", ondelete="SET NULL"), nullable=True
    )
    chat_id: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(16))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # A DeliveryState value.
    state: Mapped[str] = mapped_column(String(12))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    message_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    variant: Mapped[str | None] = mapped_column(String(32), nullable=True)
    error: Mapped[str | None] = mapped_column(String(200), nullable=True)
    # While 'queued' or 'sending': the instance that took it, and until when its claim
    # holds (renewed while that instance lives; see storage/deliveries.py).
    lease_owner: Mapped[str | None] = mapped_column(String(64), nullable=True)
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (
        CheckConstraint(
            "state IN ({})".format(", ".join(f"'{state}'" for state in DeliveryState)),
            name="ck_deliveries_state",
        ),
        Index("ix_deliveries_state_due", "state", "due_at"),
        # The sender walks pending rows in id order: this keeps each chunk O(chunk size).
        Index("ix_deliveries_state_id", "state", "id"),
        Index("ix_deliveries_chat", "chat_id"),
        # Instances look for claims whose lease has run out.
        Index("ix_deliveries_state_lease", "state", "lease_until"),
    )


class Activity(Base):
    """What a person did on a local day: glasses of water, stretches, mineral check-ins."""

    __tablename__ = "activity"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(16))
    local_day: Mapped[date] = mapped_column(Date)
    count: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        UniqueConstraint("user_id", "kind", "local_day", name="uq_activity_user_kind_day"),
    )


class DoneMark(Base):
    """Who pressed Done on which reminder, so a second press (or a group member's
    repeated press) counts once."""

    __tablename__ = "done_marks"

    delivery_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)


class CrampEntry(Base):
    """One cramp a person logged in their diary (/log). `local_day` and `at_night` say
    which day or night it counts for in the person's zone when it was logged (a cramp at
    03:00 on Tuesday belongs to Monday's night), so charts and patterns need no zone."""

    __tablename__ = "cramp_entries"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    # The person's private chat: the diary goes with it (/forget, a purge).
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("chats.chat_id", ondelete="CASCADE", onupdate="CASCADE")
    )
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
    local_day: Mapped[date] = mapped_column(Date)
    at_night: Mapped[bool] = mapped_column(Boolean)
    # calf, thigh, foot, toes, hamstring; left, right, both (diary/entry.py).
    site: Mapped[str] = mapped_column(String(16))
    side: Mapped[str] = mapped_column(String(8))
    severity: Mapped[int] = mapped_column(Integer)
    # under_1, 1_5, 5_10, over_10 (minutes).
    duration: Mapped[str] = mapped_column(String(8))
    woke: Mapped[bool] = mapped_column(Boolean)
    # Asked only for a cramp over 10 minutes: whether it eased (None: not asked).
    eased: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    # The button flow's draft, so a double tap on its last button logs the cramp once.
    draft_key: Mapped[str | None] = mapped_column(String(40), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (
        Index("ix_cramp_entries_user_occurred", "user_id", "occurred_at"),
        UniqueConstraint("user_id", "draft_key", name="uq_cramp_entries_user_draft"),
    )


class DiaryItem(Base):
    """Something a person told the diary for the report: a medicine and the day they
    started it, or something they have tried against cramps."""

    __tablename__ = "diary_items"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("chats.chat_id", ondelete="CASCADE", onupdate="CASCADE")
    )
    # "medicine" or "tried".
    kind: Mapped[str] = mapped_column(String(12))
    name: Mapped[str] = mapped_column(String(80))
    started_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_diary_items_user", "user_id"),)


class Conversation(Base):
    """What a conversation in a chat remembers between two updates (a symptom check's
    answers so far, a pending /forget confirmation). Kept here, not in a process's memory:
    any instance may receive the next update, and a restart must not lose it.
    storage/conversations.py owns these rows."""

    __tablename__ = "conversations"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    # Which conversation: "triage" or "forget".
    name: Mapped[str] = mapped_column(String(16), primary_key=True)
    # JSON object: what this conversation needs to go on.
    state: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    # Abandoned conversations are found by age.
    __table_args__ = (Index("ix_conversations_name_updated", "name", "updated_at"),)


class HandledUpdate(Base):
    """An update id taken for handling, so an update Telegram delivers twice (a webhook
    retry, a redelivery after a crash) is handled once, whichever instance receives it.
    storage/handled_updates.py owns these rows and purges old ones."""

    __tablename__ = "handled_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    # The instance handling it (random per process).
    owner: Mapped[str] = mapped_column(String(64))
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # None while it is being handled.
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    __table_args__ = (Index("ix_handled_updates_claimed", "claimed_at"),)
