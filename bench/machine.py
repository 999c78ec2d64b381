"""Describe the machine a benchmark ran on, so figures can be compared honestly."""

from __future__ import annotations

import os
import platform
import re
import statistics
import time
from pathlib import Path

# A fixed piece of pure-Python work of the kind understanding a message does (regular
# expressions, word sets, dictionaries, string building): this shared machine's speed
# changes with its neighbours by 1.5-2x between sessions, and the time of this work, taken
# in the same run, tells a slow spell from slower code.
_SENTENCES = (
    "my calf has been cramping every night for two weeks and stretching helps a little",
    "since the long flight my left leg is swollen and it hurts when i walk",
    "i am 30 weeks pregnant and wake up with cramps in both feet, is that normal",
    "after running ten kilometres my hamstring locked up for a minute or two",
) * 25
_PATTERNS = tuple(
    re.compile(p)
    for p in (r"\b(calf|leg|foot|feet)\b", r"\bswollen\b.{0,40}\bleg\b", r"\b\d+\s+weeks?\b")
)


def describe() -> str:
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return (
        f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


def reference_ms(rounds: int = 5) -> float:
    """The median time of the fixed reference work (milliseconds; lower is faster)."""
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        _reference_work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _reference_work() -> int:
    seen: dict[str, int] = {}
    found = 0
    for _ in range(40):
        for sentence in _SENTENCES:
            words = sentence.split()
            for word in words:
                seen[word] = seen.get(word, 0) + 1
            found += sum(1 for pattern in _PATTERNS if pattern.search(sentence))
            found += len(" ".join(sorted(set(words))))
    return found + len(seen)
