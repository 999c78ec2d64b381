"""The diary's interface words: what /log asks, how an entry reads, the patterns' and the
report's sentences. Advice lives in content/diary.yaml; these words carry none.
"""

from __future__ import annotations

from datetime import date, tzinfo

from diary.entry import Cramp, Draft, Duration, Side, Site

SITE_NAMES: dict[Site, str] = {
    "calf": "calf",
    "thigh": "thigh",
    "foot": "foot",
    "toes": "toes",
    "hamstring": "hamstring",
}
SIDE_NAMES: dict[Side, str] = {"left": "left", "right": "right", "both": "both sides"}
DURATION_NAMES: dict[Duration, str] = {
    "under_1": "under a minute",
    "1_5": "1-5 minutes",
    "5_10": "5-10 minutes",
    "over_10": "over 10 minutes",
}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def date_text(day: date) -> str:
    """'3 Nov 2026', whatever the process locale."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def short_date(day: date) -> str:
    """'Tue 3 Nov'."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"


def counted(count: int, one: str, many: str) -> str:
    """'1 cramp', '3 cramps'."""
    return f"{count} {one if count == 1 else many}"


# -- patterns ------------------------------------------------------------------------------
PATTERN_NIGHTS = (
    "Cramps on {cramp_nights} of the last {nights} nights; {woken_nights} of them woke you."
)
PATTERN_COMPARISON = (
    "{what}: cramps on {with_cramps} of {with_nights} nights after a day with it, "
    "and on {without_cramps} of {without_nights} nights after a day without."
)
COMPARE_WATER = "Water logged during the day"
COMPARE_STRETCH = "A stretch logged during the day"
PATTERN_NOT_A_CAUSE = (
    "These are counts from your diary side by side; they do not show what causes your cramps."
)
PATTERN_MEDICINE = (
    "{name}: started on {started}. First cramp in the diary: {first}. {before} "
    "Cramps in the 4 weeks after the start: {after}."
)
MEDICINE_BEFORE = "Cramps in the 4 weeks before: {count}."
MEDICINE_BEFORE_UNKNOWN = "The diary does not cover the 4 weeks before."
NO_CRAMP_YET = "none yet"

# -- the report ----------------------------------------------------------------------------
REPORT_TITLE = "Leg cramp diary"
REPORT_PERIOD = "Period: {first} to {last} ({days} days)"
REPORT_PREPARED = "Prepared on {today} from the Cramp Coach diary. Times are in {zone}."
REPORT_SUMMARY = "Summary"
REPORT_CRAMPS = "Number of cramps"
REPORT_CRAMP_DAYS = "Days or nights with cramps"
REPORT_NIGHTS = "Cramps at night / in the day"
REPORT_WOKEN = "Nights disturbed (a cramp woke them)"
REPORT_SEVERITY = "Severity (0-10)"
REPORT_SEVERITY_VALUE = "median {median}, from {lowest} to {highest}"
REPORT_SEVERITY_BANDS = (("0-3 (mild)", 0, 3), ("4-6 (moderate)", 4, 6), ("7-10 (severe)", 7, 10))
REPORT_DURATION = "Duration"
REPORT_LONG_NOT_EASED = "over 10 minutes and did not ease: {count}"
REPORT_SITES = "Sites and sides"
REPORT_SIDE_HEADERS = ("Site", "Left", "Right", "Both", "Total")
REPORT_CHART = "Cramps per day and night"
REPORT_MEDICINES = "Medicines and start dates (as given by the patient)"
REPORT_NO_MEDICINES = "None named."
REPORT_TRIED = "What they have tried"
REPORT_TRIED_NONE = "Nothing named."
REPORT_TRIED_WATER = "Water logged on {days} of {of} days"
REPORT_TRIED_STRETCH = "Stretches logged on {days} of {of} days"
REPORT_PATTERNS = "What the diary shows"
REPORT_ENTRIES = "Entries"
REPORT_ENTRY_HEADERS = ("Date", "Time", "When", "Site", "Side", "Sev.", "Duration", "Woke", "Note")
REPORT_NIGHT = "night"
REPORT_DAY = "day"
REPORT_YES = "yes"
REPORT_NO = "no"
REPORT_NO_ENTRIES = "No cramps were logged in this period."
REPORT_PAGE = "Page {page} of {pages}"
REPORT_STARTED = "started {day}"
REPORT_START_UNKNOWN = "start date not given"
PDF_FILENAME = "cramp-diary-report.pdf"
CSV_FILENAME = "cramp-diary.csv"
CHART_TITLE = "Cramps, last {days} days"

