"""What a start derives from shipped files, kept on disk so the next start reads it back.

Each kept file holds one value under a key naming everything it was derived from (the
source file's size and time, the package's version, this Python's build); a start whose
key differs derives the value afresh and keeps the new one. The format is `marshal`, in
zlib at its fastest level: reading a few megabytes of lists and strings back takes a third
of the time `json` takes (the language model's tables a sixth of unpacking py3langid's
xz), the files are a fifth of their size, and a value never holds code, only data this
process wrote itself into the bot's own folder. A missing, stale, damaged or unwritable
file costs only the time it would have saved. Nothing is kept until `use` names a folder
(the bot's entry points do, from PATTERN_CACHE_DIR; tests and the library do not).
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
import tempfile
import zlib
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


def _code_hash() -> str:
    """The understanding's own code: what derives every kept value (a branch that changes
    how patterns are read or words tokenised must not run on another branch's values, as
    the default folder is shared by every checkout)."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).resolve().parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


# marshal's format is the interpreter's own: another Python reads none of these files.
_BUILD = f"{sys.implementation.name}|{sys.version}|{marshal.version}|{_code_hash()}"

_directory: Path | None = None


def default_directory() -> Path:
    """$XDG_CACHE_HOME/cramp-coach, or ~/.cache/cramp-coach."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "cramp-coach"


def directory_named(value: object) -> object:
    """PATTERN_CACHE_DIR's words for "keep nothing" ("off", "none", empty) as None."""
    if isinstance(value, str) and value.strip().lower() in {"", "off", "none"}:
        return None
    return value


def environment_directory() -> Path | None:
    """The folder the environment names, before settings are read (a start's first step
    looks there; a folder named only in .env is found later, when settings are read)."""
    named = directory_named(os.environ.get("PATTERN_CACHE_DIR", str(default_directory())))
    return None if named is None else Path(str(named))


def use(directory: Path | None) -> None:
    """Keep files in `directory` from now on (None: keep nothing)."""
    global _directory
    _directory = directory


def directory() -> Path | None:
    return _directory


def read(name: str, key: str, folder: Path | None = None) -> Any | None:
    """The value kept as `name` under `key`, or None (nothing kept, another key, damaged)."""
    folder = folder if folder is not None else _directory
    if folder is None:
        return None
    path = folder / name
    try:
        kept = marshal.loads(zlib.decompress(path.read_bytes()))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, EOFError, TypeError, zlib.error) as exc:
        log.warning("%s unreadable (%s): deriving it afresh", path, exc)
        return None
    if not (isinstance(kept, tuple) and len(kept) == 3 and kept[:2] == (_BUILD, key)):
        return None
    return kept[2]


def write(name: str, key: str, value: Any, folder: Path | None = None) -> Path | None:
    """Keep `value` as `name` (atomically: a crash or another instance writing at once leaves
    a whole file); the path written, or None when nothing was."""
    folder = folder if folder is not None else _directory
    if folder is None:
        return None
    try:
        data = zlib.compress(marshal.dumps((_BUILD, key, value)), 1)
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}-")
    except (OSError, ValueError) as exc:
        log.info("%s not kept in %s (%s)", name, folder, exc)
        return None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, folder / name)
    except OSError as exc:
        log.info("%s not kept in %s (%s)", name, folder, exc)
        Path(temporary).unlink(missing_ok=True)
        return None
    return folder / name


def source_key(path: Path) -> str:
    """A shipped file as a key part: where it is, its size and its time."""
    stat = path.stat()
    return f"{path}|{stat.st_size}|{stat.st_mtime_ns}"
