"""The learned second net under the red-flag concepts (knowledge.flag_model): shipped fit
for the current content and development part, speaking only where the rules found no sign
or only a same-day one and it reads an emergency, only on English messages long enough,
saying what a message sounds like."""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

import numpy as np
import pytest

from bot.render import answer as render_answer
from evaluation import train
from evaluation.scoring import load_part
from evaluation.train import current_fingerprint, fit_flags
from knowledge.assistant import Assistant, Kind
from knowledge.flag_model import (
    FEWEST_WORDS,
    MODEL,
    NO_SIGN,
    FlagModel,
    classes_of,
    flag_terms,
    loaded_flag_model,
)
from knowledge.loader import load_content
from tests.support.assistant import shared_assistant

# Batch 48's emergencies in words no rule knew when it arrived (blind, measured untuned):
# the net, fit on the other batches, caught these.
UNFORESEEN = {
    "chest_pain": (
        "Dad had his hip done a fortnight ago and his leg's been sore. Now he keeps rubbing "
        "his breastbone and says it's like a wet sandbag on him."
    ),
    "coughing_blood": (
        "since my op my calf has been sore and my hanky looked like a crime scene after coughing"
    ),
}


def bot() -> Assistant:
    return shared_assistant()


@cache
def rules_alone() -> Assistant:
    built = Assistant(load_content(), flag_model=None)
    built.wait_ready()
    return built


def test_the_shipped_model_is_fit_for_this_content_and_development_part() -> None:
    model = bot().flag_model.get()
    assert model is not None, "used by the assistant"
    assert (model.classes, model.levels) == classes_of(load_content().red_flags.signs)
    assert model.fingerprint == current_fingerprint(), (
        "the content or the development part changed since the red-flag model was fit: "
        "run `python -m evaluation.train` and commit knowledge/data"
    )
    assert model.weights.shape == (len(model.vocabulary), len(model.classes))


def test_words_and_neighbouring_pairs_within_a_sentence() -> None:
    message = bot().normaliser.normalise("No swelling. Breath bites")
    terms = flag_terms(message)
    assert {"no_swelling", "breath_bites"} <= terms
    assert "swelling_breath" not in terms, "a pair never spans two sentences"


def test_the_fit_on_terms_is_the_fit_on_their_rows() -> None:
    """The red-flag model's rows are given as the terms they use, the topic model's as
    rows: through the same minimiser, the same numbers."""
    rng = np.random.default_rng(7)
    used = [sorted(set(rng.integers(0, 40, size=rng.integers(0, 8)).tolist())) for _ in range(60)]
    labels = rng.integers(0, 3, size=60)
    dense = np.zeros((60, 40))
    for row, columns in enumerate(used):
        if columns:
            dense[row, columns] = 1 / np.sqrt(len(columns))
    sparse_fit = train._fit_softmax_sparse(used, 40, labels, 3)
    dense_fit = train._fit_softmax(dense, labels, 3)
    for a, b in zip(sparse_fit, dense_fit, strict=True):
        assert np.allclose(a, b, atol=1e-6)


def test_fitting_learns_which_words_go_with_which_sign() -> None:
    signs = load_content().red_flags.signs
    examples = [(frozenset({"spit", "red"}), "coughing_blood")] * 5 + [
        (frozenset({"calf", "night"}), NO_SIGN)
    ] * 5
    model = fit_flags(signs, examples, "fingerprint")
    assert model.vocabulary == ("calf", "night", "red", "spit")
    chances = model.probabilities({"spit", "unknown"})
    assert max(chances, key=chances.__getitem__) == "coughing_blood"
    assert model.probabilities({"calf"})[NO_SIGN] > 0.5


@pytest.mark.parametrize("sign", sorted(UNFORESEEN))
def test_an_emergency_in_words_no_rule_knows_is_caught_and_says_what_it_sounds_like(
    sign: str,
) -> None:
    text = UNFORESEEN[sign]
    assert rules_alone().answer(text).level != "emergency"
    found = bot().answer(text)
    assert (found.kind, found.level, found.sign) == (Kind.RED_FLAG, "emergency", sign)
    assert found.red_flags[0].learned
    shown = render_answer(found, bot().content)
    assert "sounds like it could be" in shown
    assert "You mentioned" not in shown
    assert "112" in shown


def test_the_rules_sign_stands_when_it_is_as_severe() -> None:
    """A sign the concepts read is never replaced by the net's guess."""
    for item in load_part("dev"):
        if item.language != "en" or item.level != "emergency":
            continue
        by_rules = rules_alone().answer(item.text)
        if by_rules.level == "emergency":
            both = bot().answer(item.text)
            assert (both.level, both.sign) == (by_rules.level, by_rules.sign), item.id
            # (an emergency of another language's words inside English has no rule's hit)
            assert not any(hit.learned for hit in both.red_flags), item.id


