"""The simulated Telegram world: users, chats, memberships and the messages in each chat."""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from typing import Any

GROUP_ANONYMOUS_BOT_ID = 1087968824
# The fake sender Telegram puts in `from` of a group message posted on behalf of a channel.
CHANNEL_BOT_ID = 136817688
MEMBER_STATUSES = frozenset({"creator", "administrator", "member", "restricted", "left", "kicked"})
# Statuses of someone who is in the chat (restricted members stay in it, with fewer rights).
PRESENT_STATUSES = frozenset({"creator", "administrator", "member", "restricted"})
ADMIN_STATUSES = frozenset({"creator", "administrator"})

_FIRST_USER_ID = 7_000_000_001
_FIRST_GROUP_ID = -4_000_000_001  # basic groups: small negative ids
_FIRST_SUPERGROUP_ID = -1_002_000_000_001  # supergroups and channels: -100...


@dataclass(slots=True, eq=False)
class User:
    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = None
    is_bot: bool = False
    is_premium: bool = False

    def to_api(self) -> dict[str, Any]:
        user: dict[str, Any] = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        if self.last_name:
            user["last_name"] = self.last_name
        if self.username:
            user["username"] = self.username
        if self.language_code:
            user["language_code"] = self.language_code
        if self.is_premium:
            user["is_premium"] = True
        return user

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}" if self.last_name else self.first_name


@dataclass(slots=True, eq=False)
class Chat:
    id: int
    type: str  # "private", "group", "supergroup" or "channel"
    title: str | None = None
    username: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    is_forum: bool = False
    members: dict[int, str] = field(default_factory=dict)  # user id -> ChatMember status
    # Admins who chose "remain anonymous": they post as the group itself.
    anonymous_admins: set[int] = field(default_factory=set)
    topics: dict[int, str] = field(default_factory=dict)  # forum topic thread id -> name
    migrated_to: int | None = None
    migrated_from: int | None = None
    description: str | None = None

    @property
    def is_group(self) -> bool:
        return self.type in ("group", "supergroup")

    def to_api(self) -> dict[str, Any]:
        chat: dict[str, Any] = {"id": self.id, "type": self.type}
        for key in ("title", "username", "first_name", "last_name"):
            value = getattr(self, key)
            if value:
                chat[key] = value
        if self.is_forum:
            chat["is_forum"] = True
        return chat


@dataclass(slots=True, eq=False)
class StoredMessage:
    """A message in a chat. `data` is the API Message as it is now (after edits)."""

    data: dict[str, Any]
    from_bot: bool
    sent_markup: dict[str, Any] | None = None  # as the bot sent it (reply keyboards too)
    deleted: bool = False
    file_ids: tuple[str, ...] = ()

    @property
    def chat_id(self) -> int:
        chat_id: int = self.data["chat"]["id"]
        return chat_id

    @property
    def message_id(self) -> int:
        message_id: int = self.data["message_id"]
        return message_id


class World:
    def __init__(self, bot: User) -> None:
        self.bot = bot
        self.users: dict[int, User] = {bot.id: bot}
        self.chats: dict[int, Chat] = {}
        self.started: set[int] = set()  # users who wrote to the bot, so it may write to them
        self.blocked: set[int] = set()
        self.deactivated: set[int] = set()
        self._messages: dict[int, dict[int, StoredMessage]] = {}
        self._next_message_id: dict[int, int] = {}
        self._user_ids = itertools.count(_FIRST_USER_ID)
        self._group_ids = itertools.count(_FIRST_GROUP_ID, -1)
        self._supergroup_ids = itertools.count(_FIRST_SUPERGROUP_ID, -1)
        self.anonymous_admin = self.add_user(
            "Group", username="GroupAnonymousBot", is_bot=True, user_id=GROUP_ANONYMOUS_BOT_ID
        )
        self.channel_bot = self.add_user(
            "Channel", username="Channel_Bot", is_bot=True, user_id=CHANNEL_BOT_ID
        )

    # -- users and chats --------------------------------------------------------------------

    def add_user(
        self,
        first_name: str,
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = None,
        is_bot: bool = False,
        is_premium: bool = False,
        user_id: int | None = None,
    ) -> User:
        if user_id is None:
            user_id = next(self._user_ids)
        if user_id in self.users:
            raise ValueError(f"user id {user_id} already exists")
        user = User(user_id, first_name, last_name, username, language_code, is_bot, is_premium)
        self.users[user.id] = user
        return user

    def private_chat(self, user: User) -> Chat:
        chat = self.chats.get(user.id)
        if chat is None:
            chat = Chat(
                user.id,
                "private",
                username=user.username,
                first_name=user.first_name,
                last_name=user.last_name,
            )
            self.chats[chat.id] = chat
        return chat

    def add_group(self, title: str, *, supergroup: bool, forum: bool, username: str | None) -> Chat:
        if supergroup or forum:
            chat = Chat(next(self._supergroup_ids), "supergroup", title, username, is_forum=forum)
            if forum:
                self.next_message_id(chat.id)  # id 1 is the General topic's; topics start after
        else:
            chat = Chat(next(self._group_ids), "group", title, username)
        self.chats[chat.id] = chat
        return chat

    def add_channel(self, title: str, *, username: str | None) -> Chat:
        chat = Chat(next(self._supergroup_ids), "channel", title, username)
        self.chats[chat.id] = chat
        return chat

    def new_supergroup_id(self) -> int:
        return next(self._supergroup_ids)

    def resolve_chat(self, chat_id: int | str) -> Chat | None:
        if isinstance(chat_id, int):
            return self.chats.get(chat_id)
        # "@username" works for public groups and channels only, not for users.
        name = chat_id[1:].lower() if chat_id.startswith("@") else None
        if not name:
            return None
        for chat in self.chats.values():
            if chat.type != "private" and chat.username and chat.username.lower() == name:
                return chat
        return None

    def status(self, chat: Chat, user_id: int) -> str:
        if chat.type == "private":
            return "member" if user_id in (chat.id, self.bot.id) else "left"
        return chat.members.get(user_id, "left")

    def bot_status(self, chat: Chat) -> str:
        return self.status(chat, self.bot.id)

    # -- messages -------------------------------------------------------------------------

    def next_message_id(self, chat_id: int) -> int:
        message_id = self._next_message_id.get(chat_id, 1)
        self._next_message_id[chat_id] = message_id + 1
        return message_id

    def store(self, stored: StoredMessage) -> StoredMessage:
        self._messages.setdefault(stored.chat_id, {})[stored.message_id] = stored
        return stored

    def message(self, chat_id: int, message_id: int) -> StoredMessage | None:
        stored = self._messages.get(chat_id, {}).get(message_id)
        return None if stored is None or stored.deleted else stored

    def messages_in(self, chat_id: int) -> list[StoredMessage]:
        return [m for m in self._messages.get(chat_id, {}).values() if not m.deleted]


def now() -> int:
    return int(time.time())
