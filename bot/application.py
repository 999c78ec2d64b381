"""Build the Application: the same object for `run`, `console` and the end-to-end tests."""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

from telegram import LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.ext import Application, ApplicationBuilder, Defaults

from bot.callbacks import CallbackSigner
from bot.commands import register_commands
from bot.group_retention import schedule_purge
from bot.handled_once import HandledOnce
from bot.handlers import register_handlers
from bot.rate_limit import Limits, RateLimiter
from bot.reminder_delivery import make_sender, weekly_summary
from bot.request import AiohttpRequest
from bot.send_budget.choose import send_windows
from bot.services import Services, services, services_from
from bot.settings import Settings
from bot.start import resume_collection
from bot.update_processor import (
    ChatOrderedProcessor,
    ConfirmingApplication,
    ConfirmingBot,
    UpdateLedger,
)
from knowledge.assistant import Assistant
from knowledge.group_profiles import load_group_profiles
from knowledge.loader import Content, load_content
from knowledge.pattern_cache import keep_in
from knowledge.reminder_texts import load_reminder_texts
from knowledge.triage import TriageEngine, load_triage
from ops.lifecycle import Operations, count_handler_error, operations_from
from scheduler.dispatcher import Dispatcher, DispatchSettings
from storage.db import Database

# Connections for everything but getUpdates: more than the dispatcher keeps in flight,
# so commands answered during a fan-out never wait for a free connection.
SEND_CONNECTIONS = 256

log = logging.getLogger(__name__)

BotApplication = Application[Any, Any, Any, Any, Any, Any]


def build_services(
    settings: Settings,
    token: str,
    content: Content | None = None,
    assistant: Assistant | None = None,
) -> Services:
    keep_in(settings.pattern_cache_dir)
    # An assistant built already (tests share one per process) brings its content.
    if assistant is None:
        assistant = Assistant(content or load_content(settings.content_dir))
    content = assistant.content
    secret = settings.callback_secret
    signer = (
        CallbackSigner(secret.get_secret_value().encode())
        if secret is not None
        else CallbackSigner.from_token(token)
    )
    svc = Services(
        settings=settings,
        content=content,
        assistant=assistant,
        signer=signer,
        triage=TriageEngine(load_triage(settings.content_dir)),
        db=Database(settings.database_url),
        reminders=load_reminder_texts(settings.content_dir),
        groups=load_group_profiles(settings.content_dir),
    )
    # Looked up each time, so a test's clock (swapped in after building) also ages buttons.
    signer.use_clock(lambda: svc.clock())
    return svc


def build_dispatcher(app: BotApplication, svc: Services) -> Dispatcher:
    settings = svc.settings
    sender = make_sender(
        app.bot,
        svc.reminders,
        svc.signer,
        weekly=weekly_summary(svc.db, svc.content.diary),
        paid_broadcast=settings.allow_paid_broadcast,
    )
    return Dispatcher(
        svc.db,
        svc.reminders,
        sender,
        lambda: svc.clock(),  # looked up each time, so tests can swap the clock
        DispatchSettings(
            grace=timedelta(minutes=settings.reminder_grace_minutes),
            instance=settings.instance_name,
            lease=timedelta(seconds=settings.reminder_lease_seconds),
        ),
    )


async def _dispatch_tick(context: Any) -> None:
    dispatcher = services(context).dispatcher
    if dispatcher is not None:
        operations = operations_from(context.bot_data)
        started = dispatcher.kick()
        if operations is not None:  # each finished pass feeds the metrics and readiness
            operations.passes.watch(started)


