"""Webhook delivery: while setWebhook is in force, queued updates are POSTed to the bot.

As Telegram does it: a JSON-serialized Update per request, the secret in the
X-Telegram-Bot-Api-Secret-Token header when one was set; an answer other than 2XX, a
refused connection or no answer within the timeout is a failure, and the update is
delivered again later (with a growing pause), never dropped while the webhook is set.
Updates of one chat go one at a time and in order (the next waits until the previous one
succeeded); different chats go in parallel, at most max_connections requests at once.
A successful answer may carry a Bot API call (see standin.webhook_reply), carried out here.

Telegram needs an HTTPS URL on port 80, 88, 443 or 8443, which a test on loopback cannot
serve; WebhookOptions.origin does what a TLS-terminating reverse proxy would: requests for
the public URL go to that local origin, path and query unchanged. Without an origin nothing
leaves the machine: each attempt fails (NO_ORIGIN_ERROR) and the updates wait.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import aiohttp

from standin.faults import REDELIVER, WEBHOOK_TIMEOUT, FaultBook
from standin.webhook_reply import read_reply_call

if TYPE_CHECKING:
    from standin.core import BotCore

log = logging.getLogger("standin.webhook")

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
FAULT_TARGET = "webhook"  # the "method" webhook faults are armed for in their FaultBook
TIMEOUT_ERROR = "Read timeout expired"
NO_ORIGIN_ERROR = (
    "Stand-in: no webhook origin to deliver to (set WebhookOptions.origin, --webhook-origin "
    "or POST /_standin/webhook/options)"
)
_MAX_BACKOFF_DOUBLINGS = 30


class _NoOrigin(Exception):
    pass


@dataclass(frozen=True, slots=True)
class WebhookOptions:
    """The stand-in's own delivery settings (Telegram's are fixed and unpublished)."""

    origin: str | None = None  # e.g. "http://127.0.0.1:8443"; None delivers nowhere
    timeout: float = 60.0  # seconds to wait for the bot's answer, about Telegram's
    retry_delay: float = 1.0  # pause after a chat's first failure, doubled after each next
    max_retry_delay: float = 60.0

    def __post_init__(self) -> None:
        if not self.timeout > 0:
            raise ValueError("webhook timeout must be above 0 seconds")
        if not self.retry_delay > 0:
            raise ValueError("webhook retry_delay must be above 0 seconds")
        if not self.max_retry_delay >= self.retry_delay:
            raise ValueError("webhook max_retry_delay must be at least retry_delay")
        if self.origin is not None:
            parts = urlsplit(self.origin)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise ValueError(f"webhook origin {self.origin!r} is not http(s)://host[:port]")
            if parts.path not in ("", "/") or parts.query or parts.fragment:
                raise ValueError(
                    f"webhook origin {self.origin!r} must have no path: the webhook URL's "
                    "path is kept, as a reverse proxy keeps it"
                )

    def changed(self, **changes: Any) -> WebhookOptions:
        """A copy with `changes` (validated); an origin of "" means None."""
        if "origin" in changes and not changes["origin"]:
            changes["origin"] = None
        return replace(self, **changes)

    def delivery_url(self, webhook_url: str) -> str | None:
        """Where a request for `webhook_url` goes: the origin, with its path and query."""
        if self.origin is None:
            return None
        parts = urlsplit(webhook_url)
        target = self.origin.rstrip("/") + (parts.path or "/")
        return f"{target}?{parts.query}" if parts.query else target

    def backoff(self, failures: int) -> float:
        doublings = min(failures - 1, _MAX_BACKOFF_DOUBLINGS)
        return float(min(self.retry_delay * 2**doublings, self.max_retry_delay))

    def to_json(self) -> dict[str, Any]:
        return {
            "origin": self.origin,
            "timeout": self.timeout,
            "retry_delay": self.retry_delay,
            "max_retry_delay": self.max_retry_delay,
        }


@dataclass(slots=True, eq=False)
class DeliveryRecord:
    """One delivery attempt of one update."""

    seq: int
    update_id: int
    attempt: int  # 1 for the update's first request, 2 for its first retry, ...
    url: str | None  # where the request went (after the origin mapping); None: no origin
    time: float  # wall clock when the request started
    duration: float  # seconds until the answer, or until the stand-in gave up
    ok: bool
    status: int | None  # the HTTP status of the answer; None without one
    error: str | None  # as getWebhookInfo's last_error_message would say it
    duplicate: bool  # the bot had already answered this update with success
    fault: str | None = None  # the webhook fault that shaped this attempt
    reply_method: str | None = None  # the Bot API call the answer carried, if any

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "update_id": self.update_id,
            "attempt": self.attempt,
            "url": self.url,
            "time": self.time,
            "duration": self.duration,
            "ok": self.ok,
            "status": self.status,
            "error": self.error,
            "duplicate": self.duplicate,
            "fault": self.fault,
            "reply_method": self.reply_method,
        }


class DeliveryLog:
    def __init__(self) -> None:
        self.records: list[DeliveryRecord] = []
        self._changed = asyncio.Event()

    def add(self, **fields: Any) -> DeliveryRecord:
        record = DeliveryRecord(seq=len(self.records) + 1, **fields)
        self.records.append(record)
        self._changed.set()
        return record

    async def wait_for(
        self, predicate: Callable[[DeliveryRecord], bool], seconds: float
    ) -> DeliveryRecord:
        """The first delivery, past or future, for which `predicate` holds."""
        checked = 0
        try:
            async with asyncio.timeout(seconds):
                while True:
                    for record in self.records[checked:]:
                        if predicate(record):
                            return record
                    checked = len(self.records)
                    self._changed.clear()
                    await self._changed.wait()
        except TimeoutError:
            recent = ", ".join(
                f"{r.update_id}#{r.attempt}:{'ok' if r.ok else r.error}" for r in self.records[-10:]
            )
            raise TimeoutError(
                f"no webhook delivery matched within {seconds}s; last: {recent or 'none'}"
            ) from None


def ordering_key(update: dict[str, Any]) -> object:
    """Updates with the same key are delivered one after another: a chat's (a callback
    query's goes with its message's chat), else the sending user's; others stand alone."""
    payload = next(value for key, value in update.items() if key != "update_id")
    if isinstance(payload, dict):
        chat = payload.get("chat")
        message = payload.get("message")
        if not isinstance(chat, dict) and isinstance(message, dict):
            chat = message.get("chat")
        if isinstance(chat, dict) and isinstance(chat.get("id"), int):
            return chat["id"]
        sender = payload.get("from") or payload.get("user")
        if isinstance(sender, dict) and isinstance(sender.get("id"), int):
            return ("user", sender["id"])
    return ("update", update["update_id"])


