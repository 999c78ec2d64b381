"""Interface wording: button labels, command descriptions, short notices.

Medical wording lives in content/*.yaml; this module holds only the words of the
interface around it, so a self-hoster can re-word the bot without touching advice.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

# What may end a sentence (a closing bracket or quote may follow the mark).
SENTENCE_ENDS = (".", "!", "?", "…", ".)", ".”", '."', "?”", '?"')


class _Formatter(string.Formatter):
    def format_field(self, value: object, format_spec: str) -> str:
        if format_spec == "sentence":
            text = str(value).rstrip()
            return text if not text or text.endswith(SENTENCE_ENDS) else f"{text}."
        if "|" in format_spec:
            one, many = format_spec.split("|", 1)
            return f"{value} {one if value == 1 else many}"
        return str(super().format_field(value, format_spec))


_FORMATTER = _Formatter()


class Template(str):
    """Words with placeholders, filled with `.format(...)` like any string, and two specs
    so the words read right whatever the values are:

    - `{count:glass|glasses}` gives the number with its noun: "1 glass", "3 glasses";
    - `{problem:sentence}` ends the value with a full stop unless it already ends a
      sentence, so problems written with or without one read the same.
    """

    __slots__ = ()

    def format(self, /, *args: object, **kwargs: object) -> str:
        return _FORMATTER.vformat(str(self), args, kwargs)


# The topic commands: command -> topic id is defined in content/topics.yaml; these
# are the one-line descriptions shown in Telegram's command menu and in /help.
TOPIC_COMMAND_DESCRIPTIONS: dict[str, str] = {
    "causes": "What causes leg cramps",
    "symptoms": "What a cramp feels like, and signs to watch",
    "treatment": "How cramps are treated",
    "relief": "Relief during and after a cramp",
    "prevention": "How to prevent cramps",
    "hydration": "Fluids, dehydration and cramps",
    "minerals": "Minerals and foods that help",
    "medications": "Medicines for cramps, and cautions",
    "serious": "Conditions that can cause cramps",
    "doctor": "When to see a doctor",
    "pregnancy": "Leg cramps in pregnancy",
    "children": "Leg pains and cramps in children",
}


@dataclass(frozen=True)
class CommandInfo:
    command: str
    description: str
    # Where Telegram's command menu lists it: "private", "group", "admin".
    scopes: tuple[str, ...]


GENERAL_COMMANDS: tuple[CommandInfo, ...] = (
    CommandInfo("start", "Welcome and main menu", ("private",)),
    CommandInfo("help", "Every command, one line each", ("private", "group")),
    CommandInfo("faq", "Browse all topics and questions", ("private", "group")),
    CommandInfo("triage", "Check my symptoms: which kind of help I need", ("private", "group")),
    CommandInfo("remind", "Set up water, stretching and mineral reminders", ("private",)),
    CommandInfo("today", "Today's progress", ("private",)),
    CommandInfo("week", "A chart of the last 7 days", ("private",)),
    CommandInfo("log", "Log a cramp in my diary", ("private",)),
    CommandInfo("diary", "My cramp diary: entries, chart, what it shows", ("private",)),
    CommandInfo("report", "A report of my diary for my doctor (PDF and CSV)", ("private",)),
    CommandInfo("timezone", "Set my time zone", ("private",)),
    CommandInfo("settings", "Time zone, quiet hours, profile, water goal", ("private",)),
    CommandInfo("stop", "Stop all my reminders", ("private",)),
    CommandInfo("cancel", "Stop a running symptom check", ("private",)),
    CommandInfo("mydata", "Get a file with everything stored about me", ("private",)),
    CommandInfo("forget", "Delete everything stored about me", ("private",)),
    CommandInfo("about", "About this bot, its sources and your data", ("private", "group")),
    CommandInfo("groupinfo", "This group's profile, time zone and reminders", ("group",)),
    CommandInfo("setup", "Set up the group: profile, time zone, reminders", ("admin",)),
)

MENU_TOPICS: tuple[tuple[str, str], ...] = (
    ("what_are_leg_cramps", "❓ What are leg cramps?"),
    ("relief", "🦵 Relief right now"),
    ("causes", "🔍 Causes"),
    ("prevention", "🛡 Prevention"),
    ("night_cramps", "🌙 Cramps at night"),
    ("when_to_see_doctor", "🩺 When to see a doctor"),
)

BUTTON_FAQ = "📚 All questions (FAQ)"
BUTTON_TRIAGE = "🩹 Check my symptoms"
BUTTON_MENU = "🏠 Menu"
BUTTON_BACK = "⬅️ Back"
BUTTON_MORE = "📖 More detail"
BUTTON_PREVIOUS_PAGE = "◀️"
BUTTON_NEXT_PAGE = "▶️"
BUTTON_ANSWER_ON_TOPIC = "📄 Summary of this topic"

# /start: the greeting opens the welcome's first sentence (content/messages.yaml), which
# therefore does not greet again.
WELCOME_GREETING = "Hello, {name}!"
WELCOME_GREETING_NO_NAME = "Hello!"
# Under topic and FAQ answers: who the facts come from, by the words before the colon of
# each source in the content ("NHS: Leg cramps" -> "NHS"), renamed here where that reads
# badly on its own.
SOURCES_LINE = "Sources: {names}"
SOURCE_PUBLISHER_NAMES = {"Source document": "project documents"}
# /about: the privacy section, listed from the database tables (storage/models.py) so it
# names everything stored: each line says in plain words what the "table.column"s after
# it hold. NOT_PERSONAL_FIELDS are not about a person (row numbers, group-only fields).
# A column in neither fails tests/unit/test_texts.py.
PRIVACY_HEADER = "Your privacy"
PRIVACY_INTRO = "The bot stores only what its features need:"
PRIVACY_FOOTER = (
    "It keeps no names, usernames or message texts (only the diary notes you choose to add), "
    "and does not sell or share your data. "
    "Send /mydata for a copy of everything it stores about you, or /forget to delete it all."
)
STORED_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "your Telegram user ID",
        (
            "chats.chat_id",
            "triage_results.user_id",
            "subscriptions.chat_id",
            "deliveries.chat_id",
            "activity.user_id",
            "done_marks.user_id",
            "cramp_entries.user_id",
            "diary_items.user_id",
            "conversations.chat_id",
        ),
    ),
    ("your time zone", ("chats.timezone", "chats.timezone_set")),
    (
        "your quiet hours, and whether reminders due in them wait or are skipped",
        ("chats.quiet_start", "chats.quiet_end", "chats.quiet_policy"),
    ),
    ("your profile (general, fitness or pregnancy)", ("chats.profile",)),
    ("your daily water goal", ("chats.hydration_goal",)),
    (
        "your reminders: what, at which times and on which days, and when each is next due",
        (
            "subscriptions.kind",
            "subscriptions.times",
            "subscriptions.every_hours",
            "subscriptions.window_start",
            "subscriptions.window_end",
            "subscriptions.days",
            "subscriptions.skip_until",
            "subscriptions.next_due_at",
            "subscriptions.last_variant",
        ),
    ),
    ("whether your reminders are paused, and until when", ("chats.paused_until",)),
    (
        "the reminders sent to you: when, which wording, and whether they arrived",
        (
            "deliveries.key",
            "deliveries.subscription_id",
            "deliveries.kind",
            "deliveries.due_at",
            "deliveries.state",
            "deliveries.attempts",
            "deliveries.message_id",
            "deliveries.variant",
            "deliveries.error",
        ),
    ),
    (
        "your Done counts for each day: glasses of water, stretches, mineral check-ins",
        ("activity.kind", "activity.local_day", "activity.count"),
    ),
    ("which reminders you pressed Done on, in groups too", ("done_marks.delivery_id",)),
    (
        "the cramps you log in your diary: when, where, how bad, how long, whether one woke "
        "you or eased, and the note you add",
        (
            "cramp_entries.occurred_at",
            "cramp_entries.local_day",
            "cramp_entries.at_night",
            "cramp_entries.site",
            "cramp_entries.side",
            "cramp_entries.severity",
            "cramp_entries.duration",
            "cramp_entries.woke",
            "cramp_entries.eased",
            "cramp_entries.note",
            "cramp_entries.draft_key",
            "cramp_entries.created_at",
            "cramp_entries.updated_at",
        ),
    ),
    (
        "the medicines (with the day you started them) and remedies you name in your diary",
        (
            "diary_items.kind",
            "diary_items.name",
            "diary_items.started_on",
            "diary_items.created_at",
        ),
    ),
    (
        "the results of your last ten symptom checks: level, reasons and date",
        ("triage_results.level", "triage_results.reasons", "triage_results.created_at"),
    ),
    (
        "a question the bot has just asked you (such as your city) while it waits for the answer",
        ("chats.awaiting", "chats.awaiting_after_message_id", "chats.awaiting_since"),
    ),
    (
        "a symptom check you have not finished (your answers so far) or a /forget you have "
        "not confirmed yet, until it ends",
        ("conversations.name", "conversations.state", "conversations.updated_at"),
    ),
    (
        "whether the bot can reach you (not after you block it), and since when",
        ("chats.active", "chats.inactive_reason", "chats.inactive_since"),
    ),
    (
        "when each of these was set up or last changed",
        (
            "chats.created_at",
            "chats.updated_at",
            "subscriptions.created_at",
            "subscriptions.updated_at",
            "deliveries.created_at",
            "deliveries.updated_at",
        ),
    ),
)
NOT_PERSONAL_FIELDS = (
    # Telegram's update numbers, kept a day so an update sent twice is handled once.
    "handled_updates.update_id",
    "handled_updates.owner",
    "handled_updates.claimed_at",
    "handled_updates.handled_at",
    "triage_results.id",
    "subscriptions.id",
    "deliveries.id",
    # Which bot instance is sending a reminder, and until when (scheduler/leases.py).
    "deliveries.lease_owner",
    "deliveries.lease_until",
    "activity.id",
    "cramp_entries.id",
    "diary_items.id",
    "chats.chat_type",
    "chats.thread_id",
    "chats.welcomed_at",
)

HELP_HEADER = "<b>What I can do</b>"
HELP_FOOTER = "You can also just type a question, such as <i>why do I get cramps at night?</i>"
MENU_TITLE = "<b>Main menu</b>\nPick a topic, browse all questions, or type your own."
FAQ_TITLE = "<b>All topics</b> (page {page} of {pages})\nPick a topic to see its questions."
FAQ_TOPIC_TITLE = "<b>{title}</b>\nPick a question:"
RELATED_LABEL = "Related:"
RED_FLAG_REASON = "You mentioned: {labels}."
# The learned net (knowledge.flag_model) read the sign from the whole message, not from
# its words for the sign: what it sounds like, never what was said.
RED_FLAG_REASON_LEARNED = "What you describe sounds like it could be: {labels}."
# The net read an emergency beside a same-day sign without a word of it (knowledge/redflags.py,
# SignHit.named): the sign mentioned, and that the whole may be more urgent, nothing named.
RED_FLAG_REASON_UNNAMED = (
    "You mentioned: {labels}. With the rest of what you describe, treat it as an emergency."
)
# Free text that is not a question: a friendly word and the menu, never "no answer".
SMALL_TALK = {
    "greeting": (
        "Hello! 👋 Ask me anything about leg cramps in your own words, or pick a topic below."
    ),
    "thanks": "You're welcome. I hope your legs feel better soon. 🙂",
    "ack": "👍 Anything else? Type a question or pick a topic below.",
    "bye": "Take care, and sleep well. I'm here whenever you need me.",
    "who": (
        "I'm Cramp Coach, a bot with information on leg cramps: what helps during a cramp, "
        "how to prevent them, and when to get help. Type a question or pick a topic below."
    ),
    "complaint": (
        "Sorry that didn't help. Try asking in other words, pick a topic below, or use "
        "/triage for a short symptom check."
    ),
    "emoji": "🙂 Type a question about leg cramps, or pick a topic below.",
}
# Under an answer, naming further topics the message touched (their buttons follow).
ALSO_ASKED = "Your message also touched on:"
STALE_BUTTON = "This button is no longer valid. Send /start for a fresh menu."
UNKNOWN_COMMAND = "I don't know that command. Send /help to see what I can do."
GROUP_FREE_TEXT_HINT = "Ask me in a private chat for personal questions."
NON_TEXT_MESSAGE = "I can only read text. Type your question, or send /help to see what I can do."
TOO_LONG_INPUT = Template("That's a long message: I read the first {limit:character|characters}.")
FLOOD_SLOW_DOWN = (
    "You're sending messages faster than I can read them, so I'm skipping some. "
    "Please wait a few seconds, then go on."
)

# Triage conversation
TRIAGE_QUESTION_HEADER = "<b>Symptom check – question {number}</b>"
TRIAGE_CANCEL_BUTTON = "✖️ Stop"
TRIAGE_AGAIN_BUTTON = "🔁 Check again"
TRIAGE_OPEN_PRIVATE = "🔒 Check my symptoms privately"
TRIAGE_GROUP_REDIRECT = (
    "Health questions are personal, so I ask them only in a private chat. "
    "Tap the button to start the symptom check with me privately."
)
TRIAGE_STALE_ANSWER = "That question was already answered."
TRIAGE_TAP_A_BUTTON = (
    "Please tap one of the buttons on the question above, or send /cancel to stop the check."
)
TRIAGE_CANCELLED = "Symptom check stopped. Send /triage whenever you want to start again."
TRIAGE_TIMED_OUT = (
    "The symptom check was left unanswered for a while, so I closed it. "
    "Send /triage to start again."
)
TRIAGE_NOTHING_TO_CANCEL = "There is nothing to cancel right now."
TRIAGE_NO_LAST = "You have no saved symptom check yet. Send /triage to run one."
TRIAGE_LAST_HEADER = "<b>Your last symptom check</b> ({date})"
TRIAGE_REASONS_HEADER = "<b>Why:</b>"
TRIAGE_NOW_HEADER = "<b>What to do now:</b>"
# The items under it are whole sentences starting "If ...", so the heading must not.
TRIAGE_COME_BACK_HEADER = "<b>When to get more help:</b>"
# One tip or several: the heading reads right for both.
TRIAGE_TIPS_HEADER = "<b>Based on your answers:</b>"
TRIAGE_LEVEL_ICONS = {"emergency": "🚨", "urgent": "⚠️", "doctor": "🩺", "self_care": "🏠"}

# Reminders
REMINDER_DONE = "✅ Done"
REMINDER_SNOOZE_15 = "⏰ 15 min"
REMINDER_SNOOZE_60 = "⏰ 1 hour"
REMINDER_SKIP_TODAY = "⏭ Skip today"
REMINDER_DONE_NOTE = "✅ Done. Nicely done!"
REMINDER_DONE_HYDRATION = Template("✅ Done: {count} of {goal:glass|glasses} today.")
REMINDER_ALREADY_DONE = "Already recorded."
REMINDER_SNOOZED = "⏰ Snoozed until {time}."
REMINDER_SNOOZED_PAST_QUIET = (
    "⏰ Snoozed: {asked} is inside your quiet hours, so it comes when they end, at {time}."
)
REMINDER_ALREADY_SNOOZED = "Already snoozed."
REMINDER_SKIPPED = "⏭ Skipped for today. See you tomorrow."
REMINDER_GONE = "This reminder is no longer active."
# The diary's weekly summary is set from /diary, but /remind lists it with the reminders:
# a pause or "stop all" applies to it too.
KIND_LABELS = {
    "hydration": "💧 Water",
    "stretching": "🧘 Stretching",
    "minerals": "🥦 Minerals",
    "diary_summary": "📔 Weekly diary summary",
}
REMIND_MENU_TITLE = "<b>Your reminders</b>"
REMIND_NONE = (
    "No reminders yet. Pick one below, or type e.g. <code>/remind stretching 21:30</code>."
)
REMIND_ZONE_HINT = "Times are in your time zone: <b>{zone}</b> (change it with /timezone)."
REMIND_ZONE_UNSET = (
    "Times are in UTC until you set your time zone: send /timezone and your city, "
    "e.g. <code>/timezone Berlin</code>."
)
REMIND_PAUSED = "⏸ Paused until {until}."
REMIND_KIND_TITLE = (
    "<b>{label}</b>\nNow: {current}\n"
    "Pick a schedule, or type your own times:\n<code>{example}</code>"
)
REMIND_OFF_LABEL = "off"
REMIND_TURN_OFF = "🔕 Turn off"
REMIND_PAUSE = "⏸ Pause {days} d"
REMIND_RESUME = "▶️ Resume"
REMIND_STOP_ALL = "🛑 Stop all reminders"
REMIND_DAYS_EVERY = "Every day"
REMIND_DAYS_WEEKDAYS = "Mon–Fri"
REMIND_DAYS_WEEKENDS = "Sat–Sun"
REMIND_SAVED = "Saved: {label} {summary}. Next: {next}."
REMIND_TURNED_OFF = "{label} reminders are off."
REMIND_NOTHING_TO_TURN_OFF = "You had no {label} reminders."
REMIND_STOPPED_ALL = "All your reminders are stopped. /remind sets them up again."
REMIND_PAUSED_FOR = Template("Reminders paused for {days:day|days}, until {until}.")
REMIND_RESUMED = "Reminders resumed."
REMIND_NOT_PAUSED = "Your reminders are not paused."
REMIND_PRIVATE_ONLY = "Personal reminders are set up in a private chat. Tap the button to open it."
REMIND_OPEN_PRIVATE = "🔒 Open my reminders"
WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# A name before the times a preset button shows; the times come from the schedule the
# preset saves (scheduler/presets.py), so a label never says other times than it saves.
REMIND_PRESET_NAMES = {
    "stretching": {"d": "Evening", "m": "Morning and evening", "a": "After work"},
    "minerals": {"d": "Lunch", "b": "Breakfast", "n": "Dinner"},
}
REMIND_NEXT_NEVER = "never (quiet hours skip it)"
REMIND_QUIET_SKIPS_ONE = (
    "⚠️ {time} is inside your quiet hours ({quiet}), when reminders are skipped, "
    "so that one will not come."
)
REMIND_QUIET_SKIPS_SOME = (
    "⚠️ {times} are inside your quiet hours ({quiet}), when reminders are skipped, "
    "so those will not come."
)
REMIND_QUIET_SKIPS_ALL = (
    "⚠️ This reminder will never come: {times} {verb} inside your quiet hours ({quiet}), "
    "when reminders are skipped."
)
REMIND_QUIET_WAY_OUT = (
    "Pick another time, let reminders due in quiet hours come when they end, "
    "or change your quiet hours."
)
REMIND_BUTTON_QUIET_DEFER = "🌙 Send them when quiet hours end"
REMIND_BUTTON_QUIET_CHANGE = "⚙️ Change quiet hours"
REMIND_BUTTON_OTHER_TIME = "🕘 Pick another time"
REMIND_BUTTON_MENU = "⬅️ My reminders"
REMIND_REPLACED = "Replaced: {label} was {old}, now {summary}. Next: {next}."
REMIND_KEEP_BOTH = "To have both, send: <code>{command}</code>"
REMIND_EXAMPLES = {
    "hydration": "/remind hydration every 2h 08:00-20:00",
    "stretching": "/remind stretching 21:30",
    "minerals": "/remind minerals 12:30",
}

# Progress
TODAY_TITLE = "<b>Today</b> ({day})"
TODAY_LINE_HYDRATION = Template("💧 Water: {count} of {goal:glass|glasses}")
TODAY_LINE_STRETCHING = "🧘 Stretches: {count}"
TODAY_LINE_MINERALS = "🥦 Mineral check-ins: {count}"
TODAY_HINT = "Had a glass without a reminder? Tap below, or type <code>/today water</code>."
TODAY_BUTTON_LABELS = {
    "hydration": "💧 +1 glass",
    "stretching": "🧘 +1 stretch",
    "minerals": "🥦 +1 mineral check-in",
}
TODAY_ADDED = {
    "hydration": Template("💧 Counted: {count} of {goal:glass|glasses} today."),
    "stretching": Template("🧘 Counted: {count:stretch|stretches} today."),
    "minerals": Template("🥦 Counted: {count:mineral check-in|mineral check-ins} today."),
}
TODAY_USAGE = (
    "To count one without a reminder: <code>/today water</code>, <code>/today stretch</code> "
    "or <code>/today minerals</code> (add a number for more, e.g. <code>/today water 2</code>)."
)
WEEK_TITLE = "Your last 7 days"
WEEK_CAPTION = Template(
    "Last 7 days: {water:glass|glasses} of water, {stretches:stretch|stretches}, "
    "{minerals:mineral check-in|mineral check-ins}."
)

# Time zone and settings
TIMEZONE_PROMPT = (
    "Which time zone are you in? Send your city or zone, e.g. <code>/timezone Berlin</code> "
    "or <code>/timezone Europe/Berlin</code>, share your location with the button below, "
    "or tell me your local time: <code>/timezone 14:35</code>."
)
TIMEZONE_SHARE_LOCATION = "📍 Share my location"
TIMEZONE_SET = "Time zone set: <b>{zone}</b>. Your reminders follow it, daylight saving included."
TIMEZONE_SET_NO_DST = "Time zone set: <b>{zone}</b>. Your reminders follow it."
TIMEZONE_SET_FIXED = (
    "Time zone set: <b>{zone}</b>. This is a fixed offset: it never changes for daylight "
    "saving. To follow a place's summer time, send your city instead."
)
TIMEZONE_SUGGEST = "I'm not sure which zone you mean. Is it one of these?"
TIMEZONE_UNKNOWN = (
    "I don't know the time zone “{text}”. Try a city (<code>/timezone Lisbon</code>), a zone "
    "(<code>/timezone America/New_York</code>), <code>/timezone UTC</code>, or your local "
    "time (<code>/timezone 14:35</code>)."
)
TIMEZONE_FROM_TIME = "At {time} for you, you may be in one of these zones:"
TIMEZONE_LOCATION_FAILED = "I couldn't find a time zone for that place. Send your city instead."
SETTINGS_TITLE = "<b>Settings</b>"
SETTINGS_BODY = Template(
    "Time zone: <b>{zone}</b>\n"
    "Quiet hours: <b>{quiet}</b> ({policy})\n"
    "Profile: <b>{profile}</b>\n"
    "Daily water goal: <b>{goal:glass|glasses}</b>"
)
SETTINGS_QUIET_OFF = "none"
SETTINGS_POLICY_DEFER = "reminders due then come when they end"
SETTINGS_POLICY_SKIP = "reminders due then are skipped"
SETTINGS_BUTTON_QUIET = "🌙 Quiet {label}"
SETTINGS_BUTTON_QUIET_OFF = "🌙 No quiet hours"
SETTINGS_BUTTON_POLICY = "🔁 Quiet hours: {label}"
SETTINGS_POLICY_LABELS = {"defer": "move to the end", "skip": "skip"}
SETTINGS_BUTTON_PROFILE = "{mark} {label}"
SETTINGS_PROFILE_LABELS = {"general": "General", "fitness": "Fitness", "pregnancy": "Pregnancy"}
SETTINGS_BUTTON_GOAL_DOWN = "💧 −1"
SETTINGS_BUTTON_GOAL_UP = "💧 +1"
SETTINGS_BUTTON_TIMEZONE = "🌍 Time zone"
SETTINGS_USAGE = (
    "You can also type: <code>/settings quiet 22:00-07:00</code>, "
    "<code>/settings quiet off</code>, <code>/settings quiet skip</code> or "
    "<code>defer</code>, <code>/settings profile pregnancy</code>, "
    "<code>/settings goal 10</code>."
)
# Problems come from several parsers, some ending in a full stop and some not.
SETTINGS_BAD = Template("I couldn't use that: {problem:sentence}\n\n" + SETTINGS_USAGE)
SETTINGS_SAVED = "Saved."
SETTINGS_MARK = {True: "●", False: "○"}
SETTINGS_QUIET_BLOCKS = (
    "⚠️ Your quiet hours skip every time of these reminders, so they will not come: "
    "{labels}. Change the quiet hours, let reminders come when they end, or pick other times."
)

# Groups: the welcome, /setup (admins) and /groupinfo (everyone)
GROUP_WELCOME = (
    "👋 Hello, <b>{title}</b>! I'm Cramp Coach. I answer questions about leg cramps "
    "(try /causes, /relief or /faq) and can post a gentle daily reminder here, such as a "
    "stretch or a glass of water.\n\n"
    "🔒 I work with privacy mode on: in this group I only see commands sent to me and "
    "replies to my messages, never your other conversations. Health questions are "
    "personal, so /triage continues in a private chat."
)
GROUP_WELCOME_BY_ADMIN = (
    "⚙️ Admins can run /setup to choose the group's profile (general, fitness or "
    "pregnancy), its time zone and its reminders. Everyone can see them with /groupinfo."
)
GROUP_WELCOME_BY_MEMBER = (
    "⚙️ I was added by someone who is not an admin here, so an admin needs to run /setup "
    "before I post any reminders: it sets the group's profile, time zone and reminders."
)
GROUP_WELCOME_BACK = (
    "👋 Thanks for having me back! This group's settings are as they were{reminders}. "
    "Admins can change them with /setup; /groupinfo shows them."
)
GROUP_WELCOME_BACK_REMINDERS = ", and its reminders are on again"
SETUP_ONLY_ADMINS = (
    "Sorry, only this group's admins can change its settings. /groupinfo shows what is set."
)
SETUP_ALERT_NOT_ADMIN = "Only this group's admins can change its settings."
SETUP_IN_PRIVATE = (
    "/setup is for groups: add me to a group and send it there as an admin. "
    "Your own settings are in /settings."
)
GROUPINFO_IN_PRIVATE = "/groupinfo shows a group's settings: send it in the group."
SETUP_TITLE = "<b>Group setup</b>"
GROUPINFO_TITLE = "<b>This group's settings</b>"
GROUPINFO_FOOTER = "Admins change these with /setup."
GROUP_PROFILE_LINE = "Profile: <b>{profile}</b>"
GROUP_ZONE_LINE = "Time zone: <b>{zone}</b>"
GROUP_ZONE_UNSET = "Time zone: <b>UTC</b> (not chosen yet)"
GROUP_POSTED_IN_GROUP = "Reminders are posted in the group."
GROUP_POSTED_IN_GENERAL = "Reminders are posted in the General topic."
GROUP_POSTED_IN_TOPIC = 'Reminders are posted in <a href="{link}">a topic chosen by an admin</a>.'
GROUP_REMINDERS_HEADER = "<b>Reminders</b>"
GROUP_REMINDERS_NONE = "No group reminders yet."
GROUP_REMINDER_LINE = "{label}: {schedule}, next {next}"
GROUP_PAUSED_LINE = "Not posting: I can't post in this group right now."
GROUP_SUGGESTED_HEADER = "<b>Suggested for {profile} groups</b>"
GROUP_SUGGESTED_LINE = "{label} {times}, {days}: {why}"
GROUP_DAY_LABELS = {"daily": "every day", "weekdays": "Mon–Fri", "weekends": "Sat–Sun"}
SETUP_FOOTER = (
    "Tap to change, or type e.g. <code>/setup timezone Europe/Berlin</code>, "
    "<code>/setup profile fitness</code>, <code>/setup remind stretching 19:30 mon-fri</code>, "
    "<code>/setup remind hydration off</code>, or in a forum topic <code>/setup here</code>."
)
SETUP_BUTTON_TIMEZONE = "🌍 Time zone: {zone}"
SETUP_BUTTON_KIND = "{label}: {state}"
SETUP_BUTTON_SUGGESTED = "⭐ Use the suggested reminders"
SETUP_BUTTON_HERE = "📌 Post reminders in this topic"
SETUP_BUTTON_GENERAL = "📌 Post reminders in General"
SETUP_BUTTON_DONE = "✔️ Done"
SETUP_ZONE_TITLE = (
    "<b>The group's time zone</b>\nNow: <b>{zone}</b>\n"
    "Pick one, or type a city or zone, e.g. <code>/setup timezone Lisbon</code>."
)
SETUP_ZONE_SUGGEST = "I'm not sure which zone you mean. Is it one of these?"
SETUP_ZONE_UNKNOWN = (
    "I don't know the time zone “{text}”. Try a city (<code>/setup timezone Lisbon</code>) "
    "or a zone (<code>/setup timezone America/New_York</code>)."
)
SETUP_KIND_TITLE = (
    "<b>{label}</b> for the group\nNow: {current}\n"
    "Pick a schedule, or type your own:\n<code>{example}</code>"
)
SETUP_KIND_EXAMPLES = {
    "hydration": "/setup remind hydration 10:00 14:00",
    "stretching": "/setup remind stretching 19:30 mon-fri",
    "minerals": "/setup remind minerals 12:30",
}
SETUP_SAVED_PROFILE = "Profile set: {profile}."
SETUP_SAVED_ZONE = "Time zone set: <b>{zone}</b>. The group's reminders follow it."
SETUP_SAVED_SUGGESTED = "The suggested reminders are on."
SETUP_SAVED_HERE = "Reminders will be posted here."
SETUP_SAVED_REMINDER = "Saved: {label} {summary}."
SETUP_REPLACED_REMINDER = "Replaced: {label} was {old}, now {summary}."
SETUP_KEEP_BOTH = "To have both, send: <code>{command}</code>"
GROUP_REMINDER_ADMINS_ONLY = (
    "The group's reminders are the same for everyone: its admins change them with /setup."
)
GROUP_HELP_ADMINS = "Admins: /setup chooses the group's profile, time zone and reminders."
SETUP_SAVED_DONE = "✔️ Saved. Admins can change this any time with /setup."
SETUP_NOT_A_FORUM = "This group has no topics: reminders are posted in the group itself."
SETUP_USAGE = "I didn't understand that.\n\n" + SETUP_FOOTER
SETUP_REMIND_KINDS_ONLY = (
    "In a group, /setup sets or turns off a reminder, e.g. "
    "<code>/setup remind stretching 19:30 mon-fri</code> or "
    "<code>/setup remind hydration off</code>."
)

# Your data (/mydata, /forget)
MYDATA_CAPTION = (
    "Everything I store about you, as a JSON file: settings, reminders and what was sent, "
    "your progress and your symptom checks. /forget deletes it all."
)
MYDATA_FILENAME = "cramp-coach-my-data.json"
PRIVACY_PRIVATE_ONLY = (
    "Your data is personal, so I only show or delete it in a private chat. "
    "Tap the button to continue there."
)
PRIVACY_OPEN_PRIVATE = "🔒 Open in a private chat"
FORGET_CONFIRM = (
    "<b>Delete everything I store about you?</b>\n"
    "Your settings, all reminders (they stop at once), your progress and your symptom "
    "checks are deleted for good. This cannot be undone."
)
FORGET_YES = "🗑 Yes, delete everything"
FORGET_NO = "✖️ No, keep it"
FORGET_DONE = (
    "Done: everything I stored about you is deleted, and no reminders will come. "
    "Send /start whenever you want to begin again."
)
FORGET_KEPT = "Nothing was deleted."
FORGET_EXPIRED = "This confirmation has expired. Send /forget again."
FORGET_PROMPT_CLOSED = (
    "This question is no longer open (answered, replaced or expired): "
    "nothing changed now. Send /forget to ask again."
)
# A button whose chat has no stored settings any more (deleted with /forget).
BUTTON_CHAT_GONE = (
    "Your settings were deleted, so this button does nothing now. "
    "Send /settings or /remind to start again."
)
# Snooze or Skip on a reminder already marked done.
REMINDER_ALREADY_DONE_NO_CHANGE = "You already marked this reminder done: nothing to change."

# When the database is locked or unavailable (bot/handlers/errors.py)
DATABASE_BUSY = (
    "Sorry, I couldn't save that just now: my storage is busy. Nothing was changed. "
    "Please try again in a minute."
)
DATABASE_UNAVAILABLE = (
    "Sorry, I can't save anything right now: my storage is unavailable, and the people "
    "running me have been alerted. Nothing was changed. Please try again later."
)
