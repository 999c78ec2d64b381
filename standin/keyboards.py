"""Reply markup rules that the spec's types cannot express, and button look-ups."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from standin.errors import bad_request

CALLBACK_DATA_MAX_BYTES = 64
MAX_INLINE_BUTTONS = 100
BUTTON_STYLES = frozenset({"danger", "success", "primary"})
# Fields of InlineKeyboardButton that are not its action: everything else is an action.
NON_ACTION_FIELDS = frozenset({"text", "icon_custom_emoji_id", "style"})
_HOSTNAME_RE = re.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,63}")
_IPV4_RE = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")


def is_valid_url(url: str) -> bool:
    """An http(s) URL with a real-looking host, or a tg:// link."""
    if any(char.isspace() for char in url):
        return False
    try:
        parts = urlsplit(url)
        hostname = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        return False
    if parts.scheme.lower() == "tg":
        return bool(parts.netloc or parts.path)
    if parts.scheme.lower() not in ("http", "https") or not hostname:
        return False
    return bool(_HOSTNAME_RE.fullmatch(hostname) or _IPV4_RE.fullmatch(hostname))


def normalize_inline_markup(markup: dict[str, Any] | None) -> dict[str, Any] | None:
    """Telegram drops empty rows and stores no markup for an empty keyboard."""
    if markup is None or "inline_keyboard" not in markup:
        return None
    rows = markup["inline_keyboard"]
    if rows and all(rows):
        return markup  # already normal: share it rather than copy (100k messages add up)
    rows = [row for row in rows if row]
    return {"inline_keyboard": rows} if rows else None


def check_reply_markup(markup: dict[str, Any] | None) -> None:
    """Raise ApiError 400 for a keyboard Telegram would refuse."""
    if markup is None:
        return
    if "inline_keyboard" in markup:
        _check_inline_keyboard(markup["inline_keyboard"])
    elif "keyboard" in markup:
        for row in markup["keyboard"]:
            for button in row:
                if not button["text"].strip():
                    raise bad_request("keyboard button text must be non-empty")


def _check_inline_keyboard(rows: list[list[dict[str, Any]]]) -> None:
    count = sum(len(row) for row in rows)
    if count > MAX_INLINE_BUTTONS:
        raise bad_request(f"reply markup is too long ({count} buttons, at most 100)")
    for row in rows:
        for button in row:
            _check_inline_button(button)


def _check_inline_button(button: dict[str, Any]) -> None:
    label = button["text"]
    if not label.strip():
        raise bad_request("can't parse inline keyboard button: button text must be non-empty")
    actions = sorted(key for key in button if key not in NON_ACTION_FIELDS)
    if not actions:
        raise bad_request(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline "
            f"keyboard (button {label!r} has no action such as callback_data or url)"
        )
    if len(actions) > 1:
        raise bad_request(
            f"can't parse inline keyboard button: button {label!r} must use exactly one of "
            f"its action fields, got {', '.join(actions)}"
        )
    style = button.get("style")
    if style is not None and style not in BUTTON_STYLES:
        raise bad_request(f"can't parse inline keyboard button: unknown style {style!r}")
    action = actions[0]
    if action == "callback_data":
        size = len(button["callback_data"].encode("utf-8"))
        if not 1 <= size <= CALLBACK_DATA_MAX_BYTES:
            raise bad_request(
                f"BUTTON_DATA_INVALID (callback_data of button {label!r} is {size} bytes; "
                f"it must be 1-{CALLBACK_DATA_MAX_BYTES} bytes)"
            )
    elif action == "url":
        if not is_valid_url(button["url"]):
            raise bad_request(f"BUTTON_URL_INVALID (button {label!r}: {button['url']!r})")
    elif action == "login_url":
        if not is_valid_url(button["login_url"]["url"]):
            raise bad_request(f"BUTTON_URL_INVALID (login_url of button {label!r})")
    elif action == "copy_text" and not 1 <= len(button["copy_text"]["text"]) <= 256:
        raise bad_request("can't parse inline keyboard button: copy_text must be 1-256 chars")


def inline_buttons(markup: dict[str, Any] | None) -> Iterator[dict[str, Any]]:
    if not markup:
        return
    for row in markup.get("inline_keyboard", []):
        yield from row


def has_callback_button(markup: dict[str, Any] | None, data: str) -> bool:
    return any(button.get("callback_data") == data for button in inline_buttons(markup))
