"""The Bot API over real HTTP: Telegram's answers for good and bad requests."""

from __future__ import annotations

import json

import httpx

from standin import BotApiStandIn
from tests.standin.conftest import TOKEN, BotApi, started_user

KEYBOARD = {"inline_keyboard": [[{"text": "Yes", "callback_data": "yes"}]]}


async def test_wrong_token_is_unauthorized_and_unknown_method_not_found(
    http: httpx.AsyncClient,
) -> None:
    response = await http.post("/bot999:WRONG/getMe")
    assert response.status_code == 401
    assert response.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}
    response = await http.post(f"/bot{TOKEN}/sendMessages")
    assert response.status_code == 404
    assert response.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
    assert (await http.get("/somewhere/else")).status_code == 404


async def test_get_me_over_get_post_and_json(http: httpx.AsyncClient, api: BotApi) -> None:
    for response in (
        await http.get(f"/bot{TOKEN}/getMe"),
        await http.post(f"/bot{TOKEN}/getme", json={}),
        await api.raw("getMe"),
    ):
        body = response.json()
        assert body["ok"] and body["result"]["username"] == "CrampCoachBot"
        assert body["result"]["is_bot"] is True


async def test_send_message_accepts_form_json_and_query(
    stand_in: BotApiStandIn, http: httpx.AsyncClient, api: BotApi
) -> None:
    alice = started_user(stand_in)
    sent = await api("sendMessage", chat_id=alice.id, text="form", reply_markup=KEYBOARD)
    assert sent["result"]["reply_markup"] == KEYBOARD
    as_json = await http.post(
        f"/bot{TOKEN}/sendMessage",
        json={"chat_id": alice.id, "text": "json", "reply_markup": KEYBOARD},
    )
    assert as_json.json()["ok"]
    by_query = await http.get(f"/bot{TOKEN}/sendMessage", params={"chat_id": alice.id, "text": "q"})
    assert by_query.json()["ok"]
    texts = [m["text"] for m in stand_in.bot_messages(alice.id)]
    assert texts == ["form", "json", "q"]
    ids = [m["message_id"] for m in stand_in.bot_messages(alice.id)]
    assert ids == [2, 3, 4]  # per-chat ids continue after alice's /start (message 1)
    record = stand_in.calls_to("sendMessage")[0]
    assert record.params == {"chat_id": alice.id, "text": "form", "reply_markup": KEYBOARD}
    assert record.ok and record.error_code is None


async def test_spec_violations_are_bad_requests_naming_the_field(
    stand_in: BotApiStandIn, api: BotApi
) -> None:
    alice = started_user(stand_in)
    cases = {
        "Bad Request: message text is empty": {"chat_id": alice.id},
        "Bad Request: chat_id is empty": {"text": "hi"},
        'Bad Request: method sendMessage has no parameter "reply_to_message_id"': {
            "chat_id": alice.id,
            "text": "hi",
            "reply_to_message_id": 1,
        },
        'Bad Request: field "disable_notification" must be Boolean': {
            "chat_id": alice.id,
            "text": "hi",
            "disable_notification": "yes",
        },
        'field "reply_markup.inline_keyboard[0][0].callback_data" must be String, got Integer': {
            "chat_id": alice.id,
            "text": "hi",
            "reply_markup": {"inline_keyboard": [[{"text": "A", "callback_data": 5}]]},
        },
    }
    for expected, params in cases.items():
        body = await api("sendMessage", **params)
        assert body["ok"] is False and body["error_code"] == 400
        assert expected in body["description"], body
    body = await api("getChatMember", chat_id=alice.id)
    assert body["description"] == 'Bad Request: parameter "user_id" is required'
    assert stand_in.bot_message_count() == 0
    assert all(not record.ok for record in stand_in.calls)


async def test_prose_limits(stand_in: BotApiStandIn, api: BotApi) -> None:
    alice = started_user(stand_in)
    long_text = await api("sendMessage", chat_id=alice.id, text="x" * 4097)
    assert long_text["description"].startswith("Bad Request: message is too long")
    assert (await api("sendMessage", chat_id=alice.id, text="x" * 4096))["ok"]
    fat_button = {"inline_keyboard": [[{"text": "A", "callback_data": "é" * 32 + "x"}]]}
    body = await api("sendMessage", chat_id=alice.id, text="hi", reply_markup=fat_button)
    assert body["description"].startswith("Bad Request: BUTTON_DATA_INVALID"), body
    ok_button = {"inline_keyboard": [[{"text": "A", "callback_data": "é" * 32}]]}  # 64 bytes
    assert (await api("sendMessage", chat_id=alice.id, text="hi", reply_markup=ok_button))["ok"]
    long_caption = await api(
        "sendPhoto", chat_id=alice.id, photo="https://x.org/a.png", caption="c" * 1025
    )
    assert long_caption["description"].startswith("Bad Request: message caption is too long")


