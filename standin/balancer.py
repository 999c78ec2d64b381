"""A round-robin load balancer for webhook tests: Telegram posts to one URL, and a
balancer in front of several bot instances spreads the requests over them.

`python -m standin.balancer BACKEND_URL...` listens on a free loopback port, prints its
origin (http://127.0.0.1:PORT) on the first line, and forwards each request, path,
headers and body unchanged, to the next backend in turn; a backend that refuses the
connection (it died) is skipped for the next, as a load balancer's health check would.
The stand-in's webhook origin points here (POST /_standin/webhook/options {origin}).

GET /_balancer/routes -> {routes: [[update_id, backend index], ...]}: which instance got
each update, so a test can tell that a conversation went through more than one.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import signal
import socket
import sys
from typing import Any

import aiohttp
from aiohttp import web

# Hop-by-hop headers and those aiohttp sets itself are not forwarded.
DROPPED = {"host", "content-length", "transfer-encoding", "connection"}


class Balancer:
    def __init__(self, backends: list[str]) -> None:
        self.backends = backends
        self._turns = itertools.cycle(range(len(backends)))
        self.routes: list[tuple[int, int]] = []
        self._session: aiohttp.ClientSession | None = None

    def web_app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/_balancer/routes", self._routes)
        app.router.add_route("*", "/{tail:.*}", self._forward)
        app.on_startup.append(self._open)
        app.on_cleanup.append(self._close)
        return app

    async def _open(self, _app: web.Application) -> None:
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120))

    async def _close(self, _app: web.Application) -> None:
        if self._session is not None:
            await self._session.close()

    async def _routes(self, _request: web.Request) -> web.Response:
        return web.json_response({"routes": self.routes})

    async def _forward(self, request: web.Request) -> web.StreamResponse:
        assert self._session is not None
        body = await request.read()
        headers = {k: v for k, v in request.headers.items() if k.lower() not in DROPPED}
        for _ in self.backends:
            index = next(self._turns)
            url = self.backends[index].rstrip("/") + request.rel_url.path_qs
            try:
                async with self._session.request(
                    request.method, url, data=body, headers=headers
                ) as answer:
                    payload = await answer.read()
                    self._record(body, index)
                    return web.Response(
                        status=answer.status,
                        body=payload,
                        content_type=answer.content_type,
                    )
            except aiohttp.ClientConnectorError:
                continue  # that instance is gone: the next one takes it
        return web.Response(status=502, text="no backend answered")

    def _record(self, body: bytes, index: int) -> None:
        try:
            update: Any = json.loads(body)
        except ValueError:
            return
        if isinstance(update, dict) and isinstance(update.get("update_id"), int):
            self.routes.append((update["update_id"], index))


async def serve(backends: list[str]) -> None:
    runner = web.AppRunner(Balancer(backends).web_app(), access_log=None)
    await runner.setup()
    sock = socket.socket(socket.AF_INET)
    sock.bind(("127.0.0.1", 0))
    await web.SockSite(runner, sock, backlog=1024).start()
    port = sock.getsockname()[1]
    print(f"http://127.0.0.1:{port}", flush=True)
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for number in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(number, stopping.set)
    await stopping.wait()
    await runner.cleanup()


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: python -m standin.balancer BACKEND_URL...")
    asyncio.run(serve(sys.argv[1:]))