async def _post_init(app: BotApplication) -> None:
    svc = services_of(app)
    await svc.db.migrate()
    if svc.settings.webhook_url is None and isinstance(app.bot, ConfirmingBot):
        # Polling: the only instance (bot/handled_once.py), so a claim left unfinished is
        # a dead predecessor's, and its update, coming again, must be handled.
        once = app.bot.ledger.once
        if once is not None:
            await once.release_unfinished()
    svc.dispatcher = build_dispatcher(app, svc)
    await svc.dispatcher.recover()
    await register_commands(app.bot, svc.content)
    assert app.job_queue is not None
    # One short periodic job; the dispatcher runs each pass as its own task, so a long
    # fan-out never blocks the scheduler or gets a run dropped as "missed".
    app.job_queue.run_repeating(
        _dispatch_tick,
        interval=svc.settings.dispatch_interval_seconds,
        first=0.5,
        name="reminder-dispatch",
        job_kwargs={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
    )
    schedule_purge(app.job_queue)
    # (off the event loop: it waits for the languages' threads)
    threading.Thread(
        target=svc.assistant.keep_compiled_patterns, name="pattern-cache", daemon=True
    ).start()
    # Everything loaded so far (content, models, libraries) lives as long as the process:
    # keep it out of the garbage collector's full passes, which would otherwise stall the
    # event loop for tens of milliseconds during a large fan-out. The entry point paused
    # the collector for start-up (bot/start.py); from here on it runs.
    gc.collect()
    gc.freeze()
    resume_collection()
    operations = operations_from(app.bot_data)
    if operations is not None:
        await operations.start()
    log.info("bot @%s ready", app.bot.username)


async def _post_stop(app: BotApplication) -> None:
    # Every update taken from the queue has been handled by now (Application.stop waits):
    # tell Telegram, so they are not delivered again at the next start.
    if isinstance(app.bot, ConfirmingBot):
        await app.bot.confirm_handled()
    dispatcher = services_of(app).dispatcher
    if dispatcher is not None:
        await dispatcher.shutdown()


async def _post_shutdown(app: BotApplication) -> None:
    operations = operations_from(app.bot_data)
    if operations is not None:
        await operations.stop()
    await services_of(app).db.close()


def services_of(app: BotApplication) -> Services:
    return services_from(app.bot_data)


def rate_limiter(settings: Settings, db: Database) -> RateLimiter:
    """Telegram's limits: about 30 messages/s overall, up to 1000/s for reminders sent as
    paid broadcasts (ALLOW_PAID_BROADCAST; replies stay at SEND_RATE_PER_SECOND), and 20
    per minute in a group, per bot: shared by every instance where several may run
    (bot/send_budget). A 429 is honoured: requests wait retry_after. (bot/rate_limit.py:
    replies go first and are retried after a 5xx; reminders marked as they leave.)"""
    limits = Limits(overall_rate=settings.send_rate_per_second)
    return RateLimiter(send_windows(settings, db), limits, max_retries=3)


def build_application(
    settings: Settings, content: Content | None = None, assistant: Assistant | None = None
) -> BotApplication:
    """Validate settings and content, then wire the bot. Raises SettingsError/ContentError."""
    token = settings.require_token()
    svc = build_services(settings, token, content, assistant)
    # Each update claimed in the database before it is handled: handled once, whichever
    # instance receives it and however often Telegram sends it.
    ledger = UpdateLedger(once=HandledOnce(svc.db))
    # Built here rather than by the builder: getUpdates confirms handled updates only
    # (bot/update_processor.py).
    bot = ConfirmingBot(
        token,
        base_url=settings.telegram_base_url,
        defaults=Defaults(
            parse_mode=ParseMode.HTML,
            link_preview_options=LinkPreviewOptions(is_disabled=True),
        ),
        rate_limiter=rate_limiter(settings, svc.db),
        request=AiohttpRequest(SEND_CONNECTIONS),
        get_updates_request=AiohttpRequest(1),
        ledger=ledger,
    )
    app = (
        ApplicationBuilder()
        .application_class(ConfirmingApplication)
        .bot(bot)
        # One chat's updates one after another, in order; chats in parallel.
        .concurrent_updates(ChatOrderedProcessor(ledger))
        .post_init(_post_init)
        .post_stop(_post_stop)
        .post_shutdown(_post_shutdown)
        .build()
    )
    svc.install(app.bot_data)
    Operations(
        svc.db,
        health_host=settings.health_host,
        health_port=settings.health_port,
        dispatch_interval=settings.dispatch_interval_seconds,
        probe_bot_api=app.bot.get_me,
    ).install(app.bot_data)
    register_handlers(app, svc)
    app.add_error_handler(count_handler_error)
    return app


ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"]


@asynccontextmanager
async def polling(app: BotApplication, poll_timeout: int) -> AsyncIterator[BotApplication]:
    """Run the bot inside an already running event loop, with the same start-up and
    shutdown hooks as `run_polling` (which owns its loop and so cannot serve the console
    or the tests)."""
    async with app:
        if app.post_init:
            await app.post_init(app)
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(
            timeout=poll_timeout, poll_interval=0.0, allowed_updates=ALLOWED_UPDATES
        )
        try:
            yield app
        finally:
            await app.updater.stop()
            await app.stop()
            if app.post_stop:
                await app.post_stop(app)
    if app.post_shutdown:
        await app.post_shutdown(app)


__all__ = [
    "ALLOWED_UPDATES",
    "BotApplication",
    "build_application",
    "polling",
    "services",
    "services_of",
]
