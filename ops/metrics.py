"""Every Prometheus metric the bot exports, defined once, with the small functions the
rest of the code calls to record what happened.

The metrics live in prometheus_client's default registry, as one process serves one bot;
`/metrics` (ops/server.py) renders it. Counters only grow, so a test compares a value
before and after rather than expecting a fresh process.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Protocol

from prometheus_client import Counter, Gauge, Histogram, disable_created_metrics

# No `_created` series beside every counter and histogram: twice the series for a time
# stamp nobody graphs.
disable_created_metrics()  # type: ignore[no-untyped-call]

# Handler and pass times: a reply takes milliseconds, a fan-out pass minutes.
_HANDLER_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
_PASS_BUCKETS = (0.01, 0.05, 0.1, 0.5, 1.0, 5.0, 15.0, 60.0, 300.0, 900.0, 3600.0)
# Lateness of a sent reminder: on time is under a second; the grace period is 30 minutes.
_LATENESS_BUCKETS = (0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 600.0, 1800.0)
_WAIT_BUCKETS = (0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 15.0, 60.0)

UPDATES = Counter("cramp_updates", "Updates handled, by kind of update", ["kind"])
HANDLER_SECONDS = Histogram(
    "cramp_update_handling_seconds",
    "Time from taking an update to finishing with it (every handler), by kind",
    ["kind"],
    buckets=_HANDLER_BUCKETS,
)
ERRORS = Counter("cramp_errors", "Errors a handler raised, by exception class", ["kind"])
REPLIES = Counter(
    "cramp_replies_sent",
    "Messages the bot sent or edited while handling an update, by Bot API method",
    ["method"],
)
REMINDERS = Counter(
    "cramp_reminders",
    "Reminder occurrences by outcome: sent, retried, failed, gone (chat unreachable), "
    "uncertain (may have arrived; never repeated), skipped_late, deferred (next pass)",
    ["outcome"],
)
LATENESS = Histogram(
    "cramp_reminder_lateness_seconds",
    "How long after its due time a reminder was sent",
    buckets=_LATENESS_BUCKETS,
)
DUE_WAITING = Gauge(
    "cramp_reminders_due_waiting",
    "Reminders due now and not yet sent: subscriptions not yet claimed plus claimed "
    "occurrences waiting to be sent",
)
PASS_SECONDS = Histogram(
    "cramp_dispatcher_pass_seconds",
    "Duration of a reminder dispatcher pass (claiming and sending)",
    buckets=_PASS_BUCKETS,
)
LAST_PASS = Gauge(
    "cramp_dispatcher_last_pass_timestamp_seconds",
    "When the last reminder dispatcher pass finished (Unix time)",
)
RATE_LIMIT_WAIT = Histogram(
    "cramp_rate_limiter_wait_seconds",
    "Time a request waited in the rate limiter's windows before it could leave",
    buckets=_WAIT_BUCKETS,
)
API_RESPONSES = Counter(
    "cramp_bot_api_responses", "Bot API answers received, by HTTP status", ["status"]
)
TOO_MANY_REQUESTS = Counter(
    "cramp_bot_api_too_many_requests",
    "429 Too Many Requests answers received from the Bot API",
)
API_LAST_REACHED = Gauge(
    "cramp_bot_api_last_reached_timestamp_seconds",
    "When the Bot API last answered (any status below 500; Unix time)",
)
DATABASE_ERRORS = Counter(
    "cramp_database_errors",
    "Database statements that failed, by kind: busy (locked, timed out), unavailable, other",
    ["kind"],
)

REMINDER_OUTCOMES = ("sent", "retried", "failed", "gone", "uncertain", "skipped_late", "deferred")
DATABASE_ERROR_KINDS = ("busy", "unavailable", "other")

# The Bot API's methods that put something in a chat: what counts as a reply.
_REPLY_PREFIXES = ("send", "edit", "copy", "forward", "answer")


class PassFigures(Protocol):
    """What a finished dispatcher pass counted (scheduler/dispatcher.py's PassStats)."""

    skipped_late: int
    sent: int
    retried: int
    gone: int
    uncertain: int
    failed: int
    deferred: int
    lateness: list[float]


class BotApiContact:
    """When the Bot API last answered, on the monotonic clock, for readiness."""

    last: float | None = None


def record_api_response(method: str, status: int) -> None:
    """One Bot API answer: its status, the last contact, and a reply if it was one (a
    message sent or edited while an update is handled: ops/updates.py's context)."""
    from ops.updates import current  # ops.updates imports this module

    API_RESPONSES.labels(str(status)).inc()
    if status == 429:
        TOO_MANY_REQUESTS.inc()
    if status < 500:
        BotApiContact.last = time.monotonic()
        API_LAST_REACHED.set(time.time())
        if status == 200 and current() is not None and method.startswith(_REPLY_PREFIXES):
            REPLIES.labels(method).inc()


def record_pass(stats: PassFigures, seconds: float) -> None:
    """A finished dispatcher pass: its outcomes, lateness and duration."""
    for outcome, count in (
        ("sent", stats.sent),
        ("retried", stats.retried),
        ("failed", stats.failed),
        ("gone", stats.gone),
        ("uncertain", stats.uncertain),
        ("skipped_late", stats.skipped_late),
        ("deferred", stats.deferred),
    ):
        if count:
            REMINDERS.labels(outcome).inc(count)
    for late in stats.lateness:
        LATENESS.observe(max(0.0, late))
    PASS_SECONDS.observe(seconds)
    LAST_PASS.set(time.time())


def record_rate_limit_wait(seconds: float) -> None:
    RATE_LIMIT_WAIT.observe(seconds)


def record_error(error: BaseException | None) -> None:
    ERRORS.labels(type(error).__name__ if error is not None else "unknown").inc()


def record_database_error(kind: str) -> None:
    DATABASE_ERRORS.labels(kind if kind in DATABASE_ERROR_KINDS else "other").inc()


def initialise(update_kinds: Iterable[str]) -> None:
    """Create every labelled series at zero, so dashboards and alerts see a 0, not no
    data, before the first event of a kind."""
    for kind in update_kinds:
        UPDATES.labels(kind)
        HANDLER_SECONDS.labels(kind)
    for outcome in REMINDER_OUTCOMES:
        REMINDERS.labels(outcome)
    for kind in DATABASE_ERROR_KINDS:
        DATABASE_ERRORS.labels(kind)
    API_RESPONSES.labels("429")


__all__ = [
    "BotApiContact",
    "initialise",
    "record_api_response",
    "record_database_error",
    "record_error",
    "record_pass",
    "record_rate_limit_wait",
]
