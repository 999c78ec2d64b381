"""`cramp-bot console`: chat with the real bot in a terminal, through the local Bot API stand-in.

The bot is built exactly as `cramp-bot run` builds it; only its Bot API address points
at a stand-in on loopback. What you type is sent as your message; replies are printed
with their buttons numbered (inline buttons and reply keyboards alike), and typing a
number presses that button. What the console keeps (the bot's database, its clock and
the pictures and files the bot sent) lives in CONSOLE_DATA_DIR (`.console/`) between runs.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import json
import os
import re
import shutil
import sys
import time
import traceback
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from pydantic import SecretStr

from bot.application import BotApplication, build_application, polling, services_of
from bot.logging_setup import configure_logging
from bot.settings import Settings
from scheduler.dispatcher import Dispatcher, PassStats
from scheduler.subscriptions import next_due_instant
from standin import BotApiStandIn, CallbackAnswer, Chat, StandInUsageError, User

CONSOLE_TOKEN = "123456789:CONSOLE-local-stand-in-token-000000000"
# The console's person keeps this id from run to run, so the bot's data stays theirs.
CONSOLE_USER_ID = 6_000_000_001
# What a request_contact button shares: the account's phone number (a fictitious one).
CONSOLE_PHONE = "15555550100"
_QUIET_SECONDS = 0.4
_FIRST_REPLY_TIMEOUT = 5.0
# Telegram asks for at most about one message a second per chat; the dispatcher sends a
# chat one reminder per pass, so :advance waits this long between passes.
_CHAT_GAP_SECONDS = 1.0
_MAX_PASSES_PER_INSTANT = 100

_DB_NAME = "console.db"
_STATE_NAME = "state.json"
_FILES_NAME = "files"

HELP = """Type a message or a /command and press Enter.
Type a number to press a button of the last message that has buttons.
:location 52.52 13.40  shares a location, as Telegram's attach > Location does
:keyboard     shows the reply keyboard again (the buttons below the input field)
:advance 2h   moves the bot's clock forward (30m, 2h, 1d); reminders due meanwhile arrive now
:time         shows the bot's clock
:burst 20 TEXT sends TEXT 20 times at once, as a person hammering the keyboard (flood control)
:reset        deletes this console's data (reminders, settings, history) and starts afresh
:help for this text, :quit (or Ctrl-D) to leave."""

_DURATION = re.compile(r"^(\d{1,4})\s*([mhd])$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days"}
_CONSOLE_COMMAND = re.compile(r"^:([A-Za-z]\w*)(?:\s+(.*))?$", re.DOTALL)
# ":D" and ":p" are smileys, sent as typed; ":foo" is a mistyped console command.
_LOOKS_LIKE_COMMAND = re.compile(r"^:[a-z]{2,}\b", re.IGNORECASE)
_LOCATION = re.compile(r"^\s*(-?\d{1,3}(?:\.\d+)?)\s*[,;\s]\s*(-?\d{1,3}(?:\.\d+)?)\s*$")
_UNSAFE_FILENAME = re.compile(r"[^\w.-]+")


class OffsetClock:
    """Real time plus an offset the console user can move forward."""

    def __init__(self, offset: timedelta = timedelta()) -> None:
        self.offset = offset

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset


class ConsoleData:
    """The console's folder: the bot's database, the clock offset and received files."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def prepare(self) -> None:
        # Health data lives here: owner-only, as the bot's own database file is.
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)

    @property
    def database_url(self) -> str:
        return f"sqlite+aiosqlite:///{(self.folder / _DB_NAME).resolve()}"

    @property
    def files(self) -> Path:
        return self.folder / _FILES_NAME

    def clock_offset(self) -> timedelta:
        try:
            saved = json.loads((self.folder / _STATE_NAME).read_text(encoding="utf-8"))
            return timedelta(seconds=max(float(saved["clock_offset_seconds"]), 0.0))
        except (OSError, ValueError, KeyError, TypeError):
            return timedelta()

    def save_clock_offset(self, offset: timedelta) -> None:
        state = {"clock_offset_seconds": offset.total_seconds()}
        (self.folder / _STATE_NAME).write_text(json.dumps(state), encoding="utf-8")

    def wipe(self) -> None:
        """Delete what the console put here, and only that: CONSOLE_DATA_DIR may name a
        folder that holds other things too."""
        for name in (_DB_NAME, f"{_DB_NAME}-wal", f"{_DB_NAME}-shm", f"{_DB_NAME}-journal"):
            (self.folder / name).unlink(missing_ok=True)
        (self.folder / _STATE_NAME).unlink(missing_ok=True)
        shutil.rmtree(self.files, ignore_errors=True)

    def save_file(self, name: str, data: bytes) -> Path:
        """Write a file the bot sent under a name of its own; never overwrites."""
        self.files.mkdir(mode=0o700, parents=True, exist_ok=True)
        clean = _UNSAFE_FILENAME.sub("_", Path(name).name).strip("._") or "file"
        stem, suffix = os.path.splitext(clean)
        path = self.files / clean
        counter = 1
        while True:
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                break
            except FileExistsError:
                counter += 1
                path = self.files / f"{stem}-{counter}{suffix}"
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        return path