# -- /log ----------------------------------------------------------------------------------
LOG_HEADER = "📝 <b>Log a cramp</b>"
LOG_SO_FAR = "So far: {summary}"
LOG_ASK: dict[str, str] = {
    "when": "When was it?",
    "site": "Where was the cramp?",
    "side": "Which side?",
    "severity": "How bad was it, from 0 (barely) to 10 (the worst you can imagine)?",
    "duration": "How long did it last?",
    "eased": "It lasted over 10 minutes. Has it eased with stretching?",
    "woke": "Did it wake you?",
}
LOG_OTHER_TIME = "Another time? Send it with /log, for example <code>/log yesterday 23:30</code>."
WHEN_BUTTONS = {"now": "Just now", "last_night": "🌙 Last night", "this_morning": "🌅 This morning"}
SITE_BUTTONS = {
    "calf": "Calf",
    "thigh": "Thigh",
    "foot": "Foot",
    "toes": "Toes",
    "hamstring": "Hamstring",
}
SIDE_BUTTONS = {"left": "Left", "right": "Right", "both": "Both"}
DURATION_BUTTONS = {
    "under_1": "Under a minute",
    "1_5": "1-5 min",
    "5_10": "5-10 min",
    "over_10": "Over 10 min",
}
EASED_BUTTONS = {True: "Yes, it eased", False: "No, it hasn't"}
WOKE_BUTTONS = {True: "Yes, it woke me", False: "No"}
BUTTON_CANCEL = "✖️ Cancel"
LOG_CANCELLED = "Nothing was logged."
LOG_SAVED = "✅ Logged: {entry}"
LOG_ALREADY_SAVED = "Already logged."
LOG_SAVED_HINT = "See your diary with /diary; /report makes a report for your doctor."
BUTTON_ADD_NOTE = "📝 Add a note"
BUTTON_EDIT = "✏️ Edit"
BUTTON_DELETE = "🗑 Delete"
LOG_PRIVATE_ONLY = (
    "Your cramp diary is personal: it is kept in a private chat. Tap the button to open it."
)
BUTTON_OPEN_PRIVATE = "🔒 Open my diary"
LOG_USAGE = (
    "Log a cramp with buttons: send /log. Or type it in one go, in any order: "
    "<code>/log 7 left calf 3 min woke</code>, <code>/log 4 both feet 30s last night</code>, "
    "and add <code>note: your words</code> at the end."
)
LOG_PROBLEMS = {
    "unknown_words": "I didn't understand: <b>{detail}</b>.",
    "twice": "You gave the <b>{detail}</b> twice (for both legs, say <i>both</i>).",
    "severity_range": "Severity goes from 0 to 10: <b>{detail}</b> is outside that.",
    "future": "That time is still to come: log a cramp once it has happened.",
    "too_old": "That is more than a year ago: the diary keeps the last year.",
    "bad_time": "<b>{detail}</b> is not a time I can read: try 23:30 or 11pm.",
    "note_too_long": "A note can be up to {detail} characters.",
}
NOTHING_LOGGED = "Nothing was logged."
LOG_NOTE_NEEDS_ALL = (
    "A note goes with a cramp typed in full (site, side, severity and how long), "
    "or log the cramp first and tap 📝 Add a note."
)
OFFER_TO_LOG = "Would you like to log this cramp in your diary? It helps to show your doctor."
BUTTON_LOG_IT = "📝 Log it"
NOTE_PROMPT = "Write your note in your next message (up to 500 characters)."
NOTE_SAVED = "📝 Note saved: {entry}"
ENTRY_GONE = "That entry is no longer in your diary."

