"""The user side of the world: what people do that the bot then sees as updates.

Everything here is what a real Telegram user (or group admin) could do; asking for anything
else (pressing a button that is not on the message, writing to a bot one has blocked, a deep
link Telegram would not produce) raises StandInUsageError in the test.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from typing import Any

from standin.core import BotCore, PendingCallback
from standin.entities import utf16_len
from standin.errors import StandInUsageError
from standin.keyboards import has_callback_button, inline_buttons
from standin.members import member_update
from standin.spec import SpecError
from standin.text import TEXT_LIMIT
from standin.world import (
    ADMIN_STATUSES,
    MEMBER_STATUSES,
    PRESENT_STATUSES,
    Chat,
    StoredMessage,
    User,
    now,
)

DEEP_LINK_PAYLOAD_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")
_COMMAND_RE = re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![\w@/])")
# Reply keyboard buttons that open a picker or an app instead of sending their text.
_PICKER_BUTTONS = (
    "request_users",
    "request_chat",
    "request_managed_bot",
    "request_poll",
    "web_app",
)

MessageRef = dict[str, Any]
SERVICE_FIELDS = frozenset(
    {
        "new_chat_members",
        "left_chat_member",
        "migrate_to_chat_id",
        "migrate_from_chat_id",
        "forum_topic_created",
        "new_chat_title",
        "pinned_message",
    }
)


class Scenario:
    """Mixed into BotApiStandIn; `_core` is the running stand-in's state."""

    _core: BotCore

    def __init__(self) -> None:
        self._callback_ids = itertools.count(4_382_000_000_000_000_001)

    # -- people and chats -----------------------------------------------------------------

    def add_user(
        self,
        first_name: str,
        *,
        username: str | None = None,
        language_code: str | None = None,
        last_name: str | None = None,
        is_premium: bool = False,
        is_bot: bool = False,
        user_id: int | None = None,
    ) -> User:
        """`user_id` keeps a person's id across stand-ins (the console's returning user);
        by default ids are handed out in order."""
        return self._core.world.add_user(
            first_name,
            last_name=last_name,
            username=username,
            language_code=language_code,
            is_bot=is_bot,
            is_premium=is_premium,
            user_id=user_id,
        )

    def private_chat(self, user: User) -> Chat:
        return self._core.world.private_chat(user)

    def add_started_users(self, count: int, first_name: str = "Subscriber") -> list[int]:
        """`count` people who already talked to the bot (so it may write to them), for load
        tests: no updates are queued for them. Returns their ids (= private chat ids)."""
        world = self._core.world
        ids = []
        for _ in range(count):
            user = world.add_user(first_name)
            world.private_chat(user)
            world.started.add(user.id)
            ids.append(user.id)
        return ids

    def add_group(
        self,
        title: str,
        *,
        admins: Iterable[User] = (),
        members: Iterable[User] = (),
        creator: User | None = None,
        supergroup: bool = False,
        forum: bool = False,
        username: str | None = None,
        bot_status: str | None = None,
    ) -> Chat:
        """A group without the bot (use add_bot_to_group, as in reality), unless bot_status
        puts it there silently. The creator defaults to the first admin."""
        chat = self._core.world.add_group(
            title, supergroup=supergroup, forum=forum, username=username
        )
        self._populate(chat, admins, members, creator, bot_status)
        return chat

    def add_channel(
        self,
        title: str,
        *,
        admins: Iterable[User] = (),
        creator: User | None = None,
        username: str | None = None,
        bot_status: str | None = None,
    ) -> Chat:
        chat = self._core.world.add_channel(title, username=username)
        self._populate(chat, admins, (), creator, bot_status)
        return chat

    def _populate(
        self,
        chat: Chat,
        admins: Iterable[User],
        members: Iterable[User],
        creator: User | None,
        bot_status: str | None,
    ) -> None:
        admins = list(admins)
        creator = creator or (admins[0] if admins else None)
        for admin in admins:
            chat.members[admin.id] = "administrator"
        for member in members:
            chat.members.setdefault(member.id, "member")
        if creator is not None:
            chat.members[creator.id] = "creator"
        if bot_status is not None:
            self._check_status(bot_status)
            chat.members[self._core.bot.id] = bot_status

    def add_forum_topic(self, chat: Chat, name: str, *, by: User | None = None) -> int:
        """Create a forum topic; returns its message_thread_id."""
        if not chat.is_forum:
            raise StandInUsageError(f"{chat.title!r} is not a forum supergroup")
        # A topic's thread id is the id of the service message that created it.
        thread_id = self._core.world.next_message_id(chat.id)
        chat.topics[thread_id] = name
        author = by or self._creator(chat)
        content = {"forum_topic_created": {"name": name, "icon_color": 0x6FB9F0}}
        self._user_message(author, chat, content, thread_id=thread_id, forced_id=thread_id)
        return thread_id

    # -- messages from people -------------------------------------------------------------

    def user_sends(
        self,
        user: User,
        chat: Chat,
        text: str,
        *,
        thread_id: int | None = None,
        reply_to: MessageRef | int | None = None,
        check_deep_link: bool = False,
    ) -> dict[str, Any]:
        """`user` writes `text` in `chat`; commands get bot_command entities. Anything a
        person can type goes, "/start please help me" included: Telegram delivers it as an
        ordinary message (deep-link payloads are checked by open_deep_link, the only way a
        client sends one). `check_deep_link` is accepted for older callers and ignored.
        Texts over the 4096-character limit still go through, so tests can throw them at a
        bot; check_typed_text tells what a client would refuse to send."""
        if not text:
            raise StandInUsageError("Telegram clients cannot send an empty message")
        content: dict[str, Any] = {"text": text}
        entities = self._command_entities(text)
        if entities:
            content["entities"] = entities
        return self._user_message(user, chat, content, thread_id=thread_id, reply_to=reply_to)

    def open_deep_link(self, user: User, payload: str) -> dict[str, Any]:
        """The user follows t.me/<bot>?start=<payload>: their client sends "/start <payload>".
        Telegram opens only payloads of 1-64 characters A-Z a-z 0-9 _ -."""
        if not DEEP_LINK_PAYLOAD_RE.fullmatch(payload):
            raise StandInUsageError(
                f"deep-link payload {payload!r} is not 1-64 characters of A-Z a-z 0-9 _ -; "
                "Telegram does not open such a link (to send it as typed text, use user_sends)"
            )
        return self.user_sends(user, self.private_chat(user), f"/start {payload}")

    @staticmethod
    def check_typed_text(text: str) -> None:
        """Raise StandInUsageError for a text a Telegram client does not send as one
        message: an empty one, or one over 4096 characters (counted as clients count them,
        in UTF-16 code units: most emoji count two). The console asks before sending."""
        if not text:
            raise StandInUsageError("Telegram clients cannot send an empty message")
        length = utf16_len(text)
        if length > TEXT_LIMIT:
            emoji = " (most emoji count as two)" if length != len(text) else ""
            raise StandInUsageError(
                f"a Telegram client does not send more than {TEXT_LIMIT} characters in one "
                f"message; this one has {length}{emoji}"
            )

    def user_sends_location(
        self,
        user: User,
        chat: Chat,
        latitude: float,
        longitude: float,
        *,
        live_period: int | None = None,
    ) -> dict[str, Any]:
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            raise StandInUsageError(f"({latitude}, {longitude}) is not on Earth")
        location: dict[str, Any] = {"latitude": float(latitude), "longitude": float(longitude)}
        if live_period is not None:
            location["live_period"] = live_period
        return self._user_message(user, chat, {"location": location})

    def user_edits(self, user: User, message: MessageRef, text: str) -> dict[str, Any]:
        """The author edits their text message: an edited_message update."""
        stored = self._stored(message)
        if stored.from_bot or stored.data.get("from", {}).get("id") != user.id:
            raise StandInUsageError("people can only edit their own messages")
        # A new dict: the original may still sit in a queued, undelivered update.
        edited = {key: value for key, value in stored.data.items() if key != "entities"}
        edited.update(text=text, edit_date=now())
        entities = self._command_entities(text)
        if entities:
            edited["entities"] = entities
        stored.data = edited
        chat = self._core.world.chats[stored.chat_id]
        if self._bot_sees(chat, edited):
            self._core.emit("edited_message", edited)
        return edited

    def set_anonymous_admin(self, chat: Chat, user: User, anonymous: bool = True) -> None:
        """The admin turns "remain anonymous" on (or off). Their messages then come from
        GroupAnonymousBot with sender_chat = the group; their button presses still carry
        their own user, and getChatMember shows them with is_anonymous."""
        if not chat.is_group:
            raise StandInUsageError("anonymous admins exist only in groups and supergroups")
        if anonymous and self._core.world.status(chat, user.id) not in ADMIN_STATUSES:
            raise StandInUsageError(f"{user.first_name} is not an admin of {chat.title!r}")
        if anonymous:
            chat.anonymous_admins.add(user.id)
        else:
            chat.anonymous_admins.discard(user.id)

    def anonymous_admin_sends(
        self,
        chat: Chat,
        text: str,
        *,
        admin: User | None = None,
        thread_id: int | None = None,
    ) -> dict[str, Any]:
        """An anonymous group admin writes: from is GroupAnonymousBot, sender_chat the group.
        With `admin`, that person must be an anonymous admin of the chat right now."""
        if not chat.is_group:
            raise StandInUsageError("anonymous admins exist only in groups and supergroups")
        if admin is not None:
            self._check_can_act(admin, chat)
            if admin.id not in chat.anonymous_admins:
                raise StandInUsageError(
                    f"{admin.first_name} is not an anonymous admin of {chat.title!r}"
                )
        content: dict[str, Any] = {"text": text, "sender_chat": chat.to_api()}
        entities = self._command_entities(text)
        if entities:
            content["entities"] = entities
        anonymous = self._core.world.anonymous_admin
        return self._user_message(anonymous, chat, content, thread_id=thread_id, member_check=False)

    def user_sends_message(
        self,
        user: User,
        chat: Chat,
        content: dict[str, Any],
        *,
        as_channel: Chat | None = None,
    ) -> dict[str, Any]:
        """A message of any kind: `content` holds its Message fields (a sticker, a photo, a
        contact, an empty text...) and must make a valid Message; a text gets its command
        entities as a client adds them. With `as_channel`, `user`
        posts in the group on behalf of that channel: sender_chat is the channel and `from`
        the fake Channel_Bot, as Telegram shows it."""
        sender, member_check = user, True
        entities = self._command_entities(content.get("text") or "")
        if entities and "entities" not in content:
            content = {**content, "entities": entities}
        if as_channel is not None:
            if as_channel.type != "channel" or not chat.is_group:
                raise StandInUsageError("one posts as a channel only in a group or supergroup")
            self._check_can_act(user, chat)
            content = {**content, "sender_chat": as_channel.to_api()}
            sender, member_check = self._core.world.channel_bot, False
        probe = {"message_id": 1, "from": sender.to_api(), "chat": chat.to_api(), "date": 0}
        try:
            self._core.validate_update({"message": {**probe, **content}})
        except SpecError as error:
            raise StandInUsageError(f"not a valid message: {error}") from None
        return self._user_message(sender, chat, content, member_check=member_check)

    def channel_post(self, channel: Chat, text: str) -> dict[str, Any]:
        if channel.type != "channel":
            raise StandInUsageError(f"{channel.title!r} is not a channel")
        world = self._core.world
        message: dict[str, Any] = {
            "message_id": world.next_message_id(channel.id),
            "sender_chat": channel.to_api(),
            "date": now(),
            "chat": channel.to_api(),
            "text": text,
        }
        world.store(StoredMessage(message, from_bot=False))
        if world.bot_status(channel) in ADMIN_STATUSES:
            self._core.emit("channel_post", message)
        return message

    # -- buttons --------------------------------------------------------------------------

    def press_button(self, user: User, message: MessageRef, data: str) -> dict[str, Any]:
        """Press the callback button carrying `data` on the bot's message (as it is now)."""
        stored = self._stored(message)
        if not stored.from_bot:
            raise StandInUsageError("only the bot's messages carry inline buttons")
        markup = stored.data.get("reply_markup")
        if not has_callback_button(markup, data):
            offered = [b.get("callback_data", b.get("url")) for b in inline_buttons(markup)]
            raise StandInUsageError(
                f"message {stored.message_id} has no button with callback_data {data!r}; "
                f"its buttons: {offered}"
            )
        chat = self._core.world.chats[stored.chat_id]
        self._check_can_act(user, chat)
        return self._callback_query(user, dict(stored.data), data)

    def press_button_forged(self, user: User, message: MessageRef, data: str) -> dict[str, Any]:
        """A hostile client's callback query: any data, whether or not such a button exists
        (a deleted message is sent as an InaccessibleMessage, as Telegram does)."""
        chat_id = message["chat"]["id"]
        stored = self._core.world.message(chat_id, message["message_id"])
        if stored is None:
            chat = self._core.world.chats[chat_id]
            shown = {"chat": chat.to_api(), "message_id": message["message_id"], "date": 0}
        else:
            shown = dict(stored.data)
        return self._callback_query(user, shown, data)

    def reply_keyboard(self, chat: Chat) -> dict[str, Any] | None:
        """The reply keyboard a Telegram client shows in `chat` now: the last one the bot sent,
        until a ReplyKeyboardRemove (one_time_keyboard is not tracked)."""
        for stored in reversed(self._core.bot_messages.stored(chat.id)):
            markup = stored.sent_markup or {}
            if "keyboard" in markup:
                return markup
            if markup.get("remove_keyboard"):
                return None
        return None

    def press_reply_button(
        self,
        user: User,
        chat: Chat,
        text: str,
        *,
        location: tuple[float, float] | None = None,
        phone_number: str | None = None,
    ) -> dict[str, Any]:
        """Tap a button of the current reply keyboard. A plain button sends its text; a
        request_location button shares `location` (the device's, which the test supplies)
        and a request_contact button the user's own contact with `phone_number`, as a
        Telegram client does once the person confirms. Buttons that open a picker or an
        app (request_users, request_chat, request_poll, web_app...) are not simulated."""
        keyboard = self.reply_keyboard(chat)
        buttons = [button for row in (keyboard or {}).get("keyboard", []) for button in row]
        button = next((b for b in buttons if b["text"] == text), None)
        if button is None:
            labels = [b["text"] for b in buttons]
            raise StandInUsageError(f"no reply keyboard button {text!r} in this chat: {labels}")
        if button.get("request_location"):
            if location is None:
                raise StandInUsageError(
                    f"button {text!r} shares the device's location: pass location=(lat, lon)"
                )
            return self.user_sends_location(user, chat, *location)
        if button.get("request_contact"):
            if not phone_number:
                raise StandInUsageError(
                    f"button {text!r} shares the user's own contact: pass phone_number="
                )
            contact: dict[str, Any] = {
                "phone_number": phone_number,
                "first_name": user.first_name,
                "user_id": user.id,
            }
            if user.last_name:
                contact["last_name"] = user.last_name
            return self._user_message(user, chat, {"contact": contact})
        picker = next((kind for kind in _PICKER_BUTTONS if kind in button), None)
        if picker is not None:
            raise StandInUsageError(
                f"button {text!r} ({picker}) opens a picker or an app, which the stand-in "
                "does not simulate"
            )
        return self.user_sends(user, chat, text)

    def current_message(self, message: MessageRef) -> dict[str, Any] | None:
        """`message` as the chat shows it now (after edits), or None once it was deleted."""
        stored = self._core.world.message(message["chat"]["id"], message["message_id"])
        return None if stored is None else stored.data

    def sent_reply_markup(self, message: MessageRef) -> dict[str, Any] | None:
        """The reply_markup the bot sent (or last edited) `message` with, as sent. A Message
        carries only inline keyboards; a reply keyboard, ReplyKeyboardRemove or ForceReply
        is seen only by the client, which is what this tells. None for a deleted message."""
        stored = self._core.world.message(message["chat"]["id"], message["message_id"])
        return None if stored is None or not stored.from_bot else stored.sent_markup

    def _callback_query(self, user: User, message: dict[str, Any], data: str) -> dict[str, Any]:
        query_id = str(next(self._callback_ids))
        query = {
            "id": query_id,
            "from": user.to_api(),
            "message": message,
            "chat_instance": str(abs(hash(("chat_instance", message["chat"]["id"])))),
            "data": data,
        }
        self._core.callback_queries[query_id] = PendingCallback(query)
        self._core.emit("callback_query", query)
        return query

    # -- membership -----------------------------------------------------------------------

    def add_bot_to_group(self, chat: Chat, *, by: User, as_admin: bool = False) -> None:
        """`by` adds the bot: a my_chat_member update, and (in groups) a new_chat_members
        service message."""
        world = self._core.world
        old = world.bot_status(chat)
        if old in PRESENT_STATUSES:
            raise StandInUsageError(f"the bot is already in {chat.title!r} ({old})")
        if world.status(chat, by.id) not in PRESENT_STATUSES:
            raise StandInUsageError(f"{by.first_name} is not in {chat.title!r}")
        new = "administrator" if as_admin or chat.type == "channel" else "member"
        self._change_status(chat, self._core.bot, new, by)
        if chat.is_group:
            self._user_message(by, chat, {"new_chat_members": [self._core.bot.to_api()]})

    def remove_bot_from_group(self, chat: Chat, *, by: User, ban: bool = True) -> None:
        """`by` removes the bot: status kicked (ban=True) or left; a my_chat_member update."""
        if self._core.world.bot_status(chat) not in PRESENT_STATUSES:
            raise StandInUsageError(f"the bot is not in {chat.title!r}")
        self._change_status(chat, self._core.bot, "kicked" if ban else "left", by)

    def user_joins(self, chat: Chat, user: User) -> dict[str, Any]:
        self._change_status(chat, user, "member", user)
        return self._user_message(user, chat, {"new_chat_members": [user.to_api()]})

    def user_leaves(self, chat: Chat, user: User) -> dict[str, Any]:
        self._change_status(chat, user, "left", user)
        return self._user_message(
            user, chat, {"left_chat_member": user.to_api()}, member_check=False
        )

    def set_member_status(
        self, chat: Chat, user: User, status: str, *, by: User | None = None
    ) -> None:
        """Promote, demote, restrict, ban...: takes effect at once and emits chat_member (or
        my_chat_member when `user` is the bot)."""
        self._check_status(status)
        if chat.type == "private":
            raise StandInUsageError("statuses in private chats cannot change")
        self._change_status(chat, user, status, by or self._creator(chat))

    def block_bot(self, user: User) -> None:
        world = self._core.world
        if user.id not in world.blocked:
            world.blocked.add(user.id)
            self._private_status_update(user, "member", "kicked")

    def unblock_bot(self, user: User) -> None:
        world = self._core.world
        if user.id in world.blocked:
            world.blocked.discard(user.id)
            self._private_status_update(user, "kicked", "member")

    def deactivate_user(self, user: User) -> None:
        self._core.world.deactivated.add(user.id)

    def migrate_group(self, chat: Chat, *, by: User | None = None) -> Chat:
        """Upgrade a group to a supergroup; the old id now answers "upgraded" with
        migrate_to_chat_id, and both service messages are queued if the bot is in it."""
        if chat.type != "group" or chat.migrated_to is not None:
            raise StandInUsageError(f"{chat.title!r} is not a basic group that can migrate")
        world = self._core.world
        supergroup = Chat(
            world.new_supergroup_id(),
            "supergroup",
            chat.title,
            members=dict(chat.members),
            anonymous_admins=set(chat.anonymous_admins),
            migrated_from=chat.id,
        )
        world.chats[supergroup.id] = supergroup
        author = by or self._creator(chat)
        self._user_message(author, chat, {"migrate_to_chat_id": supergroup.id})
        chat.migrated_to = supergroup.id
        self._user_message(author, supergroup, {"migrate_from_chat_id": chat.id})
        return supergroup

    def push_update(self, update: dict[str, Any]) -> dict[str, Any] | None:
        """Queue a hand-made update (update_id is assigned when missing). It must be a valid
        Update; returns it, or None when the bot's allowed_updates filter it out."""
        try:
            self._core.validate_update(update)
        except SpecError as error:
            raise StandInUsageError(f"not a valid Update: {error}") from None
        try:
            return self._core.updates.push_raw(update)
        except ValueError as error:
            raise StandInUsageError(str(error)) from None

    # -- internals ------------------------------------------------------------------------

    @staticmethod
    def _check_status(status: str) -> None:
        if status not in MEMBER_STATUSES:
            raise StandInUsageError(
                f"unknown status {status!r}; one of {', '.join(sorted(MEMBER_STATUSES))}"
            )

    def _creator(self, chat: Chat) -> User:
        world = self._core.world
        for user_id, status in chat.members.items():
            if status == "creator":
                return world.users[user_id]
        for user_id, status in chat.members.items():
            if status == "administrator" and user_id != world.bot.id:
                return world.users[user_id]
        raise StandInUsageError(f"{chat.title!r} has no creator or admin to act; pass by=")

    def _change_status(self, chat: Chat, user: User, new: str, actor: User) -> None:
        world = self._core.world
        old = world.status(chat, user.id)
        chat.members[user.id] = new
        if new not in ADMIN_STATUSES:
            chat.anonymous_admins.discard(user.id)  # only admins can stay anonymous
        update = member_update(self._core.spec, chat, actor, user, old, new)
        self._core.emit("my_chat_member" if user.id == world.bot.id else "chat_member", update)

    def _private_status_update(self, user: User, old: str, new: str) -> None:
        chat = self.private_chat(user)
        self._core.emit(
            "my_chat_member", member_update(self._core.spec, chat, user, self._core.bot, old, new)
        )

    def _stored(self, message: MessageRef) -> StoredMessage:
        stored = self._core.world.message(message["chat"]["id"], message["message_id"])
        if stored is None:
            raise StandInUsageError(
                f"message {message['message_id']} in chat {message['chat']['id']} does not "
                "exist (deleted?)"
            )
        return stored

    def _check_can_act(self, user: User, chat: Chat) -> None:
        world = self._core.world
        if user.id in world.deactivated:
            raise StandInUsageError(f"{user.first_name}'s account is deactivated")
        if chat.type == "private":
            if chat.id != user.id:
                raise StandInUsageError(f"{user.first_name} is not in this private chat")
            if user.id in world.blocked:
                raise StandInUsageError(f"{user.first_name} blocked the bot; unblock_bot first")
        elif world.status(chat, user.id) not in PRESENT_STATUSES:
            raise StandInUsageError(f"{user.first_name} is not a member of {chat.title!r}")
        if chat.migrated_to is not None:
            raise StandInUsageError(f"{chat.title!r} was migrated to {chat.migrated_to}")

    @staticmethod
    def _command_entities(text: str) -> list[dict[str, Any]]:
        return [
            {
                "type": "bot_command",
                "offset": utf16_len(text[: match.start()]),
                "length": utf16_len(match.group()),
            }
            for match in _COMMAND_RE.finditer(text)
        ]

    def _user_message(
        self,
        user: User,
        chat: Chat,
        content: dict[str, Any],
        *,
        thread_id: int | None = None,
        reply_to: MessageRef | int | None = None,
        member_check: bool = True,
        forced_id: int | None = None,
    ) -> dict[str, Any]:
        world = self._core.world
        if member_check:
            self._check_can_act(user, chat)
        if chat.type == "private":
            world.started.add(user.id)
        message: dict[str, Any] = {
            "message_id": forced_id or world.next_message_id(chat.id),
            "from": user.to_api(),
            "chat": chat.to_api(),
            "date": now(),
        }
        if thread_id is not None:
            if not (chat.is_forum and thread_id in chat.topics):
                raise StandInUsageError(f"chat {chat.id} has no forum topic {thread_id}")
            message["message_thread_id"] = thread_id
            message["is_topic_message"] = True
        if reply_to is not None:
            reply_id = reply_to if isinstance(reply_to, int) else reply_to["message_id"]
            replied = world.message(chat.id, reply_id)
            if replied is None:
                raise StandInUsageError(f"message {reply_id} is not in chat {chat.id}")
            message["reply_to_message"] = {
                key: value for key, value in replied.data.items() if key != "reply_to_message"
            }
        message.update(content)
        world.store(StoredMessage(message, from_bot=False))
        if self._bot_sees(chat, message):
            self._core.emit("message", message)
        return message

    def _bot_sees(self, chat: Chat, message: dict[str, Any]) -> bool:
        """Privacy mode: in groups a non-admin bot sees commands, replies to it and service
        messages only."""
        world = self._core.world
        if chat.type == "private":
            return True
        status = world.bot_status(chat)
        if status not in PRESENT_STATUSES:
            return False
        if status in ADMIN_STATUSES or not self._core.privacy_mode:
            return True
        if SERVICE_FIELDS.intersection(message):
            return True  # service messages reach every member bot
        replied = message.get("reply_to_message")
        if replied and replied.get("from", {}).get("id") == world.bot.id:
            return True
        for entity in message.get("entities", []):
            if entity["type"] == "bot_command" and entity["offset"] == 0:
                command = message["text"][: entity["length"]]
                _, _, addressee = command.partition("@")
                return not addressee or addressee.lower() == (world.bot.username or "").lower()
        return False