async def test_html_parse_errors(stand_in: BotApiStandIn, api: BotApi) -> None:
    alice = started_user(stand_in)
    for text in ("<b>unclosed", "<blink>x</blink>", "1 < 2", "Tom & Jerry", "<b><i>x</b></i>"):
        body = await api("sendMessage", chat_id=alice.id, text=text, parse_mode="HTML")
        assert body["description"].startswith("Bad Request: can't parse entities: "), body
    body = await api("sendMessage", chat_id=alice.id, text="x", parse_mode="XML")
    assert body["description"] == "Bad Request: unsupported parse_mode"
    good = await api("sendMessage", chat_id=alice.id, text="<b>ok</b> &lt;3", parse_mode="HTML")
    assert good["result"]["text"] == "ok <3"
    assert good["result"]["entities"] == [{"type": "bold", "offset": 0, "length": 2}]


async def test_inline_keyboard_rules(stand_in: BotApiStandIn, api: BotApi) -> None:
    alice = started_user(stand_in)
    bad_keyboards = {
        "Text buttons are unallowed": [[{"text": "A"}]],
        "exactly one of its action fields": [
            [{"text": "A", "callback_data": "a", "url": "https://x.org"}]
        ],
        "button text must be non-empty": [[{"text": " ", "callback_data": "a"}]],
        "BUTTON_URL_INVALID": [[{"text": "A", "url": "javascript:alert(1)"}]],
        "BUTTON_DATA_INVALID": [[{"text": "A", "callback_data": ""}]],
    }
    for problem, rows in bad_keyboards.items():
        body = await api(
            "sendMessage", chat_id=alice.id, text="hi", reply_markup={"inline_keyboard": rows}
        )
        assert problem in body.get("description", ""), (problem, body)
    for url in ("https://example.com/path?q=1", "http://t.me/x", "tg://resolve?domain=x"):
        markup = {"inline_keyboard": [[{"text": "A", "url": url}]]}
        assert (await api("sendMessage", chat_id=alice.id, text="hi", reply_markup=markup))["ok"]


async def test_chat_rules(stand_in: BotApiStandIn, api: BotApi) -> None:
    stranger = stand_in.add_user("Stranger")
    assert (await api("sendMessage", chat_id=424242, text="hi"))["description"] == (
        "Bad Request: chat not found"
    )
    body = await api("sendMessage", chat_id=stranger.id, text="hi")
    assert body["error_code"] == 403
    assert body["description"] == "Forbidden: bot can't initiate conversation with a user"
    alice = started_user(stand_in)
    stand_in.block_bot(alice)
    body = await api("sendMessage", chat_id=alice.id, text="hi")
    assert body["description"] == "Forbidden: bot was blocked by the user"
    stand_in.unblock_bot(alice)
    assert (await api("sendMessage", chat_id=alice.id, text="hi"))["ok"]
    stand_in.deactivate_user(alice)
    body = await api("sendMessage", chat_id=alice.id, text="hi")
    assert body["description"] == "Forbidden: user is deactivated"
    assert (await api("sendMessage", chat_id=stand_in.bot.id, text="hi"))["error_code"] == 403


async def test_group_rules_and_migration(stand_in: BotApiStandIn, api: BotApi) -> None:
    alice, bob = stand_in.add_user("Alice"), stand_in.add_user("Bob")
    group = stand_in.add_group("Runners", admins=[alice], members=[bob])
    body = await api("sendMessage", chat_id=group.id, text="hi")
    assert body["description"] == "Forbidden: bot is not a member of the group chat"
    stand_in.add_bot_to_group(group, by=alice)
    assert (await api("sendMessage", chat_id=group.id, text="hi"))["ok"]
    supergroup = stand_in.migrate_group(group)
    body = await api("sendMessage", chat_id=group.id, text="hi")
    assert body == {
        "ok": False,
        "error_code": 400,
        "description": "Bad Request: group chat was upgraded to a supergroup chat",
        "parameters": {"migrate_to_chat_id": supergroup.id},
    }
    assert (await api("sendMessage", chat_id=supergroup.id, text="hi"))["ok"]
    stand_in.remove_bot_from_group(supergroup, by=alice)
    body = await api("sendMessage", chat_id=supergroup.id, text="hi")
    assert body["description"] == "Forbidden: bot was kicked from the supergroup chat"