def _fault_chat(key: object) -> int | None:
    """The chat id a webhook fault names to match this ordering key (a user's id is also
    their private chat's)."""
    if isinstance(key, int):
        return key
    if isinstance(key, tuple) and key[0] == "user":
        user_id: int = key[1]
        return user_id
    return None


@dataclass(slots=True, eq=False)
class _Lane:
    """The undelivered updates of one ordering key, oldest first."""

    key: object
    updates: deque[dict[str, Any]] = field(default_factory=deque)
    busy: bool = False  # a request for the first update is in flight
    failures: int = 0  # consecutive failures of the first update
    attempts: int = 0  # requests made for the first update so far
    delivered: bool = False  # the first update was answered with success (a redelivery)
    not_before: float = 0.0  # loop time before which the next attempt must not start


class WebhookDelivery:
    """Owns the updates taken out of the queue for delivery until they are delivered or
    handed back (deleteWebhook, an outage)."""

    def __init__(self, core: BotCore) -> None:
        self._core = core
        self._lanes: dict[object, _Lane] = {}
        self._in_flight: set[asyncio.Task[None]] = set()
        self._task: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self.reset()

    def reset(self) -> None:
        """Stop without handing anything back and forget records, faults and errors (the
        stand-in forgets everything)."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._lanes = {}
        self.faults = FaultBook()
        self.log = DeliveryLog()
        self.last_error: tuple[int, str] | None = None  # (unix time, message)

    # -- control --------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self) -> None:
        """Deliver (again) to the webhook now in the settings; call from the event loop."""
        if not self.running:
            self._core.updates.on_push = self._wake.set
            self._task = asyncio.create_task(self._run(), name="standin-webhook")
        self._wake.set()

    async def stop(self) -> None:
        """Stop delivering; the undelivered updates (in flight ones too) go back to the
        queue for getUpdates, in update_id order."""
        task, self._task = self._task, None
        self._core.updates.on_push = None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._core.updates.give_back(self.pending())
        self._lanes.clear()

    def drop_pending(self) -> None:
        """Forget what is waiting; a request already in flight still finishes."""
        self._lanes.clear()

    def forget_errors(self) -> None:
        self.last_error = None

    # -- observing ------------------------------------------------------------------------

    def pending(self) -> list[dict[str, Any]]:
        """The updates awaiting delivery here, oldest first."""
        updates = [update for lane in self._lanes.values() for update in lane.updates]
        updates.sort(key=lambda update: int(update["update_id"]))
        return updates

    def pending_count(self) -> int:
        return sum(len(lane.updates) for lane in self._lanes.values())

    @property
    def in_flight(self) -> int:
        return len(self._in_flight)

    # -- delivering -----------------------------------------------------------------------

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        # max_connections is enforced per request below; the connector must not queue them.
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
            try:
                while True:
                    self._wake.clear()
                    self._take_queued()
                    pause = self._launch(session, loop.time())
                    if pause is None:
                        await self._wake.wait()
                    else:
                        with contextlib.suppress(TimeoutError):
                            await asyncio.wait_for(self._wake.wait(), pause)
            finally:
                attempts = list(self._in_flight)
                for attempt in attempts:
                    attempt.cancel()
                await asyncio.gather(*attempts, return_exceptions=True)

    def _take_queued(self) -> None:
        for update in self._core.updates.take_all():
            key = ordering_key(update)
            lane = self._lanes.get(key)
            if lane is None:
                lane = self._lanes[key] = _Lane(key)
            lane.updates.append(update)

    def _launch(self, session: aiohttp.ClientSession, now: float) -> float | None:
        """Start requests for the chats that may go now, oldest first, within
        max_connections; returns the seconds until a paused chat may go again."""
        ready: list[_Lane] = []
        pauses: list[float] = []
        for key, lane in list(self._lanes.items()):
            if lane.busy:
                continue
            if not lane.updates:
                del self._lanes[key]
            elif lane.not_before > now:
                pauses.append(lane.not_before - now)
            else:
                ready.append(lane)
        free = self._core.settings.webhook_max_connections - len(self._in_flight)
        if ready and free > 0:
            ready.sort(key=lambda lane: int(lane.updates[0]["update_id"]))
            for lane in ready[:free]:
                lane.busy = True
                attempt = asyncio.create_task(self._attempt(session, lane))
                self._in_flight.add(attempt)
                attempt.add_done_callback(self._attempt_done)
        return min(pauses) if pauses else None

    def _attempt_done(self, attempt: asyncio.Task[None]) -> None:
        self._in_flight.discard(attempt)
        self._wake.set()
        if not attempt.cancelled() and attempt.exception() is not None:
            error = attempt.exception()
            log.error("webhook delivery failed inside the stand-in", exc_info=error)
            self._core.internal_errors.append(f"webhook delivery: {type(error).__name__}: {error}")

    async def _attempt(self, session: aiohttp.ClientSession, lane: _Lane) -> None:
        try:
            await self._deliver_first(session, lane)
        finally:
            lane.busy = False

    async def _deliver_first(self, session: aiohttp.ClientSession, lane: _Lane) -> None:
        update = lane.updates[0]
        lane.attempts += 1
        fault_chat = _fault_chat(lane.key)
        fault = self.faults.take(FAULT_TARGET, fault_chat, {WEBHOOK_TIMEOUT})
        options = self._core.webhook_options
        timeout = options.timeout if fault is None else min(options.timeout, fault.seconds)
        settings = self._core.settings
        url = options.delivery_url(settings.webhook_url)
        headers = {"Content-Type": "application/json"}
        if settings.webhook_secret_token:
            headers[SECRET_HEADER] = settings.webhook_secret_token
        body = json.dumps(update, ensure_ascii=False, separators=(",", ":")).encode()
        loop = asyncio.get_running_loop()
        started, wall = loop.time(), time.time()
        status: int | None = None
        error: str | None = None
        reply = None
        try:
            if url is None:
                raise _NoOrigin
            async with asyncio.timeout(timeout):
                async with session.post(
                    url, data=body, headers=headers, allow_redirects=False
                ) as response:
                    status = response.status
                    if 200 <= status < 300:
                        reply = await read_reply_call(response)
                    else:
                        reason = f" {response.reason}" if response.reason else ""
                        error = f"Wrong response from the webhook: {status}{reason}"
        except _NoOrigin:
            error = NO_ORIGIN_ERROR
        except TimeoutError:
            error = TIMEOUT_ERROR
        except aiohttp.ClientConnectorError as failure:
            refused = isinstance(failure.os_error, ConnectionRefusedError)
            error = "Connection refused" if refused else f"Connection failed: {failure.os_error}"
        except aiohttp.ClientError as failure:
            error = f"Connection failed: {type(failure).__name__}"
        duration = loop.time() - started
        ok = error is None
        redelivery = self.faults.take(FAULT_TARGET, fault_chat, {REDELIVER}) if ok else None
        used = redelivery or fault
        self.log.add(
            update_id=int(update["update_id"]),
            attempt=lane.attempts,
            url=url,
            time=wall,
            duration=duration,
            ok=ok,
            status=status,
            error=error,
            duplicate=lane.delivered,
            fault=None if used is None else used.name,
            reply_method=None if reply is None else reply.method,
        )
        if error is not None:
            lane.failures += 1
            lane.not_before = loop.time() + options.backoff(lane.failures)
            self.last_error = (int(time.time()), error)
            return
        lane.failures = 0
        lane.not_before = 0.0
        if redelivery is not None:
            lane.delivered = True  # the same update goes again, before the chat's next one
        else:
            if lane.updates and lane.updates[0] is update:  # unless dropped meanwhile
                lane.updates.popleft()
            lane.attempts = 0
            lane.delivered = False
        if reply is not None:
            # The update counts as delivered before its answer's call runs (that may be
            # deleteWebhook, which stops delivery); the call is carried out whole, as a
            # request that has arrived is. The chat's next update waits for it.
            await asyncio.shield(self._core.run_as_bot(reply.method, reply.params, reply.files))
