"""Every handler of the bot, registered in one ordered place.

Order matters: PTB runs the first matching handler per group, so specific handlers
come before catch-alls, and the safety-relevant free-text path is explicit.
"""

from __future__ import annotations

from typing import Any

from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot.handlers import (
    errors,
    faq,
    flood,
    group_info,
    group_setup,
    membership,
    preferences,
    privacy,
    questions,
    reminders,
    start,
    topics,
    triage,
)
from bot.handlers.common import SignedButtonHandler
from bot.services import Services


def register_handlers(app: Application[Any, Any, Any, Any, Any, Any], svc: Services) -> None:
    signer = svc.signer
    topic_commands = [t.command for t in svc.content.topics.values() if t.command]
    # Edited messages are ignored: answering an edit twice confuses more than it helps.
    new_messages = filters.UpdateType.MESSAGE
    private = filters.ChatType.PRIVATE

    app.add_handlers(
        [
            # First: a running triage owns its buttons and the free text typed during it.
            triage.triage_conversation(svc),
            CommandHandler("start", start.start_command, filters=new_messages),
            CommandHandler("help", start.help_command, filters=new_messages),
            CommandHandler("about", start.about_command, filters=new_messages),
            CommandHandler("faq", faq.faq_command, filters=new_messages),
            CommandHandler(topic_commands, topics.topic_command, filters=new_messages),
            CommandHandler("cancel", triage.nothing_to_cancel, filters=new_messages),
            CommandHandler("remind", reminders.remind_command, filters=new_messages),
            CommandHandler("stop", reminders.stop_command, filters=new_messages),
            CommandHandler("timezone", preferences.timezone_command, filters=new_messages),
            CommandHandler("settings", preferences.settings_command, filters=new_messages),
            CommandHandler("today", preferences.today_command, filters=new_messages),
            CommandHandler("week", preferences.week_command, filters=new_messages),
            CommandHandler("setup", group_setup.setup_command, filters=new_messages),
            CommandHandler("groupinfo", group_info.groupinfo_command, filters=new_messages),
            SignedButtonHandler(
                signer, group_setup.SETUP_ACTIONS, group_setup.setup_button, with_action=True
            ),
            group_setup.GroupButtonHandler(
                signer, {"rz", "rk"}, group_setup.group_reminder_unchangeable
            ),
            CommandHandler("mydata", privacy.mydata_command, filters=new_messages),
            CommandHandler("forget", privacy.forget_command, filters=new_messages),
            SignedButtonHandler(signer, {"fy"}, privacy.forget_confirmed),
            SignedButtonHandler(signer, {"fn"}, privacy.forget_declined),
            MessageHandler(new_messages & private & filters.LOCATION, preferences.location_message),
            SignedButtonHandler(signer, {"rd"}, reminders.done_button),
            SignedButtonHandler(signer, {"rz"}, reminders.snooze_button),
            SignedButtonHandler(signer, {"rk"}, reminders.skip_button),
            SignedButtonHandler(signer, {"rm"}, reminders.menu_button),
            SignedButtonHandler(signer, {"rmk"}, reminders.kind_button),
            SignedButtonHandler(signer, {"rms"}, reminders.preset_button),
            SignedButtonHandler(signer, {"rmd"}, reminders.days_button),
            SignedButtonHandler(signer, {"rmo"}, reminders.off_button),
            SignedButtonHandler(signer, {"rmp"}, reminders.pause_button),
            SignedButtonHandler(signer, {"rmr"}, reminders.resume_button),
            SignedButtonHandler(signer, {"rmx"}, reminders.stop_all_button),
            SignedButtonHandler(signer, {"tz"}, preferences.zone_button),
            SignedButtonHandler(signer, {"sz"}, preferences.timezone_button),
            SignedButtonHandler(signer, {"sq", "sp"}, preferences.quiet_button),
            SignedButtonHandler(signer, {"sf"}, preferences.profile_button),
            SignedButtonHandler(signer, {"sg"}, preferences.goal_button),
            SignedButtonHandler(signer, {"so"}, preferences.open_settings_button),
            SignedButtonHandler(signer, {"pa"}, preferences.today_add_button),
            ChatMemberHandler(membership.my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER),
            MessageHandler(filters.StatusUpdate.MIGRATE, membership.group_migrated),
            SignedButtonHandler(signer, {"m"}, start.menu_button),
            SignedButtonHandler(signer, {"t"}, topics.topic_button),
            SignedButtonHandler(signer, {"d"}, topics.details_button),
            SignedButtonHandler(signer, {"fp"}, faq.faq_page_button),
            SignedButtonHandler(signer, {"ft"}, faq.faq_topic_button),
            SignedButtonHandler(signer, {"fq"}, faq.faq_question_button),
            # Free text: the answer to a question the bot asked (/timezone), else a
            # question for the assistant; red flags first either way.
            MessageHandler(
                new_messages & private & filters.TEXT & ~filters.COMMAND,
                preferences.text_message,
            ),
            MessageHandler(new_messages & private & filters.COMMAND, questions.unknown_command),
            MessageHandler(
                new_messages & private & ~filters.TEXT & ~filters.StatusUpdate.ALL,
                questions.non_text_message,
            ),
            CallbackQueryHandler(questions.stale_button),
        ]
    )
    # After everything else: a question the bot asked that this message did not answer
    # is closed (the database remembers it, see storage/prompts.py).
    app.add_handler(
        MessageHandler(new_messages & private, preferences.close_unanswered_question),
        group=preferences.UNANSWERED_QUESTION_GROUP,
    )
    # Before everything else: a flooding sender's excess updates stop here.
    app.add_handler(flood.flood_gate(svc.settings), group=flood.FLOOD_GROUP)
    app.add_error_handler(errors.error_handler)
