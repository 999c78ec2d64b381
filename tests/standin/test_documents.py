"""sendDocument over multipart, as /mydata uses it: accepted when Telegram would accept it,
refused with Telegram's answer otherwise."""

from __future__ import annotations

import io
import json
from typing import Any

import httpx
import pytest
import telegram

from standin import BotApiStandIn
from tests.standin.conftest import TOKEN, started_user

JSON_FILE = ("data.json", b'{"user_id": 1}', "application/json")


async def send(
    http: httpx.AsyncClient, data: dict[str, str], files: dict[str, Any] | None
) -> dict[str, Any]:
    response = await http.post(f"/bot{TOKEN}/sendDocument", data=data, files=files)
    body: dict[str, Any] = response.json()
    assert response.status_code == (200 if body["ok"] else body["error_code"])
    return body


async def test_a_json_upload_becomes_a_document_with_its_bytes(
    stand_in: BotApiStandIn, http: httpx.AsyncClient
) -> None:
    alice = started_user(stand_in)
    body = await send(
        http, {"chat_id": str(alice.id), "caption": "Your data"}, {"document": JSON_FILE}
    )
    document = body["result"]["document"]
    assert document["file_name"] == "data.json" and document["mime_type"] == "application/json"
    assert document["file_size"] == len(JSON_FILE[1])
    assert body["result"]["caption"] == "Your data"
    stored = stand_in.file(document["file_id"])
    assert stored is not None and json.loads(stored.data) == {"user_id": 1}


@pytest.mark.parametrize(
    ("data", "files", "description"),
    [
        (
            {"document": "attach://elsewhere"},
            {"part": JSON_FILE},
            "Bad Request: file attach://elsewhere is not among the uploaded parts",
        ),
        ({}, {"document": ("data.json", b"", "application/json")}, "Bad Request: file must be "),
        ({}, {"unrelated": JSON_FILE}, 'Bad Request: parameter "document" is required'),
        ({"document": '{"user_id": 1}'}, None, "Bad Request: wrong file identifier/HTTP URL"),
        ({"caption": "x" * 1025}, {"document": JSON_FILE}, "Bad Request: message caption is too"),
        (
            {"caption": "<b>open", "parse_mode": "HTML"},
            {"document": JSON_FILE},
            "Bad Request: can't parse entities",
        ),
    ],
)
async def test_what_telegram_refuses_is_refused(
    stand_in: BotApiStandIn,
    http: httpx.AsyncClient,
    data: dict[str, str],
    files: dict[str, Any] | None,
    description: str,
) -> None:
    alice = started_user(stand_in)
    body = await send(http, {"chat_id": str(alice.id), **data}, files)
    assert body["ok"] is False and body["description"].startswith(description), body
    assert stand_in.uploaded_files() == []


async def test_a_document_into_a_chat_that_never_started_the_bot_is_refused(
    stand_in: BotApiStandIn,
) -> None:
    stranger = stand_in.add_user("Stranger")
    async with telegram.Bot(stand_in.token, base_url=stand_in.base_url) as bot:
        with pytest.raises(telegram.error.Forbidden):
            await bot.send_document(stranger.id, io.BytesIO(b"{}"), filename="data.json")


async def test_a_photo_refused_for_its_markup_leaves_no_file(
    stand_in: BotApiStandIn, http: httpx.AsyncClient
) -> None:
    from tests.standin.conftest import png_bytes

    alice = started_user(stand_in)
    response = await http.post(
        f"/bot{TOKEN}/sendPhoto",
        data={"chat_id": str(alice.id), "reply_markup": '{"inline_keyboard": [[{"text": "x"}]]}'},
        files={"photo": ("a.png", png_bytes(), "image/png")},
    )
    assert response.json()["ok"] is False
    assert stand_in.uploaded_files() == []
