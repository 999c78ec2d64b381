"""What a group's /setup panel shows: the panel itself, the time zones to pick from and
one kind of reminder's presets (HTML text and buttons; bot/handlers/group_setup.py acts)."""

from __future__ import annotations

import dataclasses

from telegram import InlineKeyboardMarkup, Message

from bot import texts
from bot.buttons import Action
from bot.group_view import group_summary, profile_label, suggested_reminders
from bot.keyboards import Keyboards
from bot.schedule_words import days_row, describe_schedule, preset_rows
from knowledge.group_profiles import GroupProfiles
from scheduler.planning import KINDS, PROFILES, Kind, Profile
from scheduler.subscriptions import schedule_of
from scheduler.timezones import zone_label
from storage.models import Chat, Subscription

# The zones offered as buttons; any other is typed (/setup timezone <city or zone>).
COMMON_ZONES = (
    "Europe/London",
    "Europe/Berlin",
    "Europe/Madrid",
    "Europe/Kyiv",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "America/Sao_Paulo",
    "Asia/Kolkata",
    "Asia/Tokyo",
    "Australia/Sydney",
    "UTC",
)


@dataclasses.dataclass(frozen=True)
class Place:
    """Where the panel is: in a forum, and in which topic (None: General or no forum)."""

    forum: bool
    thread_id: int | None

    @classmethod
    def of(cls, message: Message) -> Place:
        thread = message.message_thread_id if message.is_topic_message else None
        return cls(bool(message.chat.is_forum), thread)


def shown_zone(chat: Chat) -> str:
    return zone_label(chat.timezone) if chat.timezone_set else "UTC"


def panel_text(groups: GroupProfiles, chat: Chat, subs: list[Subscription], place: Place) -> str:
    return "\n\n".join(
        [
            texts.SETUP_TITLE,
            group_summary(chat, subs, groups, forum=place.forum),
            suggested_reminders(chat.profile, groups),
            texts.SETUP_FOOTER,
        ]
    )


def panel_markup(
    kb: Keyboards, chat: Chat, subs: list[Subscription], place: Place
) -> InlineKeyboardMarkup:
    by_kind = {sub.kind: sub for sub in subs}
    profiles = [
        kb.button(
            texts.SETTINGS_BUTTON_PROFILE.format(
                mark="●" if chat.profile == p else "○", label=profile_label(p)
            ),
            Action.SETUP_PROFILE,
            p,
        )
        for p in PROFILES
    ]
    zone_button = kb.button(
        texts.SETUP_BUTTON_TIMEZONE.format(zone=shown_zone(chat)), Action.SETUP_ZONES
    )
    rows = [profiles, [zone_button]]
    for kind in KINDS:
        sub = by_kind.get(kind)
        state = describe_schedule(schedule_of(sub)) if sub else texts.REMIND_OFF_LABEL
        label = texts.SETUP_BUTTON_KIND.format(label=texts.KIND_LABELS[kind], state=state)
        rows.append([kb.button(label[:60], Action.SETUP_KIND, kind)])
    rows.append([kb.button(texts.SETUP_BUTTON_SUGGESTED, Action.SETUP_SUGGESTED)])
    if place.forum:
        here = texts.SETUP_BUTTON_HERE if place.thread_id else texts.SETUP_BUTTON_GENERAL
        rows.append([kb.button(here, Action.SETUP_HERE)])
    rows.append([kb.button(texts.SETUP_BUTTON_DONE, Action.SETUP_DONE)])
    return InlineKeyboardMarkup(rows)


def zone_markup(kb: Keyboards, zones: tuple[str, ...] | list[str]) -> InlineKeyboardMarkup:
    buttons = [
        kb.button(zone_label(zone).replace("_", " "), Action.SETUP_ZONE, zone) for zone in zones
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    rows.append([kb.button(texts.BUTTON_BACK, Action.SETUP_PANEL)])
    return InlineKeyboardMarkup(rows)


def kind_menu(
    kb: Keyboards, kind: Kind, sub: Subscription | None, profile: Profile
) -> tuple[str, InlineKeyboardMarkup]:
    current = describe_schedule(schedule_of(sub)) if sub else texts.REMIND_OFF_LABEL
    text = texts.SETUP_KIND_TITLE.format(
        label=texts.KIND_LABELS[kind], current=current, example=texts.SETUP_KIND_EXAMPLES[kind]
    )
    # The same presets, labels and schedules as a private chat's, for the group's profile.
    rows = preset_rows(kb, kind, profile, Action.SETUP_PRESET)
    if sub is not None:
        rows.append(days_row(kb, kind, Action.SETUP_DAYS))
        rows.append([kb.button(texts.REMIND_TURN_OFF, Action.SETUP_OFF, kind)])
    rows.append([kb.button(texts.BUTTON_BACK, Action.SETUP_PANEL)])
    return text, InlineKeyboardMarkup(rows)
