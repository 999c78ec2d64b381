"""The content's compiled patterns, kept on disk from one start to the next.

Compiling the content's two thousand regular expressions is most of the bot's start-up:
Python's `re` parses each one in pure Python, and knowledge.prefixes reads each parse again
for the strings a match must start with. Both results depend only on the pattern's text and
on the Python build, so a start can reuse an earlier start's work. The file holds, per
pattern, the program `re` handed to its C engine and those start strings; the engine checks
every program it is given, and the first pattern compiled in a process is compared with
`re.compile`'s own result before the file is trusted.

The file is one of knowledge/kept.py's: a missing, stale (another Python), damaged or
unwritable file costs only the time it would have saved, every pattern then compiled as
usual. Nothing is cached until `use` names a directory (the bot's entry points do; tests and
the library do not).
"""

from __future__ import annotations

import logging
import re
import sys
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from knowledge import kept

log = logging.getLogger(__name__)

FILE_NAME = "patterns.marshal"
# Bumped when what the file holds changes shape.
_FORMAT = 2

try:  # CPython's regex engine and compiler: the same calls re.compile makes
    import _sre  # type: ignore[import-not-found]
    from re import _compiler as _re_compiler  # type: ignore[attr-defined]
    from re import _parser as _re_parser  # type: ignore[attr-defined]

    _BUILD = f"{_FORMAT}|{sys.implementation.name}|{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}"
except (ImportError, AttributeError):  # another Python: compile as usual
    _BUILD = ""

# (flags, program, groups, group index, index group): _sre.compile's arguments after the
# pattern's text.
_Program = tuple[int, list[int], int, dict[str, int], list[str | None]]


def _program_of(parsed: Any) -> _Program:
    """What re.compile computes from a pattern's parse (re._compiler.compile, written out)."""
    # re's opcodes are int subclasses: plain ints are what the kept file can hold
    code = [int(op) for op in _re_compiler._code(parsed, 0)]
    groupindex = {str(name): int(index) for name, index in parsed.state.groupdict.items()}
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(parsed.state.flags), code, parsed.state.groups - 1, groupindex, indexgroup


def _from_program(pattern: str, program: _Program) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = program
    compiled: re.Pattern[str] = _sre.compile(
        pattern, flags, code, groups, groupindex, tuple(indexgroup)
    )
    return compiled


class PatternCache:
    def __init__(self) -> None:
        self._path: Path | None = None
        self._programs: dict[str, _Program] = {}
        # start strings per reading of them (knowledge.prefixes names its settings)
        self._starts: dict[str, dict[str, list[str]]] = {}
        # reading -> what computes it from a parse tree (knowledge.prefixes registers them)
        self._tree_readers: dict[str, Callable[[Any], Iterable[str]]] = {}
        self._changed = False
        # None until the first pattern compiled shows whether programs can be reused here
        self._trusted: bool | None = None if _BUILD else False
        self._lock = threading.Lock()

    @property
    def path(self) -> Path | None:
        return self._path

    def use(self, directory: Path | None) -> None:
        """Keep programs in `directory` (None: in memory only) and load what it holds."""
        with self._lock:
            path = directory / FILE_NAME if directory is not None else None
            if path == self._path:
                return
            self._path, self._programs, self._starts = path, {}, {}
            self._changed = False
            if path is None or not _BUILD:
                return
            data = kept.read(FILE_NAME, _BUILD, directory)
            try:
                if data is not None:
                    programs, starts = data
                    self._programs = {p: tuple(v) for p, v in programs.items()}
                    self._starts = {k: dict(v) for k, v in starts.items()}
            except (ValueError, TypeError, AttributeError) as exc:
                self._programs, self._starts = {}, {}
                log.warning("pattern cache %s unreadable (%s): compiling afresh", path, exc)

    def read_trees_with(self, reading: str, read: Callable[[Any], Iterable[str]]) -> None:
        """Compute `reading` (see `starts`) from the parse tree of each pattern compiled
        afresh: parsing is most of compiling, and reading the pattern later would parse it
        again (a first start spent a second on that)."""
        self._tree_readers[reading] = read

    def compile(self, pattern: str) -> re.Pattern[str]:
        if self._trusted is False or (self._path is None and not self._tree_readers):
            return re.compile(pattern)
        if self._trusted is None:
            return self._first(pattern)
        program = self._programs.get(pattern)
        if program is not None:
            try:
                return _from_program(pattern, program)
            except (RuntimeError, TypeError, ValueError, OverflowError):  # a damaged entry
                pass
        return self._compile_new(pattern)

    def _first(self, pattern: str) -> re.Pattern[str]:
        """The first pattern of the process is compiled both ways: pattern equality compares
        the engine's programs, so ours must be re's own, and the file's must be ours."""
        expected = re.compile(pattern)  # raises what re raises for an invalid pattern
        fresh = self._parsed_program(pattern)
        self._trusted = _from_program(pattern, fresh) == expected
        if not self._trusted:
            log.warning("this Python compiles patterns otherwise: pattern cache off")
            return expected
        kept = self._programs.get(pattern)
        if kept is not None and list(kept) != list(fresh):
            log.warning("pattern cache %s does not match this Python: compiling afresh", self._path)
            self._programs, self._starts = {}, {}
        self._keep(pattern, fresh)
        return expected

    def _compile_new(self, pattern: str) -> re.Pattern[str]:
        try:
            program = self._parsed_program(pattern)
        except re.error:
            return re.compile(pattern)  # raises the error re.compile would
        self._keep(pattern, program)
        return _from_program(pattern, program)

    def _parsed_program(self, pattern: str) -> _Program:
        """The program of `pattern`, its parse read first for every registered reading."""
        parsed = _re_parser.parse(pattern, 0)
        for reading, read in self._tree_readers.items():
            known = self._starts.setdefault(reading, {})
            if pattern not in known:
                known[pattern] = sorted(read(parsed))
                self._changed = True
        return _program_of(parsed)

    def _keep(self, pattern: str, program: _Program) -> None:
        if self._path is not None and pattern not in self._programs:
            self._programs[pattern] = program
            self._changed = True

    def starts(
        self, reading: str, pattern: str, compute: Callable[[str], Iterable[str]]
    ) -> frozenset[str]:
        """The start strings of `pattern` under the settings `reading` names (read when it
        was compiled, when it was, or now)."""
        known = self._starts.setdefault(reading, {})
        found = known.get(pattern)
        if found is None:
            found = sorted(compute(pattern))
            known[pattern] = found
            self._changed = True
        return frozenset(found)

    def save(self) -> None:
        """Write what this process compiled, if anything is new."""
        with self._lock:
            if self._path is None or not self._changed or not self._trusted:
                return
            folder = self._path.parent
            data = (dict(self._programs), {k: dict(v) for k, v in self._starts.items()})
            self._changed = False
        kept.write(FILE_NAME, _BUILD, data, folder)


# One per process, like re's own cache.
PATTERNS = PatternCache()


def keep_in(directory: Path | None) -> None:
    """Where this process keeps what a start derives, for the next start: the compiled
    patterns and the other kept files (knowledge/kept.py). None keeps nothing."""
    kept.use(directory)
    PATTERNS.use(directory)
