"""Fit the topic model (knowledge.topic_model) and the red-flag model (knowledge.flag_model)
on the development part, and measure them on development messages they were not fit on.

python -m evaluation.train     fit on the whole development part and write
                               knowledge/data/topic_model.npz and flag_model.npz

The held-out test part is never read here.
"""

from __future__ import annotations

import hashlib
import math
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from evaluation.scoring import EVALUATION_DIR, Item, Outcome, Report, load_part, part_files
from knowledge.assistant import Assistant, Kind
from knowledge.flag_model import MODEL as FLAG_MODEL
from knowledge.flag_model import NO_SIGN, FlagModel, classes_of, flag_terms
from knowledge.loader import DEFAULT_CONTENT_DIR, load_content
from knowledge.models import Sign
from knowledge.semantic import DIMENSIONS, TABLE
from knowledge.topic_model import MODEL, Evidence, TopicModel, softmax

# What a fit depends on beside the development part: the content whose words score the
# topics or mend the spelling (a sign's examples are words the normaliser knows), and the
# table of meanings. A change to one of them calls for a new fit (a test says so).
_FIT_CONTENT = ("topics.yaml", "faq.yaml", "synonyms.yaml", "understanding.yaml", "red_flags.yaml")
FIT_INPUTS = (*(DEFAULT_CONTENT_DIR / name for name in _FIT_CONTENT), TABLE)
# A word of the development part becomes a feature when this many messages use it: rarer
# ones name a single message, not a way of asking.
FEWEST_MESSAGES = 3
# Measured by the cross-validation below: a penalty of 1e-4 with the assistant's weight
# of 1.0 gains the most real posts (1e-6 a few more written messages); 400 rounds of Adam
# at a step of 0.1 settle it.
PENALTY = 1e-4
ROUNDS = 400
STEP = 0.1
# Cross-validation folds: batches (files) of the development part, dealt round.
FOLDS = 9
# Batches written together, by the same hands or from the same pages, stay in one fold: a
# model that learned a writer's wording from one half must not be scored on the other
# (with 35 and 36 in different folds the figure was 1.7 points too high).
_GATHERED_TOGETHER = (("dev_fresh32", "dev_fresh33"), ("dev_fresh35", "dev_fresh36"))


def fit(
    topics: Sequence[str], examples: Sequence[tuple[Evidence, str]], fingerprint: str
) -> TopicModel:
    """Fit on (evidence, right topic) pairs; the vocabulary is theirs."""
    import numpy as np

    counts: dict[str, int] = {}
    for evidence, _ in examples:
        for term in evidence.terms:
            counts[term] = counts.get(term, 0) + 1
    vocabulary = sorted(t for t, n in counts.items() if n >= FEWEST_MESSAGES)
    index = {topic: i for i, topic in enumerate(topics)}
    layout = TopicModel(topics, vocabulary, None, None, fingerprint, DIMENSIONS)
    rows = np.vstack([layout.features(evidence) for evidence, _ in examples])
    labels = np.asarray([index[topic] for _, topic in examples])
    weights, bias = _fit_softmax(rows, labels, len(topics))
    return TopicModel(topics, vocabulary, weights, bias, fingerprint, DIMENSIONS)


def _fit_softmax(rows: Any, labels: Any, classes: int) -> tuple[Any, Any]:
    """Cross-entropy with an L2 penalty over feature rows (see `_minimise`). The topic
    model's rows are mostly zeros (its words): scipy's sparse products are several times
    faster than numpy's dense ones on them."""
    from scipy.sparse import csr_array

    return _minimise(csr_array(rows), labels, classes)


def _fit_softmax_sparse(
    used: Sequence[Sequence[int]], width: int, labels: Any, classes: int
) -> tuple[Any, Any]:
    """The same over rows given as the feature columns each uses, as a unit vector (the
    red-flag model's thousands of words and word pairs: dense rows would take a gigabyte)."""
    import numpy as np
    from scipy.sparse import csr_array

    lengths = [len(u) for u in used]
    rows = np.repeat(np.arange(len(used)), lengths)
    columns = np.fromiter((c for u in used for c in u), dtype=np.int64, count=len(rows))
    values = np.repeat([1.0 / math.sqrt(n) if n else 0.0 for n in lengths], lengths)
    return _minimise(
        csr_array((values, (rows, columns)), shape=(len(used), width)), labels, classes
    )


def _minimise(rows: Any, labels: Any, classes: int) -> tuple[Any, Any]:
    """Cross-entropy with an L2 penalty, minimised by full-batch Adam: seconds for the
    development part, the same result on every run of one machine. `rows` is a scipy
    sparse matrix, one row per example."""
    import numpy as np

    transposed = rows.T.tocsr()  # row-major both ways: each product walks its own rows
    width = rows.shape[1]
    weights = np.zeros((width, classes), dtype=np.float64)
    bias = np.zeros(classes, dtype=np.float64)
    target = np.eye(classes)[labels]
    moments = [np.zeros_like(weights), np.zeros_like(weights), np.zeros(classes), np.zeros(classes)]
    for step in range(1, ROUNDS + 1):
        error = (softmax(rows @ weights + bias) - target) / len(labels)
        gradients = (transposed @ error + PENALTY * weights, error.sum(axis=0))
        for k, (value, gradient) in enumerate(zip((weights, bias), gradients, strict=True)):
            first, second = moments[2 * k], moments[2 * k + 1]
            first *= 0.9
            first += 0.1 * gradient
            second *= 0.999
            second += 0.001 * gradient**2
            value -= STEP * (first / (1 - 0.9**step)) / (np.sqrt(second / (1 - 0.999**step)) + 1e-8)
    return weights.astype(np.float32), bias.astype(np.float32)