def test_short_messages_and_other_languages_are_left_to_the_rules() -> None:
    model = bot().flag_model.get()
    assert model is not None
    short = bot().normaliser.normalise("bye for now, thanks so much")
    assert len(short.words()) < FEWEST_WORDS
    assert model.judge(short, threshold=0.0) is None
    spanish = (
        "mi padre tose y escupe algo rojo desde que volvió del hospital, y tiene calambres "
        "en la pierna todas las noches, qué le doy para los calambres"
    )
    found = bot().answer(spanish)
    assert found.language == "es"
    assert not any(hit.learned for hit in found.red_flags)


def test_a_model_fit_for_other_signs_is_not_used(caplog: pytest.LogCaptureFixture) -> None:
    """A self-hoster who edits the signs keeps a working bot: the rules alone decide."""
    signs = [s for s in load_content().red_flags.signs if s.id != "toxic_exposure"]
    with caplog.at_level(logging.WARNING, logger="knowledge.flag_model"):
        loaded = loaded_flag_model(MODEL, signs)
        loaded.wait_ready()  # not an error: `cramp-bot check` passes
    assert loaded.get() is None
    assert "not used" in caplog.text


def test_a_file_that_does_not_fit_or_is_missing_fails_the_check(tmp_path: Path) -> None:
    model = bot().flag_model.get()
    assert model is not None
    broken = FlagModel(
        model.classes, model.levels, model.vocabulary[:-1], model.weights, model.bias, "x"
    )
    broken.save(tmp_path / "shape.npz")
    signs = load_content().red_flags.signs
    for name in ("shape.npz", "missing.npz"):
        loaded = loaded_flag_model(tmp_path / name, signs)
        with pytest.raises(RuntimeError, match="red-flag model"):
            loaded.wait_ready()
        assert loaded.get() is None


def test_saved_and_loaded_alike(tmp_path: Path) -> None:
    model = bot().flag_model.get()
    assert model is not None
    model.save(tmp_path / "model.npz")
    again = FlagModel.load(tmp_path / "model.npz")
    assert (again.classes, again.levels, again.vocabulary, again.fingerprint) == (
        model.classes,
        model.levels,
        model.vocabulary,
        model.fingerprint,
    )
    assert np.array_equal(again.weights, model.weights)


def test_an_emergency_beside_a_same_day_sign_is_raised_never_the_other_way() -> None:
    """The rules read the sore calf after a flight (same day); the net reads the breathing
    in words no rule knows, and the answer leads with it, the rules' sign kept behind. No
    word of breathing is there, so the net's reading is not named: the answer names the
    sign the rules recognised and gives the plain emergency advice (the net reads the same
    from "calf swollen since my knee surgery", where it would have named coughing blood)."""
    text = (
        "my husband is fighting for every mouthful of air since we got back from the long "
        "flight and his calf is sore"
    )
    by_rules = rules_alone().answer(text)
    assert by_rules.level == "urgent"
    both = bot().answer(text)
    learned = both.red_flags[0]
    assert (both.level, learned.sign.id, learned.learned, learned.named) == (
        "emergency",
        "breathless",
        True,
        False,
    )
    assert both.sign == by_rules.sign
    shown = render_answer(both, bot().content)
    assert f"You mentioned: {by_rules.red_flags[0].sign.label}" in shown
    assert learned.sign.label not in shown and "sounds like it could be" not in shown
    assert "call 112" in shown
    assert [hit.sign.id for hit in both.red_flags[1:]] == [h.sign.id for h in by_rules.red_flags]
    # a sign told in its own words is named, by the rules or by the net
    named = bot().answer("his calf is sore since the long flight and he is breathless, gasping")
    assert named.level == "emergency" and named.red_flags[0].named
    # a same-day reading of the net never joins a same-day sign of the rules (the red-flag
    # step alone: what follows it never changes a level)
    for item in load_part("dev"):
        by_rules = rules_alone().red_flag(item.text) if item.language == "en" else None
        if by_rules is not None and by_rules.level == "urgent":
            found = bot().red_flag(item.text)
            assert found is not None, item.id
            # (a same-day sign of another language's words has no rule's hit)
            assert found.level == "emergency" or not any(h.learned for h in found.red_flags), (
                item.id
            )


def test_the_rows_found_at_run_time_are_the_terms_it_was_fit_on() -> None:
    """`rows` walks the words once without building the pairs' strings; it must find
    exactly the known terms `flag_terms` gives the fitting."""
    model = bot().flag_model.get()
    assert model is not None
    row_of = {term: row for row, term in enumerate(model.vocabulary)}
    for item in load_part("dev")[::7]:
        message = bot().normaliser.normalise(item.text)
        expected = sorted(row_of[t] for t in flag_terms(message) if t in row_of)
        assert sorted(model.rows(message)) == expected, item.id
