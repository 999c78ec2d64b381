"""What the update being handled is, for the metrics and the log lines it causes.

`handling(update)` wraps the handling of one update: it counts the update by kind, times
it, and sets a context (update id, a keyed hash of the chat id, the person's own words)
that log lines and error reports read: JSON log lines carry the id and the hash, and the
words are masked wherever they would appear. Each update runs in its own task, so the
context never leaks into another update's lines.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from telegram import Update

from ops import metrics

log = logging.getLogger(__name__)
# Update fields by kind, in the order Telegram documents them (one is set per update).
UPDATE_KINDS = (
    "message",
    "edited_message",
    "channel_post",
    "edited_channel_post",
    "callback_query",
    "inline_query",
    "my_chat_member",
    "chat_member",
    "chat_join_request",
)


@dataclass(frozen=True)
class UpdateContext:
    update_id: int
    chat: str | None  # keyed hash of the chat id: lines of one chat can be followed
    words: tuple[str, ...]  # what the person wrote: masked in logs and error reports


_CURRENT: ContextVar[UpdateContext | None] = ContextVar("cramp_update", default=None)
_HASH_KEY = [b"cramp-coach"]


def use_hash_key(secret: str) -> None:
    """Key the chat hash with a secret (the token): without it, the few billion chat ids
    could be hashed one by one and the hash reversed."""
    _HASH_KEY[0] = hashlib.sha256(b"cramp-coach log chat:" + secret.encode()).digest()


def chat_hash(chat_id: int) -> str:
    return hmac.new(_HASH_KEY[0], str(chat_id).encode(), hashlib.sha256).hexdigest()[:12]


def current() -> UpdateContext | None:
    return _CURRENT.get()


def kind_of(update: object) -> str:
    if isinstance(update, Update):
        for kind in UPDATE_KINDS:
            if getattr(update, kind, None) is not None:
                return kind
        return "other"
    return "internal"  # a job or an object put on the queue by the bot itself


def _words(update: Update) -> tuple[str, ...]:
    found: list[str] = []
    message = update.effective_message
    if message is not None:
        found += [message.text or "", message.caption or ""]
    if update.callback_query is not None:
        found.append(update.callback_query.data or "")
    if update.inline_query is not None:
        found.append(update.inline_query.query)
    # Single characters and very short words would mask unrelated text everywhere.
    return tuple(sorted({w for w in found if len(w) >= 4}, key=len, reverse=True))


def _context(update: object) -> UpdateContext | None:
    if not isinstance(update, Update):
        return None
    chat = update.effective_chat
    return UpdateContext(
        update.update_id, chat_hash(chat.id) if chat is not None else None, _words(update)
    )


@contextmanager
def handling(update: object) -> Iterator[None]:
    """Around the handling of one update: counted by kind, timed, and the context set."""
    kind = kind_of(update)
    token = _CURRENT.set(_context(update))
    started = time.perf_counter()
    try:
        yield
    finally:
        seconds = time.perf_counter() - started
        metrics.HANDLER_SECONDS.labels(kind).observe(seconds)
        metrics.UPDATES.labels(kind).inc()
        log.debug("%s handled in %.1f ms", kind, seconds * 1000)
        _CURRENT.reset(token)


def mask_words(text: str) -> str:
    """`text` with the current update's words replaced (for logs and error reports)."""
    context = _CURRENT.get()
    if context is None:
        return text
    for words in context.words:
        text = text.replace(words, "<text>")
    return text
