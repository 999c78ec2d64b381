"""The bot's command lists, one per (scope, language_code), with Telegram's prose limits."""

from __future__ import annotations

import re
from typing import Any

from standin.errors import bad_request

COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")
LANGUAGE_CODE_RE = re.compile(r"[a-z]{2}")
MAX_COMMANDS = 100
MAX_DESCRIPTION = 256

ScopeKey = tuple[Any, ...]


def scope_key(scope: dict[str, Any] | None) -> ScopeKey:
    """A hashable identity for a BotCommandScope (chat ids already resolved to integers)."""
    if scope is None:
        return ("default",)
    kind = scope["type"]
    if kind in ("chat", "chat_administrators"):
        return (kind, scope["chat_id"])
    if kind == "chat_member":
        return (kind, scope["chat_id"], scope["user_id"])
    return (kind,)


def check_language_code(language_code: str | None) -> str:
    code = language_code or ""
    if code and not LANGUAGE_CODE_RE.fullmatch(code):
        raise bad_request(f"LANG_CODE_INVALID ({code!r} is not a two-letter ISO 639-1 code)")
    return code


def check_commands(commands: list[dict[str, Any]]) -> None:
    if len(commands) > MAX_COMMANDS:
        raise bad_request(f"BOT_COMMANDS_TOO_MUCH ({len(commands)} commands, at most 100)")
    for index, command in enumerate(commands):
        name = command["command"]
        if not COMMAND_RE.fullmatch(name):
            raise bad_request(
                f"BOT_COMMAND_INVALID (commands[{index}].command {name!r} must be 1-32 "
                "characters of a-z, 0-9 and _)"
            )
        description = command["description"]
        if not 1 <= len(description) <= MAX_DESCRIPTION:
            raise bad_request(
                f"BOT_COMMAND_DESCRIPTION_INVALID (commands[{index}].description must be "
                f"1-{MAX_DESCRIPTION} characters, got {len(description)})"
            )


class CommandStore:
    def __init__(self) -> None:
        self._lists: dict[tuple[ScopeKey, str], list[dict[str, str]]] = {}

    def set(self, key: ScopeKey, language_code: str, commands: list[dict[str, Any]]) -> None:
        stored = [{"command": c["command"], "description": c["description"]} for c in commands]
        if stored:
            self._lists[(key, language_code)] = stored
        else:
            self._lists.pop((key, language_code), None)

    def get(self, key: ScopeKey, language_code: str) -> list[dict[str, str]]:
        return [dict(command) for command in self._lists.get((key, language_code), [])]

    def first_set(self, keys: list[ScopeKey], language_code: str) -> list[dict[str, str]]:
        """Telegram's rule for the menu a person sees: the first list that is set, trying
        each scope with the person's language, then without, most specific scope first."""
        for key in keys:
            for language in dict.fromkeys((language_code, "")):
                found = self._lists.get((key, language))
                if found:
                    return [dict(command) for command in found]
        return []

    def delete(self, key: ScopeKey, language_code: str) -> None:
        self._lists.pop((key, language_code), None)

    def all(self) -> dict[tuple[ScopeKey, str], list[dict[str, str]]]:
        return {key: [dict(c) for c in value] for key, value in self._lists.items()}
