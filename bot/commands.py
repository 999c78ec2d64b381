"""The command menu Telegram shows, per scope, set at start-up (setMyCommands)."""

from __future__ import annotations

from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllChatAdministrators,
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


def help_lines(content: Content, *, group: bool, admin: bool = False) -> list[tuple[str, str]]:
    """The commands of a menu: private chats; a group's members; a group's admins, who
    see the members' commands and their own (Telegram shows them only the admin list)."""
    scopes = {"group", "admin"} if admin else {"group"} if group else {"private"}
    general = [(c.command, c.description) for c in texts.GENERAL_COMMANDS if scopes & set(c.scopes)]
    return general + _topic_commands(content)


async def register_commands(bot: Bot, content: Content) -> None:
    private = [BotCommand(c, d) for c, d in help_lines(content, group=False)]
    group = [BotCommand(c, d) for c, d in help_lines(content, group=True)]
    admins = [BotCommand(c, d) for c, d in help_lines(content, group=True, admin=True)]
    await bot.set_my_commands(private, scope=BotCommandScopeDefault())
    await bot.set_my_commands(private, scope=BotCommandScopeAllPrivateChats())
    await bot.set_my_commands(group, scope=BotCommandScopeAllGroupChats())
    await bot.set_my_commands(admins, scope=BotCommandScopeAllChatAdministrators())
