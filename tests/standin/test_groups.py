"""Groups as Telegram runs them: anonymous admins, rights that change at once, and the
command menu each person sees (scope precedence, administrator scopes)."""

from __future__ import annotations

import pytest

from standin import GROUP_ANONYMOUS_BOT_ID, BotApiStandIn, StandInUsageError
from tests.standin.conftest import BotApi

MEMBER_COMMANDS = [{"command": "faq", "description": "Questions"}]
ADMIN_COMMANDS = [*MEMBER_COMMANDS, {"command": "setup", "description": "Group setup"}]
PRIVATE_COMMANDS = [{"command": "start", "description": "Start"}]


async def test_anonymous_admin_posts_as_the_group_and_presses_as_themselves(
    stand_in: BotApiStandIn, api: BotApi
) -> None:
    alice, bob = stand_in.add_user("Alice"), stand_in.add_user("Bob")
    group = stand_in.add_group("G", admins=[alice], members=[bob], supergroup=True)
    stand_in.add_bot_to_group(group, by=alice)
    stand_in.set_anonymous_admin(group, alice)
    message = stand_in.anonymous_admin_sends(group, "/setup", admin=alice)
    assert message["from"]["id"] == GROUP_ANONYMOUS_BOT_ID
    assert message["sender_chat"]["id"] == group.id
    member = (await api("getChatMember", chat_id=group.id, user_id=alice.id))["result"]
    assert member["status"] == "creator" and member["is_anonymous"] is True
    keyboard = {"inline_keyboard": [[{"text": "Go", "callback_data": "go"}]]}
    sent = (await api("sendMessage", chat_id=group.id, text="?", reply_markup=keyboard))["result"]
    query = stand_in.press_button(alice, sent, "go")
    assert query["from"]["id"] == alice.id, "a button press is never anonymous"
    with pytest.raises(StandInUsageError, match="not an anonymous admin"):
        stand_in.anonymous_admin_sends(group, "/setup", admin=bob)
    with pytest.raises(StandInUsageError, match="not an admin"):
        stand_in.set_anonymous_admin(group, bob)


async def test_a_demoted_admin_loses_rights_and_anonymity_at_once(
    stand_in: BotApiStandIn, api: BotApi
) -> None:
    alice, bob = stand_in.add_user("Alice"), stand_in.add_user("Bob")
    group = stand_in.add_group("G", admins=[alice, bob], creator=alice, supergroup=True)
    stand_in.add_bot_to_group(group, by=alice)
    stand_in.set_anonymous_admin(group, bob)
    before = (await api("getChatMember", chat_id=group.id, user_id=bob.id))["result"]
    assert before["status"] == "administrator" and before["is_anonymous"] is True
    stand_in.set_member_status(group, bob, "member", by=alice)
    after = (await api("getChatMember", chat_id=group.id, user_id=bob.id))["result"]
    assert after["status"] == "member" and "is_anonymous" not in after
    with pytest.raises(StandInUsageError, match="not an anonymous admin"):
        stand_in.anonymous_admin_sends(group, "/setup", admin=bob)
    admins = (await api("getChatAdministrators", chat_id=group.id))["result"]
    assert [a["user"]["id"] for a in admins] == [alice.id]


async def test_anonymity_survives_a_migration(stand_in: BotApiStandIn, api: BotApi) -> None:
    alice = stand_in.add_user("Alice")
    group = stand_in.add_group("G", admins=[alice], bot_status="member")
    stand_in.set_anonymous_admin(group, alice)
    supergroup = stand_in.migrate_group(group)
    member = (await api("getChatMember", chat_id=supergroup.id, user_id=alice.id))["result"]
    assert member["is_anonymous"] is True


async def test_each_person_sees_the_menu_of_the_most_specific_scope(
    stand_in: BotApiStandIn, api: BotApi
) -> None:
    alice = stand_in.add_user("Alice", language_code="de")
    bob = stand_in.add_user("Bob")
    group = stand_in.add_group("G", admins=[alice], members=[bob], bot_status="member")
    assert stand_in.visible_commands(bob, group) == []
    await api("setMyCommands", commands=PRIVATE_COMMANDS)
    assert stand_in.visible_commands(bob, group) == PRIVATE_COMMANDS, "default applies"
    for scope, commands in (
        ({"type": "all_private_chats"}, PRIVATE_COMMANDS),
        ({"type": "all_group_chats"}, MEMBER_COMMANDS),
        ({"type": "all_chat_administrators"}, ADMIN_COMMANDS),
    ):
        assert (await api("setMyCommands", commands=commands, scope=scope))["ok"]
    assert stand_in.visible_commands(bob, group) == MEMBER_COMMANDS
    assert stand_in.visible_commands(alice, group) == ADMIN_COMMANDS
    assert stand_in.visible_commands(bob, stand_in.private_chat(bob)) == PRIVATE_COMMANDS
    # A demoted admin sees the members' menu straight away.
    stand_in.set_member_status(group, alice, "member", by=stand_in.add_user("Owner"))
    assert stand_in.visible_commands(alice, group) == MEMBER_COMMANDS


async def test_language_and_chat_scopes_take_precedence(
    stand_in: BotApiStandIn, api: BotApi
) -> None:
    alice = stand_in.add_user("Alice", language_code="de")
    group = stand_in.add_group("G", admins=[alice], bot_status="member")
    german = [{"command": "hilfe", "description": "Hilfe"}]
    only_here = [{"command": "here", "description": "This group only"}]
    await api("setMyCommands", commands=ADMIN_COMMANDS, scope={"type": "all_chat_administrators"})
    await api(
        "setMyCommands",
        commands=german,
        scope={"type": "all_chat_administrators"},
        language_code="de",
    )
    assert stand_in.visible_commands(alice, group) == german
    assert stand_in.visible_commands(alice, group, language_code="") == ADMIN_COMMANDS
    await api("setMyCommands", commands=only_here, scope={"type": "chat", "chat_id": group.id})
    assert stand_in.visible_commands(alice, group) == only_here
