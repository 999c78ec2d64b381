"""Changes to a chat's reminders, from /remind in a private chat and /setup in a group:
each one transaction that returns what happened, with the chat as saved, so the bot can
answer once the transaction has closed.

From a button (create=False) a change acts only on a chat that still exists (ChatGone).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from scheduler.chat_ref import ChatRef, chat_row
from scheduler.planning import KINDS, Kind, Profile, Schedule
from scheduler.presets import preset_schedule
from scheduler.subscriptions import replan_chat, schedule_of, set_schedule
from storage import subscriptions
from storage.db import Database
from storage.models import Chat, Subscription


@dataclass(frozen=True)
class Saved:
    """Saved; when `schedule == replaced` it was saved already (a double tap)."""

    chat: Chat
    subscription: Subscription
    schedule: Schedule
    # The kind's schedule before, when it was on.
    replaced: Schedule | None


@dataclass(frozen=True)
class NoChange:
    """Nothing to save: no such preset, or the kind is off."""


@dataclass(frozen=True)
class Paused:
    chat: Chat
    days: int


@dataclass(frozen=True)
class Resumed:
    # False when the reminders were not paused.
    was_paused: bool


async def save_schedules(
    db: Database, ref: ChatRef, schedules: Sequence[Schedule], now: datetime, *, create: bool
) -> list[Saved]:
    """Create or replace the chat's reminder of each schedule's kind."""
    async with db.session.begin() as session:
        chat = await chat_row(session, ref, now, create=create)
        saved = []
        for schedule in schedules:
            before = await subscriptions.get_subscription(session, ref.chat_id, schedule.kind)
            replaced = schedule_of(before) if before is not None else None
            sub = await set_schedule(session, chat, schedule, now)
            saved.append(Saved(chat, sub, schedule, replaced))
        chat.updated_at = now
        return saved


async def save_schedule(
    db: Database, ref: ChatRef, schedule: Schedule, now: datetime, *, create: bool
) -> Saved:
    (saved,) = await save_schedules(db, ref, [schedule], now, create=create)
    return saved


async def save_preset(
    db: Database, ref: ChatRef, kind: str, preset: str, now: datetime, *, create: bool
) -> Saved | NoChange:
    """The preset `preset` of `kind`, as the chat's profile has it (what its button says);
    NoChange for a kind or preset there is none of."""
    if kind not in KINDS:
        return NoChange()
    async with db.session.begin() as session:
        chat = await chat_row(session, ref, now, create=create)
        profile: Profile = chat.profile  # type: ignore[assignment]
        schedule = preset_schedule(kind, preset, profile)
        before = await subscriptions.get_subscription(session, ref.chat_id, kind)
        replaced = schedule_of(before) if before is not None else None
        if schedule is None:
            return NoChange()
        if schedule == replaced and before is not None:
            return Saved(chat, before, schedule, replaced)  # a double tap: saved already
        sub = await set_schedule(session, chat, schedule, now)
        chat.updated_at = now
        return Saved(chat, sub, schedule, replaced)


async def save_days(
    db: Database,
    ref: ChatRef,
    kind: str,
    days: frozenset[int] | None,
    now: datetime,
    *,
    create: bool,
) -> Saved | NoChange:
    """The days of the week the chat's reminder of `kind` comes, its times kept; NoChange
    when the kind is off (or there is no such kind, or no days)."""
    if kind not in KINDS or not days:
        return NoChange()
    async with db.session.begin() as session:
        chat = await chat_row(session, ref, now, create=create)
        before = await subscriptions.get_subscription(session, ref.chat_id, kind)
        if before is None:
            return NoChange()
        current = schedule_of(before)
        if current.every_hours and current.window:
            schedule = Schedule.every(kind, current.every_hours, *current.window, days=days)
        else:
            schedule = Schedule(kind, current.times, days)
        if schedule == current:
            return Saved(chat, before, schedule, current)  # a double tap: saved already
        sub = await set_schedule(session, chat, schedule, now)
        chat.updated_at = now
        return Saved(chat, sub, schedule, current)


async def turn_off(db: Database, ref: ChatRef, kind: Kind, now: datetime, *, create: bool) -> bool:
    """The chat's reminder of `kind` off; False when it was not on."""
    async with db.session.begin() as session:
        chat = await chat_row(session, ref, now, create=create)
        chat.updated_at = now
        return await subscriptions.turn_off(session, ref.chat_id, kind)


async def stop_all(db: Database, ref: ChatRef, now: datetime, *, create: bool) -> None:
    """Every reminder off; also ends a pause, so reminders set up again start at once."""
    async with db.session.begin() as session:
        await chat_row(session, ref, now, create=create)
        await subscriptions.stop_all(session, ref.chat_id)


async def pause(db: Database, ref: ChatRef, days: int, now: datetime, *, create: bool) -> Paused:
    async with db.session.begin() as session:
        chat = await chat_row(session, ref, now, create=create)
        chat.paused_until = now + timedelta(days=days)
        await replan_chat(session, chat, now)
        return Paused(chat, days)


async def resume(db: Database, ref: ChatRef, now: datetime, *, create: bool) -> Resumed:
    async with db.session.begin() as session:
        chat = await chat_row(session, ref, now, create=create)
        if chat.paused_until is None:
            return Resumed(was_paused=False)
        chat.paused_until = None
        await replan_chat(session, chat, now)
        return Resumed(was_paused=True)