@dataclass(frozen=True)
class Button:
    """A numbered button: on a bot message (inline) or on the reply keyboard (message None)."""

    button: dict[str, Any]
    message: dict[str, Any] | None = None


class Terminal:
    """Prints bot messages and remembers the buttons of the last keyboard shown."""

    def __init__(self, colour: bool, standin: BotApiStandIn, data: ConsoleData) -> None:
        self.colour = colour
        self.standin = standin
        self.data = data
        self.buttons: list[Button] = []
        self.activity = asyncio.Event()

    def _format(self, text: str) -> str:
        if self.colour:
            text = re.sub(r"<b>(.*?)</b>", "\033[1m\\1\033[0m", text, flags=re.S)
            text = re.sub(r"<i>(.*?)</i>", "\033[3m\\1\033[0m", text, flags=re.S)
        return html.unescape(re.sub(r"<[^>]+>", "", text))

    def show(self, message: dict[str, Any], edited: bool) -> None:
        label = "bot (edited)" if edited else "bot"
        body = self._format(message.get("text") or message.get("caption") or "")
        attachment = self._attachment(message)
        if attachment:
            body = f"{attachment}\n{body}" if body else attachment
        print(f"\n{label}> {body}")
        rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
        if rows:
            self.buttons = [Button(button, message) for row in rows for button in row]
            self._print_rows(rows)
        if not edited:
            self._show_reply_markup(self.standin.sent_reply_markup(message))
        self.activity.set()

    def _attachment(self, message: dict[str, Any]) -> str:
        """Save a picture or file the bot sent in the data folder; say where it is."""
        if "photo" in message:
            largest = message["photo"][-1]
            return self._save(largest["file_id"], "picture", "picture.png")
        if "document" in message:
            document = message["document"]
            name = document.get("file_name") or "file"
            return self._save(document["file_id"], "file", name)
        return ""

    def _save(self, file_id: str, what: str, default_name: str) -> str:
        stored = self.standin.file(file_id)
        if stored is None or not stored.data:
            where = stored.source_url if stored is not None and stored.source_url else "elsewhere"
            return f"[{what}: {where}]"
        try:
            path = self.data.save_file(stored.filename or default_name, stored.data)
        except OSError as error:
            return f"[{what}: could not be saved ({error.strerror})]"
        return f"[{what} saved to {path}]"

    def _show_reply_markup(self, markup: dict[str, Any] | None) -> None:
        if not markup:
            return
        if "keyboard" in markup:
            self.show_keyboard(markup)
        elif markup.get("remove_keyboard"):
            print("    (the keyboard below the input field is closed)")

    def show_keyboard(self, keyboard: dict[str, Any]) -> None:
        rows = keyboard["keyboard"]
        self.buttons = [Button(button) for row in rows for button in row]
        print("    keyboard below the input field:")
        self._print_rows(rows)

    def _print_rows(self, rows: list[list[dict[str, Any]]]) -> None:
        number = 0
        for row in rows:
            labels = []
            for button in row:
                number += 1
                labels.append(f"[{number}] {button['text']}{_button_note(button)}")
            print("    " + "   ".join(labels))

    def answer(self, answer: CallbackAnswer) -> None:
        """What a Telegram client shows for a callback answer: a short notification at the
        top of the chat, an alert with an OK button, or nothing."""
        if answer.text:
            kind = "alert" if answer.show_alert else "notification"
            print(f"\nbot ({kind})> {answer.text}")
        if answer.url:
            print(f"    (Telegram opens {answer.url})")
        self.activity.set()


