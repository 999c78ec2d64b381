"""The compiled patterns kept between starts (knowledge/pattern_cache.py): a pattern from the
file is exactly the one re.compile makes, and a bad file only costs time."""

from __future__ import annotations

import logging
import marshal
import os
import re
import subprocess
import sys
import zlib
from pathlib import Path
from re import _parser as sre_parse  # type: ignore[attr-defined]

import pytest

from bot.settings import Settings
from knowledge import kept, models
from knowledge.loader import load_content
from knowledge.pattern_cache import _BUILD, FILE_NAME, PatternCache
from knowledge.prefixes import _read_starts

SOME_PATTERNS = [
    r"\b(cant|cannot) (breathe|breath)\b",
    r"\b(?P<amount>\d+) (min|minutes?)\b(?! ago)",
    r"\b(left|(?<=my )l) (calf|leg)\b",
    r"(?i)\bcrampe?s?\b",
]


class _Recorder(PatternCache):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def compile(self, pattern: str) -> re.Pattern[str]:
        self.seen.append(pattern)
        return re.compile(pattern)


@pytest.fixture(scope="module")
def content_patterns() -> list[str]:
    """Every pattern the content compiles when it loads."""
    recorder = _Recorder()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(models, "PATTERNS", recorder)
        models.compiled.cache_clear()
        load_content()
    models.compiled.cache_clear()
    assert len(recorder.seen) > 1000
    return recorder.seen


def _filled(directory: Path, patterns: list[str]) -> None:
    cache = PatternCache()
    cache.use(directory)
    for pattern in patterns:
        cache.compile(pattern)
        cache.starts("test-reading", pattern, _reading)
    cache.save()


def _programs(path: Path) -> dict[str, list[object]]:
    """The kept file's programs, as lists (knowledge/kept.py's format)."""
    programs, _starts = kept.read(FILE_NAME, _BUILD, path.parent)
    return {pattern: list(program) for pattern, program in programs.items()}


def _rewrite(path: Path, programs: dict[str, list[object]]) -> None:
    _old, starts = kept.read(FILE_NAME, _BUILD, path.parent)
    kept.write(FILE_NAME, _BUILD, ({p: tuple(v) for p, v in programs.items()}, starts), path.parent)


def _reading(pattern: str) -> frozenset[str]:
    return _read_starts(sre_parse.parse(pattern))


def _compiles_as_re(directory: Path) -> None:
    cache = PatternCache()
    cache.use(directory)
    for pattern in SOME_PATTERNS:
        assert cache.compile(pattern) == re.compile(pattern)


def test_every_content_pattern_comes_back_as_re_compiles_it(
    tmp_path: Path, content_patterns: list[str]
) -> None:
    _filled(tmp_path, content_patterns)
    cache = PatternCache()
    cache.use(tmp_path)
    for pattern in content_patterns:
        # equal patterns have the same text, flags and engine program
        assert cache.compile(pattern) == re.compile(pattern), pattern
        assert cache.starts("test-reading", pattern, _fail) == _reading(pattern)


def _fail(pattern: str) -> frozenset[str]:
    raise AssertionError(f"read again although cached: {pattern}")


def test_a_warm_cache_compiles_nothing_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _filled(tmp_path, SOME_PATTERNS)
    cache = PatternCache()
    cache.use(tmp_path)
    # the first pattern of a process is compiled both ways, to check the file against re
    assert cache.compile(SOME_PATTERNS[0]) == re.compile(SOME_PATTERNS[0])
    monkeypatch.setattr(
        "knowledge.pattern_cache._program_of",
        lambda pattern: pytest.fail(f"compiled again: {pattern}"),
    )
    for pattern in SOME_PATTERNS:
        assert cache.compile(pattern) == re.compile(pattern)


