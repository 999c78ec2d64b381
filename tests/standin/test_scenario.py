"""The test API: what people do, what the bot sees, and how tests observe the bot."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from standin import GROUP_ANONYMOUS_BOT_ID, BotApiStandIn, StandInUsageError
from tests.standin.conftest import TOKEN, BotApi, require_spec, started_user

KEYBOARD = {"inline_keyboard": [[{"text": "Yes", "callback_data": "yes"}]]}


def kinds(sa: BotApiStandIn) -> list[str]:
    return [next(key for key in update if key != "update_id") for update in sa.queued_updates()]


def test_commands_get_bot_command_entities(stand_in: BotApiStandIn) -> None:
    alice = stand_in.add_user("Alice")
    message = stand_in.user_sends(alice, stand_in.private_chat(alice), "😀 /help@CrampCoachBot now")
    assert message["entities"] == [{"type": "bot_command", "offset": 3, "length": 19}]
    plain = stand_in.user_sends(alice, stand_in.private_chat(alice), "no command a/b")
    assert "entities" not in plain


def test_deep_link_payloads_are_checked(stand_in: BotApiStandIn) -> None:
    alice = stand_in.add_user("Alice")
    assert stand_in.open_deep_link(alice, "triage_night-1")["text"] == "/start triage_night-1"
    for payload in ("has space", "x" * 65, "ümlaut", "a+b", ""):
        with pytest.raises(StandInUsageError, match="deep-link payload"):
            stand_in.open_deep_link(alice, payload)


def test_a_typed_start_with_any_text_is_an_ordinary_message(stand_in: BotApiStandIn) -> None:
    # Telegram delivers "/start please help me" as typed; only links are held to the rules.
    alice = stand_in.add_user("Alice")
    chat = stand_in.private_chat(alice)
    message = stand_in.user_sends(alice, chat, "/start please help me")
    assert message["text"] == "/start please help me"
    assert message["entities"] == [{"type": "bot_command", "offset": 0, "length": 6}]
    assert stand_in.user_sends(alice, chat, "/start ümlaut a+b")["text"].endswith("a+b")


def test_what_a_client_refuses_to_send(stand_in: BotApiStandIn) -> None:
    stand_in.check_typed_text("x" * 4096)
    stand_in.check_typed_text("😀" * 2048)  # 4096 UTF-16 code units
    with pytest.raises(StandInUsageError, match=r"more than 4096 characters.*has 4097$"):
        stand_in.check_typed_text("x" * 4097)
    with pytest.raises(StandInUsageError, match=r"has 4098 \(most emoji count as two\)"):
        stand_in.check_typed_text("😀" * 2049)
    with pytest.raises(StandInUsageError, match="empty"):
        stand_in.check_typed_text("")


async def test_buttons_must_really_be_there(stand_in: BotApiStandIn, api: BotApi) -> None:
    alice = started_user(stand_in)
    sent = (await api("sendMessage", chat_id=alice.id, text="?", reply_markup=KEYBOARD))["result"]
    with pytest.raises(StandInUsageError, match="no button with callback_data 'no'"):
        stand_in.press_button(alice, sent, "no")
    query = stand_in.press_button(alice, sent, "yes")
    assert query["message"]["message_id"] == sent["message_id"]
    await api("editMessageReplyMarkup", chat_id=alice.id, message_id=sent["message_id"])
    with pytest.raises(StandInUsageError):
        stand_in.press_button(alice, sent, "yes")  # the keyboard is gone after the edit
    forged = stand_in.press_button_forged(alice, sent, "admin:delete_all")
    assert forged["data"] == "admin:delete_all"
    await api("deleteMessage", chat_id=alice.id, message_id=sent["message_id"])
    gone = stand_in.press_button_forged(alice, sent, "yes")
    assert gone["message"]["date"] == 0  # an InaccessibleMessage, as Telegram sends
    bob = stand_in.add_user("Bob")
    other = (await api("sendMessage", chat_id=alice.id, text="?", reply_markup=KEYBOARD))["result"]
    with pytest.raises(StandInUsageError, match="not in this private chat"):
        stand_in.press_button(bob, other, "yes")


def test_adding_the_bot_to_a_group(stand_in: BotApiStandIn) -> None:
    alice, bob = stand_in.add_user("Alice"), stand_in.add_user("Bob")
    group = stand_in.add_group("Runners", admins=[alice], members=[bob])
    stand_in.user_sends(bob, group, "/start")  # the bot is not there yet
    assert stand_in.pending_updates() == 0
    stand_in.add_bot_to_group(group, by=alice)
    assert kinds(stand_in) == ["my_chat_member", "message"]
    update = stand_in.queued_updates()[0]["my_chat_member"]
    assert update["old_chat_member"]["status"] == "left"
    assert update["new_chat_member"]["status"] == "member"
    assert update["from"]["id"] == alice.id
    assert stand_in.queued_updates()[1]["message"]["new_chat_members"][0]["id"] == stand_in.bot.id
    with pytest.raises(StandInUsageError, match="already in"):
        stand_in.add_bot_to_group(group, by=alice)


def test_privacy_mode_in_groups(stand_in: BotApiStandIn) -> None:
    alice = stand_in.add_user("Alice")
    group = stand_in.add_group("G", admins=[alice], bot_status="member")
    stand_in.user_sends(alice, group, "just chatting")
    stand_in.user_sends(alice, group, "/help@SomeOtherBot")
    assert stand_in.pending_updates() == 0
    stand_in.user_sends(alice, group, "/help")
    stand_in.user_sends(alice, group, "/help@crampcoachbot")
    assert stand_in.pending_updates() == 2
    stand_in.set_member_status(group, stand_in.bot, "administrator")
    stand_in.user_sends(alice, group, "admins see everything")
    assert kinds(stand_in)[-2:] == ["my_chat_member", "message"]


def test_blocking_and_membership_changes_emit_updates(stand_in: BotApiStandIn) -> None:
    alice = started_user(stand_in)
    stand_in.block_bot(alice)
    with pytest.raises(StandInUsageError, match="blocked the bot"):
        stand_in.user_sends(alice, stand_in.private_chat(alice), "hi")
    stand_in.unblock_bot(alice)
    updates = [u["my_chat_member"] for u in stand_in.queued_updates() if "my_chat_member" in u]
    statuses = [(u["old_chat_member"]["status"], u["new_chat_member"]["status"]) for u in updates]
    assert statuses == [("member", "kicked"), ("kicked", "member")]
    with pytest.raises(StandInUsageError, match="unknown status"):
        stand_in.set_member_status(stand_in.add_group("G", admins=[alice]), alice, "boss")


def test_migration_queues_both_service_messages(stand_in: BotApiStandIn) -> None:
    alice = stand_in.add_user("Alice")
    group = stand_in.add_group("G", admins=[alice], bot_status="member")
    supergroup = stand_in.migrate_group(group, by=alice)
    messages = [u["message"] for u in stand_in.queued_updates()]
    assert messages[0]["chat"]["id"] == group.id
    assert messages[0]["migrate_to_chat_id"] == supergroup.id
    assert messages[1]["chat"] == {"id": supergroup.id, "type": "supergroup", "title": "G"}
    assert messages[1]["migrate_from_chat_id"] == group.id
    assert stand_in.world.status(supergroup, alice.id) == "creator"
    with pytest.raises(StandInUsageError, match="was migrated"):
        stand_in.user_sends(alice, group, "/start")


def test_anonymous_admin_and_location(stand_in: BotApiStandIn) -> None:
    alice = stand_in.add_user("Alice")
    group = stand_in.add_group("G", admins=[alice], supergroup=True, bot_status="member")
    message = stand_in.anonymous_admin_sends(group, "/setup")
    assert message["from"]["id"] == GROUP_ANONYMOUS_BOT_ID
    assert message["sender_chat"]["id"] == group.id
    location = stand_in.user_sends_location(alice, stand_in.private_chat(alice), 52.5, 13.4)
    assert location["location"] == {"latitude": 52.5, "longitude": 13.4}
    assert kinds(stand_in) == ["message", "message"]


async def test_next_message_cursor_and_helpful_timeout(
    stand_in: BotApiStandIn, api: BotApi
) -> None:
    alice, bob = started_user(stand_in, "Alice"), started_user(stand_in, "Bob")
    waiting = asyncio.create_task(stand_in.next_message(alice, timeout=2))
    await api("sendMessage", chat_id=bob.id, text="for bob")
    await api("sendMessage", chat_id=alice.id, text="first")
    await api("sendMessage", chat_id=alice.id, text="second")
    assert (await waiting)["text"] == "first"
    assert (await stand_in.next_message(alice.id))["text"] == "second"
    assert (await stand_in.next_message(bob))["text"] == "for bob"
    await api("sendMessage", chat_id=alice.id, text="<b>broken", parse_mode="HTML")
    with pytest.raises(TimeoutError) as silence:
        await stand_in.next_message(alice, timeout=0.2)
    explanation = str(silence.value)
    assert "'first', 'second'" in explanation and "can't parse entities" in explanation


async def test_wait_for_sees_past_and_future_calls(stand_in: BotApiStandIn, api: BotApi) -> None:
    await api("getMe")
    past = await stand_in.wait_for(lambda call: call.method == "getMe")
    assert past.ok
    future = asyncio.create_task(stand_in.wait_for(lambda call: call.method == "logOut"))
    await asyncio.sleep(0.05)
    await api("logOut")
    assert (await future).method == "logOut"
    with pytest.raises(TimeoutError, match="no call matched"):
        await stand_in.wait_for(lambda call: call.method == "close", timeout=0.1)


async def test_listeners_hear_sends_and_edits(stand_in: BotApiStandIn, api: BotApi) -> None:
    alice = started_user(stand_in)
    heard: list[tuple[str, bool]] = []
    unsubscribe = stand_in.on_bot_message(
        lambda message, edited: heard.append((message["text"], edited))
    )
    sent = (await api("sendMessage", chat_id=alice.id, text="one"))["result"]
    await api("editMessageText", chat_id=alice.id, message_id=sent["message_id"], text="two")
    unsubscribe()
    await api("sendMessage", chat_id=alice.id, text="three")
    assert heard == [("one", False), ("two", True)]


async def test_rate_limits_can_be_enforced() -> None:
    require_spec()
    async with BotApiStandIn(TOKEN, enforce_rate_limits=True) as strict:
        alice = started_user(strict)
        async with httpx.AsyncClient(base_url=strict.url) as client:
            strict_api = BotApi(client)
            answers = [
                await strict_api("sendMessage", chat_id=alice.id, text=str(n)) for n in range(8)
            ]
        refused = [answer for answer in answers if not answer["ok"]]
        assert refused and refused[0]["error_code"] == 429
        assert refused[0]["parameters"]["retry_after"] >= 1
        assert refused[0]["description"].startswith("Too Many Requests: retry after ")
        assert strict.rate_violations()[0].limit == "chat"
        assert strict.bot_message_count() == len(answers) - len(refused)


async def test_rate_violations_are_counted_when_not_enforced(
    stand_in: BotApiStandIn, api: BotApi
) -> None:
    alice = stand_in.add_user("Alice")
    group = stand_in.add_group("G", admins=[alice], bot_status="member")
    for n in range(25):
        assert (await api("sendMessage", chat_id=group.id, text=str(n)))["ok"]
    limits = {violation.limit for violation in stand_in.rate_violations()}
    assert "chat" in limits or "group" in limits
    assert stand_in.stats()["rate_violations"]["total"] >= 20


def test_every_update_the_stand_in_emits_is_valid(stand_in: BotApiStandIn) -> None:
    alice, bob = stand_in.add_user("Alice"), stand_in.add_user("Bob")
    group = stand_in.add_group("G", admins=[alice], members=[bob], forum=True)
    stand_in.add_bot_to_group(group, by=alice, as_admin=True)
    topic = stand_in.add_forum_topic(group, "Cramps")
    stand_in.user_sends(bob, group, "in a topic", thread_id=topic)
    stand_in.user_joins(group, stand_in.add_user("Carol"))
    stand_in.set_member_status(group, bob, "kicked")
    stand_in.channel_post(
        stand_in.add_channel("News", admins=[alice], bot_status="administrator"), "post"
    )
    validator = stand_in.spec.validator("Update")
    for update in stand_in.queued_updates():
        validator(update, "update")
    assert "channel_post" in kinds(stand_in)


async def test_reset_forgets_everything(stand_in: BotApiStandIn, api: BotApi) -> None:
    alice = started_user(stand_in)
    await api("sendMessage", chat_id=alice.id, text="hi")
    stand_in.reset()
    assert (
        stand_in.calls == [] and stand_in.bot_messages() == [] and stand_in.pending_updates() == 0
    )
    assert (await api("sendMessage", chat_id=alice.id, text="hi"))["description"] == (
        "Bad Request: chat not found"
    )


def test_user_edits_do_not_rewrite_queued_updates(stand_in: BotApiStandIn) -> None:
    alice = stand_in.add_user("Alice")
    chat = stand_in.private_chat(alice)
    original = stand_in.user_sends(alice, chat, "/helo")
    edited = stand_in.user_edits(alice, original, "/help")
    queued = stand_in.queued_updates()
    assert queued[0]["message"]["text"] == "/helo"
    assert queued[1]["edited_message"]["text"] == "/help" and "edit_date" in edited
    bob = stand_in.add_user("Bob")
    with pytest.raises(StandInUsageError, match="their own messages"):
        stand_in.user_edits(bob, original, "hijack")


async def test_listeners_survive_reset(stand_in: BotApiStandIn, api: BotApi) -> None:
    heard: list[str] = []
    stand_in.on_bot_message(lambda message, edited: heard.append(message["text"]))
    stand_in.reset()
    alice = started_user(stand_in)
    await api("sendMessage", chat_id=alice.id, text="after reset")
    assert heard == ["after reset"]


async def test_reply_keyboards_stay_until_removed(stand_in: BotApiStandIn, api: BotApi) -> None:
    alice = started_user(stand_in)
    chat = stand_in.private_chat(alice)
    keyboard = {"keyboard": [[{"text": "Calf"}, {"text": "Foot"}]], "resize_keyboard": True}
    sent = await api("sendMessage", chat_id=alice.id, text="Where?", reply_markup=keyboard)
    assert "reply_markup" not in sent["result"]  # Message.reply_markup is inline-only
    await api("sendMessage", chat_id=alice.id, text="(still there)")
    assert stand_in.reply_keyboard(chat) == keyboard
    assert stand_in.press_reply_button(alice, chat, "Calf")["text"] == "Calf"
    with pytest.raises(StandInUsageError, match="no reply keyboard button 'Knee'"):
        stand_in.press_reply_button(alice, chat, "Knee")
    await api("sendMessage", chat_id=alice.id, text="ok", reply_markup={"remove_keyboard": True})
    assert stand_in.reply_keyboard(chat) is None


async def test_reply_keyboard_buttons_share_what_telegram_shares(
    stand_in: BotApiStandIn, api: BotApi
) -> None:
    alice = started_user(stand_in)
    chat = stand_in.private_chat(alice)
    keyboard = {
        "keyboard": [
            [{"text": "📍 Here", "request_location": True}],
            [{"text": "📞 Me", "request_contact": True}],
            [{"text": "Pick a chat", "request_chat": {"request_id": 1, "chat_is_channel": False}}],
        ],
        "one_time_keyboard": True,
    }
    sent = await api("sendMessage", chat_id=alice.id, text="Where?", reply_markup=keyboard)
    assert stand_in.sent_reply_markup(sent["result"]) == keyboard
    with pytest.raises(StandInUsageError, match="pass location"):
        stand_in.press_reply_button(alice, chat, "📍 Here")  # never its text
    shared = stand_in.press_reply_button(alice, chat, "📍 Here", location=(48.85, 2.35))
    assert shared["location"] == {"latitude": 48.85, "longitude": 2.35} and "text" not in shared
    contact = stand_in.press_reply_button(alice, chat, "📞 Me", phone_number="15555550100")
    assert contact["contact"] == {
        "phone_number": "15555550100",
        "first_name": "Alice",
        "user_id": alice.id,
    }
    with pytest.raises(StandInUsageError, match="request_chat"):
        stand_in.press_reply_button(alice, chat, "Pick a chat")
    kinds_queued = kinds(stand_in)
    assert kinds_queued[-2:] == ["message", "message"]


async def test_the_message_as_the_chat_shows_it_now(stand_in: BotApiStandIn, api: BotApi) -> None:
    alice = started_user(stand_in)
    sent = (await api("sendMessage", chat_id=alice.id, text="?", reply_markup=KEYBOARD))["result"]
    assert stand_in.current_message(sent) == {**sent}
    assert stand_in.sent_reply_markup(sent) == KEYBOARD
    await api("editMessageText", chat_id=alice.id, message_id=sent["message_id"], text="!")
    now = stand_in.current_message(sent)
    assert now is not None and now["text"] == "!" and "reply_markup" not in now
    await api("deleteMessage", chat_id=alice.id, message_id=sent["message_id"])
    assert stand_in.current_message(sent) is None and stand_in.sent_reply_markup(sent) is None


async def test_callback_answers_are_told_as_a_client_shows_them(
    stand_in: BotApiStandIn, api: BotApi
) -> None:
    heard: list[tuple[str | None, bool]] = []
    stand_in.on_callback_answer(lambda answer: heard.append((answer.text, answer.show_alert)))
    stand_in.reset()  # listeners stay, as the console's must
    alice = started_user(stand_in)
    sent = (await api("sendMessage", chat_id=alice.id, text="?", reply_markup=KEYBOARD))["result"]
    first = stand_in.press_button(alice, sent, "yes")
    assert (await api("answerCallbackQuery", callback_query_id=first["id"], text="Saved"))["ok"]
    # Still strict for the bot: a query is answered once.
    again = await api.raw("answerCallbackQuery", callback_query_id=first["id"], text="Again")
    assert again.status_code == 400
    # Pressing again is a new query, answered anew.
    second = stand_in.press_button(alice, sent, "yes")
    assert second["id"] != first["id"]
    await api("answerCallbackQuery", callback_query_id=second["id"], text="Done", show_alert=True)
    assert heard == [("Saved", False), ("Done", True)]
