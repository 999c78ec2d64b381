"""Refresh the vendored Bot API description (standin/data/api.min.json).

    python -m standin.refresh_spec                   # upstream, newest commit
    python -m standin.refresh_spec --commit SHA      # upstream, that commit
    python -m standin.refresh_spec path/or/url       # another copy

The new file must parse and compile into the stand-in's validators before it replaces the
vendored one; `standin/data/README.md` then names where it came from.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

from standin.spec import DEFAULT_SPEC_PATH, Spec

UPSTREAM = (
    "https://raw.githubusercontent.com/PaulSonOfLars/telegram-bot-api-spec/{ref}/api.min.json"
)
NOTES = DEFAULT_SPEC_PATH.with_name("README.md")
_SOURCE_LINE = re.compile(r"^- Source commit: .*$", re.MULTILINE)


def _read(source: str) -> bytes:
    if source.startswith(("https://", "http://")):
        with urllib.request.urlopen(source, timeout=60) as response:
            data: bytes = response.read()
            return data
    return Path(source).read_bytes()


def refresh(source: str, origin: str | None) -> str:
    """Check and install the file at `source`; returns its Bot API version."""
    data = _read(source)
    described = json.loads(data)
    Spec(described)  # compiles every method and type, or raises
    DEFAULT_SPEC_PATH.write_bytes(data)
    if origin is not None:
        notes = NOTES.read_text(encoding="utf-8")
        NOTES.write_text(_SOURCE_LINE.sub(f"- Source commit: {origin}", notes), encoding="utf-8")
    return f"{described.get('version', '?')} ({described.get('release_date', '?')})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m standin.refresh_spec", description=__doc__)
    parser.add_argument("source", nargs="?", help="a path or URL (default: upstream)")
    parser.add_argument("--commit", help="the upstream commit to take (default: its newest)")
    args = parser.parse_args(argv)
    if args.source:
        source, origin = args.source, args.commit
    else:
        ref = args.commit or "main"
        source = UPSTREAM.format(ref=ref)
        origin = args.commit or f"main as fetched on {datetime.now(UTC):%Y-%m-%d}"
    try:
        version = refresh(source, origin)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"refresh_spec: {source}: {exc}", file=sys.stderr)
        return 1
    print(f"{DEFAULT_SPEC_PATH} is now {version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
