"""Random updates thrown at the whole application (hypothesis).

People (and hostile clients) send whatever Telegram lets them: random unicode, very long and
empty texts, unknown commands, every registered command with junk arguments, deep links
with any payload, edits, stickers, photos, locations, posts as a channel or as an anonymous
admin, and button presses with random, foreign or stale data. Each update is made through
the stand-in (so it is a valid Update, and the bot's replies can refer to it), fetched with
getUpdates and handed to the real Application's process_update, whose requests go to the
stand-in: every one is checked against the Bot API spec there.

Claims: no handler raises (the error handler is never reached), and the stand-in refused
none of the bot's requests.
"""

from __future__ import annotations

import string
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from telegram import Update
from telegram.ext import BaseHandler, CommandHandler, ConversationHandler

from bot.application import BotApplication, build_application, services_of
from bot.services import Context
from standin import BotApiStandIn, Chat, User
from tests.e2e.harness import bot_settings
from tests.support.clock import FakeClock

pytestmark = pytest.mark.e2e

EXAMPLES = 300
MAX_TEXT = 4096


# -- what people do ---------------------------------------------------------------------------

# Any unicode Telegram can carry (no lone surrogates), weighted towards the bot's own
# vocabulary and markup so parsers see near misses, not only noise.
_NEAR_MISSES = st.sampled_from(
    [
        "09:00",
        "14:35 x",
        "2:35pm",
        "UTC+05:30",
        "25:99",
        "every 0h",
        "every 2h 08:00-20:00",
        "mon-fri",
        "off",
        "pause 3d",
        "resume",
        "list",
        "hydration",
        "stretching",
        "quiet",
        "22:00-07:00",
        "profile",
        "goal",
        "last",
        "Europe/Berlin",
        "Etc/GMT+5",
        "<b>x</b>",
        "</a>",
        "&amp;",
        "'; DROP TABLE chats; --",
        "*bold* _it_ [x](y)",
        "\u200b",
        "🦵",
        "%s %d {0} {}",
        "\x00",
    ]
)
_WORDS = st.lists(
    st.one_of(_NEAR_MISSES, st.text(min_size=1, max_size=12), st.integers().map(str)),
    min_size=1,
    max_size=6,
).map(" ".join)
TEXT = st.one_of(
    _WORDS,
    st.text(min_size=1, max_size=200),
    st.text(min_size=MAX_TEXT - 10, max_size=MAX_TEXT),
)


@dataclass(frozen=True)
class Say:
    text: str


@dataclass(frozen=True)
class Command:
    name: str
    args: str
    addressed: str  # "", "@<this bot>" or "@SomeOtherBot"


@dataclass(frozen=True)
class DeepLink:
    payload: str


@dataclass(frozen=True)
class Edit:
    text: str


@dataclass(frozen=True)
class Media:
    content: dict[str, Any] = field(hash=False)


@dataclass(frozen=True)
class Location:
    latitude: float
    longitude: float


@dataclass(frozen=True)
class InGroup:
    text: str
    sender: str  # "member", "anonymous admin", "as channel", "channel post"


@dataclass(frozen=True)
class Press:
    pick: int  # which button of which earlier bot message
    data: str | None  # None: the button's own data; else forged data


Action = Say | Command | DeepLink | Edit | Media | Location | InGroup | Press

_FILE = {"file_id": "AgACAgIAAxkBAAIB", "file_unique_id": "AQADxx"}
MEDIA = st.sampled_from(
    [
        {
            "sticker": {
                **_FILE,
                "type": "regular",
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
            }
        },
        {"photo": [{**_FILE, "width": 90, "height": 90}], "caption": "/remind <b>"},
        {"document": {**_FILE, "file_name": "x.json"}},
        {"contact": {"phone_number": "+100", "first_name": "Eve"}},
        {"text": ""},
        {"dice": {"emoji": "🎲", "value": 3}},
    ]
)


def weighted(choices: dict[str, tuple[int, st.SearchStrategy[Any]]]) -> st.SearchStrategy[Any]:
    """Pick a strategy by weight (hypothesis's one_of leans towards its first branch)."""
    names = [name for name, (weight, _) in choices.items() for _ in range(weight)]
    return st.sampled_from(names).flatmap(lambda name: choices[name][1])


