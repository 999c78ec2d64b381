"""A Bot API call carried in a webhook's answer, as Telegram allows.

The Bot API ("Making requests when getting updates"): a bot may answer a webhook request
with a method call, in a JSON, form-urlencoded or multipart body that names it in the
`method` parameter. Telegram carries it out; the bot never learns whether it succeeded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from urllib.parse import parse_qsl

import aiohttp

from standin.files import UploadedFile
from standin.multipart import read_multipart


@dataclass(slots=True)
class ReplyCall:
    method: str
    params: dict[str, object]
    files: dict[str, UploadedFile] = field(default_factory=dict)


async def read_reply_call(response: aiohttp.ClientResponse) -> ReplyCall | None:
    """The call in a successful webhook answer, or None when the answer carries none (an
    empty body, plain text, or parameters without a `method`)."""
    content_type = response.content_type
    files: dict[str, UploadedFile] = {}
    params: dict[str, object]
    if content_type == "multipart/form-data":
        reader = aiohttp.MultipartReader(response.headers, response.content)
        params, files = await read_multipart(reader)
    else:
        body = await response.read()
        if not body.strip():
            return None
        if content_type == "application/json":
            try:
                decoded = json.loads(body)
            except ValueError:
                return None
            if not isinstance(decoded, dict):
                return None
            params = decoded
        elif content_type == "application/x-www-form-urlencoded":
            text = body.decode(errors="replace")
            params = dict(parse_qsl(text, keep_blank_values=True))
        else:
            return None
    method = params.pop("method", None)
    if method is None:
        return None
    return ReplyCall(str(method), params, files)
