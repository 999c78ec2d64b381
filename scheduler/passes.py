"""What a reminder pass works with: its settings, the reminders it sends, their outcomes
and what it counted (PassStats, which ops/metrics.py reads). scheduler/dispatcher.py runs
the pass; these names are importable from there too."""

from __future__ import annotations

import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from scheduler.sending import BeforeRequest


@dataclass(frozen=True)
class DispatchSettings:
    grace: timedelta = timedelta(minutes=30)
    # Subscriptions claimed per transaction: small enough to keep the event loop free.
    claim_batch: int = 100
    # Messages in flight at once; also the most that can be "uncertain" after a crash.
    chunk_size: int = 50
    pipelines: int = 4
    # How often an occurrence that failed for a passing reason (5xx, network) is retried.
    max_attempts: int = 5
    # How long an instance's claim on the occurrences it took holds without renewal: an
    # instance that dies hands them to the others this long after its last renewal. It
    # renews every third of it, so a live one never loses its claims to a slow request.
    lease: timedelta = timedelta(seconds=30)
    # Which instance this is, on a database several share. A restart under the same name
    # releases what it held before at once (instead of after the lease); two live
    # instances need two names (a container's hostname is its own).
    instance: str = field(default_factory=socket.gethostname)
    # PostgreSQL: take due rows with FOR UPDATE SKIP LOCKED, so instances never wait on or
    # plan each other's rows (bench/claims.py measures it against compare-and-set alone).
    # SQLite has one writer at a time and ignores it.
    skip_locked: bool = True


@dataclass(frozen=True)
class Outgoing:
    """One reminder to send, with everything the Telegram side needs to render it."""

    delivery_id: int
    chat_id: int
    thread_id: int | None
    kind: str
    variant: str
    profile: str
    due_at: datetime
    # The attempts count when it was taken: the 'sending' mark compares it (sending.py).
    attempt: int = 0


# sent; retry (not delivered, try again later); gone (the chat cannot be reached: stop its
# reminders); failed (this occurrence cannot be sent); migrated (group -> supergroup);
# uncertain (may or may not have been delivered: never repeated); unsent (certainly not
# sent: refused connection, handed back at shutdown; pending again, no attempt counted).
OutcomeKind = Literal["sent", "retry", "gone", "failed", "migrated", "uncertain", "unsent"]


@dataclass(frozen=True)
class Outcome:
    kind: OutcomeKind
    message_id: int | None = None
    reason: str | None = None
    new_chat_id: int | None = None


# A sender awaits BeforeRequest right before the request leaves (after rate limiting).
Sender = Callable[[Outgoing, BeforeRequest], Awaitable[Outcome]]
HANDED_BACK = Outcome("unsent", reason="handed back before its request left")
Clock = Callable[[], datetime]


@dataclass
class PassStats:
    claimed: int = 0
    skipped_late: int = 0
    sent: int = 0
    retried: int = 0
    gone: int = 0
    uncertain: int = 0
    failed: int = 0
    deferred: int = 0
    lateness: list[float] = field(default_factory=list)
    # Chats that got a reminder in this pass: Telegram asks for at most about one message
    # a second per chat, and passes start at least a second apart (DISPATCH_INTERVAL).
    chats_served: set[int] = field(default_factory=set)
    # A whole chunk could not be sent (the Bot API unreachable): this pass stops sending,
    # the next one tries again, rather than walking every pending row to no avail.
    unreachable: bool = False
    # Occurrences another instance had taken and not finished when its lease ran out
    # (it died): handed back to be sent, or, caught mid-send, marked uncertain.
    released: int = 0
