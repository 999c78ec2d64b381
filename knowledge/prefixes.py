"""Rule patterns out before searching for them: what text a match must start with.

Every red-flag pattern begins at a word boundary (`\\b`), so a match can only start at one.
Reading a pattern's parse tree gives the strings its matches can start with ("breathless"
gives "breat"; "(cant|cannot) get" gives "cant ", "canno"). A message whose boundaries start
none of a pattern's strings cannot match it, and the regex engine, which would try every
branch at every position of a long story, is never run. The strings only ever narrow what
is searched: anything the reading does not understand (a class like \\w, a back reference)
ends the string there, and an empty string means "always search".
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Mapping, Sequence
from functools import cache
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, Generic, TypeVar

from knowledge.alternation import alternation
from knowledge.models import compiled
from knowledge.pattern_cache import PATTERNS

# Longer strings rule out more; more strings cost more to build and look up.
_LONGEST = 5
_MOST_STRINGS = 400
_CLASS_LIMIT = 8

Key = TypeVar("Key", bound=Hashable)

# The parse tree's items: (opcode, argument), the argument's shape depending on the opcode.
_Item = tuple[Any, Any]


def _starts(items: list[_Item], length: int) -> set[str]:
    """Strings of at most `length` characters that every match of `items` starts with one
    of (a shorter string: the pattern may end or go on unknowably there)."""
    if length == 0 or not items:
        return {""}
    (op, av), rest = items[0], items[1:]
    if op is sre_constants.LITERAL:
        return {chr(av) + tail for tail in _starts(rest, length - 1)}
    if op is sre_constants.IN:
        chars = _class_chars(av)
        if chars is None:
            return {""}
        tails = _starts(rest, length - 1)
        return {c + tail for c in chars for tail in tails}
    if op is sre_constants.AT or op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return _starts(rest, length)  # zero width; ignoring a check only widens the strings
    if op is sre_constants.SUBPATTERN:
        inner = list(av[-1])
        return _starts(inner + rest, length)
    if op is sre_constants.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            found |= _starts(list(branch) + rest, length)
        return found
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        low, _high, item = av
        once = list(item)
        found = _starts(once, length)  # one repeat, then the text is unknown
        if low == 0:
            found |= _starts(rest, length)
        return found
    return {""}


def _class_chars(items: list[_Item]) -> list[str] | None:
    chars: list[str] = []
    for op, av in items:
        if op is sre_constants.LITERAL:
            chars.append(chr(av))
        elif op is sre_constants.RANGE:
            low, high = av
            chars += [chr(c) for c in range(low, high + 1)]
        else:
            return None
        if len(chars) > _CLASS_LIMIT:
            return None
    return chars


# What the start strings depend on besides the pattern: a cached reading under other
# settings is not this one.
_READING = f"longest={_LONGEST},most={_MOST_STRINGS},class={_CLASS_LIMIT},around=any"


@cache  # a pattern is read once, whether to index it or to ask if it can be
def starts_of(pattern: str) -> frozenset[str]:
    """The strings a match of `pattern` must start with, as long as stays affordable (kept
    between starts with the compiled patterns, knowledge.pattern_cache)."""
    return PATTERNS.starts(_READING, pattern, lambda p: _read_starts(sre_parse.parse(p)))


def _read_starts(parsed: Any) -> frozenset[str]:
    items = list(parsed)
    while items and _looks_around(items[0]):
        items = items[1:]
    if not items or items[0] != (sre_constants.AT, sre_constants.AT_BOUNDARY):
        return frozenset({""})  # a match could start anywhere, not only at a boundary
    for length in range(_LONGEST, 0, -1):
        found = _starts(items, length)
        if len(found) <= _MOST_STRINGS:
            return frozenset(_drop_covered(found))
    return frozenset({""})


def _looks_around(item: _Item) -> bool:
    """A leading lookaround ("(?<!dog )", "(?<!power cut \\| )", "(?!just)"): it reads the
    text around the match, which starts at the boundary after it all the same. (Every
    reader tries a pattern at its places in the same text it would search it in: a red-flag
    concept in one sentence, a group in the whole text; so a look at the sentence before
    sees the same either way.)"""
    return item[0] is sre_constants.ASSERT_NOT or item[0] is sre_constants.ASSERT


# A reading of the text every match must hold, beside the start strings in the same cache.
_NEEDLE_READING = "needle=longest-run"


@cache
def needle_of(pattern: str) -> str:
    """The longest run of plain characters every match of `pattern` holds ("" when none is
    sure): a pattern the index cannot narrow (it may start anywhere, or after a digit) is
    searched only in a text that holds it. Lookarounds, classes and repeats end a run and
    are left out, so the run only ever rules out texts that cannot match."""
    found = PATTERNS.starts(_NEEDLE_READING, pattern, lambda p: _read_needle(sre_parse.parse(p)))
    return next(iter(found), "")


def _read_needle(parsed: Any) -> frozenset[str]:
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return frozenset()
    runs = _runs(list(parsed))
    longest = max(runs, key=len, default="")
    return frozenset({longest}) if longest else frozenset()


def _runs(items: list[_Item]) -> list[str]:
    """The runs of literal characters that every match of `items` holds, in order."""
    runs: list[str] = []
    current = ""
    for op, av in items:
        if op is sre_constants.LITERAL:
            current += chr(av)
            continue
        if op is sre_constants.AT:
            continue  # zero width: the characters on both sides stand side by side
        if op is sre_constants.SUBPATTERN and av[1] & (re.IGNORECASE | re.VERBOSE):
            runs.append(current)  # "(?i:...)": its letters are not the ones a match holds
        elif op is sre_constants.SUBPATTERN:
            inner = _runs(list(av[-1]))
            if len(inner) == 1 and _only_literals(list(av[-1])):
                current += inner[0]
                continue
            runs += [current, *inner]
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and av[0] >= 1:
            runs += [current, *_runs(list(av[2]))]
        else:
            runs.append(current)
        current = ""
    runs.append(current)
    return [run for run in runs if run]


def _only_literals(items: list[_Item]) -> bool:
    return all(
        op is sre_constants.LITERAL
        or (op is sre_constants.SUBPATTERN and _only_literals(list(av[-1])))
        for op, av in items
    )


def _drop_covered(strings: set[str]) -> set[str]:
    """ "ab" already admits "abc": keep only the shortest strings of each family."""
    kept: set[str] = set()
    for s in sorted(strings, key=len):
        if not any(s.startswith(k) for k in kept):
            kept.add(s)
    return kept


class PrefixIndex(Generic[Key]):
    """Where in a text each of many named patterns could start, from the strings at its
    word starts. A name can stand for one pattern or for several."""

    def __init__(self, patterns: Iterable[tuple[Key, str]]) -> None:
        by_start: dict[str, set[Key]] = {}
        self.anywhere: set[Key] = set()
        for name, pattern in patterns:
            for start in starts_of(pattern):
                if not _at_word_start(start):
                    # empty, or a match starting at a word's end: search the whole text
                    self.anywhere.add(name)
                    continue
                by_start.setdefault(start, set()).add(name)
        # One scan finds, at each word start, the longest start string there; the names
        # of every shorter one it begins with come along.
        self._names_at: dict[str, set[Key]] = {
            start: set().union(*(by_start.get(start[:n], ()) for n in range(1, len(start) + 1)))
            for start in by_start
        }
        # (built from the content alone, so compiled and kept like its patterns: in sorted
        # order, or the text would follow string hashes and be compiled at every start)
        self._scanner = (
            compiled(r"\b(?=(" + alternation(sorted(by_start)) + "))") if by_start else None
        )

    def places(self, text: str) -> dict[Key, list[int]]:
        """For each name that may match in `text` (other than those in `anywhere`), the
        word starts where it may: a match can start nowhere else."""
        found: dict[Key, list[int]] = {}
        if self._scanner is None:
            return found
        # Places grouped by the start string found there first: a long story holds "i" or
        # "my" twenty times, and each name of theirs is then handed all twenty at once.
        at_start: dict[str, list[int]] = {}
        for m in self._scanner.finditer(text):
            at_start.setdefault(m.group(1), []).append(m.start())
        names_at = self._names_at
        merged: set[Key] = set()
        for start, places in at_start.items():
            for name in names_at[start]:
                held = found.get(name)
                if held is None:
                    found[name] = places  # shared until a second start string adds to it
                elif name in merged:
                    held += places
                else:
                    found[name] = held + places
                    merged.add(name)
        for name in merged:
            found[name].sort()
        return found


def _at_word_start(start: str) -> bool:
    """A start string the index can look for: it begins a word (not empty, not a space)."""
    return start[:1].isalnum()


def indexable(pattern: str) -> bool:
    """Whether every match of `pattern` starts with a known string at a word start."""
    return all(_at_word_start(start) for start in starts_of(pattern))


class PatternGroups:
    """Named groups of patterns (a fact's, a scope's): each pattern that can start only
    with known strings is tried only at the word starts beginning with one; the few others
    are searched through the text. Patterns are compiled once each (knowledge.models), never
    joined into new, larger ones: start-up compiles nothing twice."""

    def __init__(self, groups: Mapping[str, Sequence[str]]) -> None:
        self._patterns = {
            name: [compiled(p) for p in patterns] for name, patterns in groups.items()
        }
        # Every pattern's run of letters (needle_of): a text without it is not tried at the
        # pattern's places, nor searched for one the index cannot narrow.
        self._needles = {
            name: [needle_of(p) for p in patterns] for name, patterns in groups.items()
        }
        self._anywhere = {
            name: [
                (compiled(p), self._needles[name][number])
                for number, p in enumerate(patterns)
                if not indexable(p)
            ]
            for name, patterns in groups.items()
        }
        self._index: PrefixIndex[tuple[str, int]] = PrefixIndex(
            ((name, number), p)
            for name, patterns in groups.items()
            for number, p in enumerate(patterns)
            if indexable(p)
        )

    def scan(self, text: str) -> Scan:
        return Scan(self, text)


class Scan:
    """One text, looked at once for every group."""

    def __init__(self, groups: PatternGroups, text: str) -> None:
        self._groups = groups
        self.text = text
        self._places: dict[str, list[tuple[re.Pattern[str], list[int]]]] = {}
        # In content order, whatever order the index hands them in (it can follow string
        # hashes, which change from one process to the next).
        for (name, number), places in sorted(groups._index.places(text).items()):
            if groups._needles[name][number] not in text:
                continue  # no match can start at any of its places
            pattern = groups._patterns[name][number]
            self._places.setdefault(name, []).append((pattern, places))

    def matches(self, name: str) -> list[re.Match[str]]:
        """Every match of the group, at most one per place it starts (the longest: "lux
        interior from the cramps" covers the cramp that "lux interior" alone would leave
        out), in text order."""
        found: dict[int, re.Match[str]] = {}

        def keep(m: re.Match[str]) -> None:
            kept = found.get(m.start())
            if kept is None or m.end() > kept.end():
                found[m.start()] = m

        for pattern, needle in self._groups._anywhere[name]:
            if needle in self.text:
                for m in pattern.finditer(self.text):
                    keep(m)
        for pattern, places in self._places.get(name, ()):
            for at in places:
                at_place = pattern.match(self.text, at)
                if at_place is not None:
                    keep(at_place)
        return [found[at] for at in sorted(found)]

    def each_pattern(self, name: str) -> list[re.Match[str]]:
        """What `finditer` would find, pattern by pattern: each pattern's matches that do not
        overlap its own earlier ones. (`matches` keeps one match per place for the whole
        group; a reader that judges each match, a denial say, needs each pattern's own.)"""
        found: list[re.Match[str]] = []
        for pattern, needle in self._groups._anywhere[name]:
            if needle in self.text:
                found += pattern.finditer(self.text)
        for pattern, places in self._places.get(name, ()):
            end = 0
            for at in places:
                if at < end:
                    continue
                m = pattern.match(self.text, at)
                if m is not None:
                    found.append(m)
                    end = max(m.end(), at + 1)
        return found

    def found(self, name: str) -> bool:
        if any(
            pattern.match(self.text, at)
            for pattern, places in self._places.get(name, ())
            for at in places
        ):
            return True
        return any(
            needle in self.text and pattern.search(self.text)
            for pattern, needle in self._groups._anywhere[name]
        )


# Read from each pattern's parse as it is compiled: a first start parses every pattern once.
PATTERNS.read_trees_with(_READING, _read_starts)
PATTERNS.read_trees_with(_NEEDLE_READING, _read_needle)
