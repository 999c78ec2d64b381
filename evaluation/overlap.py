"""Check a new development batch against the held-out test part without reading it.

python -m evaluation.overlap evaluation/dev_new.yaml

Prints only the ids of the NEW file's messages that come from a test message's page or
read nearly like one (so they can be removed before the batch is used); nothing of the
test part is ever printed.
"""

from __future__ import annotations

import argparse
import re
from difflib import SequenceMatcher
from pathlib import Path

import yaml

from evaluation.scoring import EVALUATION_DIR, YAML_LOADER

Message = dict[str, str]

# Shares above which two messages count as the same one.
_SAME_WORDS = 0.5
_QUICK_RATIO = 0.85
_SAME_TEXT = 0.7


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z']+", text.lower()))


def _messages(path: Path) -> list[Message]:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    return [{k: str(v) for k, v in m.items()} for m in data["messages"]]


def _same(candidate: Message, held: Message) -> str | None:
    source = candidate.get("source", "")
    if source.startswith("http") and source == held.get("source"):
        return "same source"
    a, b = _words(candidate["text"]), _words(held["text"])
    if a and b and len(a & b) / len(a | b) > _SAME_WORDS:
        return "similar words"
    matcher = SequenceMatcher(None, candidate["text"].lower(), held["text"].lower())
    if matcher.quick_ratio() > _QUICK_RATIO and matcher.ratio() > _SAME_TEXT:
        return "similar text"
    return None


def overlaps(candidates: list[Message], held_out: list[Message]) -> list[tuple[str, str]]:
    """(candidate id, why) for each candidate that resembles a held-out message."""
    found = []
    for candidate in candidates:
        why = next((w for held in held_out if (w := _same(candidate, held))), None)
        if why is not None:
            found.append((candidate["id"], why))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m evaluation.overlap")
    parser.add_argument("batch", type=Path)
    args = parser.parse_args()
    candidates = _messages(args.batch)
    found = overlaps(candidates, _messages(EVALUATION_DIR / "test.yaml"))
    for item_id, why in found:
        print(item_id, why)
    print(f"{len(found)} of {len(candidates)} resemble the held-out part")


if __name__ == "__main__":
    main()