def actions(commands: list[str]) -> st.SearchStrategy[Action]:
    command_names = weighted(
        {
            "registered": (4, st.sampled_from(commands)),
            "unknown": (1, st.text(string.ascii_lowercase + string.digits + "_", max_size=31)),
        }
    )
    near_misses = st.lists(_NEAR_MISSES, min_size=1, max_size=3).map(" ".join)
    arguments = weighted(
        {
            "none": (1, st.just("")),
            "near misses": (4, near_misses),
            "words": (3, _WORDS),
            "text": (1, TEXT),
        }
    )
    command = st.builds(
        Command,
        command_names,
        arguments,
        st.sampled_from(["", "", "", "@CrampCoachBot", "@SomeOtherBot"]),
    )
    deep_link = st.builds(
        DeepLink,
        st.one_of(
            st.sampled_from(["triage", "remind", "mydata", "forget", "causes", "relief"]),
            st.text(string.ascii_letters + string.digits + "_-", min_size=1, max_size=64),
        ),
    )
    location = st.builds(
        Location, st.floats(-90, 90, allow_nan=False), st.floats(-180, 180, allow_nan=False)
    )
    in_group = st.builds(
        InGroup,
        st.one_of(st.builds("/{}{}".format, command_names, arguments), TEXT),
        st.sampled_from(["member", "anonymous admin", "as channel", "channel post"]),
    )
    press = st.builds(
        Press,
        st.integers(0, 1000),
        st.one_of(st.none(), st.none(), st.text(min_size=1, max_size=64)),
    )
    # Commands with arguments are where parsing happens: drawn most often.
    return weighted(
        {
            "command": (8, command),
            "say": (2, st.builds(Say, TEXT)),
            "deep link": (1, deep_link),
            "edit": (1, st.builds(Edit, TEXT)),
            "media": (1, st.builds(Media, MEDIA)),
            "location": (1, location),
            "group": (2, in_group),
            "press": (3, press),
        }
    )


# -- playing them against the bot -------------------------------------------------------------


def registered_commands(app: BotApplication) -> list[str]:
    def walk(handlers: list[BaseHandler[Any, Any, Any]]) -> list[str]:
        names: list[str] = []
        for handler in handlers:
            if isinstance(handler, CommandHandler):
                names += sorted(handler.commands)
            elif isinstance(handler, ConversationHandler):
                names += walk([*handler.entry_points, *handler.fallbacks])
                for state in handler.states.values():
                    names += walk(list(state))
        return names

    return sorted({name for group in app.handlers.values() for name in walk(list(group))})


class Player:
    """Plays one example's actions as one new person, in a private chat and a group."""

    def __init__(self, standin: BotApiStandIn, app: BotApplication) -> None:
        self.standin = standin
        self.app = app
        self.offset = 0
        self.errors: list[BaseException] = []
        self.person: User | None = None
        self._group: Chat | None = None
        self._channel: Chat | None = None
        self._last_text: dict[str, Any] | None = None

    def start_example(self) -> None:
        # A new person and group each time: Telegram's 20-per-minute group limit, which the
        # bot's rate limiter honours, would otherwise make the test wait.
        self.person = self.standin.add_user("Hypo", username="hypo", language_code="en")
        self._group = self._channel = None
        self._last_text = None

    @property
    def private(self) -> Chat:
        assert self.person is not None
        return self.standin.private_chat(self.person)

    def group(self) -> Chat:
        if self._group is None:
            assert self.person is not None
            self._group = self.standin.add_group(
                "Hostile", admins=[self.person], supergroup=True, bot_status="member"
            )
            self.standin.set_member_status(self._group, self.person, "administrator")
        return self._group

    def channel(self) -> Chat:
        if self._channel is None:
            assert self.person is not None
            self._channel = self.standin.add_channel(
                "Shouting", admins=[self.person], bot_status="administrator"
            )
        return self._channel

    def act(self, action: Action) -> None:
        sa, person = self.standin, self.person
        assert person is not None
        if isinstance(action, Say):
            self._last_text = sa.user_sends(person, self.private, action.text)
        elif isinstance(action, Command):
            text = f"/{action.name}{action.addressed} {action.args}".strip()
            self._last_text = sa.user_sends(person, self.private, text, check_deep_link=False)
        elif isinstance(action, DeepLink):
            self._last_text = sa.open_deep_link(person, action.payload)
        elif isinstance(action, Edit):
            if self._last_text is None:
                self._last_text = sa.user_sends(person, self.private, "hello")
            sa.user_edits(person, self._last_text, action.text)
        elif isinstance(action, Media):
            sa.user_sends_message(person, self.private, dict(action.content))
        elif isinstance(action, Location):
            sa.user_sends_location(person, self.private, action.latitude, action.longitude)
        elif isinstance(action, InGroup):
            self._in_group(action)
        else:
            self._press(action)

    def _in_group(self, action: InGroup) -> None:
        assert self.person is not None
        group = self.group()
        if action.sender == "anonymous admin":
            self.standin.anonymous_admin_sends(group, action.text)
        elif action.sender == "channel post":
            self.standin.channel_post(self.channel(), action.text)
        elif action.sender == "as channel":
            content = {"text": action.text}
            self.standin.user_sends_message(self.person, group, content, as_channel=self.channel())
        else:
            self.standin.user_sends(self.person, group, action.text, check_deep_link=False)

    def _press(self, action: Press) -> None:
        assert self.person is not None
        chats = [self.private] + ([self._group] if self._group else [])
        with_buttons = [
            (message, button["callback_data"])
            for chat in chats
            for message in self.standin.bot_messages(chat, include_deleted=False)
            for row in (message.get("reply_markup") or {}).get("inline_keyboard", [])
            for button in row
            if "callback_data" in button
        ]
        if not with_buttons:
            return
        message, data = with_buttons[action.pick % len(with_buttons)]
        # The message as first sent: its button may since have been edited away (stale).
        self.standin.press_button_forged(self.person, message, action.data or data)

    async def deliver(self) -> None:
        """Fetch what the stand-in queued and let the Application handle it, one by one."""
        while True:
            updates = await self.app.bot.get_updates(
                offset=self.offset, timeout=0, allowed_updates=Update.ALL_TYPES
            )
            if not updates:
                return
            for update in updates:
                self.offset = update.update_id + 1
                await self.app.process_update(update)


