"""The operators' HTTP endpoints on HEALTH_PORT: `/healthz`, `/readyz`, `/metrics`.

An aiohttp server of its own (aiohttp is the bot's transport already), separate from the
webhook's port, so a probe or a scrape never competes with Telegram's requests and is
never exposed where the webhook is. Its requests are not logged: probes every few
seconds would drown the log, and readiness details belong in the answer, not the log.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, generate_latest

from ops import metrics
from ops.health import Probe, Readiness
from ops.metrics import BotApiContact

log = logging.getLogger(__name__)

# How often the background upkeep refreshes the due-and-waiting gauge, and how long the
# Bot API may stay silent before it is asked (getMe) so readiness knows it is reachable.
UPKEEP_SECONDS = 15.0
PROBE_AFTER_SILENCE = 45.0


async def serve(
    app: web.Application, host: str, port: int, shutdown_timeout: float = 60.0
) -> tuple[web.AppRunner, int]:
    """Serve `app` on host:port, unlogged and leaving signals to the bot; returns the
    runner (its cleanup() stops it, letting requests in flight finish within
    `shutdown_timeout`) and the port, the one given when it was 0 (tests). The health
    server and the webhook (bot/webhook.py) are both served this way."""
    runner = web.AppRunner(
        app, access_log=None, handle_signals=False, shutdown_timeout=shutdown_timeout
    )
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    if port == 0:  # an ephemeral port: tell which one was given
        server = site._server
        assert isinstance(server, asyncio.Server)
        port = server.sockets[0].getsockname()[1]
    return runner, port


class HealthServer:
    def __init__(
        self,
        readiness: Readiness,
        *,
        host: str,
        port: int,
        probe_bot_api: Probe,
        count_due: Probe,
    ) -> None:
        self.readiness = readiness
        self.host, self.port = host, port
        self._probe_bot_api, self._count_due = probe_bot_api, count_due
        self._runner: web.AppRunner | None = None
        self._upkeep: asyncio.Task[None] | None = None

    def _app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/readyz", self._readyz)
        app.router.add_get("/metrics", self._metrics)
        return app

    async def start(self) -> None:
        self._runner, self.port = await serve(self._app(), self.host, self.port)
        self._upkeep = asyncio.create_task(self._keep_up(), name="health-upkeep")
        log.info(
            "health and metrics on http://%s:%d (/healthz /readyz /metrics)", self.host, self.port
        )

    async def stop(self) -> None:
        if self._upkeep is not None:
            self._upkeep.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._upkeep
        if self._runner is not None:
            await self._runner.cleanup()
        self._runner = self._upkeep = None

    async def _healthz(self, _request: web.Request) -> web.Response:
        return web.Response(text="ok\n")

    async def _readyz(self, _request: web.Request) -> web.Response:
        problems = await self.readiness.problems()
        ready = all(problem is None for problem in problems.values())
        body = {
            "ready": ready,
            "checks": {name: problem or "ok" for name, problem in problems.items()},
        }
        return web.json_response(body, status=200 if ready else 503)

    async def _metrics(self, _request: web.Request) -> web.Response:
        response = web.Response(body=generate_latest(REGISTRY))
        response.headers["Content-Type"] = CONTENT_TYPE_LATEST
        return response

    async def _keep_up(self) -> None:
        while True:
            await self.upkeep_once()
            await asyncio.sleep(UPKEEP_SECONDS)

    async def upkeep_once(self) -> None:
        """Refresh the due-and-waiting gauge; ask the Bot API when it has been silent."""
        try:
            due = await self._count_due()
            assert isinstance(due, int)
            metrics.DUE_WAITING.set(due)
        except Exception as exc:  # the database's own checks log and report it
            log.debug("could not count due reminders (%s)", type(exc).__name__)
        last = BotApiContact.last
        if last is None or time.monotonic() - last > PROBE_AFTER_SILENCE:
            try:
                await self._probe_bot_api()
            except Exception as exc:  # readiness reports the silence
                log.debug("Bot API probe failed (%s)", type(exc).__name__)
