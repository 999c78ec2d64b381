"""Database tables (SQLAlchemy 2 typed declarative). The schema is evolved by migrations only."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
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


class TriageResult(Base):
    """The outcome of a completed /triage, kept so the user can see (and delete) it."""

    __tablename__ = "triage_results"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(BigInteger)
    level: Mapped[str] = mapped_column(String(16))
    # JSON list of the plain-word reasons shown to the user.
    reasons: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_triage_results_user_created", "user_id", "created_at"),)


class Chat(Base):
    """A private chat (a person) or a group that receives reminders, with its preferences."""

    __tablename__ = "chats"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    # "private", "group" or "supergroup".
    chat_type: Mapped[str] = mapped_column(String(16))
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    timezone_set: Mapped[bool] = mapped_column(Boolean, default=False)
    profile: Mapped[str] = mapped_column(String(16), default="general")
    hydration_goal: Mapped[int] = mapped_column(Integer, default=8)
    quiet_start: Mapped[time | None] = mapped_column(Time, nullable=True)
    quiet_end: Mapped[time | None] = mapped_column(Time, nullable=True)
    # "defer": a reminder due in quiet hours comes at their end; "skip": it is dropped.
    quiet_policy: Mapped[str] = mapped_column(String(8), default="defer")
    paused_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # Forum supergroups: the topic (thread) reminders are posted in.
    thread_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # False once Telegram says the chat cannot be reached (blocked, kicked, not found).
    active: Mapped[bool] = mapped_column(Boolean, default=True)
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


class Delivery(Base):
    """One occurrence of a reminder. Its key makes sending idempotent across restarts and
    processes: an occurrence is claimed once, taken by a pass ('queued'), marked 'sending'
    right before its request leaves and 'sent' after it; a 'sending' row found after a
    crash is never sent again, a 'queued' one goes back to 'pending'."""

    __tablename__ = "deliveries"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    subscription_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("subscriptions.id", ondelete="SET NULL"), nullable=True
    )
    chat_id: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(16))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # scheduled (a snooze, not yet due) -> pending -> queued -> sending -> sent | failed |
    # uncertain; or skipped (too late, or quiet hours).
    state: Mapped[str] = mapped_column(String(12))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    message_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    variant: Mapped[str | None] = mapped_column(String(32), nullable=True)
    error: Mapped[str | None] = mapped_column(String(200), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (
        Index("ix_deliveries_state_due", "state", "due_at"),
        # The sender walks pending rows in id order: this keeps each chunk O(chunk size).
        Index("ix_deliveries_state_id", "state", "id"),
        Index("ix_deliveries_chat", "chat_id"),
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
