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
    CommandInfo("about", "About this bot, its sources and your data", ("private", "group")),
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
STALE_BUTTON = "This button is no longer valid. Send /start for a fresh menu."
UNKNOWN_COMMAND = "I don't know that command. Send /help to see what I can do."
GROUP_FREE_TEXT_HINT = "Ask me in a private chat for personal questions."
NON_TEXT_MESSAGE = "I can only read text. Type your question, or send /help to see what I can do."
TOO_LONG_INPUT = "That's a long message: I read the first {limit} characters."

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
