"""BotApiStandIn: a strict local Telegram Bot API on loopback, plus the test API around it.

async with BotApiStandIn(token="123456:TEST") as sa:
    bot = telegram.Bot(sa.token, base_url=sa.base_url)
    alice = sa.add_user("Alice", username="alice")
    sa.user_sends(alice, sa.private_chat(alice), "/start")
    reply = await sa.next_message(alice.id)
"""

from __future__ import annotations

import asyncio
import os
import re
import socket
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import Any

from aiohttp import web

from standin.commands import scope_key
from standin.control import add_control_routes
from standin.core import BotCore, CallbackAnswer
from standin.faults import REDELIVER, WEBHOOK_TIMEOUT, Fault, FaultRule
from standin.files import StoredFile
from standin.methods import HANDLERS
from standin.ratelimit import RateViolation
from standin.records import CallRecord, MessageListener
from standin.scenario import Scenario
from standin.server import MAX_REQUEST_BYTES, add_bot_api_routes, add_not_found_route
from standin.spec import Spec
from standin.updates import FIRST_UPDATE_ID
from standin.webhook import FAULT_TARGET, DeliveryRecord, WebhookOptions
from standin.world import ADMIN_STATUSES, Chat, User, World

DEFAULT_TOKEN = "123456789:TEST-stand-in-token_0123456789abcdef"
TOKEN_RE = re.compile(r"(\d+):[A-Za-z0-9_-]+")
ChatRef = Chat | User | int


def _chat_id(chat: ChatRef) -> int:
    return chat if isinstance(chat, int) else chat.id


