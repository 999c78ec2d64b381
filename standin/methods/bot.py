"""The bot's own profile: getMe, commands, descriptions and name."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from standin import access
from standin.commands import check_commands, check_language_code, scope_key
from standin.errors import bad_request

if TYPE_CHECKING:
    from standin.core import BotCore, Handler

DESCRIPTION_MAX = 512
SHORT_DESCRIPTION_MAX = 120
NAME_MAX = 64


async def get_me(core: BotCore, params: dict[str, Any]) -> Any:
    me = core.spec.skeleton("User")
    me.update(core.bot.to_api())
    me.update(
        can_join_groups=True,
        can_read_all_group_messages=not core.privacy_mode,
        supports_inline_queries=False,
        can_connect_to_business=False,
        has_main_web_app=False,
    )
    return me


async def log_out_or_close(core: BotCore, params: dict[str, Any]) -> Any:
    return True


def _scope(core: BotCore, params: dict[str, Any]) -> tuple[Any, ...]:
    scope = params.get("scope")
    if scope is not None and "chat_id" in scope:
        chat = access.find_chat(core.world, scope["chat_id"])
        if scope["type"] != "chat" and chat.type == "private":
            raise bad_request(f"scope {scope['type']} is not available in private chats")
        scope = {**scope, "chat_id": chat.id}
        if scope["type"] == "chat_member" and scope["user_id"] not in core.world.users:
            raise bad_request("user not found")
    return scope_key(scope)


async def set_my_commands(core: BotCore, params: dict[str, Any]) -> Any:
    check_commands(params["commands"])
    language = check_language_code(params.get("language_code"))
    core.commands.set(_scope(core, params), language, params["commands"])
    return True


async def get_my_commands(core: BotCore, params: dict[str, Any]) -> Any:
    language = check_language_code(params.get("language_code"))
    return core.commands.get(_scope(core, params), language)


async def delete_my_commands(core: BotCore, params: dict[str, Any]) -> Any:
    language = check_language_code(params.get("language_code"))
    core.commands.delete(_scope(core, params), language)
    return True


def _store_text(store: dict[str, str], params: dict[str, Any], key: str, limit: int) -> bool:
    language = check_language_code(params.get("language_code"))
    value = params.get(key, "")
    if len(value) > limit:
        raise bad_request(f"{key} is too long ({len(value)} characters, at most {limit})")
    if value:
        store[language] = value
    else:
        store.pop(language, None)
    return True


def _stored_text(store: dict[str, str], params: dict[str, Any]) -> str:
    language = check_language_code(params.get("language_code"))
    return store.get(language, "")


async def set_my_description(core: BotCore, params: dict[str, Any]) -> Any:
    return _store_text(core.settings.descriptions, params, "description", DESCRIPTION_MAX)


async def get_my_description(core: BotCore, params: dict[str, Any]) -> Any:
    return {"description": _stored_text(core.settings.descriptions, params)}


async def set_my_short_description(core: BotCore, params: dict[str, Any]) -> Any:
    return _store_text(
        core.settings.short_descriptions, params, "short_description", SHORT_DESCRIPTION_MAX
    )


async def get_my_short_description(core: BotCore, params: dict[str, Any]) -> Any:
    return {"short_description": _stored_text(core.settings.short_descriptions, params)}


async def set_my_name(core: BotCore, params: dict[str, Any]) -> Any:
    return _store_text(core.settings.names, params, "name", NAME_MAX)


async def get_my_name(core: BotCore, params: dict[str, Any]) -> Any:
    return {"name": _stored_text(core.settings.names, params) or core.bot.first_name}


HANDLERS: dict[str, Handler] = {
    "getMe": get_me,
    "logOut": log_out_or_close,
    "close": log_out_or_close,
    "setMyCommands": set_my_commands,
    "getMyCommands": get_my_commands,
    "deleteMyCommands": delete_my_commands,
    "setMyDescription": set_my_description,
    "getMyDescription": get_my_description,
    "setMyShortDescription": set_my_short_description,
    "getMyShortDescription": get_my_short_description,
    "setMyName": set_my_name,
    "getMyName": get_my_name,
}