def _button_note(button: dict[str, Any]) -> str:
    if button.get("request_location"):
        return " (shares your location)"
    if button.get("request_contact"):
        return " (shares your phone number)"
    return ""


async def _wait_until_quiet(terminal: Terminal) -> None:
    """Wait for the bot's answer to settle, so the prompt comes after the replies."""
    try:
        await asyncio.wait_for(terminal.activity.wait(), _FIRST_REPLY_TIMEOUT)
    except TimeoutError:
        print("\n(no reply)")
        return
    while True:
        terminal.activity.clear()
        try:
            await asyncio.wait_for(terminal.activity.wait(), _QUIET_SECONDS)
        except TimeoutError:
            return


async def _read_line(prompt: str) -> str | None:
    try:
        return await asyncio.to_thread(input, prompt)
    except EOFError:
        return None


def _parse_location(text: str) -> tuple[float, float] | None:
    match = _LOCATION.match(text)
    if match is None:
        return None
    latitude, longitude = float(match.group(1)), float(match.group(2))
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    return latitude, longitude


class Session:
    """One run of the bot against a fresh stand-in, for the console's one person."""

    def __init__(
        self,
        standin: BotApiStandIn,
        app: BotApplication,
        terminal: Terminal,
        clock: OffsetClock,
        data: ConsoleData,
        user: User,
        chat: Chat,
    ) -> None:
        self.standin = standin
        self.app = app
        self.terminal = terminal
        self.clock = clock
        self.data = data
        self.user = user
        self.chat = chat
        self.commands: dict[str, Callable[[str], Awaitable[None]]] = {
            "help": self.show_help,
            "h": self.show_help,
            "time": self.show_time,
            "location": self.share_location,
            "keyboard": self.show_keyboard,
            "burst": self.burst,
            "advance": self.advance,
        }

    async def chat_loop(self) -> bool:
        """Read and act on lines until :quit or end of input; True when :reset asked to
        start afresh. Nothing typed ends it otherwise."""
        await _wait_until_quiet(self.terminal)  # the /start sent before polling began
        while (line := await _read_line("\nyou> ")) is not None:
            text = line.strip()
            try:
                outcome = await self.handle(text)
            except StandInUsageError as error:
                print(f"(not sent: {error})")
                continue
            except Exception:  # a console bug must not end the chat or lose its data
                traceback.print_exc(file=sys.stderr)
                print("(the console failed on that; the chat goes on)")
                continue
            if outcome is not None:
                return outcome
        return False

    async def handle(self, text: str) -> bool | None:
        """Act on one line; True/False ends the session (reset/quit), None goes on."""
        command = _CONSOLE_COMMAND.match(text)
        if command is not None:
            name, argument = command.group(1).lower(), (command.group(2) or "").strip()
            if name in ("quit", "q", "exit"):
                return False
            if name == "reset":
                return await self.confirm_reset()
            handler = self.commands.get(name)
            if handler is not None:
                await handler(argument)
                return None
            if _LOOKS_LIKE_COMMAND.match(text):
                print(f"(:{command.group(1)} is not a console command; these are:)")
                print(HELP)
                return None
        if text.isdigit():
            await self.press(int(text) - 1)
        elif text:
            await self.send(text)
        return None

    async def send(self, text: str) -> None:
        self.standin.check_typed_text(text)  # what the Telegram client itself refuses
        self.terminal.activity.clear()
        self.standin.user_sends(self.user, self.chat, text)
        await _wait_until_quiet(self.terminal)

    # -- buttons ----------------------------------------------------------------------------

    async def press(self, index: int) -> None:
        if not 0 <= index < len(self.terminal.buttons):
            print("(no button with that number)")
            return
        numbered = self.terminal.buttons[index]
        if numbered.message is None:
            await self.press_keyboard_button(numbered.button)
            return
        current = self.standin.current_message(numbered.message)
        if current is None:
            print("(that message was deleted, and its buttons with it: Telegram cannot press them)")
            return
        rows = (current.get("reply_markup") or {}).get("inline_keyboard", [])
        if numbered.button not in [button for row in rows for button in row]:
            print(
                "(that button is no longer on the message: the bot removed it, so Telegram "
                "cannot press it)"
            )
            return
        if "callback_data" in numbered.button:
            self.terminal.activity.clear()
            self.standin.press_button(self.user, current, numbered.button["callback_data"])
            await _wait_until_quiet(self.terminal)
        else:
            print(f"(that button opens {numbered.button.get('url', 'something outside the chat')})")

    async def press_keyboard_button(self, button: dict[str, Any]) -> None:
        keyboard = self.standin.reply_keyboard(self.chat) or {}
        if button not in [b for row in keyboard.get("keyboard", []) for b in row]:
            print("(that keyboard is gone: the bot closed it, so Telegram cannot press it)")
            return
        location = None
        if button.get("request_location"):
            answer = await _read_line(
                "(Telegram shares your phone's location. Type it as LAT LON, e.g. 52.52 13.40 "
                "for Berlin; Enter cancels)\nlocation> "
            )
            location = _parse_location(answer or "")
            if location is None:
                print("(no location shared)")
                return
        self.terminal.activity.clear()
        self.standin.press_reply_button(
            self.user, self.chat, button["text"], location=location, phone_number=CONSOLE_PHONE
        )
        await _wait_until_quiet(self.terminal)

    # -- console commands -------------------------------------------------------------------

    async def show_help(self, argument: str) -> None:
        print(HELP)
        print(f"(this console's data is kept in {self.data.folder})")

    async def show_time(self, argument: str) -> None:
        print(f"(bot time: {self.clock():%a %d %b %H:%M} UTC)")

    async def share_location(self, argument: str) -> None:
        location = _parse_location(argument)
        if location is None:
            print("(write it like :location 52.52 13.40: latitude, then longitude)")
            return
        self.terminal.activity.clear()
        self.standin.user_sends_location(self.user, self.chat, *location)
        await _wait_until_quiet(self.terminal)

    async def show_keyboard(self, argument: str) -> None:
        keyboard = self.standin.reply_keyboard(self.chat)
        if keyboard is None:
            print("(no keyboard below the input field right now)")
        else:
            self.terminal.show_keyboard(keyboard)

    async def burst(self, argument: str) -> None:
        """Many messages without waiting for answers: what flood control is for."""
        match = re.match(r"^(\d{1,3})\s+(.+)$", argument, re.DOTALL)
        if match is None:
            print("(write it like :burst 20 cramp help)")
            return
        self.standin.check_typed_text(match.group(2))
        self.terminal.activity.clear()
        for _ in range(int(match.group(1))):
            self.standin.user_sends(self.user, self.chat, match.group(2))
        await _wait_until_quiet(self.terminal)

    async def advance(self, argument: str) -> None:
        """Move the clock to each due reminder in turn and deliver everything due then,
        in order, before the prompt comes back."""
        match = _DURATION.match(argument.lower())
        if match is None:
            print("(write it like :advance 30m, :advance 2h or :advance 1d)")
            return
        target = self.clock() + timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})
        svc = services_of(self.app)
        dispatcher = svc.dispatcher
        assert dispatcher is not None
        try:
            while (due := await next_due_instant(svc.db)) is not None and due <= target:
                self.clock.offset += max(due - self.clock(), timedelta()) + timedelta(seconds=1)
                await self.deliver_due(dispatcher)
            self.clock.offset += max(target - self.clock(), timedelta())
        finally:
            self.data.save_clock_offset(self.clock.offset)
        print(f"(bot time is now {self.clock():%a %d %b %H:%M} UTC)")

    async def deliver_due(self, dispatcher: Dispatcher) -> None:
        """Passes until nothing due is left: a pass sends a chat one reminder and defers the
        rest to the next, which may come a second later (Telegram's per-chat pace)."""
        for _ in range(_MAX_PASSES_PER_INSTANT):
            await dispatcher.wait_idle()  # the periodic pass may be running
            self.terminal.activity.clear()
            running = dispatcher.kick()
            if running is None:
                continue  # the periodic pass started first: wait for it, then look again
            stats = (await asyncio.gather(running, return_exceptions=True))[0]
            if self.terminal.activity.is_set():
                await _wait_until_quiet(self.terminal)
            if not isinstance(stats, PassStats) or not stats.deferred:
                break
            await asyncio.sleep(_CHAT_GAP_SECONDS)
        await dispatcher.wait_idle()

    async def confirm_reset(self) -> bool | None:
        answer = await _read_line(
            "Delete all of this console's data (reminders, settings, progress) and start "
            "afresh? Type yes to confirm\nreset> "
        )
        if (answer or "").strip().lower() in ("y", "yes"):
            return True
        print("(nothing deleted)")
        return None


