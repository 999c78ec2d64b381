"""The update queue behind getUpdates: ids, offset confirmation and long polling.

While a webhook is set, standin.webhook takes the queued updates out (take_all) as they
arrive and hands back the undelivered ones (give_back) when the webhook is removed."""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import Callable, Iterable
from itertools import islice
from typing import Any

from standin.errors import conflict

# Without allowed_updates Telegram sends everything except these three.
OPT_IN_UPDATE_TYPES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
CONFLICT_OTHER_POLL = (
    "terminated by other getUpdates request; make sure that only one bot instance is running"
)
FIRST_UPDATE_ID = 100_000_001


class _Poll:
    __slots__ = ("terminated", "woken")

    def __init__(self) -> None:
        self.woken = asyncio.Event()
        self.terminated = False


class UpdateQueue:
    """Updates are validated by the caller (see core.BotCore.emit) before they get here."""

    def __init__(self, update_types: Iterable[str], first_id: int = FIRST_UPDATE_ID) -> None:
        self.update_types = frozenset(update_types)
        self._pending: deque[dict[str, Any]] = deque()
        self._next_id = first_id
        self._allowed = self.update_types - OPT_IN_UPDATE_TYPES
        self._allowed_list: list[str] | None = None
        self._poll: _Poll | None = None
        self.filtered_out = 0  # updates not queued because allowed_updates excluded them
        self.on_push: Callable[[], None] | None = None  # the webhook's wake-up, when one is set

    # -- producing ------------------------------------------------------------------------

    def push(self, kind: str, payload: dict[str, Any]) -> dict[str, Any] | None:
        """Queue one update; returns it, or None when allowed_updates filters it out."""
        return self.push_raw({kind: payload})

    def push_raw(self, update: dict[str, Any]) -> dict[str, Any] | None:
        kinds = [key for key in update if key != "update_id"]
        if len(kinds) != 1:
            raise ValueError(f"an update carries exactly one payload, got {kinds}")
        given_id = update.get("update_id")
        if given_id is not None and given_id < self._next_id:
            raise ValueError(f"update_id {given_id} is not above the last one ({self._next_id})")
        update_id = given_id if given_id is not None else self._next_id
        update = {"update_id": update_id, kinds[0]: update[kinds[0]]}
        if kinds[0] not in self._allowed:
            self.filtered_out += 1
            return None
        self._next_id = update["update_id"] + 1
        self._pending.append(update)
        if self._poll is not None:
            self._poll.woken.set()
        if self.on_push is not None:
            self.on_push()
        return update

    # -- consuming ------------------------------------------------------------------------

    @property
    def allowed_updates(self) -> list[str] | None:
        return None if self._allowed_list is None else list(self._allowed_list)

    def set_allowed(self, allowed: list[str] | None) -> None:
        """None keeps the previous setting; [] restores the default; unknown names are
        ignored, as Telegram ignores them."""
        if allowed is None:
            return
        self._allowed_list = list(allowed)
        chosen = self.update_types.intersection(allowed)
        self._allowed = chosen if chosen else self.update_types - OPT_IN_UPDATE_TYPES

    def confirm(self, offset: int) -> None:
        pending = self._pending
        if offset > 0:
            while pending and pending[0]["update_id"] < offset:
                pending.popleft()
        elif offset < 0:
            while len(pending) > -offset:
                pending.popleft()

    def drop_pending(self) -> None:
        self._pending.clear()

    def take_all(self) -> list[dict[str, Any]]:
        """Everything queued, oldest first, now owned by the caller (the webhook)."""
        taken = list(self._pending)
        self._pending.clear()
        return taken

    def give_back(self, updates: Iterable[dict[str, Any]]) -> None:
        """Return taken but undelivered updates; they go where their update_id puts them."""
        merged = [*updates, *self._pending]
        merged.sort(key=lambda update: int(update["update_id"]))
        self._pending = deque(merged)

    def pending(self) -> list[dict[str, Any]]:
        return list(self._pending)

    def __len__(self) -> int:
        return len(self._pending)

    def release_poll(self) -> None:
        """Answer a waiting getUpdates now (with what is queued), e.g. before shutdown."""
        if self._poll is not None:
            self._poll.woken.set()

    async def get_updates(self, offset: int, limit: int, hold: float) -> list[dict[str, Any]]:
        """Telegram's getUpdates: confirm below `offset`, then answer at once if anything is
        queued, else hold up to `hold` seconds (the method's timeout) for the first update."""
        if self._poll is not None:
            # Let a poll whose client just disconnected be cancelled first (aiohttp does so
            # on the next loop turn); only a poll someone still waits on is a conflict.
            await asyncio.sleep(0)
        # A new request ends the one still waiting, which answers 409 like Telegram's.
        if self._poll is not None:
            self._poll.terminated = True
            self._poll.woken.set()
        poll = _Poll()
        self._poll = poll
        try:
            self.confirm(offset)
            updates = list(islice(self._pending, limit))
            if not updates and hold > 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(poll.woken.wait(), hold)
                if poll.terminated:
                    raise conflict(CONFLICT_OTHER_POLL)
                updates = list(islice(self._pending, limit))
            return updates
        finally:
            if self._poll is poll:
                self._poll = None
