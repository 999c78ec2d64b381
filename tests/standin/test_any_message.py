"""Messages of any kind from people (stickers, photos, empty texts) and posts on behalf of a
channel in a group: stored like any message, so the bot can reply to them, and checked."""

from __future__ import annotations

import pytest

from standin import BotApiStandIn, StandInUsageError
from standin.world import CHANNEL_BOT_ID
from tests.standin.conftest import BotApi

STICKER = {
    "sticker": {
        "file_id": "CAACAgIAAxkBAAE",
        "file_unique_id": "AgADxx",
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
    }
}


async def test_a_sticker_is_delivered_and_can_be_replied_to(
    stand_in: BotApiStandIn, api: BotApi
) -> None:
    alice = stand_in.add_user("Alice")
    chat = stand_in.private_chat(alice)
    sent = stand_in.user_sends_message(alice, chat, STICKER)
    (update,) = (await api("getUpdates"))["result"]
    assert update["message"]["sticker"]["type"] == "regular"
    reply = await api(
        "sendMessage",
        chat_id=alice.id,
        text="nice",
        reply_parameters={"message_id": sent["message_id"]},
    )
    assert reply["result"]["reply_to_message"]["message_id"] == sent["message_id"]


async def test_posting_as_a_channel_in_a_group(stand_in: BotApiStandIn, api: BotApi) -> None:
    owner = stand_in.add_user("Olga")
    group = stand_in.add_group("Runners", admins=[owner], bot_status="member")
    channel = stand_in.add_channel("Running news", admins=[owner])
    sent = stand_in.user_sends_message(owner, group, {"text": "/help"}, as_channel=channel)
    assert sent["from"]["id"] == CHANNEL_BOT_ID
    assert sent["sender_chat"]["id"] == channel.id
    (update,) = (await api("getUpdates"))["result"]
    assert update["message"]["sender_chat"]["type"] == "channel"


def test_invalid_messages_and_impossible_senders_are_refused(stand_in: BotApiStandIn) -> None:
    alice = stand_in.add_user("Alice")
    chat = stand_in.private_chat(alice)
    with pytest.raises(StandInUsageError, match="not a valid message"):
        stand_in.user_sends_message(alice, chat, {"sticker": {"file_id": "x"}})
    channel = stand_in.add_channel("News", admins=[alice])
    with pytest.raises(StandInUsageError, match="only in a group"):
        stand_in.user_sends_message(alice, chat, {"text": "hi"}, as_channel=channel)
