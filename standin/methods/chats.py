"""Reading chats and members, leaving chats, and the chat menu button."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from standin import access
from standin.errors import bad_request
from standin.members import chat_member, member_update
from standin.world import ADMIN_STATUSES, PRESENT_STATUSES

if TYPE_CHECKING:
    from standin.core import BotCore, Handler

_MAX_REACTIONS = 11
_GROUP_PERMISSIONS = {
    "can_send_messages": True,
    "can_send_audios": True,
    "can_send_documents": True,
    "can_send_photos": True,
    "can_send_videos": True,
    "can_send_video_notes": True,
    "can_send_voice_notes": True,
    "can_send_polls": True,
    "can_send_other_messages": True,
    "can_add_web_page_previews": True,
    "can_change_info": False,
    "can_invite_users": True,
    "can_pin_messages": False,
    "can_manage_topics": False,
}


async def get_chat(core: BotCore, params: dict[str, Any]) -> Any:
    chat = access.find_chat(core.world, params["chat_id"])
    access.require_membership(core.world, chat)
    info = core.spec.skeleton("ChatFullInfo")
    info.update(chat.to_api())
    info["accent_color_id"] = abs(chat.id) % 7
    info["max_reaction_count"] = _MAX_REACTIONS
    if chat.type in ("group", "supergroup"):
        info["permissions"] = dict(_GROUP_PERMISSIONS)
    if chat.description:
        info["description"] = chat.description
    return info


async def get_chat_member(core: BotCore, params: dict[str, Any]) -> Any:
    chat = access.find_chat(core.world, params["chat_id"])
    access.require_membership(core.world, chat)
    user = core.world.users.get(params["user_id"])
    if user is None:
        raise bad_request("user not found")
    return chat_member(core.spec, chat, user, core.world.status(chat, user.id))


async def get_chat_administrators(core: BotCore, params: dict[str, Any]) -> Any:
    chat = access.find_chat(core.world, params["chat_id"])
    if chat.type == "private":
        raise bad_request("there are no administrators in the private chat")
    access.require_membership(core.world, chat)
    administrators = []
    for user_id, status in chat.members.items():
        user = core.world.users[user_id]
        other_bot = user.is_bot and user_id != core.bot.id
        if status in ADMIN_STATUSES and (not other_bot or params.get("return_bots")):
            administrators.append(chat_member(core.spec, chat, user, status))
    return administrators


async def get_chat_member_count(core: BotCore, params: dict[str, Any]) -> Any:
    chat = access.find_chat(core.world, params["chat_id"])
    if chat.type == "private":
        return 2
    access.require_membership(core.world, chat)
    return sum(1 for status in chat.members.values() if status in PRESENT_STATUSES)


async def leave_chat(core: BotCore, params: dict[str, Any]) -> Any:
    chat = access.find_chat(core.world, params["chat_id"])
    if chat.type == "private":
        raise bad_request("chat member status can't be changed in private chats")
    access.require_membership(core.world, chat)
    old_status = core.world.bot_status(chat)
    chat.members[core.bot.id] = "left"
    core.emit(
        "my_chat_member", member_update(core.spec, chat, core.bot, core.bot, old_status, "left")
    )
    return True


async def set_chat_menu_button(core: BotCore, params: dict[str, Any]) -> Any:
    chat_id = params.get("chat_id")
    if chat_id is not None:
        chat = access.find_chat(core.world, chat_id)
        if chat.type != "private":
            raise bad_request("the menu button can be set only in private chats")
    button = params.get("menu_button", {"type": "default"})
    core.settings.menu_buttons[chat_id] = button
    return True


async def get_chat_menu_button(core: BotCore, params: dict[str, Any]) -> Any:
    chat_id = params.get("chat_id")
    buttons = core.settings.menu_buttons
    return buttons.get(chat_id) or buttons.get(None) or {"type": "default"}


HANDLERS: dict[str, Handler] = {
    "getChat": get_chat,
    "getChatMember": get_chat_member,
    "getChatAdministrators": get_chat_administrators,
    "getChatMemberCount": get_chat_member_count,
    "leaveChat": leave_chat,
    "setChatMenuButton": set_chat_menu_button,
    "getChatMenuButton": get_chat_menu_button,
}
