"""Updates of one chat one after another, in Telegram's order; different chats in
parallel; and an update confirmed to Telegram only once it has been handled.

`ChatOrderedProcessor` is the Application's update processor: each update waits for the
chat's earlier updates (asyncio locks are first come, first served, and the Application
starts one task per update in the order getUpdates returned them), updates without a chat
run at once.

Confirming: Telegram drops every update below the `offset` of a getUpdates call, and
python-telegram-bot's Updater asks with offset = last fetched id + 1 as soon as it has
queued a batch, before the handlers ran. `ConfirmingBot.get_updates` lowers that offset to
the oldest update not yet handled (`UpdateLedger`), so a crash (kill -9, power loss) can
only cost updates Telegram will deliver again; the ones the Updater already queued are
filtered out of the answer, so nothing is handled twice while the process lives.

Once across instances and restarts: `ConfirmingApplication.process_once` claims each
update's id in the database before handling it (bot/handled_once.py), for polling and
webhook alike, so a copy Telegram delivers again is not handled again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Sequence
from typing import Any

from telegram import Update
from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import JSONDict, ODVInput, TimePeriod
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    BaseUpdateProcessor,
    ExtBot,
    TypeHandler,
)
from telegram.ext._utils.types import RLARGS

from bot.handled_once import HandledOnce
from ops.updates import handling
from storage.handled_updates import Claim

log = logging.getLogger(__name__)

# While an update is being handled, getUpdates cannot long-poll (Telegram returns the
# unconfirmed update at once): wait this long for progress before asking again.
HOLD_SECONDS = 0.25
# Far above what one process serves; the per-chat locks, not this, order the work.
MAX_CONCURRENT_UPDATES = 4096
_ANSWERED_REMEMBERED = 4096


class UpdateLedger:
    """The update ids fetched from Telegram and not yet handled."""

    def __init__(self, once: HandledOnce | None = None) -> None:
        # Where updates are claimed across instances; None handles every copy.
        self.once = once
        self._pending: set[int] = set()
        self._progress = asyncio.Event()
        self.highest_fetched: int | None = None

    def fetched(self, updates: Sequence[Update]) -> None:
        for update in updates:
            self._pending.add(update.update_id)
            if self.highest_fetched is None or update.update_id > self.highest_fetched:
                self.highest_fetched = update.update_id

    def handled(self, update_id: int) -> None:
        self._pending.discard(update_id)
        self._progress.set()

    def lowest_pending(self) -> int | None:
        return min(self._pending) if self._pending else None

    def confirmable_offset(self) -> int | None:
        """The offset that confirms every handled update and none that is not."""
        lowest = self.lowest_pending()
        if lowest is not None:
            return lowest
        return None if self.highest_fetched is None else self.highest_fetched + 1

    async def wait_for_progress(self, seconds: float) -> None:
        self._progress.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._progress.wait(), seconds)


def _chat_key(update: object) -> int | None:
    if isinstance(update, Update) and update.effective_chat is not None:
        return update.effective_chat.id
    return None


class ChatOrderedProcessor(BaseUpdateProcessor):
    """One chat's updates in order, one at a time; chats in parallel."""

    def __init__(self, ledger: UpdateLedger, max_concurrent_updates: int = MAX_CONCURRENT_UPDATES):
        super().__init__(max_concurrent_updates)
        self.ledger = ledger
        self._locks: dict[int, tuple[asyncio.Lock, int]] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = _chat_key(update)
        try:
            if key is None:
                await coroutine
            else:
                lock, users = self._locks.get(key) or (asyncio.Lock(), 0)
                self._locks[key] = (lock, users + 1)
                try:
                    async with lock:
                        await coroutine
                finally:
                    lock, users = self._locks[key]
                    if users <= 1:
                        del self._locks[key]
                    else:
                        self._locks[key] = (lock, users - 1)
        except Exception:
            log.exception("update processing failed")

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to tear down."""


class ConfirmingApplication(Application[Any, Any, Any, Any, Any, Any]):
    """Records each update as handled once `process_update` has finished with it (through
    the update processor, or called directly); an interrupted one (cancelled, or the
    process killed) stays unconfirmed, so Telegram delivers it again.

    The database claim that makes an update "once" is taken by a handler just after the
    flood gate (`claim_handler`), not before it: a flood's excess never reaches a handler,
    so it costs no database write and cannot queue a calm person's reply behind it."""

    # update id -> the claim taken for it while it is being handled (slots: PTB's own)
    __slots__ = ("_claims",)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._claims: dict[int, Claim | None] = {}

    async def process_update(self, update: object) -> None:
        await self.process_once(update)

    def _once(self) -> tuple[UpdateLedger | None, HandledOnce | None]:
        ledger = self.bot.ledger if isinstance(self.bot, ConfirmingBot) else None
        return ledger, (ledger.once if ledger is not None else None)

    async def claim(self, update: Update) -> None:
        """The claim handler's work: take the update, or stop it if a copy of it was
        (DUPLICATE) or is being (BUSY) handled."""
        _, once = self._once()
        if once is None or update.update_id not in self._claims:
            return
        claim = await once.claim(update.update_id)
        self._claims[update.update_id] = claim
        if claim in (Claim.DUPLICATE, Claim.BUSY):
            log.info("update %d came again (%s): not handled again", update.update_id, claim)
            raise ApplicationHandlerStop

    async def process_once(self, update: object) -> Claim | None:
        """Handle the update unless a copy of it was (DUPLICATE) or is being (BUSY)
        handled; TAKEN once handled here, None when handled without a claim (no
        database ledger, or stopped by the flood gate before any claim)."""
        ledger, once = self._once()
        update_id = update.update_id if isinstance(update, Update) else None
        tracked = once is not None and update_id is not None
        if tracked:
            assert update_id is not None
            self._claims[update_id] = None
        try:
            with handling(update):  # ops/updates.py: counted, timed, its log context set
                await super().process_update(update)
        except BaseException:
            claim = self._claims.pop(update_id, None) if tracked and update_id is not None else None
            if once is not None and update_id is not None and claim is Claim.TAKEN:
                await once.release(update_id)
            raise
        claim = self._claims.pop(update_id, None) if tracked and update_id is not None else None
        if update_id is not None:
            # Telegram is told first: the reply has gone out, so a copy must not come again
            # even if recording the claim as finished waits on a busy database and the
            # process dies meanwhile (a start releases unfinished claims).
            if ledger is not None:
                ledger.handled(update_id)
            if once is not None and claim is Claim.TAKEN:
                await once.finish(update_id)
        return claim