@pytest.fixture
async def app(
    standin: BotApiStandIn, tmp_path: Path, clock: FakeClock
) -> AsyncIterator[BotApplication]:
    """The real Application, started but not polling: the test feeds it updates."""
    application = build_application(
        bot_settings(standin, tmp_path, send_rate_per_second=1000, triage_timeout_seconds=3600)
    )
    services_of(application).clock = clock
    async with application:
        assert application.post_init is not None
        await application.post_init(application)
        await application.start()
        try:
            yield application
        finally:
            await application.stop()
            if application.post_stop is not None:
                await application.post_stop(application)
    if application.post_shutdown is not None:
        await application.post_shutdown(application)


@pytest.fixture
def player(standin: BotApiStandIn, app: BotApplication) -> Player:
    player = Player(standin, app)

    async def record(update: object, context: Context) -> None:
        assert context.error is not None
        player.errors.append(context.error)

    app.add_error_handler(record)
    return player


def refused_since(standin: BotApiStandIn, mark: int) -> list[str]:
    return [
        f"{c.method} {c.params}: {c.error_code} {c.description}"
        for c in standin.calls
        if c.seq > mark and not c.ok and c.fault is None
    ]


def test_every_registered_command_is_thrown_at_the_bot() -> None:
    """The strategy draws from the live handler registration, so a new command is
    covered without editing this file."""
    from bot.settings import Settings

    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        telegram_bot_token="123456789:AAE2eTestTokenForTheLocalStandIn0000",
        database_url="sqlite+aiosqlite:///:memory:",
    )
    commands = registered_commands(build_application(settings))
    for expected in ("start", "help", "remind", "timezone", "settings", "triage", "faq"):
        assert expected in commands
    assert {"mydata", "forget", "causes", "cancel", "stop", "today", "week"} <= set(commands)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
@given(data=st.data())
async def test_random_updates_never_crash_a_handler_and_every_reply_is_valid(
    standin: BotApiStandIn, app: BotApplication, player: Player, data: st.DataObject
) -> None:
    script = data.draw(st.lists(actions(registered_commands(app)), min_size=1, max_size=6))
    player.start_example()
    mark = standin.calls[-1].seq if standin.calls else 0
    for action in script:
        player.act(action)
        await player.deliver()
    errors = [f"{type(e).__name__}: {e}" for e in player.errors]
    player.errors.clear()
    assert errors == [], "the error handler was reached"
    assert refused_since(standin, mark) == []
    assert standin.internal_errors == []
