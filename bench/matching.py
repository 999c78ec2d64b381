"""Free-text understanding: start-up, time per message, and what it adds to the install.

- start-up: a fresh interpreter importing the bot and building its Application (content,
  English word list, handlers; the language model loads in a thread), and until it can
  answer any message (that thread done); cold, and warm with what an earlier start kept
  (knowledge/kept.py); median of several; the project's modules compiled to bytecode
  first, as installing a package compiles them;
- per message: every message of the evaluation set (both parts: real long stories, other
  languages, small talk), cold caches each run; p50 and p99 per message, median of runs;
- installed size of what understanding added: the packages (pyspellchecker, py3langid)
  and what it ships in knowledge/data (the table of meanings, from wordllama; the topic
  model, fit on the development part).
"""

from __future__ import annotations

import compileall
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from importlib import metadata
from pathlib import Path

from bench import machine
from evaluation.scoring import PARTS, load_part
from knowledge.assistant import Assistant
from knowledge.flag_model import MODEL as FLAG_MODEL
from knowledge.loader import load_content
from knowledge.semantic import TABLE
from knowledge.topic_model import MODEL

RUNS = 5
STARTUPS = 5
_PROJECT = Path(__file__).resolve().parent.parent
ADDED_PACKAGES = ("pyspellchecker", "py3langid")
# The bot's whole start in a fresh interpreter: imports, settings, content, understanding,
# handlers (the language model and the table of meanings finish loading in threads meanwhile).
_STARTUP_SCRIPT = """
import time
started = time.perf_counter()
from bot.start import prepare
prepare("run")  # as the cramp-bot entry point does
from bot.application import build_application, services_of
from bot.settings import Settings
settings = Settings(
    _env_file=None,
    telegram_bot_token="123456789:AAE2eTestTokenForTheLocalStandIn0000",
    database_url="sqlite+aiosqlite:///:memory:",
)
app = build_application(settings)
built = time.perf_counter() - started
# ready to answer any message: what loads in threads (the language model, the signs' index,
# the table of meanings) is in
services_of(app).assistant.wait_ready()
print(built, time.perf_counter() - started)
"""


# Understanding alone: what it adds to any start-up (content, word list, patterns).
_UNDERSTANDING_SCRIPT = """
import time
started = time.perf_counter()
from knowledge.assistant import Assistant
from knowledge.loader import load_content
Assistant(load_content())
print(time.perf_counter() - started)
"""
# The floor under any python-telegram-bot bot on this machine: the library imported and an
# Application built, nothing of ours.
_BARE_PTB_SCRIPT = """
import time
started = time.perf_counter()
import gc
gc.disable()  # on the same footing as the bot's start
from telegram.ext import AIORateLimiter, Application
Application.builder().token("123456789:AAE2eTestTokenForTheLocalStandIn0000").rate_limiter(
    AIORateLimiter()
).build()
print(time.perf_counter() - started)
"""


def _seconds(script: str, cache: str = "off") -> list[float]:
    env = {**os.environ, "PATTERN_CACHE_DIR": cache}
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env
    )
    return [float(word) for word in out.stdout.split()]


def _packages() -> list[str]:
    """The project's packages, as pyproject.toml names them for installing."""
    with (_PROJECT / "pyproject.toml").open("rb") as handle:
        found = tomllib.load(handle)["tool"]["setuptools"]["packages"]["find"]["include"]
    return [pattern.rstrip("*") for pattern in found]


def startup_seconds() -> dict[str, list[float]]:
    """Fresh processes, the kinds taking turns so a busy moment hits each alike. The bot
    starts cold (no compiled patterns kept) and warm (kept by an earlier start, as every
    start after the first, and an image's first, finds them: knowledge/kept.py)."""
    # pip compiles a package's modules when it installs it (the image's `pip install .`), so
    # an installed bot reads bytecode; an editable checkout on a machine that sets
    # PYTHONDONTWRITEBYTECODE (as these do) would compile all of ours at every start.
    for package in _packages():
        compileall.compile_dir(_PROJECT / package, quiet=1)
    runs: dict[str, list[float]] = {
        "cold built": [], "cold ready": [], "warm built": [], "warm ready": [],
        "understanding": [], "bare": [],
    }  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="bench-patterns-") as cache:
        subprocess.run(
            [sys.executable, "-m", "bot", "check"],
            env={**os.environ, "PATTERN_CACHE_DIR": cache},
            capture_output=True,
            check=True,
        )
        for _ in range(STARTUPS):
            for start, folder in (("cold", "off"), ("warm", cache)):
                built, ready = _seconds(_STARTUP_SCRIPT, folder)
                runs[f"{start} built"].append(built)
                runs[f"{start} ready"].append(ready)
            runs["understanding"] += _seconds(_UNDERSTANDING_SCRIPT)
            runs["bare"] += _seconds(_BARE_PTB_SCRIPT)
    return runs


