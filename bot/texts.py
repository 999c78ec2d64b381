"""Interface wording: button labels, command descriptions, short notices.

Medical wording lives in content/*.yaml; this module holds only the words of the
interface around it, so a self-hoster can re-word the bot without touching advice.
"""

from __future__ import annotations

from dataclasses import dataclass

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
    CommandInfo("timezone", "Set my time zone", ("private",)),
    CommandInfo("settings", "Time zone, quiet hours, profile, water goal", ("private",)),
    CommandInfo("stop", "Stop all my reminders", ("private",)),
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

HELP_HEADER = "<b>What I can do</b>"
HELP_FOOTER = "You can also just type a question, such as <i>why do I get cramps at night?</i>"
MENU_TITLE = "<b>Main menu</b>\nPick a topic, browse all questions, or type your own."
FAQ_TITLE = "<b>All topics</b> (page {page} of {pages})\nPick a topic to see its questions."
FAQ_TOPIC_TITLE = "<b>{title}</b>\nPick a question:"
RELATED_LABEL = "Related:"
NO_MATCH_SUGGESTIONS = "Did you mean one of these?"
ALTERNATIVES_LABEL = "Also see:"
RED_FLAG_REASON = "You mentioned: {labels}."
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
TOO_LONG_INPUT = "That's a long message: I read the first {limit} characters."
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
TRIAGE_COME_BACK_HEADER = "<b>Get help if:</b>"
TRIAGE_TIPS_HEADER = "<b>Tips for you:</b>"
TRIAGE_LEVEL_ICONS = {"emergency": "🚨", "urgent": "⚠️", "doctor": "🩺", "self_care": "🏠"}

# Reminders
REMINDER_DONE = "✅ Done"
REMINDER_SNOOZE_15 = "⏰ 15 min"
REMINDER_SNOOZE_60 = "⏰ 1 hour"
REMINDER_SKIP_TODAY = "⏭ Skip today"
REMINDER_DONE_NOTE = "✅ Done. Nicely done!"
REMINDER_DONE_HYDRATION = "✅ Done: {count} of {goal} glasses today."
REMINDER_ALREADY_DONE = "Already recorded."
REMINDER_SNOOZED = "⏰ Snoozed until {time}."
REMINDER_ALREADY_SNOOZED = "Already snoozed."
REMINDER_SKIPPED = "⏭ Skipped for today. See you tomorrow."
REMINDER_GONE = "This reminder is no longer active."
KIND_LABELS = {"hydration": "💧 Water", "stretching": "🧘 Stretching", "minerals": "🥦 Minerals"}
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
REMIND_PAUSED_FOR = "Reminders paused for {days} days, until {until}."
REMIND_RESUMED = "Reminders resumed."
REMIND_NOT_PAUSED = "Your reminders are not paused."
REMIND_PRIVATE_ONLY = "Personal reminders are set up in a private chat. Tap the button to open it."
REMIND_OPEN_PRIVATE = "🔒 Open my reminders"
WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
REMIND_PRESETS = {
    "hydration": (
        ("d", "Every 2 h, 09:00–21:00"),
        ("t", "09:00, 13:00, 17:00"),
        ("e", "Every 3 h, 08:00–20:00"),
    ),
    "stretching": (("d", "Evening 21:30"), ("m", "07:30 and 21:30"), ("a", "After work 18:30")),
    "minerals": (("d", "Lunch 12:30"), ("b", "Breakfast 08:00"), ("n", "Dinner 19:00")),
}
REMIND_EXAMPLES = {
    "hydration": "/remind hydration every 2h 08:00-20:00",
    "stretching": "/remind stretching 21:30",
    "minerals": "/remind minerals 12:30",
}

# Progress
TODAY_TITLE = "<b>Today</b> ({day})"
TODAY_LINE_HYDRATION = "💧 Water: {count} of {goal} glasses"
TODAY_LINE_STRETCHING = "🧘 Stretches: {count}"
TODAY_LINE_MINERALS = "🥦 Mineral check-ins: {count}"
WEEK_TITLE = "Your last 7 days"
WEEK_CAPTION = (
    "Last 7 days: {water} glasses of water, {stretches} stretches, {minerals} mineral check-ins."
)

# Time zone and settings
TIMEZONE_PROMPT = (
    "Which time zone are you in? Send your city or zone, e.g. <code>/timezone Berlin</code> "
    "or <code>/timezone Europe/Berlin</code>, share your location with the button below, "
    "or tell me your local time: <code>/timezone 14:35</code>."
)
TIMEZONE_SHARE_LOCATION = "📍 Share my location"
TIMEZONE_SET = "Time zone set: <b>{zone}</b>. Your reminders follow it, daylight saving included."
TIMEZONE_SUGGEST = "I'm not sure which zone you mean. Is it one of these?"
TIMEZONE_UNKNOWN = (
    "I don't know the time zone “{text}”. Try a city (<code>/timezone Lisbon</code>), a zone "
    "(<code>/timezone America/New_York</code>), <code>/timezone UTC</code>, or your local "
    "time (<code>/timezone 14:35</code>)."
)
TIMEZONE_FROM_TIME = "At {time} for you, you may be in one of these zones:"
TIMEZONE_LOCATION_FAILED = "I couldn't find a time zone for that place. Send your city instead."
SETTINGS_TITLE = "<b>Settings</b>"
SETTINGS_BODY = (
    "Time zone: <b>{zone}</b>\n"
    "Quiet hours: <b>{quiet}</b> ({policy})\n"
    "Profile: <b>{profile}</b>\n"
    "Daily water goal: <b>{goal}</b> glasses"
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
SETTINGS_BAD = "I couldn't use that: {problem}\n\n" + SETTINGS_USAGE
SETTINGS_SAVED = "Saved."
GOAL_RANGE = (1, 30)

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

# When the database is locked or unavailable (bot/handlers/errors.py)
DATABASE_BUSY = (
    "Sorry, I couldn't save that just now: my storage is busy. Nothing was changed. "
    "Please try again in a minute."
)
