"""The bot's aiohttp transport against the strict stand-in: what gets through, and what
each failure means (sent or not) for the reminder dispatcher."""

from __future__ import annotations

import io
import socket
from collections.abc import AsyncIterator

import pytest
import telegram
from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut

from bot.request import AiohttpRequest, RequestNotSent
from standin import BotApiStandIn, faults
from tests.standin.conftest import png_bytes, started_user


def _bot(stand_in: BotApiStandIn, **timeouts: float) -> telegram.Bot:
    return telegram.Bot(
        stand_in.token,
        base_url=stand_in.base_url,
        request=AiohttpRequest(4, **timeouts),
        get_updates_request=AiohttpRequest(1),
    )


@pytest.fixture
async def bot(stand_in: BotApiStandIn) -> AsyncIterator[telegram.Bot]:
    async with _bot(stand_in) as ptb_bot:
        yield ptb_bot


async def test_messages_keyboards_and_uploads(stand_in: BotApiStandIn, bot: telegram.Bot) -> None:
    alice = started_user(stand_in)
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Done", callback_data="rd:1")]])
    sent = await bot.send_message(
        alice.id, "<b>Drink</b> a glass", parse_mode="HTML", reply_markup=keyboard
    )
    assert sent.text == "Drink a glass" and sent.reply_markup == keyboard
    photo = await bot.send_photo(alice.id, photo=png_bytes(640, 480), caption="Your week")
    assert photo.photo[-1].width == 640
    document = await bot.send_document(
        alice.id, document=io.BytesIO(b'{"a": 1}'), filename="mydata.json"
    )
    assert document.document is not None and document.document.file_name == "mydata.json"
    assert [f.data for f in stand_in.uploaded_files() if f.kind == "document"] == [b'{"a": 1}']
    updates = await bot.get_updates(timeout=0)
    assert updates and updates[0].message is not None


async def test_api_errors_keep_their_meaning(stand_in: BotApiStandIn, bot: telegram.Bot) -> None:
    alice = started_user(stand_in)
    stand_in.inject("sendMessage", fault=faults.too_many_requests(7))
    with pytest.raises(RetryAfter) as flood:
        await bot.send_message(alice.id, "x")
    assert flood.value.retry_after in (7, 7.0)
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(987654321, "x")


async def test_refused_connection_is_not_sent(stand_in: BotApiStandIn) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    token = stand_in.token
    bot = telegram.Bot(
        token, base_url=f"http://127.0.0.1:{free_port}/bot", request=AiohttpRequest(1)
    )
    with pytest.raises(NetworkError) as refused:
        await bot.initialize()
    assert isinstance(refused.value, RequestNotSent), "never sent: safe to repeat"
    assert "Request not sent" in refused.value.message
    assert token not in str(refused.value) and token.split(":")[1] not in repr(refused.value)


async def test_slow_answer_is_a_timeout_that_may_have_been_sent(
    stand_in: BotApiStandIn,
) -> None:
    alice = started_user(stand_in)
    async with _bot(stand_in, read_timeout=0.2) as slow_bot:
        stand_in.inject("sendMessage", fault=faults.delay(1.0))
        with pytest.raises(TimedOut) as timed_out:
            await slow_bot.send_message(alice.id, "maybe delivered")
        assert stand_in.token not in str(timed_out.value)
        # The transport still works afterwards.
        assert (await slow_bot.send_message(alice.id, "next")).text == "next"


async def test_dropped_connection_is_uncertain(stand_in: BotApiStandIn, bot: telegram.Bot) -> None:
    alice = started_user(stand_in)
    stand_in.inject("sendMessage", fault=faults.drop())
    with pytest.raises(TimedOut):
        await bot.send_message(alice.id, "lost on the wire")
    assert (await bot.send_message(alice.id, "again")).text == "again"


async def test_shutdown_and_reinitialise(stand_in: BotApiStandIn) -> None:
    request = AiohttpRequest(2)
    bot = telegram.Bot(stand_in.token, base_url=stand_in.base_url, request=request)
    async with bot:
        assert (await bot.get_me()).username == "CrampCoachBot"
    await request.shutdown()  # twice is harmless
    async with bot:
        assert (await bot.get_me()).is_bot