async def test_threads_and_replies(stand_in: BotApiStandIn, api: BotApi) -> None:
    alice = stand_in.add_user("Alice")
    forum = stand_in.add_group("Forum", admins=[alice], forum=True, bot_status="member")
    topic = stand_in.add_forum_topic(forum, "Night cramps")
    sent = await api("sendMessage", chat_id=forum.id, text="in topic", message_thread_id=topic)
    assert sent["result"]["message_thread_id"] == topic
    assert sent["result"]["is_topic_message"] is True
    body = await api("sendMessage", chat_id=forum.id, text="x", message_thread_id=topic + 100)
    assert body["description"] == "Bad Request: message thread not found"
    body = await api(
        "sendMessage", chat_id=forum.id, text="x", reply_parameters={"message_id": 999}
    )
    assert body["description"] == "Bad Request: message to be replied not found"
    lenient = {"message_id": 999, "allow_sending_without_reply": True}
    assert (await api("sendMessage", chat_id=forum.id, text="x", reply_parameters=lenient))["ok"]
    question = stand_in.user_sends(alice, forum, "/help", thread_id=topic)
    reply = await api(
        "sendMessage",
        chat_id=forum.id,
        text="answer",
        reply_parameters={"message_id": question["message_id"]},
    )
    assert reply["result"]["reply_to_message"]["text"] == "/help"


async def test_edit_rules(stand_in: BotApiStandIn, api: BotApi) -> None:
    alice = started_user(stand_in)
    sent = (await api("sendMessage", chat_id=alice.id, text="one", reply_markup=KEYBOARD))["result"]
    message_id = sent["message_id"]
    missing = await api("editMessageText", chat_id=alice.id, message_id=999, text="x")
    assert missing["description"] == "Bad Request: message to edit not found"
    theirs = await api("editMessageText", chat_id=alice.id, message_id=1, text="x")
    assert theirs["description"] == "Bad Request: message can't be edited"
    same = await api(
        "editMessageText",
        chat_id=alice.id,
        message_id=message_id,
        text="one",
        reply_markup=KEYBOARD,
    )
    assert same["description"].startswith("Bad Request: message is not modified: specified new")
    edited = await api("editMessageText", chat_id=alice.id, message_id=message_id, text="two")
    assert edited["result"]["text"] == "two" and "reply_markup" not in edited["result"]
    assert "edit_date" in edited["result"]
    same_markup = await api("editMessageReplyMarkup", chat_id=alice.id, message_id=message_id)
    assert same_markup["description"].startswith("Bad Request: message is not modified")
    marked = await api(
        "editMessageReplyMarkup", chat_id=alice.id, message_id=message_id, reply_markup=KEYBOARD
    )
    assert marked["result"]["reply_markup"] == KEYBOARD
    assert stand_in.bot_messages(alice.id)[0]["text"] == "two"
    assert stand_in.bot_messages(alice.id)[0]["reply_markup"] == KEYBOARD
    assert (await api("deleteMessage", chat_id=alice.id, message_id=message_id))["result"] is True
    gone = await api("deleteMessage", chat_id=alice.id, message_id=message_id)
    assert gone["description"] == "Bad Request: message to delete not found"
    assert stand_in.bot_messages(alice.id) == []


async def test_callback_queries_are_answered_once(stand_in: BotApiStandIn, api: BotApi) -> None:
    alice = started_user(stand_in)
    sent = (await api("sendMessage", chat_id=alice.id, text="?", reply_markup=KEYBOARD))["result"]
    query = stand_in.press_button(alice, sent, "yes")
    long_answer = await api("answerCallbackQuery", callback_query_id=query["id"], text="x" * 201)
    assert long_answer["description"].startswith("Bad Request: MESSAGE_TOO_LONG")
    assert (await api("answerCallbackQuery", callback_query_id=query["id"], text="Noted"))["ok"]
    again = await api("answerCallbackQuery", callback_query_id=query["id"])
    expected = "Bad Request: query is too old and response timeout expired or query ID is invalid"
    assert again["description"] == expected
    unknown = await api("answerCallbackQuery", callback_query_id="12345")
    assert unknown["description"] == expected
    [answer] = stand_in.callback_answers
    assert (answer.data, answer.text, answer.show_alert) == ("yes", "Noted", False)


