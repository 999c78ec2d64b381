"""Fixtures for the stand-in's own tests. They need the Bot API spec file, which ships with
the project: without it they fail with a message saying where it was looked for."""

from __future__ import annotations

import struct
import zlib
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from standin import BotApiStandIn, resolve_spec_path

TOKEN = "123456789:TEST-stand-in-token_0123456789abcdef"


def require_spec() -> None:
    """The spec ships with the project (standin/data/): missing, the tests fail, not skip."""
    path = resolve_spec_path()
    if not path.is_file():
        pytest.fail(
            f"Bot API spec not found at {path}: it ships as standin/data/api.min.json "
            "(BOT_API_SPEC, when set, points elsewhere)"
        )


@pytest.fixture
async def stand_in() -> AsyncIterator[BotApiStandIn]:
    require_spec()
    async with BotApiStandIn(TOKEN, "CrampCoachBot") as sa:
        yield sa
        assert sa.internal_errors == [], "the stand-in failed internally"


@pytest.fixture
async def http(stand_in: BotApiStandIn) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=stand_in.url, timeout=10) as client:
        yield client


class BotApi:
    """Calls the stand-in the way PTB does: form-encoded, JSON-encoded non-strings."""

    def __init__(self, client: httpx.AsyncClient, token: str = TOKEN) -> None:
        self.client = client
        self.token = token

    async def raw(self, method: str, **params: Any) -> httpx.Response:
        import json

        form = {
            key: value if isinstance(value, str) else json.dumps(value)
            for key, value in params.items()
        }
        return await self.client.post(f"/bot{self.token}/{method}", data=form)

    async def __call__(self, method: str, **params: Any) -> dict[str, Any]:
        response = await self.raw(method, **params)
        body: dict[str, Any] = response.json()
        assert response.status_code == body.get("error_code", 200), body
        return body


@pytest.fixture
def api(http: httpx.AsyncClient) -> BotApi:
    return BotApi(http)


def png_bytes(width: int = 64, height: int = 48) -> bytes:
    row = b"\x00" + b"\x10\x80\xf0" * width
    raw = row * height

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def started_user(sa: BotApiStandIn, name: str = "Alice") -> Any:
    """A user who has written /start to the bot, so the bot may write to them."""
    user = sa.add_user(name, username=name.lower(), language_code="en")
    sa.user_sends(user, sa.private_chat(user), "/start")
    return user


@pytest.fixture(scope="session")
def spec() -> Any:
    from standin import Spec

    require_spec()
    return Spec.load()