def per_message_ms() -> tuple[int, list[float], list[float], list[float]]:
    """(messages, p50 of each run, p99 of each run, the machine's reference work before
    each run)."""
    texts = [item.text for part in PARTS for item in load_part(part)]
    content = load_content()
    p50s, p99s, references = [], [], []
    for _ in range(RUNS):
        references.append(machine.reference_ms())
        assistant = Assistant(content)  # fresh caches: repeated text would flatter them
        assistant.wait_ready()  # a running bot has loaded it within a second
        # The bot freezes what it loaded at start (bot/application.py, post_init), so a
        # full collection never walks the word list and the content mid-message.
        gc.collect()
        gc.freeze()
        times = []
        for text in texts:
            start = time.perf_counter()
            assistant.answer(text)
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        p50s.append(statistics.median(times))
        p99s.append(times[min(len(times) - 1, int(0.99 * len(times)))])
    return len(texts), p50s, p99s, references


def installed_mb(package: str) -> float:
    files = metadata.files(package) or []
    return (
        sum(Path(str(f.locate())).stat().st_size for f in files if Path(str(f.locate())).is_file())
        / 1e6
    )


def startup_report() -> str:
    starts = startup_seconds()
    median = {kind: statistics.median(seconds) for kind, seconds in starts.items()}
    bare = median["bare"]

    def runs(kind: str) -> str:
        return ", ".join(f"{s:.2f}" for s in starts[kind])

    return (
        "  bot start-up in a fresh process (imports, content, understanding, handlers), "
        "built / ready to answer any message (what loads in threads loaded):\n"
        f"    warm (what an earlier start kept: patterns, language model, word list): median "
        f"{median['warm built']:.2f} / {median['warm ready']:.2f} s "
        f"(ready runs: {runs('warm ready')})\n"
        f"    cold (first start, nothing kept): median "
        f"{median['cold built']:.2f} / {median['cold ready']:.2f} s "
        f"(ready runs: {runs('cold ready')})\n"
        f"  understanding alone, cold (content, word list, patterns): median "
        f"{median['understanding']:.2f} s\n"
        f"  a bare python-telegram-bot Application, same runs: median {bare:.2f} s "
        f"(the bot, warm and ready, takes {median['warm ready'] / bare:.1f}x)"
    )


def report() -> str:
    startup = startup_report()
    count, p50s, p99s, references = per_message_ms()
    p99, reference = statistics.median(p99s), statistics.median(references)
    sizes = {name: installed_mb(name) for name in ADDED_PACKAGES}
    sizes["the table of meanings"] = TABLE.stat().st_size / 1e6
    sizes["the topic model"] = MODEL.stat().st_size / 1e6
    sizes["the red-flag model"] = FLAG_MODEL.stat().st_size / 1e6
    size_list = ", ".join(f"{name} {mb:.1f} MB" for name, mb in sizes.items())
    return (
        f"free-text understanding: {count} evaluation messages x {RUNS} runs, cold caches\n"
        f"  per message: p50 median {statistics.median(p50s):.2f} ms, "
        f"p99 median {p99:.2f} ms (worst run p99 {max(p99s):.2f} ms)\n"
        f"  the machine's reference work (bench/machine.py) in the same runs: median "
        f"{reference:.1f} ms; p99 is {p99 / reference:.3f} of it "
        f"(p99 under 5 ms while the reference work takes up to {5 * reference / p99:.1f} ms)\n"
        f"{startup}\n"
        f"  installed by understanding: {sum(sizes.values()):.1f} MB ({size_list})"
    )