def claim_handler() -> TypeHandler[Update, Any, None]:
    """Runs right after the flood gate: claims the update in the database (see
    ConfirmingApplication.claim)."""

    async def claim(update: Update, context: Any) -> None:
        if isinstance(context.application, ConfirmingApplication):
            await context.application.claim(update)

    return TypeHandler(Update, claim)


class ConfirmingBot(ExtBot[Any]):
    """The bot, with getUpdates confirming handled updates only, and a memory of which
    callback queries were answered (so the error handler answers each one exactly once)."""

    __slots__ = ("_answered", "ledger")

    def __init__(self, *args: Any, ledger: UpdateLedger, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        with self._unfrozen():
            self.ledger = ledger
            self._answered: OrderedDict[str, None] = OrderedDict()

    async def get_updates(
        self,
        offset: int | None = None,
        limit: int | None = None,
        timeout: TimePeriod | None = None,  # noqa: ASYNC109 (Bot.get_updates' own name)
        allowed_updates: Sequence[str] | None = None,
        *,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
        api_kwargs: JSONDict | None = None,
    ) -> tuple[Update, ...]:
        lowest = self.ledger.lowest_pending()
        if offset is not None and offset > 0 and lowest is not None and lowest < offset:
            await self.ledger.wait_for_progress(HOLD_SECONDS)
            lowest = self.ledger.lowest_pending()
        held = offset is not None and offset > 0 and lowest is not None and lowest < offset
        updates = await super().get_updates(
            offset=lowest if held else offset,
            limit=limit,
            timeout=0 if held else timeout,
            allowed_updates=allowed_updates,
            read_timeout=read_timeout,
            write_timeout=write_timeout,
            connect_timeout=connect_timeout,
            pool_timeout=pool_timeout,
            api_kwargs=api_kwargs,
        )
        if held and offset is not None:
            # The Updater has these already (queued or being handled): only the new ones.
            updates = tuple(u for u in updates if u.update_id >= offset)
        self.ledger.fetched(updates)
        return updates

    async def confirm_handled(self) -> None:
        """At shutdown: confirm what was handled, so it does not come again."""
        offset = self.ledger.confirmable_offset()
        if offset is None:
            return
        try:
            await super().get_updates(offset=offset, limit=1, timeout=0)
        except Exception as exc:  # shutting down: the worst case is a handled one again
            log.warning("could not confirm the handled updates: %s", exc)

    def was_answered(self, callback_query_id: str) -> bool:
        return callback_query_id in self._answered

    async def answer_callback_query(
        self,
        callback_query_id: str,
        text: str | None = None,
        show_alert: bool | None = None,
        url: str | None = None,
        cache_time: TimePeriod | None = None,
        *,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
        api_kwargs: JSONDict | None = None,
        rate_limit_args: RLARGS | None = None,
    ) -> bool:
        self._answered[callback_query_id] = None
        while len(self._answered) > _ANSWERED_REMEMBERED:
            self._answered.popitem(last=False)
        return await super().answer_callback_query(
            callback_query_id=callback_query_id,
            text=text,
            show_alert=show_alert,
            url=url,
            cache_time=cache_time,
            read_timeout=read_timeout,
            write_timeout=write_timeout,
            connect_timeout=connect_timeout,
            pool_timeout=pool_timeout,
            api_kwargs=api_kwargs,
            rate_limit_args=rate_limit_args,
        )
