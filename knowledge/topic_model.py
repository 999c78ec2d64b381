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

`python -m evaluation.train` fits it and writes `knowledge/data/topic_model.npz`; it never
sees the held-out test part. `python -m evaluation --cross` measures it on development
messages it was not fit on. The file records a fingerprint of what it was fit on (the
content that scores topics, the development part): a test fails when they change and the
model was not fit again. A model fit for other topics (a self-hoster's edited content) is
not used: the scores alone decide, and that is logged once.
"""

from __future__ import annotations

import hashlib
import logging
import math
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

MODEL = Path(__file__).resolve().parent / "data" / "topic_model.npz"
# The content files whose text scores the topics: a change to them calls for a new fit.
SCORING_CONTENT = ("topics.yaml", "faq.yaml", "synonyms.yaml", "understanding.yaml")
# A word of the development part becomes a feature when this many messages use it: rarer
# ones name a single message, not a way of asking.
FEWEST_MESSAGES = 3
# Fitting (measured by 9-fold cross-validation on the development part, folds by file:
# a lighter penalty and 400 rounds of Adam fit best; README, "Evaluation").
PENALTY = 1e-6
ROUNDS = 400
STEP = 0.1


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
        return dict(zip(self.topics, _softmax(logits).tolist(), strict=True))

    @classmethod
    def fit(
        cls,
        topics: Sequence[str],
        examples: Sequence[tuple[Evidence, str]],
        fingerprint: str,
        dimensions: int,
    ) -> TopicModel:
        """Fit on (evidence, right topic) pairs; the vocabulary is theirs."""
        import numpy as np

        counts: dict[str, int] = {}
        for evidence, _ in examples:
            for term in evidence.terms:
                counts[term] = counts.get(term, 0) + 1
        vocabulary = sorted(t for t, n in counts.items() if n >= FEWEST_MESSAGES)
        index = {topic: i for i, topic in enumerate(topics)}
        empty = cls(topics, vocabulary, None, None, fingerprint, dimensions)
        rows = np.vstack([empty.features(evidence) for evidence, _ in examples])
        labels = np.asarray([index[topic] for _, topic in examples])
        weights, bias = _fit_softmax(rows, labels, len(topics))
        return cls(topics, vocabulary, weights, bias, fingerprint, dimensions)

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
        import numpy as np

        with np.load(path, allow_pickle=False) as saved:
            return cls(
                saved["topics"].tolist(),
                saved["vocabulary"].tolist(),
                saved["weights"],
                saved["bias"],
                str(saved["fingerprint"]),
                int(saved["dimensions"]),
            )


def _softmax(logits: Any) -> Any:
    import numpy as np

    shifted = np.exp(logits - logits.max(axis=-1, keepdims=True))
    return shifted / shifted.sum(axis=-1, keepdims=True)


def _fit_softmax(rows: Any, labels: Any, classes: int) -> tuple[Any, Any]:
    """Cross-entropy with a light L2 penalty, minimised by full-batch Adam: a few seconds
    for the development part, the same result on every run of one machine."""
    import numpy as np

    rows = np.asarray(rows, dtype=np.float64)  # once, not at every product
    weights = np.zeros((rows.shape[1], classes), dtype=np.float64)
    bias = np.zeros(classes, dtype=np.float64)
    target = np.eye(classes)[labels]
    moments = [np.zeros_like(weights), np.zeros_like(weights), np.zeros(classes), np.zeros(classes)]
    for step in range(1, ROUNDS + 1):
        error = (_softmax(rows @ weights + bias) - target) / len(labels)
        gradients = (rows.T @ error + PENALTY * weights, error.sum(axis=0))
        for k, (value, gradient) in enumerate(zip((weights, bias), gradients, strict=True)):
            first, second = moments[2 * k], moments[2 * k + 1]
            first *= 0.9
            first += 0.1 * gradient
            second *= 0.999
            second += 0.001 * gradient**2
            value -= STEP * (first / (1 - 0.9**step)) / (np.sqrt(second / (1 - 0.999**step)) + 1e-8)
    return weights.astype(np.float32), bias.astype(np.float32)


def fingerprint(content_dir: Path, development: Iterable[Path]) -> str:
    """What a fit depends on: the content that scores topics and the development part."""
    digest = hashlib.sha256()
    for path in [*(content_dir / name for name in SCORING_CONTENT), *sorted(development)]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


class FitForOtherTopics(ValueError):
    """The content's topics are not those the model was fit for (edited content)."""


class LoadedModel:
    """The shipped model, loaded in a thread at start-up (numpy is not imported on the
    start's own path); None when it is missing or fit for other topics."""

    def __init__(self, path: Path | None, topics: Sequence[str]) -> None:
        self._model: TopicModel | None = None
        self._error: BaseException | None = None
        self._loaded = threading.Event()
        if path is None:  # fitting a model: the scores alone
            self._loaded.set()
            return
        threading.Thread(
            target=self._load, args=(path, tuple(topics)), name="topic-model", daemon=True
        ).start()

    def _load(self, path: Path, topics: tuple[str, ...]) -> None:
        try:
            model = TopicModel.load(path)
            if model.topics != topics:
                raise FitForOtherTopics(f"fit for {model.topics}, the content has {topics}")
            self._model = model
        except FitForOtherTopics as error:  # a self-hoster's own topics: scores alone
            log.warning("the topic model (%s) is not used: %s", path, error)
        except BaseException as error:  # told to whoever waits, and logged
            self._error = error
            log.error("the topic model (%s) is not used: %r", path, error)
        finally:
            self._loaded.set()

    def replace(self, model: TopicModel | None) -> None:
        """Use this model from now on (cross-validation fits one per fold)."""
        self._loaded.wait()
        self._model, self._error = model, None

    def get(self) -> TopicModel | None:
        self._loaded.wait()
        return self._model

    def wait_ready(self) -> None:
        """Until loaded; raises if it could not be read (`cramp-bot check`: an image
        without it fails to build), not when it was fit for other topics."""
        self._loaded.wait()
        if self._error is not None:
            raise RuntimeError("the topic model could not be used") from self._error
