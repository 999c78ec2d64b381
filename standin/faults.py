"""Injected faults: error answers, slow answers and dropped connections, consumed in order.

sa.inject("sendMessage", fault=faults.too_many_requests(3), times=2)
sa.inject("*", chat_id=alice.id, fault=faults.drop())

Webhook deliveries have their own two, for "an update arrives twice":
sa.inject_webhook(fault=faults.redeliver(), chat_id=alice.id)
sa.inject_webhook(fault=faults.webhook_timeout(0.2))
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass
from typing import Any

from standin.errors import ApiError

ERROR, DELAY, DROP = "error", "delay", "drop"
REDELIVER, WEBHOOK_TIMEOUT = "redeliver", "webhook_timeout"  # webhook deliveries only
_SERVER_ERRORS = {500: "Internal Server Error", 502: "Bad Gateway"}


@dataclass(frozen=True, slots=True)
class Fault:
    kind: str  # ERROR, DELAY or DROP; REDELIVER or WEBHOOK_TIMEOUT for webhook deliveries
    name: str  # the factory that made it, for records and the control API
    error_code: int = 0
    description: str = ""
    parameters: dict[str, Any] | None = None
    seconds: float = 0.0

    def api_error(self) -> ApiError:
        return ApiError(self.error_code, self.description, self.parameters)

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {"kind": self.name}
        if self.kind == ERROR:
            body.update(error_code=self.error_code, description=self.description)
            if self.parameters:
                body["parameters"] = self.parameters
        elif self.kind in (DELAY, WEBHOOK_TIMEOUT):
            body["seconds"] = self.seconds
        return body


def too_many_requests(retry_after: int = 5) -> Fault:
    return Fault(
        ERROR,
        "too_many_requests",
        429,
        f"Too Many Requests: retry after {retry_after}",
        {"retry_after": retry_after},
    )


def forbidden(description: str = "bot was blocked by the user") -> Fault:
    if not description.startswith("Forbidden: "):
        description = f"Forbidden: {description}"
    return Fault(ERROR, "forbidden", 403, description)


def blocked() -> Fault:
    return forbidden("bot was blocked by the user")


def deactivated() -> Fault:
    return forbidden("user is deactivated")


def kicked(supergroup: bool = False) -> Fault:
    kind = "supergroup" if supergroup else "group"
    return forbidden(f"bot was kicked from the {kind} chat")


def bad_request(description: str) -> Fault:
    if not description.startswith("Bad Request: "):
        description = f"Bad Request: {description}"
    return Fault(ERROR, "bad_request", 400, description)


def migrated(new_chat_id: int) -> Fault:
    return Fault(
        ERROR,
        "migrated",
        400,
        "Bad Request: group chat was upgraded to a supergroup chat",
        {"migrate_to_chat_id": new_chat_id},
    )


def server_error(status: int = 500) -> Fault:
    if status not in _SERVER_ERRORS:
        raise ValueError(f"server_error status must be 500 or 502, got {status}")
    return Fault(ERROR, "server_error", status, _SERVER_ERRORS[status])


def delay(seconds: float) -> Fault:
    """Answer late (then normally): for timeout handling and ordering tests."""
    return Fault(DELAY, "delay", seconds=seconds)


def drop() -> Fault:
    """Close the connection without answering."""
    return Fault(DROP, "drop")


def redeliver() -> Fault:
    """Webhook: once the bot has answered an update with success, deliver it again (same
    update_id) before the chat's next one, as Telegram does when it missed the answer."""
    return Fault(REDELIVER, "redeliver")


def webhook_timeout(seconds: float) -> Fault:
    """Webhook: give up waiting for the bot's answer after `seconds` (instead of the
    stand-in's webhook timeout), count it a failure and deliver the update again later,
    while the bot may still be handling the first copy."""
    if not seconds > 0:
        raise ValueError("webhook_timeout seconds must be above 0")
    return Fault(WEBHOOK_TIMEOUT, "webhook_timeout", seconds=float(seconds))


def _from_json(body: dict[str, Any], factories: dict[str, Any]) -> Fault:
    kind = body.get("kind")
    arguments = {key: value for key, value in body.items() if key != "kind"}
    factory = factories.get(str(kind))
    if factory is None:
        raise ValueError(f"unknown fault kind {kind!r}; known: {', '.join(sorted(factories))}")
    fault: Fault = factory(**arguments)
    return fault


def webhook_fault_from_json(body: dict[str, Any]) -> Fault:
    """The control API's form: {"kind": "redeliver"} or {"kind": "webhook_timeout",
    "seconds": 0.2}."""
    return _from_json(body, {"redeliver": redeliver, "webhook_timeout": webhook_timeout})


def fault_from_json(body: dict[str, Any]) -> Fault:
    """The control API's form: {"kind": "too_many_requests", "retry_after": 3}, ..."""
    factories: dict[str, Any] = {
        "too_many_requests": too_many_requests,
        "forbidden": forbidden,
        "blocked": blocked,
        "deactivated": deactivated,
        "kicked": kicked,
        "bad_request": bad_request,
        "migrated": migrated,
        "server_error": server_error,
        "delay": delay,
        "drop": drop,
    }
    return _from_json(body, factories)


@dataclass(slots=True)
class FaultRule:
    method: str  # a method name or "*"
    chat_id: int | str | None
    fault: Fault
    remaining: int

    def matches(self, method: str, chat_id: object) -> bool:
        if self.method != "*" and self.method.lower() != method.lower():
            return False
        return self.chat_id is None or self.chat_id == chat_id

    def to_json(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "chat_id": self.chat_id,
            "fault": self.fault.to_json(),
            "remaining": self.remaining,
        }


class FaultBook:
    def __init__(self) -> None:
        self._rules: list[FaultRule] = []

    def inject(self, method: str, chat_id: int | str | None, fault: Fault, times: int) -> FaultRule:
        if times < 1:
            raise ValueError("times must be at least 1")
        rule = FaultRule(method, chat_id, fault, times)
        self._rules.append(rule)
        return rule

    def take(
        self, method: str, chat_id: object, kinds: Container[str] | None = None
    ) -> Fault | None:
        """The first armed fault for this call (of one of `kinds`, when given), used up
        once; None for a normal answer."""
        if not self._rules:
            return None
        for rule in self._rules:
            if rule.matches(method, chat_id) and (kinds is None or rule.fault.kind in kinds):
                rule.remaining -= 1
                if rule.remaining == 0:
                    self._rules.remove(rule)
                return rule.fault
        return None

    def __len__(self) -> int:
        return len(self._rules)

    def clear(self) -> None:
        self._rules.clear()

    def pending(self) -> list[FaultRule]:
        return list(self._rules)
