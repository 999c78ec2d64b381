"""What a start keeps for the next (knowledge/kept.py): a value comes back only under its
own key and this Python's build, and a bad or unwritable file costs only time."""

from __future__ import annotations

import logging
import zlib
from pathlib import Path

import pytest

from knowledge import kept


def test_a_value_comes_back_only_under_its_key(tmp_path: Path) -> None:
    value = ({"a": [1, 2, None]}, frozenset({"x", "y"}), b"\x00\x01", 1.5)
    assert kept.write("thing.marshal", "key-1", value, tmp_path) == tmp_path / "thing.marshal"
    assert kept.read("thing.marshal", "key-1", tmp_path) == value
    assert kept.read("thing.marshal", "key-2", tmp_path) is None
    assert kept.read("other.marshal", "key-1", tmp_path) is None


def test_nothing_is_kept_without_a_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kept, "_directory", None)  # as before any entry point names one
    assert kept.write("thing.marshal", "key", [1]) is None
    assert kept.read("thing.marshal", "key") is None


@pytest.mark.parametrize("damage", [b"", b"garbage", zlib.compress(b"\xff not marshal")])
def test_a_damaged_file_is_read_as_nothing(
    tmp_path: Path, damage: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "thing.marshal").write_bytes(damage)
    with caplog.at_level(logging.WARNING):
        assert kept.read("thing.marshal", "key", tmp_path) is None
    assert "deriving it afresh" in caplog.text


def test_what_marshal_cannot_hold_is_not_kept(tmp_path: Path) -> None:
    assert kept.write("thing.marshal", "key", [object()], tmp_path) is None
    assert not list(tmp_path.iterdir())


def test_an_unwritable_folder_costs_nothing_but_time(tmp_path: Path) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("", "utf-8")
    assert kept.write("thing.marshal", "key", [1], blocked / "cache") is None


@pytest.mark.parametrize("value", ["off", "", " None "])
def test_the_environment_can_turn_it_off(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("PATTERN_CACHE_DIR", value)
    assert kept.environment_directory() is None


def test_the_environment_names_the_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATTERN_CACHE_DIR", str(tmp_path))
    assert kept.environment_directory() == tmp_path
    monkeypatch.delenv("PATTERN_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert kept.environment_directory() == tmp_path / "cramp-coach"


def test_the_kept_language_model_reads_as_the_unpacked_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from knowledge.languages import KEPT_MODEL, _Detector, language_model

    codes, others = ("en", "es", "de", "hi"), ("en", "fr")
    texts = ["me duele la pierna", "mein Bein tut weh", "my leg hurts", "पैर में दर्द", "ok"]
    expected = [_Detector(codes).classify(text) for text in texts]
    expected_others = [_Detector(others).classify(text) for text in texts]
    monkeypatch.setattr(kept, "_directory", tmp_path)
    try:
        assert [_Detector(codes).classify(text) for text in texts] == expected  # and kept
        assert (tmp_path / KEPT_MODEL).is_file()
        language_model.cache_clear()  # as a new process would
        assert language_model(tmp_path).result().languages == codes
        assert [_Detector(codes).classify(text) for text in texts] == expected
        # kept for other languages: the whole model is unpacked again
        assert [_Detector(others).classify(text) for text in texts] == expected_others
    finally:
        language_model.cache_clear()


def test_kept_content_loads_as_parsed_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from knowledge.loader import load_content

    fresh = load_content()
    monkeypatch.setattr(kept, "_directory", tmp_path)
    first = load_content()  # parsed, and kept
    assert any(tmp_path.glob("content-*.marshal"))
    second = load_content()  # read back
    assert fresh == first == second


def test_a_language_model_kept_in_another_shape_is_unpacked_again(tmp_path: Path) -> None:
    from knowledge.languages import KEPT_MODEL, _kept_key, _read_or_unpack

    kept.write(KEPT_MODEL, _kept_key(), ("en",), tmp_path)
    tables = _read_or_unpack(tmp_path)
    assert tables.languages is None and "en" in tables.classes
