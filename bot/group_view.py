"""A group's settings as the /setup panel and /groupinfo show them (HTML, escaped here)."""

from __future__ import annotations

from bot import texts
from bot.render import esc
from bot.schedule_words import describe_schedule, local_when
from knowledge.group_profiles import GroupProfiles
from scheduler.subscriptions import schedule_of
from scheduler.timezones import zone_label
from storage.models import Chat, Subscription

_SUPERGROUP_PREFIX = -1_000_000_000_000


def topic_link(chat_id: int, thread_id: int) -> str | None:
    """t.me link that opens a forum topic for the group's members (supergroups only)."""
    internal = _SUPERGROUP_PREFIX - chat_id
    return f"https://t.me/c/{internal}/{thread_id}" if internal > 0 else None


def _posted_in(chat: Chat, forum: bool) -> str:
    link = topic_link(chat.chat_id, chat.thread_id) if chat.thread_id else None
    if link is not None:
        return texts.GROUP_POSTED_IN_TOPIC.format(link=esc(link))
    return texts.GROUP_POSTED_IN_GENERAL if forum else texts.GROUP_POSTED_IN_GROUP


def profile_label(profile: str) -> str:
    return texts.SETTINGS_PROFILE_LABELS.get(profile, profile)


def group_summary(
    chat: Chat, subs: list[Subscription], profiles: GroupProfiles, *, forum: bool
) -> str:
    """Profile (with what it emphasises), time zone, where and when reminders come."""
    zone = (
        texts.GROUP_ZONE_LINE.format(zone=esc(zone_label(chat.timezone)))
        if chat.timezone_set
        else texts.GROUP_ZONE_UNSET
    )
    lines = [
        texts.GROUP_PROFILE_LINE.format(profile=profile_label(chat.profile)),
        f"<i>{esc(profiles.of(chat.profile).focus)}</i>",
        "",
        zone,
        _posted_in(chat, forum),
        "",
        texts.GROUP_REMINDERS_HEADER,
    ]
    for sub in subs:
        lines.append(
            texts.GROUP_REMINDER_LINE.format(
                label=texts.KIND_LABELS[sub.kind],
                schedule=describe_schedule(schedule_of(sub)),
                next=local_when(chat.timezone, sub.next_due_at),
            )
        )
    if not subs:
        lines.append(texts.GROUP_REMINDERS_NONE)
    if not chat.active:
        lines.append(texts.GROUP_PAUSED_LINE)
    return "\n".join(lines)


def suggested_reminders(profile: str, profiles: GroupProfiles) -> str:
    """The reminders the profile offers as its defaults, each with why."""
    lines = [texts.GROUP_SUGGESTED_HEADER.format(profile=profile_label(profile).lower())]
    for offer in profiles.of(profile).suggested:
        lines.append(
            texts.GROUP_SUGGESTED_LINE.format(
                label=texts.KIND_LABELS[offer.kind],
                times=", ".join(offer.times),
                days=texts.GROUP_DAY_LABELS[offer.days],
                why=esc(offer.why),
            )
        )
    return "\n".join(lines)