def _console_settings(settings: Settings, base_url: str, data: ConsoleData) -> Settings:
    return settings.model_copy(
        update={
            "telegram_bot_token": SecretStr(CONSOLE_TOKEN),
            "telegram_base_url": base_url,
            "database_url": data.database_url,
            "polling_timeout": 10,
        }
    )


async def _session(settings: Settings, data: ConsoleData) -> bool:
    """One run of the bot and the chat; True when the person asked for :reset."""
    # The data (and its record of handled updates) lasts between runs; Telegram's update ids
    # only grow, so each run's stand-in starts above the last one's.
    first_update_id = int(time.time() * 1000)
    async with BotApiStandIn(
        token=CONSOLE_TOKEN, bot_username="CrampCoachBot", first_update_id=first_update_id
    ) as standin:
        bot_settings = _console_settings(settings, standin.base_url, data)
        terminal = Terminal(sys.stdout.isatty() and "NO_COLOR" not in os.environ, standin, data)
        standin.on_bot_message(terminal.show)
        standin.on_callback_answer(terminal.answer)
        app = build_application(bot_settings)
        clock = OffsetClock(data.clock_offset())
        services_of(app).clock = clock
        # Telegram always has a first name; the console's person is called by theirs, or by a
        # plain one (never "You", which reads "Hello, You!").
        name = os.environ.get("CONSOLE_NAME") or _first_name_from_login()
        user = standin.add_user(name, language_code="en", user_id=CONSOLE_USER_ID)
        chat = standin.private_chat(user)
        # Sent before the bot starts, so the chat is open before any due reminder goes out.
        standin.user_sends(user, chat, "/start")
        async with polling(app, bot_settings.polling_timeout):
            print(f"Cramp Coach console: the real bot, local Bot API at {standin.base_url}")
            print(HELP)
            print(f"(this console's data is kept in {data.folder})")
            print("\nyou> /start")
            session = Session(standin, app, terminal, clock, data, user, chat)
            return await session.chat_loop()


async def _console(settings: Settings) -> int:
    configure_logging("WARNING", [CONSOLE_TOKEN])
    data = ConsoleData(settings.console_data_dir)
    try:
        data.prepare()
    except OSError as error:
        print(f"cramp-bot: error: cannot use CONSOLE_DATA_DIR {data.folder}: {error.strerror}")
        return 2
    while await _session(settings, data):
        data.wipe()
        print("\n(all of the console's data is deleted: starting afresh)\n")
    print("\nBye.")
    return 0


def _first_name_from_login() -> str:
    login = os.environ.get("USER", "")
    return login.title() if login.isalpha() and login != "root" else "Friend"


def run_console(settings: Settings) -> int:
    with contextlib.suppress(KeyboardInterrupt):
        return asyncio.run(_console(settings))
    return 130
