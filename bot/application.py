"""Build the Application: the same object for `run`, `console` and the end-to-end tests."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from telegram import LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, Defaults

from bot.callbacks import CallbackSigner
from bot.commands import register_commands
from bot.handlers import register_handlers
from bot.services import Services, services, services_from
from bot.settings import Settings
from knowledge.assistant import Assistant
from knowledge.loader import Content, load_content
from knowledge.triage import TriageEngine, load_triage
from storage.db import Database

log = logging.getLogger(__name__)

BotApplication = Application[Any, Any, Any, Any, Any, Any]


def build_services(settings: Settings, token: str, content: Content | None = None) -> Services:
    content = content or load_content(settings.content_dir)
    secret = settings.callback_secret
    signer = (
        CallbackSigner(secret.get_secret_value().encode())
        if secret is not None
        else CallbackSigner.from_token(token)
    )
    return Services(
        settings=settings,
        content=content,
        assistant=Assistant(content),
        signer=signer,
        triage=TriageEngine(load_triage(settings.content_dir)),
        db=Database(settings.database_url),
    )


async def _post_init(app: BotApplication) -> None:
    svc = services_of(app)
    await svc.db.migrate()
    await register_commands(app.bot, svc.content)
    log.info("bot @%s ready", app.bot.username)


async def _post_shutdown(app: BotApplication) -> None:
    await services_of(app).db.close()


def services_of(app: BotApplication) -> Services:
    return services_from(app.bot_data)


def build_application(settings: Settings, content: Content | None = None) -> BotApplication:
    """Validate settings and content, then wire the bot. Raises SettingsError/ContentError."""
    token = settings.require_token()
    svc = build_services(settings, token, content)
    app = (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.telegram_base_url)
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        )
        .rate_limiter(AIORateLimiter(max_retries=2))
        .concurrent_updates(True)
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
        .build()
    )
    svc.install(app.bot_data)
    register_handlers(app, svc)
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