# -- /diary --------------------------------------------------------------------------------
DIARY_TITLE = "📔 <b>Your cramp diary</b>"
DIARY_EMPTY = "No cramps logged yet. Send /log after your next cramp: it takes a few taps."
DIARY_LATEST = "Latest entries:"
DIARY_PATTERNS = "<b>What your diary shows</b>"
DIARY_HINT = (
    "/log adds a cramp · /report makes a report for your doctor\n"
    "Name a medicine: <code>/diary medicine atorvastatin since 2026-11-12</code>; "
    "something you tried: <code>/diary tried magnesium</code>; "
    "remove one: <code>/diary remove atorvastatin</code>; "
    "a weekly summary: <code>/diary summary sun 19:00</code>"
)
DIARY_ITEMS = "<b>Medicines and what you tried:</b> {items}"
DIARY_CHART_CAPTION = "Your last 30 days: {cramps}, {woken}."
DIARY_USAGE = (
    "Send /diary to see your diary. To name a medicine: "
    "<code>/diary medicine NAME since 2026-11-12</code> (the day you started it); "
    "something you tried: <code>/diary tried NAME</code>; "
    "remove one: <code>/diary remove NAME</code>; a weekly summary: "
    "<code>/diary summary sun 19:00</code> or <code>/diary summary off</code>."
)
DIARY_ITEM_SAVED = "Saved: {item}. It will be in your report."
DIARY_ITEM_REMOVED = "Removed: {name}."
DIARY_ITEM_NOT_FOUND = "Your diary has nothing named {name}."
DIARY_ITEMS_FULL = "Your diary holds as many medicines and remedies as it keeps: remove one first."
DIARY_BAD_DATE = "<b>{detail}</b> is not a day I can read: use 2026-11-12, today or yesterday."
DIARY_FUTURE_DATE = "That day is still to come."
EDIT_TITLE = "✏️ <b>Edit this entry</b>\n{entry}\n\nWhat would you like to change?"
EDIT_FIELDS = {
    "severity": "Severity",
    "duration": "Duration",
    "site": "Site",
    "side": "Side",
    "woke": "Woke me",
}
EDIT_SAVED = "Saved."
BUTTON_NOTE = "📝 Note"
BUTTON_BACK_TO_DIARY = "⬅️ Diary"
DELETE_CONFIRM = "Delete this entry?\n{entry}"
BUTTON_DELETE_YES = "🗑 Yes, delete it"
BUTTON_DELETE_NO = "No, keep it"
DELETED = "Deleted."

