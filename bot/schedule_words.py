"""How schedules are put into words and buttons, for /remind (bot/handlers/reminder_menu.py)
and a group's /setup (bot/handlers/group_setup.py) alike: days, times, presets, the
"keep both" suggestion and local times."""

from __future__ import annotations

from datetime import datetime

from telegram import InlineKeyboardButton

from bot import texts
from bot.buttons import Action
from bot.keyboards import Keyboards
from scheduler.planning import MAX_TIMES_PER_DAY, PROFILES, Kind, Profile, Schedule, load_zone
from scheduler.presets import preset_keys, preset_schedule
from storage.models import Chat

WEEKDAYS = frozenset(range(5))
WEEKENDS = frozenset({5, 6})
EVERY_DAY = frozenset(range(7))
DAY_PRESETS = {"e": EVERY_DAY, "w": WEEKDAYS, "k": WEEKENDS}


def profile_of(chat: Chat) -> Profile:
    """The chat's profile; an unknown value (an old row) counts as general."""
    profile = chat.profile
    return profile if profile in PROFILES else "general"


def describe_days(days: frozenset[int]) -> str:
    if days == EVERY_DAY:
        return texts.REMIND_DAYS_EVERY.lower()
    if days == WEEKDAYS:
        return texts.REMIND_DAYS_WEEKDAYS
    if days == WEEKENDS:
        return texts.REMIND_DAYS_WEEKENDS
    return ", ".join(texts.WEEKDAY_NAMES[d] for d in sorted(days))


def describe_when(schedule: Schedule) -> str:
    """The times of a schedule: "every 2 h, 09:00–21:00" or "09:00, 13:00, 17:00"."""
    if schedule.every_hours and schedule.window:
        start, end = schedule.window
        return f"every {schedule.every_hours} h, {start:%H:%M}–{end:%H:%M}"
    return ", ".join(f"{t:%H:%M}" for t in schedule.times)


def describe_schedule(schedule: Schedule) -> str:
    return f"{describe_when(schedule)} ({describe_days(schedule.days)})"


def preset_label(kind: Kind, key: str, profile: Profile) -> str:
    """A preset button's label, made from the schedule that very preset saves for the
    profile (scheduler/presets.py), with the preset's name in front when it has one."""
    schedule = preset_schedule(kind, key, profile)
    if schedule is None:
        raise ValueError(f"no preset {key!r} for {kind}")
    when = describe_when(schedule)
    name = texts.REMIND_PRESET_NAMES.get(kind, {}).get(key)
    return f"{name} {when}" if name else when[:1].upper() + when[1:]


def preset_rows(
    kb: Keyboards, kind: Kind, profile: Profile, action: Action
) -> list[list[InlineKeyboardButton]]:
    """One button per preset of the kind; pressing it saves what its label says."""
    return [
        [kb.button(preset_label(kind, key, profile), action, kind, key)]
        for key in preset_keys(kind)
    ]


def days_row(kb: Keyboards, kind: Kind, action: Action) -> list[InlineKeyboardButton]:
    """Every day, weekdays, weekends: the days a reminder that is on comes."""
    return [
        kb.button(label, action, kind, key)
        for label, key in (
            (texts.REMIND_DAYS_EVERY, "e"),
            (texts.REMIND_DAYS_WEEKDAYS, "w"),
            (texts.REMIND_DAYS_WEEKENDS, "k"),
        )
    ]


def _day_words(days: frozenset[int]) -> str:
    """Days as /remind reads them back: "" (every day), "mon-fri", "sat sun", "mon,wed"."""
    if days == EVERY_DAY:
        return ""
    if days == WEEKDAYS:
        return "mon-fri"
    if days == WEEKENDS:
        return "sat sun"
    return ",".join(texts.WEEKDAY_NAMES[d].lower() for d in sorted(days))


def keep_both_command(prefix: str, old: Schedule, new: Schedule) -> str | None:
    """The command that would keep an old schedule's times and add the new ones, or None
    when one schedule cannot hold both (other days, too many times)."""
    if old.kind != new.kind or old.days != new.days:
        return None
    times = sorted(set(old.times) | set(new.times))
    if len(times) > MAX_TIMES_PER_DAY or set(times) == set(new.times):
        return None
    words = [prefix, new.kind, *(f"{t:%H:%M}" for t in times), _day_words(new.days)]
    return " ".join(word for word in words if word)


def local_when(zone: str, instant: datetime | None) -> str:
    """An instant as the chat's local weekday, date and time ("Mon 07 Dec 09:00")."""
    if instant is None:
        return "—"
    return instant.astimezone(load_zone(zone)).strftime("%a %d %b %H:%M")
