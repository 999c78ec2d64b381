"""How near a message is in meaning to each topic's questions: a second opinion beside the
words it shares with them (knowledge.matcher).

wordllama's 256-dimension static embeddings: a vector per token of Llama 2's tokenizer,
averaged over the text. Its weights and tokenizer come from its PyPI package, written
once into `knowledge/data/wordllama_256.npz` (knowledge.embedding_build: the package
itself, with tokenizers and huggingface_hub, would take more room than the understanding
may); here numpy reads them and the tokenizer's byte-pair merges are applied as the
tokenizer does (checked against it on 30,000 English words). "my calves lock up on the
bike" is near "cramps during exercise" although they share no word.

A message is embedded twice, whole and by what it asks (its sentences ending with a
question mark), and the two unit vectors are averaged: a long story's background pulls
less, its question more. A topic's nearness is the mean similarity of its two nearest
questions (title, questions, FAQ questions), so one lucky phrasing does not carry a topic.
The table loads in a thread at start-up, like the language model; the first message
that needs it waits for it.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from knowledge.text import SEGMENT_MARK, Sentence

DIMENSIONS = 128
TABLE = Path(__file__).resolve().parent / "data" / f"wordllama_{DIMENSIONS}.npz"
# Each topic's nearness is the mean of its this many nearest questions.
_NEAREST = 2
# A question of a word or two ("why?") says too little of what is asked to pull on its own.
_FEWEST_ASKED = 3
# Llama 2's tokenizer marks the start of each word with this piece.
_WORD_START = "\u2581"
_WORDS_CACHED = 65536
# Merging is quadratic in a word's length: a 4,000-character "word" (keyboard mash, a
# pasted link) took 1.4 s. No word this long means anything to rank by.
_LONGEST_WORD = 40


class StaticEmbedding:
    """Token vectors and the tokenizer's merges, from the shipped table."""

    def __init__(self, path: Path = TABLE) -> None:
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
        """The word's tokens, as the tokenizer splits it: the lowest-ranked merge first."""
        whole = self._ids.get(_WORD_START + word)
        if whole is not None:  # what the merges reach for every such word of the word list
            return (whole,)
        parts = list(_WORD_START + word)
        while len(parts) > 1:
            ranked = [
                (rank, i)
                for i in range(len(parts) - 1)
                if (rank := self._rank.get(f"{parts[i]} {parts[i + 1]}")) is not None
            ]
            if not ranked:
                break
            _, i = min(ranked)
            parts[i : i + 2] = [parts[i] + parts[i + 1]]
        ids: list[int] = []
        for part in parts:
            known = self._ids.get(part)
            if known is not None:
                ids.append(known)
            else:  # the tokenizer's byte fallback
                ids += [self._ids.get(f"<0x{b:02X}>", 0) for b in part.encode("utf-8")]
        return tuple(ids)

    def text_ids(self, words: Iterable[str]) -> list[int]:
        return [
            token for word in words if len(word) <= _LONGEST_WORD for token in self.token_ids(word)
        ]

    def pooled(self, ids: Sequence[int], kept: Sequence[bool] | None = None) -> tuple[Any, Any]:
        """The unit vector of the tokens, and of those `kept` marks (None when it marks
        fewer than a short question's tokens). Zeros for no token."""
        import numpy as np

        if not ids:
            return np.zeros(DIMENSIONS, dtype=np.float32), None
        scales = self._scales[ids]
        rows = self._vectors[ids]
        whole = _unit(scales @ rows)
        if kept is None or sum(kept) < _FEWEST_ASKED:
            return whole, None
        return whole, _unit((scales * np.asarray(kept, dtype=np.float32)) @ rows)

    def embed(self, texts: Sequence[str]) -> Any:
        """Unit vectors, one row per text."""
        import numpy as np

        rows = [
            self.pooled(self.text_ids(w for w in t.split() if w != SEGMENT_MARK))[0] for t in texts
        ]
        return np.vstack(rows) if rows else np.zeros((0, DIMENSIONS), dtype=np.float32)


def _unit(vector: Any) -> Any:
    return vector / max(math.sqrt(float(vector @ vector)), 1e-9)


class SemanticIndex:
    """Each topic's questions as unit vectors, built in a thread. The questions come as
    the normaliser reads them (lower case, spelling mended), as messages do."""

    def __init__(self, questions: Mapping[str, Sequence[str]]) -> None:
        self.topic_ids = tuple(questions)
        self._model: StaticEmbedding | None = None
        self._vectors: Any = None
        # Row per topic: the indices of its questions, padded with the zero row.
        self._questions_of: Any = None
        self._error: BaseException | None = None
        self._built = threading.Event()
        threading.Thread(
            target=self._build, args=(questions,), name="semantic-index", daemon=True
        ).start()

    def _build(self, questions: Mapping[str, Sequence[str]]) -> None:
        try:
            import numpy as np

            model = StaticEmbedding()
            texts = [text for own in questions.values() for text in own]
            # A last row of zeros: what the topics with fewer questions are padded with
            # (a similarity of 0, under any question's that could count).
            self._vectors = np.vstack([model.embed(texts), np.zeros(DIMENSIONS, np.float32)])
            widest = max(len(own) for own in questions.values())
            padded = np.full((len(questions), max(widest, _NEAREST)), len(texts))
            first = 0
            for row, own in enumerate(questions.values()):
                padded[row, : len(own)] = np.arange(first, first + len(own))
                first += len(own)
            self._questions_of = padded
            self._model = model
        except BaseException as error:  # re-raised in the thread that asks
            self._error = error
        finally:
            self._built.set()

    def wait_ready(self) -> None:
        self._built.wait()
        if self._error is not None:
            raise RuntimeError("the semantic table failed to load") from self._error

    def nearness(self, sentences: Iterable[Sentence]) -> list[float]:
        """Per topic (in `topic_ids` order), the cosine similarity of the message (the
        sentences that say what it is about) to the topic's nearest questions."""
        self.wait_ready()
        assert self._model is not None
        import numpy as np

        ids: list[int] = []
        asked: list[bool] = []
        for sentence in sentences:
            tokens = self._model.text_ids(w for w in sentence.plain.split() if w != SEGMENT_MARK)
            ids += tokens
            asked += [sentence.question_mark] * len(tokens)
        whole, question = self._model.pooled(ids, asked)
        # Both unit vectors averaged (a message that asks nothing with a "?" is its whole).
        vector = whole if question is None else _unit(whole + question)
        per_topic = (self._vectors @ vector)[self._questions_of]
        nearest = np.partition(per_topic, -_NEAREST, axis=1)[:, -_NEAREST:]
        return (nearest.sum(axis=1) / _NEAREST).tolist()  # type: ignore[no-any-return]
