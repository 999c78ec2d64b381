"""How near a message is in meaning to each topic's questions: a second opinion beside the
words it shares with them (knowledge.matcher).

wordllama's static embeddings: a vector per token of Llama 2's tokenizer, summed over the
text. Its weights and tokenizer come from its PyPI package, written once into
`knowledge/data/wordllama_128.npz` (knowledge.embedding_build: the package itself, with
tokenizers and huggingface_hub, would take more room than the understanding may); here
numpy reads them and the tokenizer's byte-pair merges are applied as the tokenizer does
(checked against it on all 160,572 words of pyspellchecker's English list). "is there a
pill that stops cramps instantly" is near the medicines for cramps although it shares no
word with their questions.

A message is embedded whole and by what it asks (its sentences ending with a question
mark), and the two unit vectors are averaged: a long story's background pulls less, its
question more. A topic's nearness is the mean similarity of its two nearest questions
(title, questions, FAQ questions), so one lucky phrasing does not carry a topic.

The table loads in a thread at start-up, like the language model (numpy is imported
there too, not on the start's own path); the first message that needs it waits for it.
Loaded, it takes 13-17 MB of memory (resident, and as Python counts it), once per
process. If it could not be loaded, topics are ranked by their words alone and the
failure is logged once; `cramp-bot check`, run when an image is built, fails instead.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from knowledge import kept
from knowledge.background import Background
from knowledge.text import SEGMENT_MARK, Sentence

DIMENSIONS = 128
TABLE = Path(__file__).resolve().parent / "data" / f"wordllama_{DIMENSIONS}.npz"
# Each topic's nearness is the mean of its this many nearest questions.
_NEAREST = 2
# A question of one or two tokens ("why", "cramps") says too little of what is asked to
# pull on its own.
_FEWEST_ASKED = 3
# Llama 2's tokenizer marks the start of each word with this piece.
_WORD_START = "\u2581"
_NO_MERGE = 1 << 30
# Enough for the words of real traffic; a flood of made-up words only evicts.
_WORDS_CACHED = 16384
# Merging is quadratic in a word's length: a 4,000-character "word" (keyboard mash, a
# pasted link) took 1.4 s, a hundred different 40-letter ones 17 ms. English words that
# mean something to rank by are shorter ("antiinflammatories" is 18).
_LONGEST_WORD = 24


@dataclass(frozen=True)
class Meaning:
    # The message's unit vector (numpy, DIMENSIONS floats).
    vector: Any
    # Per topic, in the index's `topic_ids` order: the cosine similarity to its nearest
    # questions.
    nearness: list[float]


class StaticEmbedding:
    """Token vectors and the tokenizer's merges, from the shipped table."""

    def __init__(self, path: Path) -> None:
        import numpy as np

        with np.load(path, allow_pickle=False) as table:
            self._vectors = table["vectors"]
            self._scales = table["scales"]
            pieces: list[str] = table["pieces"].tolist()
            merges: list[str] = table["merges"].tolist()
        self._ids = {piece: i for i, piece in enumerate(pieces)}
        # Keyed by "left right" as the tokenizer writes them: a dict of strings and ints
        # is no work for the garbage collector, one of tuples would be.
        self._rank = {merge: rank for rank, merge in enumerate(merges)}
        self.token_ids = lru_cache(maxsize=_WORDS_CACHED)(self._token_ids)

    def _token_ids(self, word: str) -> tuple[int, ...]:
        """The word's tokens, as the tokenizer splits it: the lowest-ranked merge first
        (the leftmost of equals)."""
        if not word:
            return ()
        whole = self._ids.get(_WORD_START + word)
        if whole is not None:  # what the merges reach for every such word of the word list
            return (whole,)
        parts = list(_WORD_START + word)
        rank_of = self._rank.get

        def rank(i: int) -> int:
            return rank_of(f"{parts[i]} {parts[i + 1]}", _NO_MERGE)

        # Each pair's rank, kept up to date around each merge (recomputing them all
        # made a long word quadratic in Python).
        ranks = [rank(i) for i in range(len(parts) - 1)]
        while ranks:
            best = min(ranks)
            if best == _NO_MERGE:
                break
            i = ranks.index(best)
            parts[i : i + 2] = [parts[i] + parts[i + 1]]
            del ranks[i]
            if i < len(ranks):
                ranks[i] = rank(i)
            if i > 0:
                ranks[i - 1] = rank(i - 1)
        ids: list[int] = []
        for part in parts:
            known = self._ids.get(part)
            if known is not None:
                ids.append(known)
            else:  # the tokenizer's byte fallback
                raw = part.encode("utf-8", "replace")
                ids += [self._ids.get(f"<0x{b:02X}>", 0) for b in raw]
        return tuple(ids)

    def text_ids(self, text: str) -> list[int]:
        """The tokens of a normalised text's words (not its segment marks, not a word too
        long to mean anything)."""
        return [
            token
            for word in text.split()
            if len(word) <= _LONGEST_WORD and word != SEGMENT_MARK
            for token in self.token_ids(word)
        ]

    def unit_sum(self, ids: Sequence[int], kept: Sequence[bool] | None = None) -> Any:
        """The unit vector of the tokens' sum (of those `kept` marks, if given); zeros for
        none."""
        import numpy as np

        if not ids:
            return np.zeros(DIMENSIONS, dtype=np.float32)
        scales = self._scales[ids]
        if kept is not None:
            scales = scales * np.asarray(kept, dtype=np.float32)
        return _unit(scales @ self._vectors[ids])

    def embed(self, texts: Sequence[str]) -> Any:
        """Unit vectors, one row per text."""
        import numpy as np

        rows = [self.unit_sum(self.text_ids(text)) for text in texts]
        return np.vstack(rows) if rows else np.zeros((0, DIMENSIONS), dtype=np.float32)


