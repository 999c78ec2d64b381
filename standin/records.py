"""What the bot did: every call it made, and the messages it sent, with ways to wait for them."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from standin.files import UploadedFile
from standin.world import StoredMessage

MessageListener = Callable[[dict[str, Any], bool], None]


@dataclass(slots=True, eq=False)
class CallRecord:
    seq: int
    method: str
    params: dict[str, Any]  # coerced by spec type; uploads stay UploadedFile objects
    ok: bool
    error_code: int | None
    description: str | None
    time: float
    result: Any = None
    fault: str | None = None  # the injected fault's name, when one answered this call

    @property
    def chat_id(self) -> Any:
        return self.params.get("chat_id")

    def to_json(self, with_result: bool = False) -> dict[str, Any]:
        params = {
            key: value.summary() if isinstance(value, UploadedFile) else value
            for key, value in self.params.items()
        }
        body: dict[str, Any] = {
            "seq": self.seq,
            "method": self.method,
            "params": params,
            "ok": self.ok,
            "error_code": self.error_code,
            "description": self.description,
            "time": self.time,
            "fault": self.fault,
        }
        if with_result:
            body["result"] = self.result
        return body


class CallLog:
    def __init__(self) -> None:
        self._waiters: list[tuple[Callable[[CallRecord], bool], asyncio.Future[CallRecord]]] = []
        self.clear()

    def clear(self) -> None:
        """Forget the records; tests already waiting keep waiting for new calls."""
        self.records: list[CallRecord] = []
        self.counts: Counter[str] = Counter()
        self.error_counts: Counter[str] = Counter()

    def add(
        self,
        method: str,
        params: dict[str, Any],
        *,
        result: Any = None,
        error_code: int | None = None,
        description: str | None = None,
        fault: str | None = None,
    ) -> CallRecord:
        record = CallRecord(
            len(self.records) + 1,
            method,
            params,
            error_code is None,
            error_code,
            description,
            time.time(),
            result,
            fault,
        )
        self.records.append(record)
        self.counts[method] += 1
        if error_code is not None:
            self.error_counts[method] += 1
        if self._waiters:
            self._wake(record)
        return record

    def _wake(self, record: CallRecord) -> None:
        still_waiting = []
        for predicate, future in self._waiters:
            if future.done():
                continue
            try:
                matched = predicate(record)
            except Exception as error:  # a broken predicate fails its own wait, not the call
                future.set_exception(error)
                continue
            if matched:
                future.set_result(record)
            else:
                still_waiting.append((predicate, future))
        self._waiters = still_waiting

    async def wait_for(self, predicate: Callable[[CallRecord], bool], seconds: float) -> CallRecord:
        for record in self.records:
            if predicate(record):
                return record
        future: asyncio.Future[CallRecord] = asyncio.get_running_loop().create_future()
        self._waiters.append((predicate, future))
        try:
            return await asyncio.wait_for(future, seconds)
        except TimeoutError:
            recent = ", ".join(
                f"{r.method}({'ok' if r.ok else r.description})" for r in self.records[-10:]
            )
            raise TimeoutError(
                f"no call matched within {seconds}s; last calls: {recent or 'none'}"
            ) from None


class BotMessageLog:
    """The bot's messages in sending order, per-chat cursors for next_message, listeners."""

    def __init__(self) -> None:
        self._waiters: dict[int, list[asyncio.Future[None]]] = {}
        self._listeners: list[MessageListener] = []
        self.clear()

    def clear(self) -> None:
        """Forget the messages and cursors; listeners and waiters stay."""
        self._all: list[StoredMessage] = []
        self._by_chat: dict[int, list[StoredMessage]] = {}
        self._cursor: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self._all)

    def count(self, chat_id: int | None = None, include_deleted: bool = False) -> int:
        stored = self._all if chat_id is None else self._by_chat.get(chat_id, [])
        if include_deleted:
            return len(stored)
        return sum(1 for message in stored if not message.deleted)

    def add(self, stored: StoredMessage) -> None:
        self._all.append(stored)
        self._by_chat.setdefault(stored.chat_id, []).append(stored)
        for waiter in self._waiters.pop(stored.chat_id, []):
            if not waiter.done():
                waiter.set_result(None)
        self._notify(stored, edited=False)

    def edited(self, stored: StoredMessage) -> None:
        self._notify(stored, edited=True)

    def _notify(self, stored: StoredMessage, edited: bool) -> None:
        for listener in list(self._listeners):
            listener(stored.data, edited)

    def subscribe(self, listener: MessageListener) -> Callable[[], None]:
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def stored(self, chat_id: int) -> list[StoredMessage]:
        return list(self._by_chat.get(chat_id, []))

    def messages(
        self,
        chat_id: int | None = None,
        *,
        include_deleted: bool = False,
        since: int = 0,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Current state of the bot's messages, oldest first; `since` skips that many."""
        stored = self._all if chat_id is None else self._by_chat.get(chat_id, [])
        chosen = [m.data for m in stored[since:] if include_deleted or not m.deleted]
        return chosen if limit is None else chosen[:limit]

    async def next_message(
        self, chat_id: int, seconds: float, explain: Callable[[], str]
    ) -> dict[str, Any]:
        deadline = asyncio.get_running_loop().time() + seconds
        while True:
            sent = self._by_chat.get(chat_id, [])
            cursor = self._cursor.get(chat_id, 0)
            if cursor < len(sent):
                self._cursor[chat_id] = cursor + 1
                return sent[cursor].data
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                raise TimeoutError(
                    f"the bot sent no new message to chat {chat_id} within {seconds}s. " + explain()
                )
            waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._waiters.setdefault(chat_id, []).append(waiter)
            try:
                await asyncio.wait_for(waiter, remaining)
            except TimeoutError:
                continue
