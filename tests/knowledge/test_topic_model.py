"""The learned second opinion on topics (knowledge.topic_model): shipped fit for the current
content and development part, computed as documented, used only to rank topics, and not
used when it does not fit the content."""

from __future__ import annotations

import logging
import math
from functools import cache
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evaluation.scoring import load_part
from evaluation.train import cross_validate, current_fingerprint, fit
from knowledge.assistant import Assistant, Kind
from knowledge.loader import load_content
from knowledge.semantic import DIMENSIONS
from knowledge.topic_model import MODEL, Evidence, TopicModel, loaded_topic_model
from tests.support.assistant import shared_assistant


def with_model() -> Assistant:
    return shared_assistant()


@cache
def scores_alone() -> Assistant:
    built = Assistant(load_content(), topic_model=None)
    built.wait_ready()
    return built


@cache
def shipped() -> TopicModel:
    return TopicModel.load(MODEL)


def test_the_shipped_model_is_fit_for_this_content_and_development_part() -> None:
    model = with_model().topic_model.get()
    assert model is not None, "used by the assistant"
    assert model.topics == with_model().matcher.topic_ids
    assert model.fingerprint == current_fingerprint(), (
        "the content that scores topics or the development part changed since the topic "
        "model was fit: run `python -m evaluation.train` and commit knowledge/data"
    )
    assert 1000 < len(model.vocabulary) < 10_000
    assert model.weights.shape == (model.width, len(model.topics))


def test_the_model_ships_in_the_package() -> None:
    text = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text("utf-8")
    assert 'knowledge = ["data/*.npz"' in text
    assert MODEL.parent.name == "data" and MODEL.suffix == ".npz"


evidence_strategy = st.builds(
    Evidence,
    scores=st.dictionaries(
        st.sampled_from(shipped().topics), st.floats(0.0, 50.0), min_size=1, max_size=8
    ),
    terms=st.frozensets(
        st.one_of(st.sampled_from(shipped().vocabulary), st.text(max_size=12)), max_size=40
    ),
    vector=st.one_of(
        st.none(),
        st.lists(st.floats(-1, 1), min_size=128, max_size=128).map(
            lambda xs: np.asarray(xs, dtype=np.float32)
        ),
    ),
    nearness=st.dictionaries(st.sampled_from(shipped().topics), st.floats(-1.0, 1.0)),
)


@settings(max_examples=200, deadline=None)
@given(evidence_strategy)
def test_probabilities_are_the_documented_product(evidence: Evidence) -> None:
    """Block by block at run time, one dense row when fitting: the same numbers."""
    model = shipped()
    probabilities = model.probabilities(evidence)
    logits = model.features(evidence) @ model.weights + model.bias
    dense = np.exp(logits - logits.max())
    dense /= dense.sum()
    assert list(probabilities) == list(model.topics)
    assert math.isclose(sum(probabilities.values()), 1.0, rel_tol=1e-5)
    assert np.allclose(list(probabilities.values()), dense, atol=1e-5)


def test_fitting_learns_which_words_go_with_which_topic() -> None:
    def evidence(*terms: str) -> Evidence:
        return Evidence({"a": 1.0, "b": 1.0}, frozenset(terms), None, {})

    examples = [(evidence("calf", "night"), "a")] * 5 + [(evidence("toe", "run"), "b")] * 5
    model = fit(("a", "b"), examples, "fingerprint")
    assert model.vocabulary == ("calf", "night", "run", "toe")
    assert model.probabilities(evidence("calf"))["a"] > 0.9
    assert model.probabilities(evidence("toe", "unknown"))["b"] > 0.9
    # an unknown word is no evidence
    assert math.isclose(model.probabilities(evidence("nothing"))["a"], 0.5, abs_tol=0.1)


def test_a_file_that_does_not_fit_fails_the_check(tmp_path: Path) -> None:
    """Weights of the wrong shape, or fit on other dimensions of meaning: not used, and
    `cramp-bot check` says so, rather than every topic message failing."""
    model = shipped()
    topics = model.topics
    broken = TopicModel(
        topics, model.vocabulary[:-1], model.weights, model.bias, "x", model.dimensions
    )
    broken.save(tmp_path / "shape.npz")
    other = TopicModel(topics, (), model.weights[: 64 + 44], model.bias, "x", 64)
    other.save(tmp_path / "dimensions.npz")
    for name in ("shape.npz", "dimensions.npz"):
        loaded = loaded_topic_model(tmp_path / name, topics, DIMENSIONS)
        with pytest.raises(RuntimeError, match="topic model"):
            loaded.wait_ready()
        assert loaded.get() is None


def test_saved_and_loaded_alike(tmp_path: Path) -> None:
    model = shipped()
    model.save(tmp_path / "model.npz")
    again = TopicModel.load(tmp_path / "model.npz")
    assert (again.topics, again.vocabulary, again.fingerprint, again.dimensions) == (
        model.topics,
        model.vocabulary,
        model.fingerprint,
        model.dimensions,
    )
    assert np.array_equal(again.weights, model.weights)


def test_it_ranks_topics_and_decides_nothing_else() -> None:
    """Red flags, other languages, small talk and out of scope answer alike with the model
    and without: it only reorders topics."""
    checked = 0
    for item in load_part("dev"):
        if item.kind == "topic" and item.level is None:
            continue
        learned, alone = with_model().answer(item.text), scores_alone().answer(item.text)
        assert (learned.kind, learned.level, learned.sign, learned.language) == (
            alone.kind,
            alone.level,
            alone.sign,
            alone.language,
        ), item.id
        if alone.kind is not Kind.TOPIC:
            assert learned.topic_id == alone.topic_id, item.id
        checked += 1
    assert checked > 1500


def test_a_model_fit_for_other_topics_is_not_used(caplog: pytest.LogCaptureFixture) -> None:
    """A self-hoster who edits the topics keeps a working bot: the scores alone rank."""
    with caplog.at_level(logging.WARNING, logger="knowledge.topic_model"):
        loaded = loaded_topic_model(MODEL, ("their_own_topic",), DIMENSIONS)
        loaded.wait_ready()  # not an error: `cramp-bot check` passes
    assert loaded.get() is None
    assert "not used" in caplog.text


def test_a_missing_model_fails_the_check_and_leaves_the_scores(tmp_path: Path) -> None:
    loaded = loaded_topic_model(
        tmp_path / "missing.npz", with_model().matcher.topic_ids, DIMENSIONS
    )
    with pytest.raises(RuntimeError, match="topic model"):
        loaded.wait_ready()
    assert loaded.get() is None
    bot = Assistant(load_content(), topic_model=tmp_path / "missing.npz")
    text = "what should i eat so my legs stop cramping when i run"
    assert bot.answer(text).topic_id == scores_alone().answer(text).topic_id


def test_cross_validation_answers_every_message_with_a_model_not_fit_on_it() -> None:
    items = [i for i in load_part("dev") if i.batch in {"dev_fresh2", "dev_fresh3", "dev_fresh4"}]
    bot = Assistant(load_content(), topic_model=None)
    report = cross_validate(bot, items, folds=3)
    assert sorted(o.item.id for o in report.outcomes) == sorted(i.id for i in items)
    assert bot.topic_model.get() is None
    hit, total = report.top1()
    assert total > 100 and hit / total > 0.6
