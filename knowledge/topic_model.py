"""A learned second opinion on which topic a message asks about.

The words (BM25), their nearness in meaning and what a person tells about themselves
score every topic (knowledge.matcher, knowledge.assistant). Those scores are written for
the topics' own questions; real messages ask in other ways, and which words and which
meanings go with which topic is there to be learned from the evaluation's development
part: thousands of labelled messages, 650 of them real posts.

The model is a multinomial logistic regression (a weight per feature and topic, fit with
numpy) over, for each message:
- the message's meaning: its unit vector in the table of meanings (knowledge.semantic);
- its nearness to each topic's questions;
- each topic's score, as a share of the best;
- which of the development part's words it uses (those in 3 messages or more), as a unit
  vector.
Its probabilities are added to the scores (knowledge.assistant), so a clear answer of the
words stands and a close call goes to what real messages taught. It decides nothing else:
red flags, other languages, small talk and out of scope are settled before any topic is
ranked.

Fitting lives with the evaluation (evaluation/train.py: `python -m evaluation.train` writes
`knowledge/data/topic_model.npz`; it never reads the held-out test part), and `make eval`
measures the model on development messages it was not fit on. This module only reads the
file and applies it. The file records a fingerprint of what it was fit on: a test fails
when that changed and the model was not fit again. A model fit for other topics (a
self-hoster's edited content) is not used: the scores alone decide, and that is logged
once; a file that cannot be read, or has the wrong shape, fails `cramp-bot check`.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from knowledge.background import LoadedModel

log = logging.getLogger(__name__)

MODEL = Path(__file__).resolve().parent / "data" / "topic_model.npz"


@dataclass(frozen=True)
class Evidence:
    """What the topic scores were built from, for one message."""

    # Each topic's score, after what the person told about themselves.
    scores: Mapping[str, float]
    # The matcher's terms of the sentences not denied.
    terms: frozenset[str]
    # The message's unit vector and per-topic nearness (knowledge.semantic.Meaning); None
    # without a table of meanings.
    vector: Any
    nearness: Mapping[str, float]


class TopicModel:
    """Fit weights: one column per topic, one row per feature (see `features`)."""

    def __init__(
        self,
        topics: Sequence[str],
        vocabulary: Sequence[str],
        weights: Any,
        bias: Any,
        fingerprint: str,
        dimensions: int,
    ) -> None:
        self.topics = tuple(topics)
        self.vocabulary = tuple(vocabulary)
        self._word_row = {word: i for i, word in enumerate(self.vocabulary)}
        self.weights = weights
        self.bias = bias
        self.fingerprint = fingerprint
        self.dimensions = dimensions

    @property
    def width(self) -> int:
        return self.dimensions + 2 * len(self.topics) + len(self.vocabulary)

    def features(self, evidence: Evidence) -> Any:
        """The message's feature row; zeros where the evidence has nothing (no meaning)."""
        import numpy as np

        row = np.zeros(self.width, dtype=np.float32)
        if evidence.vector is not None:
            row[: self.dimensions] = evidence.vector
        at = self.dimensions
        best = max(evidence.scores.values(), default=0.0)
        for i, topic in enumerate(self.topics):
            row[at + i] = evidence.nearness.get(topic, 0.0)
            if best > 0:
                row[at + len(self.topics) + i] = evidence.scores.get(topic, 0.0) / best
        at += 2 * len(self.topics)
        used = [self._word_row[t] for t in evidence.terms if t in self._word_row]
        if used:
            row[[at + i for i in used]] = 1.0 / math.sqrt(len(used))
        return row

    def probabilities(self, evidence: Evidence) -> dict[str, float]:
        """Per topic, the model's probability that the message asks about it. The same
        product as `features(evidence) @ weights`, block by block: a message uses a few
        of the thousands of words, and the dense row costs a tenth of a millisecond."""
        import numpy as np

        count, at = len(self.topics), self.dimensions
        logits = self.bias.copy()
        if evidence.vector is not None:
            logits += evidence.vector @ self.weights[:at]
        best = max(evidence.scores.values(), default=0.0)
        nearness = [evidence.nearness.get(topic, 0.0) for topic in self.topics]
        logits += np.asarray(nearness, dtype=np.float32) @ self.weights[at : at + count]
        if best > 0:
            shares = [evidence.scores.get(topic, 0.0) / best for topic in self.topics]
            logits += (
                np.asarray(shares, dtype=np.float32) @ self.weights[at + count : at + 2 * count]
            )
        used = [at + 2 * count + self._word_row[t] for t in evidence.terms if t in self._word_row]
        if used:
            logits += self.weights[used].sum(axis=0) / math.sqrt(len(used))
        return dict(zip(self.topics, softmax(logits).tolist(), strict=True))

    def save(self, path: Path) -> None:
        import numpy as np

        np.savez_compressed(
            path,
            topics=np.asarray(self.topics),
            vocabulary=np.asarray(self.vocabulary),
            weights=self.weights.astype(np.float32),
            bias=self.bias.astype(np.float32),
            fingerprint=np.asarray(self.fingerprint),
            dimensions=np.asarray(self.dimensions),
        )

    @classmethod
    def load(cls, path: Path) -> TopicModel:
        """The saved model; ValueError when its parts do not fit together."""
        import numpy as np

        with np.load(path, allow_pickle=False) as saved:
            model = cls(
                saved["topics"].tolist(),
                saved["vocabulary"].tolist(),
                saved["weights"],
                saved["bias"],
                str(saved["fingerprint"]),
                int(saved["dimensions"]),
            )
        if model.weights.shape != (model.width, len(model.topics)) or model.bias.shape != (
            len(model.topics),
        ):
            raise ValueError(f"weights {model.weights.shape} do not fit the layout {model.width}")
        return model


def softmax(logits: Any) -> Any:
    """Along the last axis (a message's topics): the fitting uses it too."""
    import numpy as np

    shifted = np.exp(logits - logits.max(axis=-1, keepdims=True))
    return shifted / shifted.sum(axis=-1, keepdims=True)


def _load_for(path: Path, topics: tuple[str, ...], dimensions: int) -> TopicModel | None:
    model = TopicModel.load(path)
    if model.dimensions != dimensions:
        raise ValueError(f"fit on {model.dimensions} dimensions of meaning, not {dimensions}")
    if model.topics != topics:  # a self-hoster's own topics: the scores alone rank
        log.warning(
            "the topic model (%s) is not used: fit for %s, the content has %s",
            path,
            model.topics,
            topics,
        )
        return None
    return model


def loaded_topic_model(
    path: Path | None, topics: Sequence[str], dimensions: int
) -> LoadedModel[TopicModel]:
    """The shipped topic model (None without a path: fitting, the scores alone)."""
    return LoadedModel(
        f"the topic model ({path})",
        None if path is None else lambda: _load_for(path, tuple(topics), dimensions),
    )
