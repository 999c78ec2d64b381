"""The nearness in meaning (knowledge.semantic): the shipped table, its tokenizer, and what
it adds to the ranking."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.assistant import Assistant
from knowledge.loader import load_content
from knowledge.semantic import _LONGEST_WORD, DIMENSIONS, TABLE, StaticEmbedding
from knowledge.text import SEGMENT_MARK

ROOT = Path(__file__).resolve().parents[2]


@cache
def model() -> StaticEmbedding:
    return StaticEmbedding(TABLE)


@cache
def assistant() -> Assistant:
    """Words and meaning, without the topic model fit on top of them
    (tests/knowledge/test_topic_model.py)."""
    built = Assistant(load_content(), topic_model=None)
    built.wait_ready()
    return built


def _decoded(word: str) -> str:
    """The word again, from its token ids (byte pieces joined back into characters)."""
    by_id = {i: piece for piece, i in model()._ids.items()}
    raw = b""
    for token in model().token_ids(word):
        piece = by_id[token]
        if piece.startswith("<0x") and piece.endswith(">") and len(piece) == 6:
            raw += bytes([int(piece[3:5], 16)])
        else:
            raw += piece.encode("utf-8")
    return raw.decode("utf-8")


def test_the_table_ships_with_the_project_and_its_licence() -> None:
    assert TABLE.is_file() and TABLE.is_relative_to(ROOT / "knowledge")
    notice = (TABLE.parent / "LICENSE").read_text(encoding="utf-8")
    assert "MIT License" in notice
    assert "wordllama 0.3.9" in (TABLE.parent / "README.md").read_text(encoding="utf-8")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "data/*.npz" in project["tool"]["setuptools"]["package-data"]["knowledge"]
    with np.load(TABLE, allow_pickle=False) as table:
        assert table["vectors"].shape == (32000, DIMENSIONS) == (32000, 128)
        assert table["vectors"].dtype == np.int8
        assert len(table["pieces"]) == 32000 and len(table["merges"]) > 60000


@pytest.mark.parametrize("word", ["cramp", "cramps", "magnesium", "charley", "calf's", "naïve"])
def test_a_word_splits_into_pieces_that_spell_it(word: str) -> None:
    assert _decoded(word) == "\u2581" + word


def test_common_words_are_whole_tokens_and_rare_ones_split() -> None:
    assert len(model().token_ids("night")) == 1
    assert len(model().token_ids("cramp")) <= 2
    assert len(model().token_ids("hypomagnesaemia")) > 2


# No deadline: the first example loads the model, and a loaded machine times that, not the code.
@settings(deadline=None)
@given(st.text(min_size=1, max_size=30).filter(lambda t: not any(c.isspace() for c in t)))
def test_any_word_survives_the_tokenizer(word: str) -> None:
    """Emoji, accents, symbols and stray bytes never fail: the byte fallback spells them."""
    assert _decoded(word) == "\u2581" + word


def test_words_too_long_to_mean_anything_are_not_tokenised() -> None:
    """Merging is quadratic in a word's length: a 4,000-character one took 1.4 s."""
    assert model().text_ids(f"cramp {'a' * 4000} {'x' * 25}") == model().text_ids("cramp")
    assert model().text_ids("antiinflammatories") != []
    assert model().text_ids(f"cramp {SEGMENT_MARK} night") == model().text_ids("cramp night")


@given(st.lists(st.text(max_size=40), max_size=4))
def test_embeddings_are_unit_rows_or_zero(texts: list[str]) -> None:
    rows = model().embed(texts)
    assert rows.shape == (len(texts), DIMENSIONS)
    for text, row in zip(texts, rows, strict=True):
        norm = float(np.linalg.norm(row))
        # the segment mark ("|", where the normaliser ended a clause) is no word
        has_words = any(
            len(word) <= _LONGEST_WORD and word != SEGMENT_MARK for word in text.split()
        )
        assert norm == pytest.approx(1.0, abs=1e-4) if has_words else norm == 0.0


def test_a_message_is_nearest_to_the_topic_it_means() -> None:
    bot = assistant()
    index = bot.matcher._semantic
    for text, topic in (
        ("legs jumpy at bedtime, can't keep still", "restless_legs"),
        ("is it my pills doing this", "medications_causing"),
        ("is there a pill that stops cramps instantly", "medicines_for_cramps"),
        ("do bananas actually work", "minerals"),
    ):
        nearness = index.nearness(bot.normaliser.normalise(text).sentences)
        assert index.topic_ids[int(np.argmax(nearness))] == topic, text


@pytest.mark.parametrize(
    ("text", "meant", "by_words_alone"),
    [
        # "b4 they even start" is prevention; the words alone land on "stop", a medicine's
        ("how to stop cramps b4 they even start", "prevention", "medications_causing"),
        ("is there a pill that stops cramps instantly", "medicines_for_cramps", "relief"),
        ("ice or heat for a cramp whats better", "relief", "treatment"),
    ],
)
def test_meaning_finds_the_topic_the_words_miss(
    text: str, meant: str, by_words_alone: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    bot = assistant()
    assert bot.answer(text).topic_id == meant
    monkeypatch.setattr("knowledge.matcher._SEMANTIC_WEIGHT", 0.0)
    assert bot.answer(text).topic_id == by_words_alone


def test_a_missing_table_stops_the_check_not_each_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`cramp-bot check` (run when an image is built) waits for it: an image without its
    table fails to build. A running bot that lost it ranks by the words alone."""
    monkeypatch.setattr("knowledge.semantic.TABLE", tmp_path / "missing.npz")
    without = Assistant(load_content(), topic_model=None)
    with pytest.raises(RuntimeError, match="table of meanings"):
        without.wait_ready()
    monkeypatch.setattr("knowledge.matcher._SEMANTIC_WEIGHT", 0.0)
    words_alone = assistant().answer("is there a pill that stops cramps instantly")
    assert without.answer("is there a pill that stops cramps instantly") == words_alone


def test_padding_never_counts_among_a_topics_nearest() -> None:
    """Topics have different numbers of questions: a message far from all of them gets
    its true (negative or small) nearness, not a padded zero."""
    index = assistant().matcher._semantic
    for text in ("the the the", "zzz qqq", "why"):
        nearness = index.nearness(assistant().normaliser.normalise(text).sentences)
        assert nearness is not None and all(np.isfinite(nearness))
        assert all(-1.0 <= n <= 1.0 for n in nearness)
