"""Who may send where: Telegram's chat-level refusals, in the order Telegram checks them."""

from __future__ import annotations

from standin.errors import bad_request, chat_migrated, forbidden
from standin.world import ADMIN_STATUSES, PRESENT_STATUSES, Chat, World

_CHAT_KIND = {"group": "group chat", "supergroup": "supergroup chat", "channel": "channel chat"}


def find_chat(world: World, chat_id: int | str) -> Chat:
    """The chat, or 400 "chat not found". A known user's private chat always exists."""
    chat = world.resolve_chat(chat_id)
    if chat is None and isinstance(chat_id, int):
        user = world.users.get(chat_id)
        if user is not None:
            chat = world.private_chat(user)
    if chat is None:
        raise bad_request("chat not found")
    if chat.migrated_to is not None:
        raise chat_migrated(chat.migrated_to)
    return chat


def require_membership(world: World, chat: Chat) -> None:
    """403 unless the bot is in the group or channel (private chats always pass)."""
    if chat.type == "private":
        return
    status = world.bot_status(chat)
    if status == "kicked":
        raise forbidden(f"bot was kicked from the {_CHAT_KIND[chat.type]}")
    if status not in PRESENT_STATUSES:
        raise forbidden(f"bot is not a member of the {_CHAT_KIND[chat.type]}")


def require_can_write(world: World, chat: Chat) -> None:
    """403/400 unless the bot may post in `chat` right now."""
    if chat.type == "private":
        user = world.users[chat.id]
        if user.id in world.deactivated:
            raise forbidden("user is deactivated")
        if user.is_bot:
            raise forbidden("bot can't send messages to bots")
        if user.id in world.blocked:
            raise forbidden("bot was blocked by the user")
        if user.id not in world.started:
            raise forbidden("bot can't initiate conversation with a user")
        return
    require_membership(world, chat)
    status = world.bot_status(chat)
    if chat.type == "channel" and status not in ADMIN_STATUSES:
        raise bad_request("need administrator rights in the channel chat")
    if status == "restricted":
        raise bad_request("not enough rights to send text messages to the chat")


def check_thread(chat: Chat, thread_id: int | None) -> int | None:
    """The message_thread_id to stamp on the message (None for General/no topic)."""
    if thread_id is None:
        return None
    if chat.is_forum and thread_id == 1:
        return None  # the General topic: its messages carry no thread id
    if chat.is_forum and thread_id in chat.topics:
        return thread_id
    raise bad_request("message thread not found")