async def test_commands_per_scope_and_language(stand_in: BotApiStandIn, api: BotApi) -> None:
    alice = started_user(stand_in)
    commands = [
        {"command": "start", "description": "Start"},
        {"command": "sos", "description": "Help now"},
    ]
    assert (await api("setMyCommands", commands=commands))["result"] is True
    chat_scope = {"type": "chat", "chat_id": alice.id}
    german = [{"command": "hilfe", "description": "Hilfe"}]
    await api("setMyCommands", commands=german, scope=chat_scope, language_code="de")
    assert (await api("getMyCommands"))["result"] == commands
    assert (await api("getMyCommands", scope=chat_scope, language_code="de"))["result"] == german
    assert (await api("getMyCommands", scope=chat_scope))["result"] == []
    assert stand_in.commands(chat_scope, "de") == german
    await api("deleteMyCommands", scope=chat_scope, language_code="de")
    assert (await api("getMyCommands", scope=chat_scope, language_code="de"))["result"] == []
    for bad in ("Start", "with-dash", "", "x" * 33, "/start"):
        body = await api("setMyCommands", commands=[{"command": bad, "description": "d"}])
        assert body["description"].startswith("Bad Request: BOT_COMMAND_INVALID"), bad
    body = await api("setMyCommands", commands=[{"command": "a", "description": ""}])
    assert body["description"].startswith("Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
    too_many = [{"command": f"c{i}", "description": "d"} for i in range(101)]
    body = await api("setMyCommands", commands=too_many)
    assert body["description"].startswith("Bad Request: BOT_COMMANDS_TOO_MUCH")
    body = await api("setMyCommands", commands=commands, scope={"type": "nowhere"})
    assert 'needs "type" one of' in body["description"]


async def test_profile_settings_are_stored(api: BotApi) -> None:
    await api("setMyDescription", description="Helps with leg cramps", language_code="en")
    assert (await api("getMyDescription", language_code="en"))["result"] == {
        "description": "Helps with leg cramps"
    }
    await api("setMyShortDescription", short_description="Cramp help")
    assert (await api("getMyShortDescription"))["result"] == {"short_description": "Cramp help"}
    await api("setChatMenuButton", menu_button={"type": "commands"})
    assert (await api("getChatMenuButton"))["result"] == {"type": "commands"}
    body = await api("setMyShortDescription", short_description="x" * 121)
    assert body["error_code"] == 400


async def test_chat_information(stand_in: BotApiStandIn, api: BotApi) -> None:
    alice, bob, carol = (stand_in.add_user(n) for n in ("Alice", "Bob", "Carol"))
    group = stand_in.add_group(
        "Runners", admins=[alice, bob], members=[carol], supergroup=True, bot_status="member"
    )
    info = (await api("getChat", chat_id=group.id))["result"]
    assert info["type"] == "supergroup" and info["title"] == "Runners"
    admins = (await api("getChatAdministrators", chat_id=group.id))["result"]
    assert {(a["user"]["first_name"], a["status"]) for a in admins} == {
        ("Alice", "creator"),
        ("Bob", "administrator"),
    }
    stand_in.set_member_status(group, carol, "administrator")
    stand_in.set_member_status(group, bob, "member")
    admins = (await api("getChatAdministrators", chat_id=group.id))["result"]
    assert {a["user"]["first_name"] for a in admins} == {"Alice", "Carol"}
    member = (await api("getChatMember", chat_id=group.id, user_id=bob.id))["result"]
    assert member["status"] == "member"
    stand_in.set_member_status(group, bob, "restricted")
    member = (await api("getChatMember", chat_id=group.id, user_id=bob.id))["result"]
    assert member["status"] == "restricted" and member["can_send_messages"] is False
    assert (await api("getChatMemberCount", chat_id=group.id))["result"] == 4
    assert (await api("leaveChat", chat_id=group.id))["result"] is True
    body = await api("getChat", chat_id=group.id)
    assert body["description"] == "Forbidden: bot is not a member of the supergroup chat"


async def test_chat_action_and_unsupported_methods(stand_in: BotApiStandIn, api: BotApi) -> None:
    alice = started_user(stand_in)
    assert (await api("sendChatAction", chat_id=alice.id, action="typing"))["result"] is True
    body = await api("sendChatAction", chat_id=alice.id, action="dancing")
    assert body["description"] == "Bad Request: wrong parameter action in request"
    # A Boolean method without special behaviour: validated, then True.
    assert (await api("setMessageReaction", chat_id=alice.id, message_id=1))["result"] is True
    body = await api("sendDice", chat_id=alice.id)
    assert body["description"] == "Bad Request: method not supported by the local stand-in"
    body = await api("setMessageReaction", chat_id=alice.id)
    assert body["description"] == 'Bad Request: parameter "message_id" is required'


async def test_uploads_over_multipart(stand_in: BotApiStandIn, http: httpx.AsyncClient) -> None:
    from tests.standin.conftest import png_bytes

    alice = started_user(stand_in)
    image = png_bytes(640, 480)
    response = await http.post(
        f"/bot{TOKEN}/sendPhoto",
        data={"chat_id": str(alice.id), "caption": "<i>legs</i>", "parse_mode": "HTML"},
        files={"photo": ("legs.png", image, "image/png")},
    )
    message = response.json()["result"]
    assert message["caption"] == "legs"
    largest = message["photo"][-1]
    assert (largest["width"], largest["height"]) == (640, 480)
    assert stand_in.file(largest["file_id"]).data == image  # type: ignore[union-attr]
    not_an_image = await http.post(
        f"/bot{TOKEN}/sendPhoto",
        data={"chat_id": str(alice.id)},
        files={"photo": ("x.png", b"not a png", "image/png")},
    )
    assert not_an_image.json()["description"] == "Bad Request: IMAGE_PROCESS_FAILED"
    attached = await http.post(
        f"/bot{TOKEN}/sendDocument",
        data={"chat_id": str(alice.id), "document": "attach://part1"},
        files={"part1": ("notes.txt", b"stretch daily", "text/plain")},
    )
    document = attached.json()["result"]["document"]
    assert document["file_name"] == "notes.txt" and document["file_size"] == 13
    reuse = await http.post(
        f"/bot{TOKEN}/sendDocument", data={"chat_id": str(alice.id), "document": largest["file_id"]}
    )
    assert reuse.json()["description"] == "Bad Request: can't use file of type Photo as Document"
    bogus = await http.post(
        f"/bot{TOKEN}/sendPhoto", data={"chat_id": str(alice.id), "photo": "not-a-file-id"}
    )
    assert bogus.json()["description"] == "Bad Request: wrong file identifier/HTTP URL specified"
    file_info = await http.post(f"/bot{TOKEN}/getFile", data={"file_id": document["file_id"]})
    path = file_info.json()["result"]["file_path"]
    download = await http.get(f"/file/bot{TOKEN}/{path}")
    assert download.content == b"stretch daily"


async def test_every_answer_is_json_with_matching_status(
    stand_in: BotApiStandIn, http: httpx.AsyncClient
) -> None:
    response = await http.post(
        f"/bot{TOKEN}/sendMessage", content=b"{broken", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert json.loads(response.text)["description"] == "Bad Request: can't parse JSON request body"


async def test_captions_and_photos_by_url(stand_in: BotApiStandIn, api: BotApi) -> None:
    alice = started_user(stand_in)
    photo = await api(
        "sendPhoto",
        chat_id=alice.id,
        photo="https://example.com/calf.jpg",
        caption="*calf*",
        parse_mode="MarkdownV2",
    )
    message = photo["result"]
    assert message["caption"] == "calf"
    assert message["caption_entities"] == [{"type": "bold", "offset": 0, "length": 4}]
    edited = await api(
        "editMessageCaption", chat_id=alice.id, message_id=message["message_id"], caption="shin"
    )
    assert edited["result"]["caption"] == "shin" and "caption_entities" not in edited["result"]
    no_text = await api(
        "editMessageText", chat_id=alice.id, message_id=message["message_id"], text="x"
    )
    assert no_text["description"] == "Bad Request: there is no text in the message to edit"
    bad = await api("sendPhoto", chat_id=alice.id, photo="ftp://example.com/a.jpg")
    assert bad["description"] == "Bad Request: wrong file identifier/HTTP URL specified"
