"""Webhook mode: Telegram POSTs each update to WEBHOOK_URL; the bot serves that URL's path
on WEBHOOK_LISTEN:WEBHOOK_PORT behind a TLS proxy or load balancer.

A request counts only with WEBHOOK_SECRET in Telegram's secret header (else 403 and
nothing is read further). The update is handled through the Application's own update
processor (one chat's updates in order) and answered 200 only once it is handled, so a
crash or a shutdown mid-way leaves it to Telegram to deliver again; a copy of an update
already handled (Telegram missed the answer) is answered 200 without handling it again,
and a copy of one still being handled, here or by another instance, 503, so it comes
back once that one is done (bot/handled_once.py).

At start-up every instance sets the webhook (the same URL, secret and update types: a
no-op for all but the first); at shutdown none deletes it, as the others still serve it.
The server is aiohttp, as the health server is (ops/server.py's `serve`), not PTB's
tornado-based `run_webhook`.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from aiohttp import web
from telegram import Update

from bot.application import ALLOWED_UPDATES, BotApplication
from bot.settings import Settings
from bot.update_processor import ConfirmingApplication
from ops.server import serve
from storage.handled_updates import Claim

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# An update is a few kilobytes; anything far larger is not from Telegram.
MAX_BODY_BYTES = 1 << 20
# A request still being handled at shutdown gets this long to finish.
SHUTDOWN_GRACE_SECONDS = 20.0
RETRY_AFTER_SECONDS = "2"


class WebhookServer:
    """Receives Telegram's POSTs and hands each update to the Application."""

    def __init__(self, app: BotApplication, *, path: str, secret: str, host: str, port: int):
        assert isinstance(app, ConfirmingApplication)  # bot/application.py builds one
        self.app = app
        self.path = path
        self._secret = secret.encode()
        self.host, self.port = host, port
        self._runner: web.AppRunner | None = None

    def _web_app(self) -> web.Application:
        web_app = web.Application(client_max_size=MAX_BODY_BYTES)
        web_app.router.add_post(self.path, self._receive)
        return web_app

    async def start(self) -> None:
        self._runner, self.port = await serve(
            self._web_app(), self.host, self.port, SHUTDOWN_GRACE_SECONDS
        )
        log.info("webhook served on http://%s:%d%s", self.host, self.port, self.path)

    async def stop(self) -> None:
        """Stop accepting; requests in flight finish (within the grace period) first."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def _authentic(self, request: web.Request) -> bool:
        given = request.headers.get(SECRET_HEADER, "").encode()
        return hmac.compare_digest(given, self._secret)

    async def _receive(self, request: web.Request) -> web.Response:
        if not self._authentic(request):
            log.warning("webhook request without the right secret refused")
            return web.Response(status=403)
        try:
            data = await request.json()
            update = Update.de_json(data, self.app.bot) if isinstance(data, dict) else None
        except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError, ValueError):
            update = None
        if update is None:
            return web.Response(status=400, text="not an update\n")
        outcome = await self._handle(update)
        if not outcome:
            # What escaped the handlers (the processor logged it): Telegram tries again.
            return web.Response(status=500)
        if outcome[0] is Claim.BUSY:
            # Another copy is being handled: come back, by then it is a duplicate.
            return web.Response(status=503, headers={"Retry-After": RETRY_AFTER_SECONDS})
        return web.Response(status=200)

    async def _handle(self, update: Update) -> list[Claim | None]:
        """Through the update processor (one chat at a time, in order), as polled ones
        are; the claim's outcome, or nothing when handling failed."""
        outcome: list[Claim | None] = []

        async def handle_once() -> None:
            outcome.append(await self.app.process_once(update))

        await self.app.update_processor.process_update(update, handle_once())
        return outcome


@asynccontextmanager
async def webhook(app: BotApplication, settings: Settings) -> AsyncIterator[WebhookServer]:
    """Run the bot in webhook mode inside a running event loop, with the same start-up
    and shutdown hooks as `polling` (bot/application.py)."""
    assert settings.webhook_url is not None and settings.webhook_secret is not None
    secret = settings.webhook_secret.get_secret_value()
    server = WebhookServer(
        app,
        path=settings.webhook_path,
        secret=secret,
        host=settings.webhook_listen,
        port=settings.webhook_port,
    )
    async with app:
        if app.post_init:
            await app.post_init(app)
        await app.start()
        try:
            await server.start()
            await app.bot.set_webhook(
                settings.webhook_url, secret_token=secret, allowed_updates=ALLOWED_UPDATES
            )
            yield server
        finally:
            await server.stop()
            await app.stop()
            if app.post_stop:
                await app.post_stop(app)
    if app.post_shutdown:
        await app.post_shutdown(app)


async def run_webhook(app: BotApplication, settings: Settings, stop_signals: Any) -> None:
    """`cramp-bot run` in webhook mode: serve until one of `stop_signals` arrives."""
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signal_number in stop_signals:
        loop.add_signal_handler(signal_number, stopping.set)
    async with webhook(app, settings):
        await stopping.wait()
    log.info("webhook mode stopped")
