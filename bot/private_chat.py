"""Personal things happen in the private chat with the bot: in a group, a personal
command answers with a button that opens the private chat instead of running."""

from __future__ import annotations

import functools
from collections.abc import Callable

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.helpers import create_deep_linked_url

from bot import texts
from bot.buttons import Callback
from bot.replies import in_group, reply
from bot.services import Context


def private_chat_link(context: Context, payload: str) -> str:
    """t.me link that opens the private chat with the bot and sends /start <payload>."""
    return create_deep_linked_url(context.bot.username, payload)


async def open_privately(
    update: Update, context: Context, payload: str, text: str, button: str
) -> None:
    """Answer in a group with `text` and a button into the private chat, at `payload`."""
    link = private_chat_link(context, payload)
    await reply(update, text, InlineKeyboardMarkup([[InlineKeyboardButton(button, url=link)]]))


def private_only(
    payload: str, text: str, button: str
) -> Callable[[Callback[None]], Callback[None]]:
    """For a personal command: in a group it only answers with a button into the private
    chat (opened at `payload`), and the command itself does not run."""

    def guard(command: Callback[None]) -> Callback[None]:
        @functools.wraps(command)
        async def guarded(update: Update, context: Context) -> None:
            if in_group(update):
                await open_privately(update, context, payload, text, button)
                return
            await command(update, context)

        return guarded

    return guard


# Reminders, settings and the day's tally are personal: in a group, a button into the chat.
personal = private_only("remind", texts.REMIND_PRIVATE_ONLY, texts.REMIND_OPEN_PRIVATE)
