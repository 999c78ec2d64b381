"""answerCallbackQuery: each query can be answered once, and only if it exists."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from standin.core import CallbackAnswer
from standin.entities import utf16_len
from standin.errors import bad_request

if TYPE_CHECKING:
    from standin.core import BotCore, Handler

ANSWER_TEXT_MAX = 200
QUERY_INVALID = "query is too old and response timeout expired or query ID is invalid"


async def answer_callback_query(core: BotCore, params: dict[str, Any]) -> Any:
    query_id = params["callback_query_id"]
    pending = core.callback_queries.get(query_id)
    if pending is None or pending.answered:
        raise bad_request(QUERY_INVALID)
    text = params.get("text")
    if text is not None and utf16_len(text) > ANSWER_TEXT_MAX:
        raise bad_request(
            f"MESSAGE_TOO_LONG (callback answer text is {utf16_len(text)} characters, "
            f"at most {ANSWER_TEXT_MAX})"
        )
    url = params.get("url")
    if url is not None and not _opens_this_bot(url, core.bot.username or ""):
        raise bad_request("URL_INVALID (only t.me/<this bot>?start=... links without a game)")
    pending.answered = True
    core.callback_answered(
        CallbackAnswer(
            query_id,
            pending.query.get("data"),
            text,
            bool(params.get("show_alert")),
            url,
            params.get("cache_time"),
        )
    )
    return True


def _opens_this_bot(url: str, username: str) -> bool:
    pattern = (
        rf"(?:https?://)?(?:t|telegram)\.me/{re.escape(username)}\?start=[A-Za-z0-9_-]{{1,64}}"
    )
    return bool(username) and re.fullmatch(pattern, url, flags=re.IGNORECASE) is not None


HANDLERS: dict[str, Handler] = {"answerCallbackQuery": answer_callback_query}
