"""`cramp-bot console` as a person uses it: standard input piped in, the real bot behind
the local stand-in, the transcript read back."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]


def console(lines: list[str], tmp_path: Path, **settings: str) -> str:
    env = {**os.environ, "NO_COLOR": "1", "HOME": str(tmp_path), **settings}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    if "CONSOLE_DATA_DIR" not in settings:
        env.pop("CONSOLE_DATA_DIR", None)
    result = subprocess.run(
        [sys.executable, "-m", "bot", "console"],
        input="\n".join([*lines, ":quit"]) + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert result.stdout.rstrip().endswith("Bye."), result.stdout[-2000:]
    return result.stdout


def replies(out: str) -> list[str]:
    """What followed each typed line, in order (the first is the reply to /start)."""
    return out.split("you> ")[1:]


def test_real_messages_in_the_console(tmp_path: Path) -> None:
    out = console(
        [
            # a long story, question last
            "So I'm 58, I run a bit and I've had the odd night cramp for years. The last "
            "three nights my right calf has cramped around 3am and I have to stand on it for "
            "a minute before it lets go. I've been on simvastatin since March. Could that be it?",
            # casual
            "wht helps cramps at nite",
            # a denied symptom
            "i don't have any chest pain or breathing problems, just calf cramps at night",
            # a flood, then an emergency
            ":burst 15 cramp help",
            "my calf is swollen and now i cant breathe",
            # Spanish
            "me duele la pierna y el pecho, no puedo respirar",
        ],
        tmp_path,
    )
    turns = out.split("you> ")
    story, casual, denied, flood, emergency, spanish = turns[2:8]
    assert "Medicines that can cause cramps" in story
    assert "Leg cramps at night" in casual
    assert "Leg cramps at night" in denied and "You mentioned" not in denied
    assert "faster than I can read" in flood
    assert "You mentioned: trouble breathing" in emergency and "112" in emergency
    assert "Llama ahora" in spanish and "911" in spanish
    # One greeting, by a name (never "Hello, You!"), and one disclaimer.
    welcome = turns[1]
    assert "Hello, You!" not in welcome and welcome.count("Hello") == 1
    assert welcome.count("not a diagnosis") == 1


def test_gone_buttons_and_start_with_text_do_not_end_the_console(tmp_path: Path) -> None:
    out = console(
        [
            "/forget",
            "1",  # Yes, delete: the bot replaces the question, buttons and all
            "1",  # pressed again: Telegram has no button left to press
            "/remind hydration 10:00",
            ":advance 1d",
            "1",  # Done on the reminder: its buttons go away
            "1",
            "/remind list",
        ],
        tmp_path,
    )
    turns = replies(out)
    forget, deleted, again, _, reminder, done, done_again, listing = turns[1:9]
    assert "Delete everything" in forget and "everything I stored about you is deleted" in deleted
    assert "no longer on the message" in again and "bot>" not in again
    assert "Time for a glass of water" in reminder
    assert "bot (notification)> ✅ Done" in done and "bot (edited)>" in done
    assert "no longer on the message" in done_again
    assert "Water: 10:00" in listing  # the session (and its data) went on


def test_start_with_text_is_an_ordinary_message(tmp_path: Path) -> None:
    # Typed by hand, not a deep link: Telegram delivers it as it is.
    start, after = replies(console(["/start please help me", "/help"], tmp_path))[1:3]
    assert "Hello" in start and "Main menu" in start
    assert "bot>" in after


def test_reply_keyboards_are_shown_and_share_a_location(tmp_path: Path) -> None:
    out = console(
        [
            "/timezone",
            "1",  # the request_location button: the console asks where you are
            "48.8566 2.3522",
            "1",  # the keyboard was closed by the bot's answer
            ":location 40.71 -74.0",
        ],
        tmp_path,
    )
    prompt, shared, closed, located = replies(out)[1:5]
    assert "keyboard below the input field" in prompt
    assert "[1] 📍 Share my location (shares your location)" in prompt
    assert "location> " in shared and "Europe/Paris" in shared
    assert "keyboard below the input field is closed" in shared
    assert "keyboard is gone" in closed
    assert "America/New_York" in located


def test_pictures_and_files_are_saved_in_the_data_folder(tmp_path: Path) -> None:
    out = console(["/week", "/mydata"], tmp_path)
    week, mydata = replies(out)[1:3]
    picture = re.search(r"\[picture saved to (.+?)\]", week)
    document = re.search(r"\[file saved to (.+?)\]", mydata)
    assert picture is not None and document is not None, out[-3000:]
    png, data = tmp_path / picture.group(1), tmp_path / document.group(1)
    assert png.parent == data.parent == tmp_path / ".console" / "files"
    assert png.read_bytes().startswith(b"\x89PNG")
    assert isinstance(json.loads(data.read_text(encoding="utf-8")), dict)
    assert oct(png.stat().st_mode & 0o777) == oct(0o600)


def test_advance_delivers_every_reminder_due_before_the_prompt(tmp_path: Path) -> None:
    out = console(
        [
            "/remind hydration 10:00",
            "/remind stretching 10:00",
            "/remind minerals 10:00",
            ":advance 1d",
            "/remind list",
        ],
        tmp_path,
    )
    advanced = replies(out)[4]
    titles = re.findall(r"^bot> (.+)$", advanced, flags=re.M)
    assert sorted(titles) == sorted(
        [
            "💧 Time for a glass of water",
            "🧘 Time for a gentle stretch",
            "🥦 Minerals on your plate",
        ]
    ), advanced
    assert advanced.rstrip().splitlines()[-1].startswith("(bot time is now")
    assert "Time for" not in replies(out)[5]  # nothing came late


def test_unknown_console_commands_are_explained_not_sent(tmp_path: Path) -> None:
    out = console([":foo", ":)", ":burst 9 cramp help"], tmp_path)
    unknown, smiley, burst = replies(out)[1:4]
    assert ":foo is not a console command" in unknown and ":advance" in unknown
    assert "bot>" not in unknown
    assert "bot>" in burst  # :burst is a console command, and still works
    assert "bot>" in smiley  # a smiley is a message


def test_data_is_kept_between_runs_until_reset(tmp_path: Path) -> None:
    before = datetime.now(UTC)
    console(["/remind stretching 21:30", ":advance 2d"], tmp_path, CONSOLE_DATA_DIR="kept")
    assert (tmp_path / "kept" / "console.db").is_file()
    out = console(
        [":time", "/remind list", ":reset", "yes", "/remind list", ":time"],
        tmp_path,
        CONSOLE_DATA_DIR="kept",
    )
    after = datetime.now(UTC)
    turns = replies(out)
    clock, listing, reset, fresh, emptied, clock_again = turns[1:7]
    # The reminder is still there, and the bot's clock goes on from where :advance left it.
    assert "Stretching: 21:30" in listing
    assert any(f"{day + timedelta(days=2):%a %d %b}" in clock for day in (before, after)), clock
    assert "all of the console's data is deleted" in reset and "Hello" in fresh
    assert "No reminders yet" in emptied
    assert any(f"{day:%a %d %b}" in clock_again for day in (before, after)), clock_again
    assert not (tmp_path / ".console").exists()  # CONSOLE_DATA_DIR named the folder


def test_a_message_longer_than_telegram_allows_is_not_sent(tmp_path: Path) -> None:
    out = console(["x" * 4097, "😀" * 2049, "hello"], tmp_path)
    too_long, emoji, hello = replies(out)[1:4]
    assert "does not send more than 4096 characters" in too_long and "4097" in too_long
    assert "bot>" not in too_long
    assert "4098 (most emoji count as two)" in emoji and "bot>" not in emoji
    assert "bot>" in hello
