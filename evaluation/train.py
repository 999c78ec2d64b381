"""Fit the topic model (knowledge.topic_model) on the development part, and measure it on
development messages it was not fit on.

python -m evaluation.train     fit on the whole development part and write
                               knowledge/data/topic_model.npz (a few seconds)

The held-out test part is never read here.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from evaluation.scoring import EVALUATION_DIR, Item, Outcome, Report, load_part, part_files
from knowledge.assistant import Assistant, Kind
from knowledge.loader import DEFAULT_CONTENT_DIR, load_content
from knowledge.semantic import DIMENSIONS
from knowledge.topic_model import MODEL, Evidence, TopicModel, fingerprint

# Cross-validation folds: batches (files) of the development part, dealt round.
FOLDS = 9


def examples(assistant: Assistant, items: Sequence[Item]) -> list[tuple[Evidence, str]]:
    """(evidence, right topic) for every topic message that reaches the topic ranking.
    The assistant must not use a model: evidence is what the scores alone were."""
    assert assistant.topic_model.get() is None, "fit on the scores alone"
    return [
        (evidence, item.topic)
        for item, evidence in zip(items, _evidence_of(assistant, items), strict=True)
        if evidence is not None and item.topic is not None
    ]


def current_fingerprint() -> str:
    return fingerprint(DEFAULT_CONTENT_DIR, part_files("dev", EVALUATION_DIR))


def fit(assistant: Assistant, items: Sequence[Item]) -> TopicModel:
    return TopicModel.fit(
        assistant.matcher.topic_ids, examples(assistant, items), current_fingerprint(), DIMENSIONS
    )


def cross_validate(assistant: Assistant, items: Sequence[Item], folds: int = FOLDS) -> Report:
    """Every development message answered by a model fit on the other folds' batches;
    the assistant is left using no model."""
    assistant.topic_model.replace(None)
    batches = sorted({item.batch for item in items})
    fold_of = {batch: i % folds for i, batch in enumerate(batches)}
    labelled = [
        (evidence, item.topic, item.batch)
        for item, evidence in zip(items, _evidence_of(assistant, items), strict=True)
        if evidence is not None and item.topic is not None
    ]
    report = Report(f"dev, {folds}-fold cross-validated (by file)", [])
    for fold in range(folds):
        training = [(e, topic) for e, topic, batch in labelled if fold_of[batch] != fold]
        model = TopicModel.fit(
            assistant.matcher.topic_ids, training, current_fingerprint(), DIMENSIONS
        )
        assistant.topic_model.replace(model)
        report.outcomes += [
            Outcome(item, assistant.answer(item.text))
            for item in items
            if fold_of[item.batch] == fold
        ]
    assistant.topic_model.replace(None)
    return report


def _evidence_of(assistant: Assistant, items: Sequence[Item]) -> list[Evidence | None]:
    """Per item, the evidence of a labelled topic message that reaches the ranking."""
    found: list[Evidence | None] = []
    for item in items:
        answer = assistant.answer(item.text) if item.kind == "topic" and item.topic else None
        usable = answer is not None and answer.kind is Kind.TOPIC
        found.append(answer.evidence if usable and answer is not None else None)
    return found


def main() -> None:
    start = time.perf_counter()
    assistant = Assistant(load_content(), topic_model=None)
    assistant.wait_ready()
    model = fit(assistant, load_part("dev"))
    model.save(MODEL)
    print(
        f"fit on the development part in {time.perf_counter() - start:.1f} s: "
        f"{len(model.topics)} topics, {len(model.vocabulary)} words, {model.width} features; "
        f"written to {MODEL}"
    )


if __name__ == "__main__":
    main()
