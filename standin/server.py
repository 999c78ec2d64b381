"""HTTP for the Bot API: POST/GET /bot<token>/<method> and GET /file/bot<token>/<path>.

Accepts what Telegram accepts: query strings, application/x-www-form-urlencoded,
multipart/form-data (file parts become UploadedFile) and application/json bodies.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import web

from standin.core import DROPPED, BotCore, Reply
from standin.errors import ApiError, bad_request, not_found, unauthorized
from standin.files import UploadedFile
from standin.methods.files import file_path
from standin.multipart import read_multipart

MAX_REQUEST_BYTES = 60 * 1024 * 1024  # documents may be 50 MB; leave room for the envelope


def json_response(body: Any, status: int = 200) -> web.Response:
    return web.Response(
        body=json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode(),
        status=status,
        content_type="application/json",
    )


async def read_params(request: web.Request) -> tuple[dict[str, object], dict[str, UploadedFile]]:
    raw: dict[str, object] = {}
    files: dict[str, UploadedFile] = {}
    if request.query_string:
        raw.update(parse_qsl(request.query_string, keep_blank_values=True))
    if not request.body_exists:
        return raw, files
    content_type = request.content_type
    if content_type == "application/x-www-form-urlencoded":
        raw.update(parse_qsl(await request.text(), keep_blank_values=True))
    elif content_type == "multipart/form-data":
        fields, files = await read_multipart(await request.multipart())
        raw.update(fields)
    elif content_type == "application/json":
        try:
            body = json.loads(await request.text())
        except ValueError:
            raise bad_request("can't parse JSON request body") from None
        if not isinstance(body, dict):
            raise bad_request("JSON request body must be an object")
        raw.update(body)
    else:
        raise bad_request(f"unsupported Content-Type {content_type!r}")
    return raw, files


def add_bot_api_routes(app: web.Application, core: BotCore) -> None:
    async def answer(request: web.Request) -> Reply | object:
        try:
            raw, files = await read_params(request)
        except ApiError as error:
            return Reply(error.error_code, error.to_json())
        return await core.handle(
            request.match_info["token"], request.match_info["method"], raw, files
        )

    async def bot_api(request: web.Request) -> web.StreamResponse:
        if request.match_info["method"].lower() == "getupdates":
            # aiohttp cancels this handler when the client disconnects, which abandons the
            # long poll as Telegram does (a forgotten poll would answer the next with 409).
            reply = await answer(request)
        else:
            # But a request that has arrived is carried out even when its client has
            # timed out or died meanwhile, as Telegram does.
            reply = await asyncio.shield(answer(request))
        if reply is DROPPED or not isinstance(reply, Reply):
            if request.transport is not None:
                request.transport.close()
            return web.Response()  # never written: the connection is already closed
        return json_response(reply.body, reply.status)

    async def download(request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] not in core.tokens:
            return json_response(unauthorized().to_json(), 401)
        stored = core.files.get(request.match_info["file_id"])
        wanted = f"{request.match_info['kind']}/{request.match_info['file_id']}"
        if stored is None or file_path(stored.kind, stored.file_id) != wanted:
            return json_response(not_found().to_json(), 404)
        return web.Response(
            body=stored.data, content_type=stored.mime_type or "application/octet-stream"
        )

    app.router.add_route("GET", "/bot{token}/{method}", bot_api)
    app.router.add_route("POST", "/bot{token}/{method}", bot_api)
    app.router.add_route("GET", "/file/bot{token}/{kind}/{file_id}", download)


def add_not_found_route(app: web.Application) -> None:
    """Telegram answers any other path with a JSON 404."""

    async def fallback(request: web.Request) -> web.StreamResponse:
        return json_response(not_found().to_json(), 404)

    app.router.add_route("*", "/{tail:.*}", fallback)
