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

from bot.buttons import Action, ButtonDispatcher, ButtonVerifier, Callback
from bot.handlers import (
    diary_log,
    diary_report,
    diary_summary,
    diary_view,
    errors,
    faq,
    flood,
    free_text,
    group_info,
    group_setup,
    membership,
    privacy,
    progress,
    questions,
    reminder_buttons,
    reminder_menu,
    settings_panel,
    start,
    timezone,
    topics,
    triage,
)
from bot.services import Services
from bot.update_processor import claim_handler

# What each button does. The symptom check's buttons are routed inside its conversation
# (triage.TRIAGE_BUTTONS); every other action is here, once.
BUTTONS: dict[Action, Callback[None]] = {
    Action.MENU: start.menu_button,
    Action.TOPIC: topics.topic_button,
    Action.TOPIC_DETAILS: topics.details_button,
    Action.FAQ_PAGE: faq.faq_page_button,
    Action.FAQ_TOPIC: faq.faq_topic_button,
    Action.FAQ_QUESTION: faq.faq_question_button,
    Action.FORGET_CONFIRMED: privacy.forget_confirmed,
    Action.FORGET_DECLINED: privacy.forget_declined,
    Action.REMINDER_DONE: reminder_buttons.done_button,
    Action.REMINDER_SNOOZE: reminder_buttons.snooze_button,
    Action.REMINDER_SKIP_TODAY: reminder_buttons.skip_button,
    Action.REMIND_MENU: reminder_menu.menu_button,
    Action.REMIND_KIND: reminder_menu.kind_button,
    Action.REMIND_PRESET: reminder_menu.preset_button,
    Action.REMIND_DAYS: reminder_menu.days_button,
    Action.REMIND_OFF: reminder_menu.off_button,
    Action.REMIND_PAUSE: reminder_menu.pause_button,
    Action.REMIND_RESUME: reminder_menu.resume_button,
    Action.REMIND_STOP_ALL: reminder_menu.stop_all_button,
    Action.ZONE_CHOSEN: timezone.zone_button,
    Action.SETTINGS_ASK_ZONE: timezone.ask_zone_button,
    Action.SETTINGS_QUIET_HOURS: settings_panel.quiet_hours_button,
    Action.SETTINGS_QUIET_POLICY: settings_panel.quiet_policy_button,
    Action.SETTINGS_PROFILE: settings_panel.profile_button,
    Action.SETTINGS_GOAL: settings_panel.goal_button,
    Action.SETTINGS_OPEN: settings_panel.open_settings_button,
    Action.TODAY_ADD: progress.today_add_button,
    Action.SETUP_PANEL: group_setup.panel_button,
    Action.SETUP_PROFILE: group_setup.profile_button,
    Action.SETUP_ZONES: group_setup.zones_button,
    Action.SETUP_ZONE: group_setup.zone_button,
    Action.SETUP_KIND: group_setup.kind_button,
    Action.SETUP_PRESET: group_setup.preset_button,
    Action.SETUP_DAYS: group_setup.days_button,
    Action.SETUP_OFF: group_setup.off_button,
    Action.SETUP_SUGGESTED: group_setup.suggested_button,
    Action.SETUP_HERE: group_setup.here_button,
    Action.SETUP_DONE: group_setup.done_button,
    Action.LOG_ANSWER: diary_log.log_button,
    Action.LOG_WHEN: diary_log.when_button,
    Action.LOG_CANCEL: diary_log.cancel_button,
    Action.DIARY_NOTE: diary_log.note_button,
    Action.DIARY_EDIT: diary_view.edit_button,
    Action.DIARY_FIELD: diary_view.field_button,
    Action.DIARY_SET: diary_view.set_button,
    Action.DIARY_DELETE: diary_view.delete_button,
    Action.DIARY_DELETE_CONFIRMED: diary_view.delete_confirmed,
    Action.DIARY_BACK: diary_view.back_to_diary_button,
    Action.DIARY_SUMMARY_MENU: diary_summary.menu_button,
    Action.DIARY_SUMMARY_DAY: diary_summary.day_button,
    Action.DIARY_SUMMARY_TIME: diary_summary.time_button,
    Action.DIARY_SUMMARY_OFF: diary_summary.off_button,
    Action.DIARY_SUMMARY_STOP: diary_summary.stop_button,
}


def register_handlers(app: Application[Any, Any, Any, Any, Any, Any], svc: Services) -> None:
    # One signature check per button press, shared by the triage conversation's buttons.
    verifier = ButtonVerifier(svc.signer)
    topic_commands = [t.command for t in svc.content.topics.values() if t.command]
    # Edited messages are ignored: answering an edit twice confuses more than it helps.
    new_messages = filters.UpdateType.MESSAGE
    private = filters.ChatType.PRIVATE

    app.add_handlers(
        [
            # First: the symptom check's commands and buttons (its state is in the database).
            *triage.triage_handlers(verifier),
            CommandHandler("start", start.start_command, filters=new_messages),
            CommandHandler("help", start.help_command, filters=new_messages),
            CommandHandler("about", start.about_command, filters=new_messages),
            CommandHandler("faq", faq.faq_command, filters=new_messages),
            CommandHandler(topic_commands, topics.topic_command, filters=new_messages),
            CommandHandler("remind", reminder_menu.remind_command, filters=new_messages),
            CommandHandler("stop", reminder_menu.stop_command, filters=new_messages),
            CommandHandler("timezone", timezone.timezone_command, filters=new_messages),
            CommandHandler("settings", settings_panel.settings_command, filters=new_messages),
            CommandHandler("today", progress.today_command, filters=new_messages),
            CommandHandler("week", progress.week_command, filters=new_messages),
            CommandHandler("setup", group_setup.setup_command, filters=new_messages),
            CommandHandler("groupinfo", group_info.groupinfo_command, filters=new_messages),
            CommandHandler("log", diary_log.log_command, filters=new_messages),
            CommandHandler("diary", diary_view.diary_command, filters=new_messages),
            CommandHandler("report", diary_report.report_command, filters=new_messages),
            CommandHandler("mydata", privacy.mydata_command, filters=new_messages),
            CommandHandler("forget", privacy.forget_command, filters=new_messages),
            MessageHandler(new_messages & private & filters.LOCATION, timezone.location_message),
            # Every signed button but the symptom check's, checked once and routed by action.
            ButtonDispatcher(verifier, BUTTONS),
            ChatMemberHandler(membership.my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER),
            MessageHandler(filters.StatusUpdate.MIGRATE, membership.group_migrated),
            # Free text: the answer to a question the bot asked (/timezone), else a
            # question for the assistant; red flags first either way.
            MessageHandler(
                new_messages & private & filters.TEXT & ~filters.COMMAND,
                free_text.text_message,
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
        MessageHandler(new_messages & private, free_text.close_unanswered_question),
        group=free_text.UNANSWERED_QUESTION_GROUP,
    )
    # Before everything else: a flooding sender's excess updates stop here.
    app.add_handler(flood.flood_gate(svc.settings), group=flood.FLOOD_GROUP)
    # Then each admitted update is claimed once across instances and restarts.
    app.add_handler(claim_handler(), group=flood.CLAIM_GROUP)
    app.add_error_handler(errors.error_handler)
    # Symptom checks left unanswered are closed by a job, on every instance.
    triage.schedule_timeouts(app, svc)
