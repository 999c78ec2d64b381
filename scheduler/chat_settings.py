"""A chat's own settings: time zone, quiet hours and what happens to reminders due in
them, profile, daily water goal, and (in a forum) the topic reminders are posted in.

Each change is one transaction that returns the chat as saved; a change that moves
reminders replans them before the transaction closes. The bot answers only afterwards.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, time

from sqlalchemy.ext.asyncio import AsyncSession

from scheduler.chat_ref import ChatRef, chat_row
from scheduler.planning import Profile, QuietPolicy, ScheduleKind, skipped_times
from scheduler.subscriptions import quiet_of, replan_chat, schedule_of
from storage.db import Database
from storage.models import Chat
from storage.prompts import close_question
from storage.subscriptions import subscriptions_of

# Glasses of water a day a person may aim for.
GOAL_RANGE = (1, 30)


@dataclass(frozen=True)
class ChatSettings:
    chat: Chat
    # Reminders (and the diary's weekly summary) that quiet hours set to "skip" leave with
    # no time at all: they never come.
    silenced: tuple[ScheduleKind, ...]


@dataclass(frozen=True)
class GoalOutOfRange:
    low: int
    high: int


Change = Callable[[AsyncSession, Chat], Awaitable[None]]


async def _silenced(session: AsyncSession, chat: Chat) -> tuple[ScheduleKind, ...]:
    quiet = quiet_of(chat)
    found = []
    for sub in await subscriptions_of(session, chat.chat_id):
        schedule = schedule_of(sub)
        if len(skipped_times(schedule, quiet)) == len(schedule.times):
            found.append(schedule.kind)
    return tuple(found)


async def _changed(
    db: Database, ref: ChatRef, now: datetime, change: Change, *, create: bool, replan: bool
) -> ChatSettings:
    async with db.session.begin() as session:
        chat = await chat_row(session, ref, now, create=create)
        await change(session, chat)
        chat.updated_at = now
        if replan:
            await replan_chat(session, chat, now)
        return ChatSettings(chat, await _silenced(session, chat))


async def settings_of(db: Database, ref: ChatRef, now: datetime, *, create: bool) -> ChatSettings:
    """The chat's settings (a row with the defaults is made for a command typed now)."""
    async with db.session.begin() as session:
        chat = await chat_row(session, ref, now, create=create)
        return ChatSettings(chat, await _silenced(session, chat))


async def set_zone(
    db: Database, ref: ChatRef, zone: str, now: datetime, *, create: bool = True
) -> ChatSettings:
    """`zone` must be a known IANA name. Also answers /timezone's open question."""

    async def change(session: AsyncSession, chat: Chat) -> None:
        chat.timezone, chat.timezone_set = zone, True
        await close_question(session, chat)

    return await _changed(db, ref, now, change, create=create, replan=True)


async def set_quiet_hours(
    db: Database, ref: ChatRef, hours: tuple[time, time] | None, now: datetime, *, create: bool
) -> ChatSettings:
    """Quiet hours from start to end, or none."""

    async def change(session: AsyncSession, chat: Chat) -> None:
        chat.quiet_start, chat.quiet_end = hours if hours is not None else (None, None)

    return await _changed(db, ref, now, change, create=create, replan=True)


async def set_quiet_policy(
    db: Database, ref: ChatRef, policy: QuietPolicy, now: datetime, *, create: bool
) -> ChatSettings:
    """Whether a reminder due in quiet hours comes at their end (defer) or not (skip)."""

    async def change(session: AsyncSession, chat: Chat) -> None:
        chat.quiet_policy = policy

    return await _changed(db, ref, now, change, create=create, replan=True)


async def set_profile(
    db: Database, ref: ChatRef, profile: Profile, now: datetime, *, create: bool = True
) -> ChatSettings:
    async def change(session: AsyncSession, chat: Chat) -> None:
        chat.profile = profile

    return await _changed(db, ref, now, change, create=create, replan=True)


async def set_goal(
    db: Database, ref: ChatRef, goal: int | None, now: datetime, *, step: int = 0, create: bool
) -> ChatSettings | GoalOutOfRange:
    """The daily water goal: `goal`, or (None) the current one moved by `step` glasses."""
    low, high = GOAL_RANGE
    async with db.session.begin() as session:
        chat = await chat_row(session, ref, now, create=create)
        wanted = goal if goal is not None else chat.hydration_goal + step
        if not low <= wanted <= high:
            return GoalOutOfRange(low, high)
        chat.hydration_goal = wanted
        await replan_chat(session, chat, now)
        return ChatSettings(chat, await _silenced(session, chat))


async def post_in(db: Database, ref: ChatRef, thread_id: int | None, now: datetime) -> None:
    """In a forum: the topic a group's reminders are posted in (None: General)."""

    async def change(session: AsyncSession, chat: Chat) -> None:
        chat.thread_id = thread_id

    await _changed(db, ref, now, change, create=True, replan=False)
