"""getFile: a download path for files the bot uploaded (served under /file/bot<token>/)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from standin.errors import bad_request

if TYPE_CHECKING:
    from standin.core import BotCore, Handler


async def get_file(core: BotCore, params: dict[str, Any]) -> Any:
    stored = core.files.get(params["file_id"])
    if stored is None:
        raise bad_request("wrong file_id or the file is temporarily unavailable")
    body: dict[str, Any] = {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_path": file_path(stored.kind, stored.file_id),
    }
    if stored.size:
        body["file_size"] = stored.size
    return body


def file_path(kind: str, file_id: str) -> str:
    return f"{kind}s/{file_id}"


HANDLERS: dict[str, Handler] = {"getFile": get_file}
