"""Sending, editing and deleting messages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from standin import access
from standin.errors import bad_request
from standin.keyboards import check_reply_markup, normalize_inline_markup
from standin.methods.media import document_content, photo_content
from standin.text import format_text
from standin.world import ADMIN_STATUSES, StoredMessage, now

if TYPE_CHECKING:
    from standin.core import BotCore, Handler

NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the "
    "same as a current content and reply markup of the message"
)
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)


def _text_content(core: BotCore, params: dict[str, Any]) -> dict[str, Any]:
    parsed = format_text(
        params["text"],
        params.get("parse_mode"),
        params.get("entities"),
        caption=False,
        entity_types=core.entity_types,
    )
    content: dict[str, Any] = {"text": parsed.text}
    if parsed.entities:
        content["entities"] = parsed.entities
    return content


def caption_content(core: BotCore, params: dict[str, Any]) -> dict[str, Any]:
    if "caption" not in params:
        return {}
    parsed = format_text(
        params["caption"],
        params.get("parse_mode"),
        params.get("caption_entities"),
        caption=True,
        entity_types=core.entity_types,
    )
    content: dict[str, Any] = {}
    if parsed.text:
        content["caption"] = parsed.text
    if parsed.entities:
        content["caption_entities"] = parsed.entities
    if params.get("show_caption_above_media"):
        content["show_caption_above_media"] = True
    return content


async def send_message(core: BotCore, params: dict[str, Any]) -> Any:
    chat = core.writable_chat(params["chat_id"])
    return core.post(chat, params, _text_content(core, params), "sendMessage")


async def send_photo(core: BotCore, params: dict[str, Any]) -> Any:
    chat = core.writable_chat(params["chat_id"])
    with core.files.kept_only_if_sent():
        content, file_ids = photo_content(core, params["photo"])
        content.update(caption_content(core, params))
        if params.get("has_spoiler"):
            content["has_media_spoiler"] = True
        return core.post(chat, params, content, "sendPhoto", file_ids)


async def send_document(core: BotCore, params: dict[str, Any]) -> Any:
    chat = core.writable_chat(params["chat_id"])
    with core.files.kept_only_if_sent():
        content, file_ids = document_content(core, params["document"])
        content.update(caption_content(core, params))
        return core.post(chat, params, content, "sendDocument", file_ids)


async def send_chat_action(core: BotCore, params: dict[str, Any]) -> Any:
    chat = core.writable_chat(params["chat_id"])
    access.check_thread(chat, params.get("message_thread_id"))
    if params["action"] not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    return True


def _message_to_edit(core: BotCore, params: dict[str, Any]) -> StoredMessage:
    if "inline_message_id" in params:
        raise bad_request("MESSAGE_ID_INVALID (inline messages are not simulated)")
    if "chat_id" not in params:
        raise bad_request("chat_id is empty")
    if "message_id" not in params:
        raise bad_request("message identifier is not specified")
    chat = core.writable_chat(params["chat_id"])
    stored = core.world.message(chat.id, params["message_id"])
    if stored is None:
        raise bad_request("message to edit not found")
    if not stored.from_bot:
        raise bad_request("message can't be edited")
    return stored


def _apply_edit(
    core: BotCore, stored: StoredMessage, changes: dict[str, Any], markup: dict[str, Any] | None
) -> dict[str, Any]:
    """Replace content and markup; Telegram refuses an edit that changes nothing."""
    data = stored.data
    inline_markup = normalize_inline_markup(markup)
    unchanged = all(data.get(key) == value for key, value in changes.items())
    if unchanged and data.get("reply_markup") == inline_markup:
        raise bad_request(NOT_MODIFIED)
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    if inline_markup is None:
        data.pop("reply_markup", None)
    else:
        data["reply_markup"] = inline_markup
    stored.sent_markup = markup
    data["edit_date"] = now()
    core.bot_messages.edited(stored)
    return dict(data)


async def edit_message_text(core: BotCore, params: dict[str, Any]) -> Any:
    stored = _message_to_edit(core, params)
    if "text" not in params:
        raise bad_request("message text is empty")
    if "text" not in stored.data:
        raise bad_request("there is no text in the message to edit")
    content = _text_content(core, params)
    check_reply_markup(params.get("reply_markup"))
    changes = {"text": content["text"], "entities": content.get("entities")}
    return _apply_edit(core, stored, changes, params.get("reply_markup"))


async def edit_message_caption(core: BotCore, params: dict[str, Any]) -> Any:
    stored = _message_to_edit(core, params)
    if "text" in stored.data:
        raise bad_request("there is no caption in the message to edit")
    content = caption_content(core, {"caption": "", **params})
    check_reply_markup(params.get("reply_markup"))
    changes = {
        "caption": content.get("caption"),
        "caption_entities": content.get("caption_entities"),
    }
    return _apply_edit(core, stored, changes, params.get("reply_markup"))


async def edit_message_reply_markup(core: BotCore, params: dict[str, Any]) -> Any:
    stored = _message_to_edit(core, params)
    check_reply_markup(params.get("reply_markup"))
    return _apply_edit(core, stored, {}, params.get("reply_markup"))


async def delete_message(core: BotCore, params: dict[str, Any]) -> Any:
    chat = access.find_chat(core.world, params["chat_id"])
    access.require_membership(core.world, chat)
    stored = core.world.message(chat.id, params["message_id"])
    if stored is None:
        raise bad_request("message to delete not found")
    others_message_in_group = chat.type != "private" and not stored.from_bot
    if others_message_in_group and core.world.bot_status(chat) not in ADMIN_STATUSES:
        raise bad_request("message can't be deleted")
    stored.deleted = True
    return True


HANDLERS: dict[str, Handler] = {
    "sendMessage": send_message,
    "sendPhoto": send_photo,
    "sendDocument": send_document,
    "sendChatAction": send_chat_action,
    "editMessageText": edit_message_text,
    "editMessageCaption": edit_message_caption,
    "editMessageReplyMarkup": edit_message_reply_markup,
    "deleteMessage": delete_message,
}
