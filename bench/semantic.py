"""What a small embedding model would add to the lexical ranking (`python -m bench semantic`).

Not a dependency: this measures the option the README weighs. Install wordllama 0.3.9 (its
wheel ships its weights and tokenizer; numpy, tokenizers and safetensors, no PyTorch) into
the virtualenv to repeat it. Development part only; the test part is never tuned on.

Three rankings, each added to the bot's own (the assistant's whole decision runs, facts
and all), as `weight x best BM25 score x share`:
- nearest question: each topic's most similar content question, as a share of the best
  (a similarity 0.1 under the best counts nothing);
- nearest messages: a vote of the k most similar labelled development messages, each batch
  file left out of its own index (so no message finds itself or its batch's siblings);
- both.
Printed: top-1 over all development topic messages, and over dev_fresh14 alone (the
written batch kept untuned as a measurement).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from evaluation.scoring import EVALUATION_DIR, Item, _load_file
from knowledge.assistant import Assistant
from knowledge.loader import load_content
from knowledge.matcher import Ranking
from knowledge.text import Normalised

_NEIGHBOURS = 7
_UNTUNED_BATCH = "dev_fresh14.yaml"
_SETTINGS = {
    "lexical only": (0.0, 0.0),
    "nearest question (0.2)": (0.2, 0.0),
    "nearest messages (0.6)": (0.0, 0.6),
    "both (0.2, 0.4)": (0.2, 0.4),
}


def _model() -> Any:
    spec = importlib.util.find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        return None
    from wordllama import WordLlama  # type: ignore[import-untyped,import-not-found,unused-ignore]

    folder = Path(next(iter(spec.submodule_search_locations)))
    # Its own folder as the cache: the package looks for "tokenizer/" but ships "tokenizers/".
    return WordLlama.load(dim=256, cache_dir=folder, disable_download=True)


def report() -> str:
    model = _model()
    if model is None:
        return "semantic: wordllama is not installed (pip install wordllama==0.3.9 to measure)"
    import numpy as np

    content = load_content(Path("content"))
    assistant = Assistant(content)
    topic_ids = list(content.topics)
    questions: list[str] = []
    owners: list[int] = []
    faq = [(entry.topic, entry.question) for entry in content.faq]
    for index, topic_id in enumerate(topic_ids):
        topic = content.topics[topic_id]
        own = [topic.title, *topic.questions, *(q for t, q in faq if t == topic_id)]
        questions += own
        owners += [index] * len(own)
    question_vectors = model.embed(questions, norm=True)
    owner = np.array(owners)

    batches = sorted(EVALUATION_DIR.glob("dev*.yaml"))
    items: list[tuple[str, Item]] = [
        (path.name, item)
        for path in batches
        for item in _load_file(path)
        if item.kind == "topic" and item.level is None and item.topic
    ]
    vectors = model.embed([item.text for _, item in items], norm=True)
    batch_of = np.array([name for name, _ in items])
    labels = np.array([topic_ids.index(str(item.topic)) for _, item in items])

    lexical = assistant.matcher.rank
    current: dict[str, Any] = {}

    def blended(message: Normalised) -> Ranking:
        ranking = lexical(message)
        near_q, near_m = current["weights"]
        if not ranking.scores or (near_q == 0 and near_m == 0):
            return ranking
        vector = current["vector"]
        per_question = question_vectors @ vector
        nearest = np.array([per_question[owner == i].max() for i in range(len(topic_ids))])
        question_share = np.clip((nearest - nearest.max()) / 0.1 + 1, 0, 1)
        similar = vectors @ vector
        similar[batch_of == current["batch"]] = -1.0
        vote = np.zeros(len(topic_ids))
        for j in np.argsort(-similar)[:_NEIGHBOURS]:
            vote[labels[j]] += max(float(similar[j]), 0.0) ** 2
        vote = vote / vote.max() if vote.max() > 0 else vote
        best = ranking.scores[0][1]
        own = dict(ranking.scores)
        scores = {
            t: own.get(t, 0.0) + best * (near_q * question_share[i] + near_m * vote[i])
            for i, t in enumerate(topic_ids)
        }
        ranked = sorted(((t, s) for t, s in scores.items() if s > 0), key=lambda p: -p[1])
        return replace(ranking, scores=tuple(ranked))

    setattr(assistant.matcher, "rank", blended)  # noqa: B010 - a measurement, not the bot
    lines = [f"semantic ({len(items)} development topic messages, wordllama 256 dims):"]
    for name, weights in _SETTINGS.items():
        current["weights"] = weights
        right, untuned = _top1(assistant, items, vectors, current)
        lines.append(
            f"  {name:<28} top-1 {right}/{len(items)} ({right / len(items):.1%}), "
            f"{_UNTUNED_BATCH} {untuned}"
        )
    return "\n".join(lines)


def _top1(
    assistant: Assistant, items: list[tuple[str, Item]], vectors: Any, current: dict[str, Any]
) -> tuple[int, int]:
    right = untuned = 0
    answer: Callable[[str], Any] = assistant.answer
    for index, (batch, item) in enumerate(items):
        current["vector"], current["batch"] = vectors[index], batch
        good = answer(item.text).topic_id in item.accepted_topics
        right += good
        untuned += good and batch == _UNTUNED_BATCH
    return right, untuned
