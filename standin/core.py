"""The transport-free heart of the stand-in: one Bot API call in, one Telegram answer out.

`BotCore.handle` checks the token and method, coerces and validates the parameters against
the spec, applies injected faults, runs the method, checks the result against the spec's
return type and records the call. The HTTP layer only translates requests and answers.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from standin import access
from standin.commands import CommandStore
from standin.errors import ApiError, StandInBug, bad_request, not_found, unauthorized
from standin.faults import DELAY, DROP, FaultBook
from standin.files import FileStore, UploadedFile
from standin.keyboards import check_reply_markup, normalize_inline_markup
from standin.ratelimit import RateLimiter
from standin.records import BotMessageLog, CallLog
from standin.spec import Spec, SpecError, Validator
from standin.updates import FIRST_UPDATE_ID, UpdateQueue
from standin.webhook import WebhookDelivery, WebhookOptions
from standin.world import Chat, StoredMessage, User, World, now

log = logging.getLogger("standin")

Handler = Callable[["BotCore", dict[str, Any]], Awaitable[Any]]
DROPPED = object()  # answer marker: close the connection without a response
_QUOTED_WORD_RE = re.compile(r'"([a-z_]+)"')


@dataclass(slots=True)
class Reply:
    status: int
    body: dict[str, Any]


@dataclass(slots=True)
class PendingCallback:
    query: dict[str, Any]
    answered: bool = False


@dataclass(slots=True)
class CallbackAnswer:
    callback_query_id: str
    data: str | None
    text: str | None
    show_alert: bool
    url: str | None
    cache_time: int | None

    def to_json(self) -> dict[str, Any]:
        return {
            "callback_query_id": self.callback_query_id,
            "data": self.data,
            "text": self.text,
            "show_alert": self.show_alert,
            "url": self.url,
            "cache_time": self.cache_time,
        }


@dataclass(slots=True)
class BotSettings:
    """What setMy*/setWebhook/setChatMenuButton stored, per language where Telegram has one."""

    descriptions: dict[str, str] = field(default_factory=dict)
    short_descriptions: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    menu_buttons: dict[int | None, dict[str, Any]] = field(default_factory=dict)
    webhook_url: str = ""
    webhook_max_connections: int = 40
    webhook_secret_token: str | None = None


class BotCore:
    def __init__(
        self,
        spec: Spec,
        tokens: set[str],
        bot: User,
        *,
        enforce_rate_limits: bool,
        privacy_mode: bool,
        handlers: Mapping[str, Handler],
        webhook_options: WebhookOptions | None = None,
        first_update_id: int = FIRST_UPDATE_ID,
    ) -> None:
        self.spec = spec
        self._first_update_id = first_update_id
        self.tokens = tokens
        self.bot = bot
        self.privacy_mode = privacy_mode
        self._enforce_rate_limits = enforce_rate_limits
        self._handlers = dict(handlers)
        self._update_validator = spec.validator("Update")
        self._result_validators: dict[str, Validator] = {
            name: spec.union_validator(schema.returns)
            for name, schema in spec.methods.items()
            if schema.returns
        }
        self.update_types = frozenset(
            f["name"] for f in spec.type_fields("Update") if f["name"] != "update_id"
        )
        # The spec lists MessageEntity types only in prose: '"mention" (@username), ...'.
        entity_type = next(f for f in spec.type_fields("MessageEntity") if f["name"] == "type")
        self.entity_types = frozenset(_QUOTED_WORD_RE.findall(entity_type["description"]))
        self.calls = CallLog()
        self.bot_messages = BotMessageLog()
        # Told of each callback answer, as a client shows it; kept across reset().
        self.answer_listeners: list[Callable[[CallbackAnswer], None]] = []
        # The stand-in's own delivery settings, kept across reset() like the token.
        self.webhook_options = webhook_options or WebhookOptions()
        self.webhook = WebhookDelivery(self)
        self.reset()

    def reset(self) -> None:
        """Forget everything the bot and the tests did; keep token, spec and bot identity."""
        self.webhook.reset()
        self.world = World(self.bot)
        self.updates = UpdateQueue(self.update_types, self._first_update_id)
        self.faults = FaultBook()
        self.rates = RateLimiter(self._enforce_rate_limits)
        self.calls.clear()
        self.bot_messages.clear()  # keeps on_bot_message listeners (the console's)
        self.files = FileStore()
        self.commands = CommandStore()
        self.settings = BotSettings()
        self.callback_queries: dict[str, PendingCallback] = {}
        self.callback_answers: list[CallbackAnswer] = []
        self.internal_errors: list[str] = []
        self._bot_api = self.bot.to_api()
        self._chat_api_cache: dict[int, dict[str, Any]] = {}

    # -- one call -------------------------------------------------------------------------

    async def handle(
        self,
        token: str,
        method_name: str,
        raw: Mapping[str, object],
        files: Mapping[str, UploadedFile],
    ) -> Reply | object:
        """A Reply, or DROPPED when an injected fault closes the connection."""
        if token not in self.tokens:
            return self._refuse(method_name, dict(raw), unauthorized())
        return await self.run_as_bot(method_name, raw, files)

    async def run_as_bot(
        self,
        method_name: str,
        raw: Mapping[str, object],
        files: Mapping[str, UploadedFile],
    ) -> Reply | object:
        """handle() for a call already known to be the bot's: one carried in its answer to
        a webhook request. Checked, faulted and recorded like any other."""
        schema = self.spec.method(method_name)
        if schema is None:
            return self._refuse(method_name, dict(raw), not_found())
        method = schema.name
        try:
            params = schema.parse(raw, files)
        except SpecError as error:
            return self._refuse(method, dict(raw), self._describe_spec_error(method, error))
        if self.faults:  # the common case, no faults armed, costs one len()
            fault = self.faults.take(method, self._fault_chat_key(params.get("chat_id")))
            if fault is not None:
                if fault.kind == DELAY:
                    await asyncio.sleep(fault.seconds)
                elif fault.kind == DROP:
                    self.calls.add(
                        method,
                        params,
                        error_code=0,
                        description="connection dropped without an answer",
                        fault=fault.name,
                    )
                    return DROPPED
                else:
                    return self._refuse(method, params, fault.api_error(), fault=fault.name)
        try:
            result = await self._run(method, params, schema.returns_only_boolean)
        except ApiError as error:
            return self._refuse(method, params, error)
        except Exception as error:  # a stand-in bug: answer 500 and keep it visible to tests
            log.exception("stand-in failure in %s", method)
            problem = f"{method}: {type(error).__name__}: {error}"
            self.internal_errors.append(problem)
            return self._refuse(method, params, ApiError(500, f"Internal Server Error: {problem}"))
        self.calls.add(method, params, result=result)
        return Reply(200, {"ok": True, "result": result})

    async def _run(self, method: str, params: dict[str, Any], boolean_only: bool) -> Any:
        handler = self._handlers.get(method)
        if handler is None:
            if boolean_only:
                return True  # validated above; a Boolean method has no result to fake
            raise bad_request("method not supported by the local stand-in")
        result = await handler(self, params)
        validator = self._result_validators.get(method)
        if validator is not None:
            try:
                validator(result, "result")
            except SpecError as error:
                raise StandInBug(f"{method} returned an invalid result: {error}") from None
        return result

    def _refuse(
        self, method: str, params: dict[str, Any], error: ApiError, fault: str | None = None
    ) -> Reply:
        self.calls.add(
            method,
            params,
            error_code=error.error_code,
            description=error.description,
            fault=fault,
        )
        return Reply(error.error_code, error.to_json())

    @staticmethod
    def _describe_spec_error(method: str, error: SpecError) -> ApiError:
        if error.problem == "is required":
            # Telegram's own wording for the two parameters bots most often forget.
            if error.path == "chat_id":
                return bad_request("chat_id is empty")
            if error.path == "text" and method in ("sendMessage", "editMessageText"):
                return bad_request("message text is empty")
            return bad_request(f'parameter "{error.path}" is required')
        return bad_request(str(error))

    def _fault_chat_key(self, chat_id: object) -> object:
        if isinstance(chat_id, str):
            chat = self.world.resolve_chat(chat_id)
            return chat.id if chat is not None else chat_id
        return chat_id

    # -- helpers for method handlers ------------------------------------------------------

    def callback_answered(self, answer: CallbackAnswer) -> None:
        self.callback_answers.append(answer)
        for listener in list(self.answer_listeners):
            listener(answer)

    def writable_chat(self, chat_id: int | str) -> Chat:
        chat = access.find_chat(self.world, chat_id)
        access.require_can_write(self.world, chat)
        return chat

    def post(
        self,
        chat: Chat,
        params: dict[str, Any],
        content: dict[str, Any],
        method: str,
        file_ids: tuple[str, ...] = (),
    ) -> dict[str, Any]:
        """Create a bot message in `chat` after the checks every send method shares."""
        if "business_connection_id" in params:
            raise bad_request("BUSINESS_CONNECTION_INVALID (no business connections here)")
        thread_id = access.check_thread(chat, params.get("message_thread_id"))
        reply_to = self._reply_target(chat, params.get("reply_parameters"))
        markup = params.get("reply_markup")
        check_reply_markup(markup)
        retry_after = self.rates.admit(
            chat.id, chat.is_group, bool(params.get("allow_paid_broadcast")), method
        )
        if retry_after:
            raise ApiError(
                429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after}
            )
        message: dict[str, Any] = {
            "message_id": self.world.next_message_id(chat.id),
            "from": self._bot_api,
            "chat": self._shared_chat_api(chat),
            "date": now(),
        }
        if thread_id is not None:
            message["message_thread_id"] = thread_id
            message["is_topic_message"] = True
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        if params.get("protect_content"):
            message["has_protected_content"] = True
        message.update(content)
        inline_markup = normalize_inline_markup(markup)
        if inline_markup is not None:
            message["reply_markup"] = inline_markup
        stored = self.world.store(StoredMessage(message, True, markup, file_ids=file_ids))
        self.bot_messages.add(stored)
        return dict(message)  # a snapshot: later edits must not rewrite recorded results

    def _shared_chat_api(self, chat: Chat) -> dict[str, Any]:
        # One Chat object per chat shared by all its bot messages keeps 100k messages small;
        # message dicts are read-only for everyone outside the stand-in.
        shared = self._chat_api_cache.get(chat.id)
        if shared is None:
            shared = self._chat_api_cache[chat.id] = chat.to_api()
        return shared

    def _reply_target(
        self, chat: Chat, reply_parameters: dict[str, Any] | None
    ) -> dict[str, Any] | None:
        if not reply_parameters:
            return None
        target_chat = chat
        if "chat_id" in reply_parameters:
            target_chat = access.find_chat(self.world, reply_parameters["chat_id"])
        stored = self.world.message(target_chat.id, reply_parameters["message_id"])
        if stored is None:
            if reply_parameters.get("allow_sending_without_reply"):
                return None
            raise bad_request("message to be replied not found")
        if "quote" in reply_parameters:
            quoted = stored.data.get("text") or stored.data.get("caption") or ""
            if reply_parameters["quote"] not in quoted:
                raise bad_request("QUOTE_TEXT_INVALID (quote is not part of the replied message)")
        if target_chat is not chat:
            return None  # Telegram shows it as external_reply; the stand-in keeps it simple
        return {key: value for key, value in stored.data.items() if key != "reply_to_message"}

    # -- updates --------------------------------------------------------------------------

    def pending_update_count(self) -> int:
        """Updates not yet confirmed by getUpdates or delivered to the webhook."""
        return len(self.updates) + self.webhook.pending_count()

    def queued_updates(self) -> list[dict[str, Any]]:
        waiting = [*self.updates.pending(), *self.webhook.pending()]
        waiting.sort(key=lambda update: int(update["update_id"]))
        return waiting

    def drop_pending_updates(self) -> None:
        self.updates.drop_pending()
        self.webhook.drop_pending()

    def emit(self, kind: str, payload: dict[str, Any]) -> dict[str, Any] | None:
        """Queue an update the stand-in built; an invalid one is a stand-in bug."""
        try:
            self._update_validator({"update_id": 1, kind: payload}, "update")
        except SpecError as error:
            raise StandInBug(f"stand-in built an invalid {kind} update: {error}") from None
        return self.updates.push(kind, payload)

    def validate_update(self, update: dict[str, Any]) -> None:
        """Raises SpecError unless `update` is a valid Update (update_id may be missing)."""
        self._update_validator({"update_id": 1, **update}, "update")
