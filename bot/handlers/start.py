"""/start (with deep-link payloads), /help, /about and the main menu button."""

from __future__ import annotations

from telegram import Update

from bot import render, texts
from bot.commands import help_lines
from bot.group_content import group_help, group_profile, keyboards_for
from bot.handlers import diary_log, diary_report, diary_view, privacy, reminder_menu
from bot.replies import in_group, keyboards, reply, show
from bot.services import Context, services
from scheduler.subscriptions import reactivate_chat


async def start_command(update: Update, context: Context) -> None:
    svc = services(context)
    kb = keyboards(update, context)
    chat = update.effective_chat
    if chat is not None and not in_group(update):
        # Coming back after blocking the bot: reminders resume from now.
        async with svc.db.session.begin() as session:
            await reactivate_chat(session, chat.id, svc.clock())
    payload = context.args[0] if context.args else ""
    if payload == "remind":
        # The payload is not a /remind argument: open the reminders menu.
        context.args = []
        await reminder_menu.remind_command(update, context)
        return
    if payload == privacy.MYDATA_PAYLOAD:
        await privacy.mydata_command(update, context)
        return
    if payload == privacy.FORGET_PAYLOAD:
        await privacy.forget_command(update, context)
        return
    diary_commands = {
        diary_log.LOG_PAYLOAD: diary_log.log_command,
        diary_view.DIARY_PAYLOAD: diary_view.diary_command,
        diary_report.REPORT_PAYLOAD: diary_report.report_command,
    }
    if payload in diary_commands:
        # The payload is not an argument of the command: open it as if typed bare.
        context.args = []
        await diary_commands[payload](update, context)
        return
    topic = svc.content.topics.get(payload)
    if topic is not None:
        # t.me/<bot>?start=<topic id> opens that topic directly.
        await reply(update, render.topic_summary(topic, svc.content), kb.topic_answer(topic))
        return
    user = update.effective_user
    await reply(update, render.welcome(svc.content, user.first_name if user else None))
    menu = (await keyboards_for(update, context)).main_menu()
    await reply(update, texts.MENU_TITLE, menu)


async def help_command(update: Update, context: Context) -> None:
    svc = services(context)
    lines = help_lines(svc.content, group=in_group(update))
    profile = await group_profile(update, context)
    if profile is not None:
        await reply(update, group_help(lines, svc.content, profile))
        return
    await reply(update, render.help_text(lines))


async def about_command(update: Update, context: Context) -> None:
    await reply(update, render.about(services(context).content))


async def menu_button(update: Update, context: Context) -> None:
    assert update.callback_query is not None
    await update.callback_query.answer()
    await show(update, texts.MENU_TITLE, (await keyboards_for(update, context)).main_menu())