def test_a_pattern_is_parsed_once_for_its_program_and_its_readings(
    content_patterns: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first start (nothing kept) reads the start strings from the parse the compiling
    made: what it reads is what reading the pattern on its own gives, and the program made
    after the reading is re's own."""
    expected = {pattern: _reading(pattern) for pattern in content_patterns}
    cache = PatternCache()  # no folder: nothing kept, as on a first start
    cache.read_trees_with("test-reading", _read_starts)
    for pattern in content_patterns:
        assert cache.compile(pattern) == re.compile(pattern), pattern
    monkeypatch.setattr(sre_parse, "parse", lambda *a: pytest.fail("parsed again"))
    for pattern in content_patterns:
        assert cache.starts("test-reading", pattern, _fail) == expected[pattern], pattern


def test_named_groups_survive(tmp_path: Path) -> None:
    _filled(tmp_path, SOME_PATTERNS)
    cache = PatternCache()
    cache.use(tmp_path)
    m = cache.compile(SOME_PATTERNS[1]).search("it lasted 12 minutes")
    assert m is not None and m.group("amount") == "12"


@pytest.mark.parametrize(
    "damage",
    [
        b"not zlib at all {",
        zlib.compress(b"not marshal"),
        zlib.compress(marshal.dumps(["a", "list"])),
        zlib.compress(marshal.dumps(("another python", _BUILD, ({}, {})))),
        zlib.compress(marshal.dumps((kept._BUILD, _BUILD, "a value of another shape"))),
    ],
    ids=["garbage", "not marshal", "wrong shape", "another build", "another value"],
)
def test_a_bad_file_is_ignored(
    tmp_path: Path, damage: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / FILE_NAME).write_bytes(damage)
    cache = PatternCache()
    with caplog.at_level(logging.WARNING):
        cache.use(tmp_path)
    for pattern in SOME_PATTERNS:
        assert cache.compile(pattern) == re.compile(pattern)
    cache.save()  # and a good file replaces it
    assert _programs(tmp_path / FILE_NAME)


def test_a_file_from_elsewhere_is_dropped_whole(tmp_path: Path) -> None:
    """Programs that the engine accepts but that are not this Python's (a file copied from
    another build under the same version string) are all compiled afresh."""
    _filled(tmp_path, SOME_PATTERNS)
    path = tmp_path / FILE_NAME
    programs = _programs(path)
    swapped = re.compile(r"\bnothing\b")
    donor = PatternCache()
    donor.use(tmp_path / "donor")
    donor.compile(swapped.pattern)
    donor.save()
    other = _programs(tmp_path / "donor" / FILE_NAME)
    _rewrite(path, {pattern: other[swapped.pattern] for pattern in programs})
    _compiles_as_re(tmp_path)


def test_a_damaged_program_is_compiled_afresh(tmp_path: Path) -> None:
    _filled(tmp_path, SOME_PATTERNS)
    path = tmp_path / FILE_NAME
    programs = _programs(path)
    for entry in programs.values():
        entry[1] = [999999, 1, 2]  # no program the engine accepts
    _rewrite(path, programs)
    _compiles_as_re(tmp_path)


def test_an_invalid_pattern_raises_as_re_does(tmp_path: Path) -> None:
    cache = PatternCache()
    cache.use(tmp_path)
    with pytest.raises(re.error):
        cache.compile(r"\b(unclosed")


def test_an_unwritable_folder_costs_nothing_but_time(tmp_path: Path) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("", "utf-8")
    cache = PatternCache()
    cache.use(blocked / "cache")
    assert cache.compile(SOME_PATTERNS[0]) == re.compile(SOME_PATTERNS[0])
    cache.save()  # logged, not raised


def test_no_folder_keeps_nothing(tmp_path: Path) -> None:
    cache = PatternCache()
    cache.use(None)
    assert cache.compile(SOME_PATTERNS[0]) == re.compile(SOME_PATTERNS[0])
    cache.save()
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("value", ["off", "", "None"])
def test_the_setting_turns_it_off(value: str) -> None:
    settings = Settings(_env_file=None, pattern_cache_dir=value)  # type: ignore[arg-type]
    assert settings.pattern_cache_dir is None


def test_cramp_bot_check_validates_and_fills_the_cache(tmp_path: Path) -> None:
    """In a fresh process, as an image build runs it: the next start finds every pattern."""
    env = {**os.environ, "PATTERN_CACHE_DIR": str(tmp_path), "PYTHONHASHSEED": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "bot", "check"], env=env, capture_output=True, text=True, check=True
    )
    assert "is valid" in done.stdout and str(tmp_path / FILE_NAME) in done.stdout
    written = {path.name: path.read_bytes() for path in tmp_path.iterdir()}
    programs, starts = kept.read(FILE_NAME, _BUILD, tmp_path)
    assert len(programs) > 1000 and starts
    # what else a start derives is kept beside them
    assert {"language-model.marshal", "english-words.marshal", "question-vectors.marshal"} <= set(
        written
    )
    assert {f"content-{path.name}.marshal" for path in Path("content").glob("*.yaml")} <= set(
        written
    )
    # Another process, other string hashes: every pattern it builds (the indexes' scanners
    # too) is one the file holds, so nothing is new and the file is not written again.
    subprocess.run(
        [sys.executable, "-m", "bot", "check"],
        env={**env, "PYTHONHASHSEED": "2"},
        capture_output=True,
        check=True,
    )
    assert {path.name: path.read_bytes() for path in tmp_path.iterdir()} == written
