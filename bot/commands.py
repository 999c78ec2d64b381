"""The command menu Telegram shows, per scope, set at start-up (setMyCommands)."""

from __future__ import annotations

from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeDefault,
)

from bot import texts
from knowledge.loader import Content


def _topic_commands(content: Content) -> list[tuple[str, str]]:
    # Order of the topics file; descriptions from texts, falling back to the title.
    return [
        (topic.command, texts.TOPIC_COMMAND_DESCRIPTIONS.get(topic.command, topic.title))
        for topic in content.topics.values()
        if topic.command
    ]


def help_lines(content: Content, *, group: bool) -> list[tuple[str, str]]:
    scope = "group" if group else "private"
    general = [(c.command, c.description) for c in texts.GENERAL_COMMANDS if scope in c.scopes]
    return general + _topic_commands(content)


async def register_commands(bot: Bot, content: Content) -> None:
    private = [BotCommand(c, d) for c, d in help_lines(content, group=False)]
    group = [BotCommand(c, d) for c, d in help_lines(content, group=True)]
    await bot.set_my_commands(private, scope=BotCommandScopeDefault())
    await bot.set_my_commands(private, scope=BotCommandScopeAllPrivateChats())
    await bot.set_my_commands(group, scope=BotCommandScopeAllGroupChats())
