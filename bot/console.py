"""`cramp-bot console`: chat with the real bot in a terminal, through the local Bot API stand-in.

The bot is built exactly as `cramp-bot run` builds it; only its Bot API address points
at a stand-in on loopback. What you type is sent as your message; replies are printed
with their buttons numbered, and typing a number presses that button.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import os
import re
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.application import BotApplication, build_application, polling, services_of
from bot.logging_setup import configure_logging
from bot.settings import Settings
from scheduler.subscriptions import next_due_instant
from standin import BotApiStandIn

CONSOLE_TOKEN = "123456789:CONSOLE-local-stand-in-token-000000000"
_QUIET_SECONDS = 0.4
_FIRST_REPLY_TIMEOUT = 5.0

HELP = """Type a message or a /command and press Enter.
Type a number to press a button of the last message that has buttons.
:advance 2h   moves the bot's clock forward (30m, 2h, 1d) so due reminders arrive now
:time         shows the bot's clock
:burst 20 TEXT sends TEXT 20 times at once, as a person hammering the keyboard (flood control)
:help for this text, :quit (or Ctrl-D) to leave."""

_DURATION = re.compile(r"^(\d{1,4})\s*([mhd])$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days"}


class OffsetClock:
    """Real time plus an offset the console user can move forward."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset


class Terminal:
    """Prints bot messages and remembers the buttons of the last keyboard shown."""

    def __init__(self, colour: bool) -> None:
        self.colour = colour
        self.buttons: list[tuple[dict[str, Any], dict[str, Any]]] = []
        self.activity = asyncio.Event()

    def _format(self, text: str) -> str:
        if self.colour:
            text = re.sub(r"<b>(.*?)</b>", "\033[1m\\1\033[0m", text, flags=re.S)
            text = re.sub(r"<i>(.*?)</i>", "\033[3m\\1\033[0m", text, flags=re.S)
        return html.unescape(re.sub(r"<[^>]+>", "", text))

    def show(self, message: dict[str, Any], edited: bool) -> None:
        label = "bot (edited)" if edited else "bot"
        body = message.get("text") or message.get("caption") or ""
        if "photo" in message:
            body = "[picture] " + body
        if "document" in message:
            body = f"[file {message['document'].get('file_name', '')}] " + body
        print(f"\n{label}> {self._format(body)}")
        rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
        if rows:
            self.buttons = []
            for row in rows:
                labels = []
                for button in row:
                    self.buttons.append((message, button))
                    labels.append(f"[{len(self.buttons)}] {button['text']}")
                print("    " + "   ".join(labels))
        self.activity.set()


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


async def _advance(
    app: BotApplication, clock: OffsetClock, amount: str, terminal: Terminal
) -> None:
    match = _DURATION.match(amount.strip().lower())
    if match is None:
        print("(write it like :advance 30m, :advance 2h or :advance 1d)")
        return
    target = clock() + timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})
    svc = services_of(app)
    dispatcher = svc.dispatcher
    assert dispatcher is not None
    # Step from one due reminder to the next, as if the time really passed.
    while (due := await next_due_instant(svc.db)) is not None and due <= target:
        clock.offset += max(due - clock(), timedelta()) + timedelta(seconds=1)
        terminal.activity.clear()
        await dispatcher.wait_idle()
        await dispatcher.run_pass()
        if terminal.activity.is_set():
            await _wait_until_quiet(terminal)
    clock.offset += max(target - clock(), timedelta())
    print(f"(bot time is now {clock():%a %d %b %H:%M} UTC)")


_BURST = re.compile(r"^\s*(\d{1,3})\s+(.+)$")


async def _burst(
    standin: BotApiStandIn, user: Any, chat: Any, argument: str, terminal: Terminal
) -> None:
    """Many messages without waiting for answers: what flood control is for."""
    match = _BURST.match(argument)
    if match is None:
        print("(write it like :burst 20 cramp help)")
        return
    terminal.activity.clear()
    for _ in range(int(match.group(1))):
        standin.user_sends(user, chat, match.group(2))
    await _wait_until_quiet(terminal)


async def _chat(
    standin: BotApiStandIn, terminal: Terminal, app: BotApplication, clock: OffsetClock
) -> None:
    user = standin.add_user(os.environ.get("USER", "You").title() or "You", language_code="en")
    chat = standin.private_chat(user)
    print(HELP)
    line: str | None = "/start"
    print(f"\nyou> {line}")
    while line is not None:
        text = line.strip()
        if text in (":quit", ":q", ":exit"):
            return
        if text == ":help":
            print(HELP)
        elif text.startswith(":advance"):
            await _advance(app, clock, text.removeprefix(":advance"), terminal)
        elif text.startswith(":burst"):
            await _burst(standin, user, chat, text.removeprefix(":burst"), terminal)
        elif text == ":time":
            print(f"(bot time: {clock():%a %d %b %H:%M} UTC)")
        elif text.isdigit():
            index = int(text) - 1
            if 0 <= index < len(terminal.buttons):
                message, button = terminal.buttons[index]
                if "callback_data" in button:
                    terminal.activity.clear()
                    standin.press_button(user, message, button["callback_data"])
                    await _wait_until_quiet(terminal)
                else:
                    print(f"(that button opens {button.get('url', 'a link')})")
            else:
                print("(no button with that number)")
        elif text:
            terminal.activity.clear()
            standin.user_sends(user, chat, text)
            await _wait_until_quiet(terminal)
        line = await _read_line("\nyou> ")


async def _console(data_dir: Path) -> int:
    async with BotApiStandIn(token=CONSOLE_TOKEN, bot_username="CrampCoachBot") as standin:
        settings = Settings(
            telegram_bot_token=CONSOLE_TOKEN,
            telegram_base_url=standin.base_url,
            database_url=f"sqlite+aiosqlite:///{data_dir / 'console.db'}",
            polling_timeout=10,
        )
        configure_logging("WARNING", [CONSOLE_TOKEN])
        terminal = Terminal(colour=sys.stdout.isatty())
        standin.on_bot_message(terminal.show)
        app = build_application(settings)
        clock = OffsetClock()
        services_of(app).clock = clock
        async with polling(app, settings.polling_timeout):
            print(f"Cramp Coach console: the real bot, local Bot API at {standin.base_url}")
            await _chat(standin, terminal, app, clock)
    print("\nBye.")
    return 0


def run_console() -> int:
    data_dir = Path(os.environ.get("CONSOLE_DATA_DIR") or tempfile.mkdtemp(prefix="cramp-console-"))
    data_dir.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(KeyboardInterrupt):
        return asyncio.run(_console(data_dir))
    return 130
