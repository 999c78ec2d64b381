"""`cramp-bot console` as a person uses it: standard input piped in, the real bot behind
the local stand-in, the transcript read back."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]


def console(lines: list[str], tmp_path: Path) -> str:
    env = {**os.environ, "NO_COLOR": "1", "HOME": str(tmp_path)}
    env.pop("TELEGRAM_BOT_TOKEN", None)
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
    return result.stdout


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
