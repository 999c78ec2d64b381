"""The test API over HTTP under /_standin/, for bots and benchmarks in another process.

JSON in (POST bodies; GET takes query parameters), JSON out. Misuse answers 400, an unknown
user or chat 404, a next_message that times out 408, all as {"error": "..."}. A user's id
also works as the chat_id of their private chat.

POST /_standin/users                 {first_name, username?, language_code?, last_name?,
                                      is_premium?} -> User
POST /_standin/started_users         {count} -> {ids}: people who already wrote to the bot
POST /_standin/private_chats         {user_id} -> Chat
POST /_standin/groups                {title, admin_ids?, member_ids?, creator_id?,
                                      supergroup?, forum?, username?, bot_status?} -> Chat
POST /_standin/channels              {title, admin_ids?, creator_id?, username?, bot_status?}
POST /_standin/forum_topics          {chat_id, name, by_user_id?} -> {message_thread_id}
POST /_standin/user_sends            {user_id, chat_id, text, thread_id?,
                                      reply_to_message_id?} -> Message
POST /_standin/user_sends_location   {user_id, chat_id, latitude, longitude, live_period?}
POST /_standin/anonymous_admins      {chat_id, user_id, anonymous?=true}: "remain anonymous"
POST /_standin/anonymous_admin_sends {chat_id, text, admin_id?, thread_id?} -> Message
POST /_standin/press_button          {user_id, chat_id, message_id, data, forged?}
                                      -> CallbackQuery
POST /_standin/add_bot_to_group      {chat_id, by_user_id, as_admin?}
POST /_standin/remove_bot_from_group {chat_id, by_user_id, ban?}
POST /_standin/set_member_status     {chat_id, user_id, status, by_user_id?}
POST /_standin/block | unblock | deactivate   {user_id}
POST /_standin/migrate               {chat_id, by_user_id?} -> the new supergroup Chat
POST /_standin/push_update           {update} -> {update: Update | null}
POST /_standin/faults                {method?="*", chat_id?, fault: {kind, ...}, times?=1}
                                      kinds: too_many_requests{retry_after}, forbidden
                                      {description}, blocked, deactivated, kicked{supergroup},
                                      bad_request{description}, migrated{new_chat_id},
                                      server_error{status}, delay{seconds}, drop
POST /_standin/outage                {seconds}: stop listening (connections refused), then
                                      listen again on the same port, keeping all state
GET  /_standin/faults                -> {faults: [...]};  DELETE /_standin/faults (or POST
                                      /_standin/faults/clear) clears them
GET  /_standin/bot_messages          ?chat_id&since&limit&include_deleted
                                      -> {messages, count}
GET  /_standin/bot_messages/count    ?chat_id -> {count}  (O(1); deleted ones included)
GET  /_standin/next_message          ?chat_id&timeout=5 -> Message (per-chat cursor)
GET  /_standin/calls                 ?method&ok&since(seq)&limit&with_result -> {calls}
GET  /_standin/callback_answers      -> {answers}
GET  /_standin/stats                 -> counts per method, errors, rate violations, ...
GET  /_standin/rate_violations       -> {violations}
GET  /_standin/updates               -> {updates} (queued, unconfirmed)
GET  /_standin/visible_commands      ?user_id&chat_id&language_code -> {commands}: the menu
                                      that person sees there (Telegram's scope precedence)
GET  /_standin/webhook                -> {url, delivery_url, delivering, pending_update_count,
                                      in_flight, options}
POST /_standin/webhook/options       {origin?, timeout?, retry_delay?, max_retry_delay?}
                                      -> options: origin "http://127.0.0.1:PORT" sends what
                                      Telegram would POST to the webhook URL there, path kept
GET  /_standin/webhook/deliveries    ?update_id&ok&since(seq) -> {deliveries}: every request
                                      (attempt, status, error, duration, duplicate, ...)
POST /_standin/webhook/faults        {chat_id?, fault: {kind, ...}, times?=1} kinds:
                                      redeliver (deliver again after success),
                                      webhook_timeout{seconds} (give up waiting, retry)
GET  /_standin/health                -> {ok, base_url, bot}
POST /_standin/reset                 forget everything but token and spec
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

from aiohttp import web

from standin.errors import StandInUsageError
from standin.faults import fault_from_json, webhook_fault_from_json
from standin.server import json_response
from standin.world import Chat, User

if TYPE_CHECKING:
    from standin.bot_api_stand_in import BotApiStandIn

PREFIX = "/_standin"
Body = dict[str, Any]
Endpoint = Callable[["BotApiStandIn", Body], Awaitable[Any] | Any]


class _NotFound(Exception):
    pass


def _user(sa: BotApiStandIn, body: Mapping[str, Any], key: str = "user_id") -> User:
    user = sa.world.users.get(int(body[key]))
    if user is None:
        raise _NotFound(f"no user with id {body[key]}")
    return user


def _optional_user(sa: BotApiStandIn, body: Mapping[str, Any], key: str) -> User | None:
    return _user(sa, body, key) if body.get(key) is not None else None


def _users(sa: BotApiStandIn, body: Mapping[str, Any], key: str) -> list[User]:
    return [_user(sa, {"id": user_id}, "id") for user_id in body.get(key, [])]


def _chat(sa: BotApiStandIn, body: Mapping[str, Any], key: str = "chat_id") -> Chat:
    chat_id = int(body[key])
    chat = sa.world.chats.get(chat_id)
    if chat is None and chat_id in sa.world.users:
        chat = sa.private_chat(sa.world.users[chat_id])  # a user's id is their private chat's
    if chat is None:
        raise _NotFound(f"no chat with id {body[key]}")
    return chat


def _message_ref(body: Mapping[str, Any]) -> dict[str, Any]:
    return {"chat": {"id": int(body["chat_id"])}, "message_id": int(body["message_id"])}


def _flag(value: Any) -> bool:
    return value in (True, "true", "1", 1)


# -- world ------------------------------------------------------------------------------


def add_user(sa: BotApiStandIn, body: Body) -> Any:
    return sa.add_user(
        body["first_name"],
        username=body.get("username"),
        language_code=body.get("language_code"),
        last_name=body.get("last_name"),
        is_premium=_flag(body.get("is_premium")),
    ).to_api()


def started_users(sa: BotApiStandIn, body: Body) -> Any:
    count = int(body["count"])
    if not 0 < count <= 1_000_000:
        raise ValueError("count must be 1..1000000")
    return {"ids": sa.add_started_users(count)}


def private_chat(sa: BotApiStandIn, body: Body) -> Any:
    return sa.private_chat(_user(sa, body)).to_api()


def add_group(sa: BotApiStandIn, body: Body) -> Any:
    return sa.add_group(
        body["title"],
        admins=_users(sa, body, "admin_ids"),
        members=_users(sa, body, "member_ids"),
        creator=_optional_user(sa, body, "creator_id"),
        supergroup=_flag(body.get("supergroup")),
        forum=_flag(body.get("forum")),
        username=body.get("username"),
        bot_status=body.get("bot_status"),
    ).to_api()


def add_channel(sa: BotApiStandIn, body: Body) -> Any:
    return sa.add_channel(
        body["title"],
        admins=_users(sa, body, "admin_ids"),
        creator=_optional_user(sa, body, "creator_id"),
        username=body.get("username"),
        bot_status=body.get("bot_status"),
    ).to_api()


def add_forum_topic(sa: BotApiStandIn, body: Body) -> Any:
    thread_id = sa.add_forum_topic(
        _chat(sa, body), body["name"], by=_optional_user(sa, body, "by_user_id")
    )
    return {"message_thread_id": thread_id}


def user_sends(sa: BotApiStandIn, body: Body) -> Any:
    return sa.user_sends(
        _user(sa, body),
        _chat(sa, body),
        body["text"],
        thread_id=body.get("thread_id"),
        reply_to=body.get("reply_to_message_id"),
    )


def user_sends_location(sa: BotApiStandIn, body: Body) -> Any:
    return sa.user_sends_location(
        _user(sa, body),
        _chat(sa, body),
        float(body["latitude"]),
        float(body["longitude"]),
        live_period=body.get("live_period"),
    )


def set_anonymous_admin(sa: BotApiStandIn, body: Body) -> Any:
    sa.set_anonymous_admin(
        _chat(sa, body), _user(sa, body), anonymous=body.get("anonymous", True) is not False
    )
    return {"ok": True}


def anonymous_admin_sends(sa: BotApiStandIn, body: Body) -> Any:
    thread_id = body.get("thread_id")
    return sa.anonymous_admin_sends(
        _chat(sa, body),
        body["text"],
        admin=_optional_user(sa, body, "admin_id"),
        thread_id=None if thread_id is None else int(thread_id),
    )


def press_button(sa: BotApiStandIn, body: Body) -> Any:
    user, message = _user(sa, body), _message_ref(body)
    if _flag(body.get("forged")):
        return sa.press_button_forged(user, message, body["data"])
    return sa.press_button(user, message, body["data"])


def add_bot_to_group(sa: BotApiStandIn, body: Body) -> Any:
    sa.add_bot_to_group(
        _chat(sa, body), by=_user(sa, body, "by_user_id"), as_admin=_flag(body.get("as_admin"))
    )
    return {"ok": True}


def remove_bot_from_group(sa: BotApiStandIn, body: Body) -> Any:
    sa.remove_bot_from_group(
        _chat(sa, body), by=_user(sa, body, "by_user_id"), ban=body.get("ban", True) is not False
    )
    return {"ok": True}


def set_member_status(sa: BotApiStandIn, body: Body) -> Any:
    sa.set_member_status(
        _chat(sa, body),
        _user(sa, body),
        body["status"],
        by=_optional_user(sa, body, "by_user_id"),
    )
    return {"ok": True}


def block(sa: BotApiStandIn, body: Body) -> Any:
    sa.block_bot(_user(sa, body))
    return {"ok": True}


def unblock(sa: BotApiStandIn, body: Body) -> Any:
    sa.unblock_bot(_user(sa, body))
    return {"ok": True}


def deactivate(sa: BotApiStandIn, body: Body) -> Any:
    sa.deactivate_user(_user(sa, body))
    return {"ok": True}


def migrate(sa: BotApiStandIn, body: Body) -> Any:
    return sa.migrate_group(_chat(sa, body), by=_optional_user(sa, body, "by_user_id")).to_api()


def push_update(sa: BotApiStandIn, body: Body) -> Any:
    return {"update": sa.push_update(body["update"])}


# -- faults -----------------------------------------------------------------------------


def inject(sa: BotApiStandIn, body: Body) -> Any:
    try:
        fault = fault_from_json(dict(body["fault"]))
    except TypeError as error:
        raise ValueError(f"bad fault arguments: {error}") from None
    rule = sa.inject(
        body.get("method", "*"), body.get("chat_id"), fault=fault, times=int(body.get("times", 1))
    )
    return rule.to_json()


def outage(sa: BotApiStandIn, body: Body) -> Any:
    seconds = float(body["seconds"])
    if not 0 <= seconds <= 600:
        raise ValueError("seconds must be 0..600")
    sa.start_outage(seconds)
    return {"ok": True, "port": sa.port}


def list_faults(sa: BotApiStandIn, body: Body) -> Any:
    return {"faults": [rule.to_json() for rule in sa.pending_faults()]}


def clear_faults(sa: BotApiStandIn, body: Body) -> Any:
    sa.clear_faults()
    return {"ok": True}


# -- observing --------------------------------------------------------------------------


def bot_messages(sa: BotApiStandIn, body: Body) -> Any:
    chat_id = int(body["chat_id"]) if body.get("chat_id") else None
    messages = sa.bot_messages(
        chat_id,
        include_deleted=_flag(body.get("include_deleted")),
        since=int(body.get("since", 0)),
        limit=int(body["limit"]) if body.get("limit") else None,
    )
    return {"messages": messages, "count": len(messages)}


def bot_message_count(sa: BotApiStandIn, body: Body) -> Any:
    chat_id = int(body["chat_id"]) if body.get("chat_id") else None
    return {"count": sa.bot_message_count(chat_id)}


async def next_message(sa: BotApiStandIn, body: Body) -> Any:
    return await sa.next_message(int(body["chat_id"]), float(body.get("timeout", 5.0)))


def calls(sa: BotApiStandIn, body: Body) -> Any:
    since = int(body.get("since", 0))  # a seq: only calls after it
    method = body.get("method")
    ok = body.get("ok")
    chosen = [
        record.to_json(with_result=_flag(body.get("with_result")))
        for record in sa.calls[since:]
        if (method is None or record.method == method) and (ok is None or record.ok == _flag(ok))
    ]
    if body.get("limit"):
        chosen = chosen[: int(body["limit"])]
    return {"calls": chosen}


def callback_answers(sa: BotApiStandIn, body: Body) -> Any:
    return {"answers": [answer.to_json() for answer in sa.callback_answers]}


def stats(sa: BotApiStandIn, body: Body) -> Any:
    return sa.stats()


def rate_violations(sa: BotApiStandIn, body: Body) -> Any:
    return {"violations": [violation.to_json() for violation in sa.rate_violations()]}


def updates(sa: BotApiStandIn, body: Body) -> Any:
    return {"updates": sa.queued_updates()}


def visible_commands(sa: BotApiStandIn, body: Body) -> Any:
    language = body.get("language_code")
    return {"commands": sa.visible_commands(_user(sa, body), _chat(sa, body), language)}


def webhook_state(sa: BotApiStandIn, body: Body) -> Any:
    return sa.webhook_state()


_WEBHOOK_OPTION_TYPES = {"timeout": float, "retry_delay": float, "max_retry_delay": float}


def webhook_options(sa: BotApiStandIn, body: Body) -> Any:
    changes: dict[str, Any] = {}
    for name, value in body.items():
        if name == "origin":
            changes[name] = None if value is None else str(value)
        elif name in _WEBHOOK_OPTION_TYPES:
            changes[name] = _WEBHOOK_OPTION_TYPES[name](value)
        else:
            raise ValueError(f"unknown webhook option {name!r}")
    return sa.configure_webhook(**changes).to_json()


def webhook_deliveries(sa: BotApiStandIn, body: Body) -> Any:
    since = int(body.get("since", 0))
    update_id = int(body["update_id"]) if body.get("update_id") else None
    ok = body.get("ok")
    chosen = [
        record.to_json()
        for record in sa.webhook_deliveries(update_id)
        if record.seq > since and (ok is None or record.ok == _flag(ok))
    ]
    return {"deliveries": chosen}


def inject_webhook(sa: BotApiStandIn, body: Body) -> Any:
    fault = webhook_fault_from_json(dict(body["fault"]))
    chat_id = int(body["chat_id"]) if body.get("chat_id") is not None else None
    return sa.inject_webhook(chat_id, fault=fault, times=int(body.get("times", 1))).to_json()


def reset(sa: BotApiStandIn, body: Body) -> Any:
    sa.reset()
    return {"ok": True}


def health(sa: BotApiStandIn, body: Body) -> Any:
    return {"ok": True, "base_url": sa.base_url, "bot": sa.bot.to_api()}


POST_ENDPOINTS: dict[str, Endpoint] = {
    "users": add_user,
    "started_users": started_users,
    "private_chats": private_chat,
    "groups": add_group,
    "channels": add_channel,
    "forum_topics": add_forum_topic,
    "user_sends": user_sends,
    "user_sends_location": user_sends_location,
    "anonymous_admins": set_anonymous_admin,
    "anonymous_admin_sends": anonymous_admin_sends,
    "press_button": press_button,
    "add_bot_to_group": add_bot_to_group,
    "remove_bot_from_group": remove_bot_from_group,
    "set_member_status": set_member_status,
    "block": block,
    "unblock": unblock,
    "deactivate": deactivate,
    "migrate": migrate,
    "push_update": push_update,
    "faults": inject,
    "faults/clear": clear_faults,
    "outage": outage,
    "webhook/options": webhook_options,
    "webhook/faults": inject_webhook,
    "reset": reset,
}
GET_ENDPOINTS: dict[str, Endpoint] = {
    "health": health,
    "faults": list_faults,
    "bot_messages": bot_messages,
    "bot_messages/count": bot_message_count,
    "next_message": next_message,
    "calls": calls,
    "callback_answers": callback_answers,
    "stats": stats,
    "rate_violations": rate_violations,
    "updates": updates,
    "visible_commands": visible_commands,
    "webhook": webhook_state,
    "webhook/deliveries": webhook_deliveries,
}


def add_control_routes(app: web.Application, sa: BotApiStandIn) -> None:
    def route(endpoint: Endpoint, from_body: bool) -> Callable[[web.Request], Awaitable[Any]]:
        async def handle(request: web.Request) -> web.StreamResponse:
            try:
                if from_body and request.body_exists:
                    body = json.loads(await request.text())
                    if not isinstance(body, dict):
                        raise ValueError("the request body must be a JSON object")
                else:
                    body = dict(request.query)
                result = endpoint(sa, body)
                if inspect.isawaitable(result):
                    result = await result
            except _NotFound as error:
                return json_response({"error": str(error)}, 404)
            except TimeoutError as error:
                return json_response({"error": str(error)}, 408)
            except KeyError as error:
                return json_response({"error": f"missing field {error}"}, 400)
            except (StandInUsageError, ValueError, TypeError) as error:
                return json_response({"error": str(error)}, 400)
            return json_response(result)

        return handle

    for name, endpoint in POST_ENDPOINTS.items():
        app.router.add_route("POST", f"{PREFIX}/{name}", route(endpoint, from_body=True))
    for name, endpoint in GET_ENDPOINTS.items():
        app.router.add_route("GET", f"{PREFIX}/{name}", route(endpoint, from_body=False))
    app.router.add_route("DELETE", f"{PREFIX}/faults", route(clear_faults, from_body=False))