def fit_flags(
    signs: Sequence[Sign], examples: Sequence[tuple[frozenset[str], str]], fingerprint: str
) -> FlagModel:
    """Fit the red-flag model on (terms, class) pairs: NO_SIGN or a sign's id."""
    import numpy as np

    counts: dict[str, int] = {}
    for terms, _ in examples:
        for term in terms:
            counts[term] = counts.get(term, 0) + 1
    vocabulary = sorted(t for t, n in counts.items() if n >= FEWEST_MESSAGES)
    row_of = {term: i for i, term in enumerate(vocabulary)}
    classes, levels = classes_of(signs)
    index = {name: i for i, name in enumerate(classes)}
    used = [sorted(row_of[t] for t in terms if t in row_of) for terms, _ in examples]
    labels = np.asarray([index[name] for _, name in examples])
    weights, bias = _fit_softmax_sparse(used, len(vocabulary), labels, len(classes))
    return FlagModel(classes, levels, vocabulary, weights, bias, fingerprint)


def labelled_flags(
    assistant: Assistant, items: Sequence[Item]
) -> list[tuple[frozenset[str], str, Item]]:
    """(terms, class, item) for every English development message whose class is known:
    a red flag's sign, or NO_SIGN for a message that must not be alarmed."""
    signs = {sign.id for sign in assistant.content.red_flags.signs}
    found = []
    for item in items:
        if item.language != "en":
            continue
        if item.level is None:
            name = NO_SIGN
        elif item.sign in signs:
            name = item.sign
        else:
            continue
        found.append((flag_terms(assistant.normaliser.normalise(item.text)), name, item))
    return found


def fingerprint(inputs: Iterable[Path], development: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for path in [*inputs, *sorted(development)]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def current_fingerprint() -> str:
    return fingerprint(FIT_INPUTS, part_files("dev", EVALUATION_DIR))


def labelled_evidence(
    assistant: Assistant, items: Sequence[Item]
) -> list[tuple[Evidence, str, Item]]:
    """(evidence, right topic, item) for every labelled topic message that reaches the
    topic ranking. The assistant must use no model: evidence is what the scores alone
    were, as at run time before the model adds to them."""
    if assistant.topic_model.get() is not None:
        raise ValueError("fit on the scores alone: build the assistant with topic_model=None")
    found = []
    for item in items:
        if item.kind != "topic" or item.topic is None:
            continue
        answer = assistant.answer(item.text)
        if answer.kind is Kind.TOPIC and answer.evidence is not None:
            found.append((answer.evidence, item.topic, item))
    return found


def cross_validate(assistant: Assistant, items: Sequence[Item], folds: int = FOLDS) -> Report:
    """Every development message answered by a model fit on the other folds' batches;
    the assistant is left using no model."""
    assistant.topic_model.replace(None)
    assistant.flag_model.replace(None)
    fold_of = _folds({item.batch for item in items}, folds)
    labelled = labelled_evidence(assistant, items)
    flags = labelled_flags(assistant, items)
    signs = assistant.content.red_flags.signs
    fit_on = current_fingerprint()  # the development files and the table, read once
    report = Report(f"dev, {folds}-fold cross-validated (by batch)", [])
    for fold in range(folds):
        training = [(e, topic) for e, topic, item in labelled if fold_of[item.batch] != fold]
        model = fit(assistant.matcher.topic_ids, training, fit_on)
        assistant.topic_model.replace(model)
        flag_training = [(t, name) for t, name, item in flags if fold_of[item.batch] != fold]
        assistant.flag_model.replace(fit_flags(signs, flag_training, fit_on))
        report.outcomes += [
            Outcome(item, assistant.answer(item.text))
            for item in items
            if fold_of[item.batch] == fold
        ]
    assistant.topic_model.replace(None)
    assistant.flag_model.replace(None)
    return report


def _folds(batches: set[str], folds: int) -> dict[str, int]:
    """Each batch's fold: gatherings (a batch, or batches written together) dealt round."""
    gathering = {batch: batch for batch in batches}
    for together in _GATHERED_TOGETHER:
        for batch in together:
            gathering[batch] = together[0]
    order = sorted(set(gathering.values()))
    return {batch: order.index(gathering[batch]) % folds for batch in batches}


def main() -> None:
    start = time.perf_counter()
    assistant = Assistant(load_content(), topic_model=None, flag_model=None)
    assistant.wait_ready()
    development = load_part("dev")
    fit_on = current_fingerprint()
    labelled = labelled_evidence(assistant, development)
    model = fit(assistant.matcher.topic_ids, [(e, topic) for e, topic, _ in labelled], fit_on)
    model.save(MODEL)
    print(
        f"topic model: fit on {len(labelled)} development messages in "
        f"{time.perf_counter() - start:.1f} s: {len(model.topics)} topics, "
        f"{len(model.vocabulary)} words, {model.width} features; written to {MODEL}"
    )
    start = time.perf_counter()
    flags = labelled_flags(assistant, development)
    flag_model = fit_flags(
        assistant.content.red_flags.signs, [(t, name) for t, name, _ in flags], fit_on
    )
    flag_model.save(FLAG_MODEL)
    print(
        f"red-flag model: fit on {len(flags)} English development messages in "
        f"{time.perf_counter() - start:.1f} s: {len(flag_model.classes)} classes, "
        f"{len(flag_model.vocabulary)} words and pairs; written to {FLAG_MODEL}"
    )


if __name__ == "__main__":
    main()
