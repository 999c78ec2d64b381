"""PTB's HTTP transport on aiohttp instead of httpx.

Why: during a reminder fan-out with a few hundred requests in flight, httpcore's
connection pool re-examines every connection (a readability syscall each) for every
queued request. That quadratic bookkeeping blocked the event loop for up to half a
second and capped sending at ~350 messages/s on a core. aiohttp's connector hands out
connections in constant time, so commands stay prompt while thousands of reminders go out.

Errors keep PTB's meaning, with one sharpening the dispatcher relies on:
- `RequestNotSent` (a `NetworkError`): the request was *not* sent (refused, unreachable,
  no free connection in time); repeating it cannot duplicate a message.
- `TimedOut`: the request may have reached Telegram (no answer in time, connection
  dropped mid-answer); repeating it blindly could send a message twice.
The URL (which holds the token) never goes into an error message.
"""

from __future__ import annotations

import json
from typing import Any

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

from ops.metrics import record_api_response

# PTB's defaults for its own httpx transport, so timeouts mean the same here.
DEFAULT_READ_TIMEOUT = 5.0
DEFAULT_CONNECT_TIMEOUT = 5.0
DEFAULT_POOL_TIMEOUT = 1.0
MEDIA_READ_TIMEOUT = 20.0
_JSON_HEADERS = {"Content-Type": "application/json"}


class RequestNotSent(NetworkError):
    """The request never left this process: repeating it cannot duplicate a message.
    (PTB passes its own errors through unchanged, so callers can tell this apart from a
    5xx, which is a plain NetworkError.)"""


class AiohttpRequest(BaseRequest):
    """One aiohttp session with a bounded connection pool (one per PTB request role)."""

    __slots__ = ("_connect_timeout", "_pool_size", "_pool_timeout", "_read_timeout", "_session")

    def __init__(
        self,
        connection_pool_size: int = 1,
        *,
        read_timeout: float | None = DEFAULT_READ_TIMEOUT,
        connect_timeout: float | None = DEFAULT_CONNECT_TIMEOUT,
        pool_timeout: float | None = DEFAULT_POOL_TIMEOUT,
    ) -> None:
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        # Created in initialize(): an aiohttp session belongs to the running event loop.
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._pool_size, ttl_dns_cache=300)
            self._session = aiohttp.ClientSession(
                connector=connector,
                headers={"User-Agent": self.USER_AGENT},
                # No proxy or .netrc lookups from the environment: the Bot API address
                # is configuration, not something the host's variables should redirect.
                trust_env=False,
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            await self.initialize()
        assert self._session is not None
        timeout = self._timeout(request_data, read_timeout, connect_timeout, pool_timeout)
        headers, body = _body(request_data)
        try:
            async with self._session.request(
                method, url, data=body, headers=headers, timeout=timeout
            ) as response:
                body = await response.read()
                # ops/metrics.py: statuses, 429s, replies, when the Bot API last answered.
                record_api_response(url.rpartition("/")[2], response.status)
                return response.status, body
        except aiohttp.ConnectionTimeoutError as error:
            raise RequestNotSent(
                "Request not sent: no connection to the Bot API became free in time"
            ) from error
        except aiohttp.ClientConnectorError as error:
            reason = error.strerror or "cannot connect"
            raise RequestNotSent(f"Request not sent: {reason}") from error
        except (TimeoutError, aiohttp.ServerTimeoutError) as error:
            raise TimedOut("Timed out waiting for the Bot API's answer") from error
        except aiohttp.InvalidURL as error:
            raise RequestNotSent("Invalid Bot API address") from error
        except aiohttp.ClientError as error:
            # Dropped mid-request: the Bot API may have acted on it.
            raise TimedOut(f"Connection lost before the answer ({type(error).__name__})") from error

    def _timeout(
        self,
        request_data: RequestData | None,
        read_timeout: Any,
        connect_timeout: Any,
        pool_timeout: Any,
    ) -> aiohttp.ClientTimeout:
        unset = BaseRequest.DEFAULT_NONE
        read = self._read_timeout if read_timeout is unset else read_timeout
        if request_data is not None and request_data.contains_files and read is not None:
            read = max(read, MEDIA_READ_TIMEOUT)
        connect = self._connect_timeout if connect_timeout is unset else connect_timeout
        pool = self._pool_timeout if pool_timeout is unset else pool_timeout
        # aiohttp's `connect` covers waiting for a pooled connection *and* opening one.
        waiting = None if pool is None or connect is None else pool + connect
        return aiohttp.ClientTimeout(
            total=None, connect=waiting, sock_connect=connect, sock_read=read
        )


def _body(
    request_data: RequestData | None,
) -> tuple[dict[str, str], bytes | aiohttp.FormData | None]:
    """Headers and body: JSON for plain calls, multipart when files ride along."""
    if request_data is None:
        return {}, None
    if not request_data.contains_files:
        # The Bot API takes JSON bodies; one C-encoded dump costs less than url-encoding
        # every field, which showed up in profiles of a fan-out.
        return _JSON_HEADERS, json.dumps(request_data.parameters).encode()
    form = aiohttp.FormData(request_data.json_parameters)
    for name, (filename, content, mime_type) in request_data.multipart_data.items():
        form.add_field(name, content, filename=filename, content_type=mime_type)
    return {}, form