# -- the weekly summary (diary/weekly.py) and its switch in /diary --------------------------
SUMMARY_TITLE = "📔 Your week in the cramp diary"
SUMMARY_PERIOD = "{first} to {last}"
SUMMARY_CRAMPS = "{count} logged"
SUMMARY_WOKEN = "Nights a cramp woke you: {count}"
SUMMARY_WORST = "Worst: {severity}/10"
SUMMARY_FEWER = "{difference} fewer than the week before ({before})"
SUMMARY_MORE = "{difference} more than the week before ({before})"
SUMMARY_SAME = "as many as the week before"
SUMMARY_NONE = "No cramps logged this week."
SUMMARY_NONE_BEFORE = "No cramps logged this week (the week before: {before})."
SUMMARY_NONE_HINT = "Had one and not logged it? /log adds it."
SUMMARY_HINT = "/diary shows the details · /report makes a report for your doctor"
BUTTON_SUMMARY_STOP = "🔕 Stop weekly summaries"
SUMMARY_STOPPED = "Weekly summaries are off. /diary summary sun 19:00 turns them on again."
BUTTON_SUMMARY = "🗓 Weekly summary"
SUMMARY_STATE_OFF = "off"
SUMMARY_MENU_TITLE = "🗓 <b>Weekly summary</b>"
SUMMARY_MENU_ABOUT = (
    "A short message once a week with your last 7 days: how many cramps, the nights they "
    "woke you, the worst one, and the change from the week before."
)
SUMMARY_MENU_ON = "On: <b>{day}s at {time}</b>, your time ({zone}). Next: {next}."
SUMMARY_MENU_NEVER = (
    "On: <b>{day}s at {time}</b>, but that time is in your quiet hours, which skip "
    "reminders: it will not arrive. Pick another time, or change quiet hours in /settings."
)
SUMMARY_MENU_OFF = "Off. Pick a day and a time to switch it on."
SUMMARY_MENU_ZONE_UNSET = "Your time zone is not set (UTC is used): set it with /timezone."
SUMMARY_MENU_TYPED = (
    "Or type it: <code>/diary summary sun 19:00</code>, <code>/diary summary off</code>."
)
SUMMARY_PICK_DAY = "Day:"
SUMMARY_PICK_TIME = "Time:"
BUTTON_SUMMARY_OFF = "🔕 Turn off"
SUMMARY_SAVED = "Saved: weekly summary on {day}s at {time}."
SUMMARY_TURNED_OFF = "Weekly summary off."
SUMMARY_WAS_OFF = "The weekly summary was off already."
SUMMARY_USAGE = (
    "Choose a day and a time: <code>/diary summary sun 19:00</code>; turn it off with "
    "<code>/diary summary off</code>; or send <code>/diary summary</code> for buttons."
)
SUMMARY_NOTHING_CHANGED = "Nothing was changed."
# Plain text (they may quote what was typed; the bot escapes them).
SUMMARY_ONE_DAY = "The summary comes on one day a week, and {detail} is more than one."
SUMMARY_SAID_TWICE = "You gave the {detail} twice."
SUMMARY_TOO_MANY_WORDS = "That is more than a day and a time."
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# -- /report -------------------------------------------------------------------------------
REPORT_EMPTY = "Your diary has no cramps from {first} to {last}. /log adds one."
REPORT_CAPTION_PDF = "Your cramp diary, {first} to {last}: a report you can give your doctor."
REPORT_CAPTION_CSV = "The same entries as a spreadsheet (CSV)."
REPORT_USAGE = (
    "/report covers the last 4 weeks. Or choose: <code>/report since 2026-11-01</code>, "
    "<code>/report 8 weeks</code>, <code>/report 10 days</code> (up to a year)."
)
NIGHT_WORD = "night"
DAY_WORD = "day"
WOKE_WORDS = "woke you"
NOTE_MARK = "📝"


def where_text(site: Site, side: Side) -> str:
    """'left calf', 'both feet'-like: 'calf, both sides'."""
    if side == "both":
        return f"{SITE_NAMES[site]}, both sides"
    return f"{SIDE_NAMES[side]} {SITE_NAMES[site]}"


def entry_text(cramp: Cramp, zone: tzinfo) -> str:
    """One entry on one line: 'Tue 3 Dec 03:51 (night) · left calf · 7/10 · 1-5 minutes'."""
    local = cramp.occurred_at.astimezone(zone)
    parts = [
        f"{short_date(local.date())} {local:%H:%M} ({NIGHT_WORD if cramp.at_night else DAY_WORD})",
        where_text(cramp.site, cramp.side),
        f"{cramp.severity}/10",
        DURATION_NAMES[cramp.duration],
    ]
    if cramp.woke:
        parts.append(WOKE_WORDS)
    if cramp.note:
        parts.append(NOTE_MARK)
    return " · ".join(parts)


def draft_text(draft: Draft, zone: tzinfo) -> str:
    """What a draft holds so far, in the same order as an entry."""
    parts: list[str] = []
    if draft.at is not None:
        local = draft.at.astimezone(zone)
        parts.append(f"{short_date(local.date())} {local:%H:%M}")
    if draft.site is not None:
        parts.append(where_text(draft.site, draft.side) if draft.side else SITE_NAMES[draft.site])
    elif draft.side is not None:
        parts.append(SIDE_NAMES[draft.side])
    if draft.severity is not None:
        parts.append(f"{draft.severity}/10")
    if draft.duration is not None:
        parts.append(DURATION_NAMES[draft.duration])
    if draft.woke:
        parts.append(WOKE_WORDS)
    return " · ".join(parts)
