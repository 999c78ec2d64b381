"""Who may change a group's settings: its admins, asked of Telegram at the time of each
action and never cached, so an admin who is demoted loses the rights at once.

Anonymous admins: a message an anonymous admin sends comes from GroupAnonymousBot with
`sender_chat` set to the group itself, which only an admin of that group can do, so such a
message counts as an admin's without asking. A button press is never anonymous: Telegram
sends the callback query from the real person who pressed it, and getChatMember shows an
anonymous admin as an administrator (with is_anonymous), so the ordinary check holds. A
callback from GroupAnonymousBot itself cannot be traced to anyone and is refused.
"""

from __future__ import annotations

from telegram import Bot, ChatMember, Message
from telegram.error import BadRequest, Forbidden

# Telegram's fixed id of the user anonymous admins' messages come from.
GROUP_ANONYMOUS_BOT_ID = 1087968824
_ADMIN_STATUSES = frozenset({ChatMember.OWNER, ChatMember.ADMINISTRATOR})


def sent_as_the_group(message: Message) -> bool:
    """An anonymous admin wrote it (a channel posting in the group is not the group)."""
    return message.sender_chat is not None and message.sender_chat.id == message.chat.id


async def user_is_admin(bot: Bot, chat_id: int, user_id: int) -> bool:
    """Is this person an admin of the group right now? Fails closed: a user Telegram does
    not know in the chat, or a chat the bot has left, is not an admin."""
    if user_id == GROUP_ANONYMOUS_BOT_ID:
        return False
    try:
        member = await bot.get_chat_member(chat_id, user_id)
    except (BadRequest, Forbidden):
        return False
    return member.status in _ADMIN_STATUSES


async def sender_is_admin(bot: Bot, message: Message) -> bool:
    """Was this message (a command) sent by an admin of its group?"""
    if message.sender_chat is not None:
        # Anonymous admin (the group itself), or someone posting as a channel: never
        # fall back to `from`, which is then a placeholder account.
        return sent_as_the_group(message)
    if message.from_user is None:
        return False
    return await user_is_admin(bot, message.chat.id, message.from_user.id)