@cache
def load_table(path: Path) -> Background[StaticEmbedding]:
    """Start loading the table, once per process however many assistants are built (tests
    build many): the entry point calls this first thing, so it loads while the bot
    imports (it needs nothing of the content)."""
    return Background(f"the table of meanings ({path})", lambda: StaticEmbedding(path))


def _unit(vector: Any) -> Any:
    return vector / max(math.sqrt(float(vector @ vector)), 1e-9)


@dataclass(frozen=True)
class _Questions:
    """The table, and every topic question as a unit vector. Row per topic: the indices of
    its questions, padded to the widest topic, and which of them are real (padding never
    counts among the nearest)."""

    model: StaticEmbedding
    vectors: Any
    of_topic: Any
    real: Any


# The questions' vectors, kept from one start to the next (knowledge/kept.py): embedding
# five hundred questions word by word took half a second of a start.
_KEPT_VECTORS = "question-vectors.marshal"


def _embed_questions(questions: Mapping[str, Sequence[str]]) -> _Questions:
    import numpy as np

    if min(len(own) for own in questions.values()) < _NEAREST:
        raise ValueError(f"every topic needs {_NEAREST} questions to be near")
    model = load_table(TABLE).result()
    texts = [text for own in questions.values() for text in own]
    listed = hashlib.sha256(json.dumps(texts).encode()).hexdigest()
    key = f"{kept.source_key(TABLE)}|{DIMENSIONS}|{len(texts)}|{listed}"
    stored = kept.read(_KEPT_VECTORS, key)
    vectors = None
    if isinstance(stored, bytes) and len(stored) == len(texts) * DIMENSIONS * 4:
        vectors = np.frombuffer(stored, dtype=np.float32).reshape(len(texts), DIMENSIONS)
    if vectors is None:
        vectors = model.embed(texts)
        kept.write(_KEPT_VECTORS, key, np.ascontiguousarray(vectors, dtype=np.float32).tobytes())
    widest = max(len(own) for own in questions.values())
    padded = np.zeros((len(questions), widest), dtype=np.intp)
    real = np.zeros((len(questions), widest), dtype=bool)
    first = 0
    for row, own in enumerate(questions.values()):
        padded[row, : len(own)] = np.arange(first, first + len(own))
        real[row, : len(own)] = True
        first += len(own)
    return _Questions(model, vectors, padded, real)


class SemanticIndex:
    """Each topic's questions as unit vectors, built in a thread. The questions come as
    the normaliser reads them (lower case, spelling mended), as messages do."""

    def __init__(self, questions: Mapping[str, Sequence[str]]) -> None:
        self.topic_ids = tuple(questions)
        self._questions = Background(
            f"the topics' questions in the table of meanings ({TABLE})",
            lambda: _embed_questions(questions),
        )

    def wait_ready(self) -> None:
        """Until the table is loaded; raises if it could not be (`cramp-bot check`)."""
        self._questions.result()

    def nearness(self, sentences: Iterable[Sentence]) -> list[float] | None:
        """Per topic (in `topic_ids` order), the cosine similarity of the message (the
        sentences that say what it is about) to the topic's nearest questions; None when
        there is nothing to compare (no token, or no table)."""
        meaning = self.meaning(sentences)
        return None if meaning is None else meaning.nearness

    def meaning(self, sentences: Iterable[Sentence]) -> Meaning | None:
        """The message's unit vector and its nearness to each topic (see `nearness`)."""
        questions = self._questions.get()
        if questions is None:
            return None
        import numpy as np

        model = questions.model

        ids: list[int] = []
        asked: list[bool] = []
        for sentence in sentences:
            tokens = model.text_ids(sentence.plain)
            ids += tokens
            asked += [sentence.question_mark] * len(tokens)
        if not ids:
            return None
        vector = model.unit_sum(ids)
        if sum(asked) >= _FEWEST_ASKED:  # what it asks, averaged with the whole
            vector = _unit(vector + model.unit_sum(ids, asked))
        similarity = questions.vectors @ vector
        per_topic = np.where(questions.real, similarity[questions.of_topic], -np.inf)
        nearest = np.partition(per_topic, -_NEAREST, axis=1)[:, -_NEAREST:]
        return Meaning(vector, (nearest.sum(axis=1) / _NEAREST).tolist())