class BotApiStandIn(Scenario):
    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        bot_username: str = "CrampCoachBot",
        *,
        bot_name: str = "Cramp Coach",
        spec_path: str | os.PathLike[str] | None = None,
        enforce_rate_limits: bool = False,
        privacy_mode: bool = True,
        extra_tokens: Iterable[str] = (),
        webhook: WebhookOptions | None = None,
        first_update_id: int = FIRST_UPDATE_ID,
    ) -> None:
        """`extra_tokens` are also accepted, for the same bot. `privacy_mode` is the
        BotFather setting: on, a non-admin bot sees only commands and replies in groups.
        `webhook` holds the stand-in's delivery settings, e.g.
        WebhookOptions(origin="http://127.0.0.1:8443", timeout=2, retry_delay=0.05).
        `first_update_id`: Telegram's ids only grow, across restarts too; a stand-in that a
        bot with a lasting database meets again (the console) starts above the last run's."""
        super().__init__()
        match = TOKEN_RE.fullmatch(token)
        if match is None:
            raise ValueError(f"{token!r} does not look like a bot token (<digits>:<secret>)")
        self.token = token
        self.spec = Spec.load(spec_path)
        bot = User(int(match.group(1)), bot_name, username=bot_username, is_bot=True)
        self._core = BotCore(
            self.spec,
            {token, *extra_tokens},
            bot,
            enforce_rate_limits=enforce_rate_limits,
            privacy_mode=privacy_mode,
            handlers=HANDLERS,
            webhook_options=webhook,
            first_update_id=first_update_id,
        )
        self._runner: web.AppRunner | None = None
        self._outages: set[asyncio.Task[None]] = set()
        self.host = ""
        self.port = 0

    # -- lifecycle ------------------------------------------------------------------------

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        if self._runner is not None:
            raise RuntimeError("the stand-in is already running")
        app = web.Application(client_max_size=MAX_REQUEST_BYTES)
        add_bot_api_routes(app, self._core)
        add_control_routes(app, self)
        add_not_found_route(app)
        runner = web.AppRunner(
            app, access_log=None, shutdown_timeout=1.0, handler_cancellation=True
        )
        await runner.setup()
        sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        await web.SockSite(runner, sock, backlog=1024).start()
        self._runner = runner
        self.host = host
        self.port = sock.getsockname()[1]
        if self._core.settings.webhook_url:  # back from an outage: deliveries resume
            self._core.webhook.start()

    async def stop(self) -> None:
        for outage in self._outages - {asyncio.current_task()}:
            outage.cancel()  # stopping for good: no outage may start it again
        if self._runner is None:
            return
        self._core.updates.release_poll()  # a held long poll would delay shutdown
        await self._core.webhook.stop()  # down, Telegram delivers nothing either
        await asyncio.sleep(0)
        runner, self._runner = self._runner, None
        await runner.cleanup()

    async def restart(self, down_for: float = 0.0) -> None:
        """An outage: stop listening (connections are refused), wait `down_for` seconds and
        listen again on the same port. The world, the records, queued updates and armed
        faults are kept, as Telegram keeps them while a client cannot reach it."""
        if self._runner is None:
            raise RuntimeError("the stand-in is not running")
        host, port = self.host, self.port
        await self.stop()
        await asyncio.sleep(down_for)
        await self.start(host, port)

    def start_outage(self, down_for: float) -> None:
        """restart() in the background, so a control request can ask for it and be
        answered before the listener closes."""
        outage = asyncio.create_task(self.restart(down_for))
        self._outages.add(outage)
        outage.add_done_callback(self._outages.discard)

    async def __aenter__(self) -> BotApiStandIn:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def base_url(self) -> str:
        """For PTB: Bot(token, base_url=sa.base_url) -> POST {base_url}{token}/{method}."""
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self.url}/file/bot"

    @property
    def bot(self) -> User:
        return self._core.bot

    @property
    def world(self) -> World:
        return self._core.world

    def reset(self) -> None:
        """Forget users, chats, messages, updates, calls, faults and settings (the webhook
        too; its WebhookOptions stay)."""
        self._core.updates.release_poll()
        self._core.reset()

    # -- observing ------------------------------------------------------------------------

    @property
    def calls(self) -> list[CallRecord]:
        return self._core.calls.records

    def calls_to(self, method: str) -> list[CallRecord]:
        return [record for record in self._core.calls.records if record.method == method]

    def bot_messages(
        self,
        chat_id: ChatRef | None = None,
        *,
        include_deleted: bool = False,
        since: int = 0,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """The bot's messages in sending order, as they are now (after edits). `since` skips
        that many of the messages sent (to that chat), deleted ones included."""
        wanted = None if chat_id is None else _chat_id(chat_id)
        return self._core.bot_messages.messages(
            wanted, include_deleted=include_deleted, since=since, limit=limit
        )

    def bot_message_count(self, chat_id: ChatRef | None = None) -> int:
        wanted = None if chat_id is None else _chat_id(chat_id)
        return self._core.bot_messages.count(wanted, include_deleted=True)

    # The public test API takes timeout= like asyncio.wait_for does; tests read better so.
    async def next_message(
        self,
        chat_id: ChatRef,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> dict[str, Any]:
        """The bot's next message to this chat not yet returned here (a cursor per chat).
        Raises TimeoutError listing what the bot did send and which calls failed."""
        wanted = _chat_id(chat_id)
        return await self._core.bot_messages.next_message(
            wanted, timeout, lambda: self._explain_silence(wanted)
        )

    def _explain_silence(self, chat_id: int) -> str:
        sent = [
            message.get("text") or message.get("caption") or "<media>"
            for message in self._core.bot_messages.messages(chat_id)
        ]
        failed = [
            f"{record.method} -> {record.error_code} {record.description}"
            for record in self._core.calls.records[-500:]
            if not record.ok and record.chat_id == chat_id
        ]
        elsewhere = self._core.bot_messages.count() - len(sent)
        return (
            f"Sent to this chat so far: {', '.join(map(repr, sent)) or 'nothing'}. "
            f"Failed calls for it: {'; '.join(failed) or 'none'}. "
            f"Messages to other chats: {elsewhere}. "
            f"Updates still undelivered: {self._core.pending_update_count()}."
        )

    async def wait_for(
        self,
        predicate: Callable[[CallRecord], bool],
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> CallRecord:
        """The first recorded call, past or future, for which `predicate` holds."""
        return await self._core.calls.wait_for(predicate, timeout)

    @property
    def callback_answers(self) -> list[CallbackAnswer]:
        return self._core.callback_answers

    def pending_updates(self) -> int:
        """Updates not yet confirmed by getUpdates or delivered to the webhook."""
        return self._core.pending_update_count()

    def queued_updates(self) -> list[dict[str, Any]]:
        return self._core.queued_updates()

    def on_bot_message(self, callback: MessageListener) -> Callable[[], None]:
        """Call `callback(message, edited)` for each message the bot sends or edits;
        returns a function that unsubscribes."""
        return self._core.bot_messages.subscribe(callback)

    def on_callback_answer(self, callback: Callable[[CallbackAnswer], None]) -> Callable[[], None]:
        """Call `callback(answer)` for each answerCallbackQuery Telegram accepted (what the
        client then shows: a notification, an alert or nothing); returns a function that
        unsubscribes."""
        listeners = self._core.answer_listeners
        listeners.append(callback)

        def unsubscribe() -> None:
            if callback in listeners:
                listeners.remove(callback)

        return unsubscribe

    def rate_violations(self) -> list[RateViolation]:
        """Every time the bot went over a Telegram limit (enforced or not); details are kept
        for the first 10,000, stats()["rate_violations"] counts them all."""
        return list(self._core.rates.violations)

    def commands(
        self, scope: dict[str, Any] | None = None, language_code: str = ""
    ) -> list[dict[str, str]]:
        """The command list the bot set for exactly this scope and language."""
        return self._core.commands.get(scope_key(scope), language_code)

    def visible_commands(
        self, user: User, chat: Chat, language_code: str | None = None
    ) -> list[dict[str, str]]:
        """The command menu `user` sees in `chat`, resolved as Telegram does: the most
        specific scope that has a list wins, and administrator scopes count only for the
        chat's admins. The language defaults to the user's."""
        language = user.language_code or "" if language_code is None else language_code
        keys: list[tuple[Any, ...]]
        if chat.type == "private":
            keys = [("chat", chat.id), ("all_private_chats",), ("default",)]
        else:
            admin = self._core.world.status(chat, user.id) in ADMIN_STATUSES
            keys = [("chat_member", chat.id, user.id)]
            keys += [("chat_administrators", chat.id)] if admin else []
            keys += [("chat", chat.id)]
            keys += [("all_chat_administrators",)] if admin else []
            keys += [("all_group_chats",), ("default",)]
        return self._core.commands.first_set(keys, language)

    def file(self, file_id: str) -> StoredFile | None:
        return self._core.files.get(file_id)

    def uploaded_files(self) -> list[StoredFile]:
        return [stored for stored in self._core.files.all() if stored.data]

    @property
    def internal_errors(self) -> list[str]:
        """Stand-in failures (answered 500). A test suite should expect this to stay empty."""
        return self._core.internal_errors

    def stats(self) -> dict[str, Any]:
        rates = self._core.rates
        return {
            "calls": len(self._core.calls.records),
            "calls_by_method": dict(self._core.calls.counts),
            "errors_by_method": dict(self._core.calls.error_counts),
            "bot_messages": self._core.bot_messages.count(include_deleted=True),
            "pending_updates": self._core.pending_update_count(),
            "updates_filtered_out": self._core.updates.filtered_out,
            "rate_limited_messages": rates.counts["messages"],
            "rate_violations": {
                "total": rates.counts["violations"],
                "chat": rates.counts["chat"],
                "group": rates.counts["group"],
                "global": rates.counts["global"],
            },
            "faults_pending": len(self._core.faults) + len(self._core.webhook.faults),
            "webhook_deliveries": len(self._core.webhook.log.records),
            "webhook_failures": sum(1 for r in self._core.webhook.log.records if not r.ok),
            "internal_errors": list(self._core.internal_errors),
        }

    # -- faults ---------------------------------------------------------------------------

    def inject(
        self,
        method: str = "*",
        chat_id: ChatRef | str | None = None,
        *,
        fault: Fault,
        times: int = 1,
    ) -> FaultRule:
        """Answer the next `times` matching calls with `fault` (see standin.faults)."""
        if method != "*" and self.spec.method(method) is None:
            raise ValueError(f"{method!r} is not a Bot API method")
        wanted: int | None = None
        if isinstance(chat_id, str):
            chat = self._core.world.resolve_chat(chat_id)
            if chat is None:
                raise ValueError(f"no chat {chat_id!r} to fault")
            wanted = chat.id
        elif chat_id is not None:
            wanted = _chat_id(chat_id)
        return self._core.faults.inject(method, wanted, fault, times)

    def clear_faults(self) -> None:
        """Disarm every fault, webhook faults too."""
        self._core.faults.clear()
        self._core.webhook.faults.clear()

    def pending_faults(self) -> list[FaultRule]:
        """Armed faults; webhook faults show "webhook" as their method."""
        return [*self._core.faults.pending(), *self._core.webhook.faults.pending()]

    # -- webhook --------------------------------------------------------------------------

    @property
    def webhook_options(self) -> WebhookOptions:
        return self._core.webhook_options

    def configure_webhook(self, **changes: Any) -> WebhookOptions:
        """Change the stand-in's delivery settings (WebhookOptions fields: origin, timeout,
        retry_delay, max_retry_delay); they apply from the next request on."""
        self._core.webhook_options = self._core.webhook_options.changed(**changes)
        return self._core.webhook_options

    def webhook_deliveries(self, update_id: int | None = None) -> list[DeliveryRecord]:
        """Every webhook request so far (of one update, when given), in starting order."""
        records = self._core.webhook.log.records
        return [r for r in records if update_id is None or r.update_id == update_id]

    async def wait_for_delivery(
        self,
        predicate: Callable[[DeliveryRecord], bool],
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> DeliveryRecord:
        """The first webhook request, past or future, for which `predicate` holds."""
        return await self._core.webhook.log.wait_for(predicate, timeout)

    def webhook_state(self) -> dict[str, Any]:
        """Where deliveries go now and how far they are, for tests and the control API."""
        webhook = self._core.webhook
        url = self._core.settings.webhook_url
        return {
            "url": url,
            "delivery_url": self._core.webhook_options.delivery_url(url) if url else None,
            "delivering": webhook.running,
            "pending_update_count": self._core.pending_update_count(),
            "in_flight": webhook.in_flight,
            "options": self._core.webhook_options.to_json(),
        }

    def inject_webhook(
        self, chat_id: ChatRef | None = None, *, fault: Fault, times: int = 1
    ) -> FaultRule:
        """Arm a webhook fault (faults.redeliver() or faults.webhook_timeout(seconds)) for
        the next `times` deliveries of updates of that chat (or of any)."""
        if fault.kind not in (REDELIVER, WEBHOOK_TIMEOUT):
            raise ValueError(f"{fault.name} is not a webhook fault (redeliver, webhook_timeout)")
        wanted = None if chat_id is None else _chat_id(chat_id)
        return self._core.webhook.faults.inject(FAULT_TARGET, wanted, fault, times)
