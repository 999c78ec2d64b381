"""Rank the topics for a message: which topic its words point to.

Three signals, all on canonical text (see knowledge.text):
- BM25 over each topic's title, questions, keywords and FAQ questions. Words of the
  sentences that ask something weigh more than the background of a story, so a long
  message is ranked by its question, with its story as context.
- BM25 over each stored question on its own, the best one per topic: a message close to
  one way of asking is not drowned by a topic whose many phrasings share a common word.
- fuzzy similarity (rapidfuzz) to the stored question phrasings, for short messages: a
  near-exact question wins outright.
- nearness in meaning to each topic's questions (knowledge.semantic), added on the BM25
  scale: a topic asked about in other words than its own gains.

The matcher only ranks. Whether the best topic is good enough, and how what the person
tells about themselves shifts it, is decided in knowledge.assistant.

BM25 is written out here (a few lines) rather than pulled in: the corpus is a couple of
dozen topics, and the libraries for it bring scipy or are unmaintained.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from knowledge.models import FaqEntry, Topic
from knowledge.semantic import Meaning, SemanticIndex
from knowledge.text import (
    SEGMENT_MARK,
    STOPWORDS,
    Normalised,
    Normaliser,
    Sentence,
    affirmed_words,
    answered_no,
)

_K1 = 1.2
_B = 0.75
_FUZZY_ACCEPT = 88.0
_FUZZY_MAX_WORDS = 12
_QUESTION_WEIGHT = 2.0
_STORY_WEIGHT = 1.0
_TIMING_IN_STORY = 0.3
_DENSE_SHARE = 0.25
# How much the nearest single question adds to the topic's own score, both scaled to
# their best (measured on the evaluation's development part: 0.3-1.0 all help; 0.5 with
# the leaning facts at 0.45, now 0.35: see knowledge.assistant).
_NEAREST_QUESTION_WEIGHT = 0.5
# What the topic nearest in meaning adds, as a share of the best BM25 score; a topic this
# much less near than the nearest (cosine similarity) adds nothing, those between less.
# Measured on the development part (README, Evaluation): 0.3-0.5 with a width of 0.1 help
# most, and most on real posts; wider lets every topic gain alike.
_SEMANTIC_WEIGHT = 0.5
_SEMANTIC_WIDTH = 0.1


def stem(word: str) -> str:
    """A deliberately light stemmer: plural and verb endings, enough for cramp/cramps/cramping."""
    for suffix, min_len in (("ing", 6), ("ies", 5), ("es", 5), ("ed", 5), ("s", 4)):
        if word.endswith(suffix) and len(word) >= min_len and not word.endswith("ss"):
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


# Words that tell when or how long: the subject of frequency_duration in a question, mere
# background in a story.
_TIMING = frozenset(
    stem(w)
    for w in [
        "second",
        "seconds",
        "minute",
        "minutes",
        "hours",
        "hour",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "time",
        "times",
        "ago",
        "every",
        "once",
        "twice",
        "often",
        "usually",
        "lasted",
        "lasting",
        "last",
        "sometimes",
    ]
)


# No topic's words: what an apostrophe leaves behind ("what s", "you ll"), words that say a
# question is coming, not what it is about ("i would like to ask the doctor"), and "old" of
# an age ("72 years old" read as the children's "my 6 year old"): an age is told by the
# facts of knowledge.understanding (a child, an older person).
_NO_TOPIC_WORDS = frozenset(
    ["s", "t", "m", "ll", "re", "ve", "ask", "asking", "asked", "wonder", "wondering", "old"]
)
# Every word a topic's terms leave out, in one set: terms() runs on every sentence.
_NOT_TERMS = STOPWORDS | _NO_TOPIC_WORDS | {SEGMENT_MARK}


def terms(canonical_text: str) -> list[str]:
    return [stem(w) for w in canonical_text.split() if w not in _NOT_TERMS]


class Bm25Index:
    """BM25 over a fixed set of documents, kept as postings: a message's few terms touch
    only the documents that hold them."""

    def __init__(self, documents: list[Counter[str]]) -> None:
        self.size = len(documents)
        doc_freq: Counter[str] = Counter()
        for doc in documents:
            doc_freq.update(doc.keys())
        self.idf = {
            t: math.log(1 + (self.size - df + 0.5) / (df + 0.5)) for t, df in doc_freq.items()
        }
        lengths = [sum(doc.values()) for doc in documents]
        average = sum(lengths) / max(self.size, 1)
        self._postings: dict[str, list[tuple[int, float]]] = {}
        for index, (doc, length) in enumerate(zip(documents, lengths, strict=True)):
            norm = _K1 * (1 - _B + _B * length / average)
            for term, tf in doc.items():
                part = self.idf[term] * tf * (_K1 + 1) / (tf + norm)
                self._postings.setdefault(term, []).append((index, part))
        # A term in most documents ("cramp") is added to them all in one pass, not one
        # document at a time.
        self._dense: dict[str, list[float]] = {}
        for term, postings in self._postings.items():
            if len(postings) > self.size * _DENSE_SHARE:
                row = [0.0] * self.size
                for index, part in postings:
                    row[index] = part
                self._dense[term] = row

    def scores(self, weights: dict[str, float]) -> list[float]:
        totals = [0.0] * self.size
        for term, weight in weights.items():
            row = self._dense.get(term)
            if row is not None:
                totals = [total + weight * part for total, part in zip(totals, row, strict=True)]
                continue
            for index, part in self._postings.get(term, ()):
                totals[index] += weight * part
        return totals


@dataclass(frozen=True)
class Ranking:
    # (topic id, score), best first; only topics with a score above zero.
    scores: tuple[tuple[str, float], ...]
    # A near-exact stored phrasing, if the message is one.
    phrasing: str | None
    # The share of the message's informative words that some topic knows.
    known_share: float
    # The best and the runner-up score of the words alone (BM25, before the nearness in
    # meaning is added): whether the words decide between topics.
    words_best: tuple[float, float]
    # What the ranking read, for the learned second opinion (knowledge.topic_model): the
    # terms of the sentences not denied, and the message's meaning (None without a table).
    terms: frozenset[str] = frozenset()
    meaning: Meaning | None = None

    @property
    def best(self) -> str | None:
        return self.phrasing or (self.scores[0][0] if self.scores else None)

    def score_of(self, topic_id: str) -> float:
        return dict(self.scores).get(topic_id, 0.0)


class TopicMatcher:
    def __init__(self, topics: Iterable[Topic], faq: Iterable[FaqEntry], normaliser: Normaliser):
        self._normaliser = normaliser
        faq_by_topic: dict[str, list[str]] = {}
        for entry in faq:
            faq_by_topic.setdefault(entry.topic, []).append(entry.question)
        self._topic_ids: list[str] = []
        topic_docs: list[Counter[str]] = []
        question_docs: list[Counter[str]] = []
        self._question_ranges: list[tuple[int, int]] = []
        semantic_questions: dict[str, list[str]] = {}
        self._phrasings: list[str] = []
        self._phrasing_topic: list[str] = []
        for topic in topics:
            questions = [*topic.questions, *faq_by_topic.get(topic.id, [])]
            texts = [
                topic.title,
                *questions,
                *topic.keywords,
                *topic.keywords,  # keywords count double: they are the topic's own vocabulary
            ]
            canonical = [normaliser.canonical(t) for t in texts]
            self._topic_ids.append(topic.id)
            topic_docs.append(Counter(t for c in canonical for t in terms(c)))
            first = len(question_docs)
            for question in [topic.title, *questions]:
                phrasing = normaliser.canonical(question)
                question_docs.append(Counter(terms(phrasing)))
                if question != topic.title:
                    self._phrasings.append(phrasing)
                    self._phrasing_topic.append(topic.id)
            # each topic's questions side by side: its nearest question is one max()
            self._question_ranges.append((first, len(question_docs)))
            semantic_questions[topic.id] = [
                normaliser.normalise(question).plain for question in [topic.title, *questions]
            ]
        self._semantic = SemanticIndex(semantic_questions)
        assert self._semantic.topic_ids == tuple(self._topic_ids)
        self._topics = Bm25Index(topic_docs)
        self._topic_terms = {
            topic_id: frozenset(doc)
            for topic_id, doc in zip(self._topic_ids, topic_docs, strict=True)
        }
        self._questions = Bm25Index(question_docs)

    @property
    def topic_ids(self) -> tuple[str, ...]:
        return tuple(self._topic_ids)

    def adds_words(self, topic_id: str, beside: str, message_terms: frozenset[str]) -> bool:
        """Whether `topic_id` knows a word of the message that `beside` does not: one that
        would lead there and not to the answer beside it ("wine" beside night cramps)."""
        own = self._topic_terms.get(topic_id, frozenset())
        return bool((own & message_terms) - self._topic_terms.get(beside, frozenset()))

    def wait_ready(self) -> None:
        """Until the nearness in meaning (loaded in a thread) can be asked."""
        self._semantic.wait_ready()

    def _combined(self, weights: dict[str, float]) -> list[float]:
        """The topic's score, plus its nearest question's, on the topic score's scale."""
        topic_scores = self._topics.scores(weights)
        question_scores = self._questions.scores(weights)
        nearest = [max(question_scores[first:last]) for first, last in self._question_ranges]
        top_topic, top_nearest = max(topic_scores), max(nearest)
        if top_nearest <= 0:
            return topic_scores
        scale = _NEAREST_QUESTION_WEIGHT * top_topic / top_nearest
        return [t + scale * n for t, n in zip(topic_scores, nearest, strict=True)]

    def _weights(self, sentences: list[Sentence]) -> dict[str, float]:
        asks = any(s.question for s in sentences)
        weights: dict[str, float] = {}
        for sentence in sentences:
            weight = _QUESTION_WEIGHT if (sentence.question or not asks) else _STORY_WEIGHT
            # A denied word says what the question is not about: "no chest pain, just cramps".
            for term in terms(" ".join(affirmed_words(sentence.canonical))):
                term_weight = weight
                if term in _TIMING and not sentence.question:
                    # A story tells when things happened ("last week", "for 2 minutes"),
                    # which says little about what it asks.
                    term_weight *= _TIMING_IN_STORY
                weights[term] = max(weights.get(term, 0.0), term_weight)
        return weights

    def rank(self, message: Normalised) -> Ranking:
        # "Swelling? nope." says what the message is not about.
        sentences = [
            s for i, s in enumerate(message.sentences) if not answered_no(message.sentences, i)
        ]
        weights = self._weights(sentences)
        if not weights:
            return Ranking((), None, 0.0, (0.0, 0.0))
        canonical = message.canonical.replace(SEGMENT_MARK, " ")
        phrasing = None
        if len(canonical.split()) <= _FUZZY_MAX_WORDS:
            best_phrase = process.extractOne(
                canonical, self._phrasings, scorer=fuzz.token_sort_ratio, score_cutoff=_FUZZY_ACCEPT
            )
            if best_phrase is not None:
                phrasing = self._phrasing_topic[best_phrase[2]]
        known = {t: w for t, w in weights.items() if t in self._topics.idf}
        known_share = len(known) / len(weights)
        scores = self._combined(known) if known else [0.0] * len(self._topic_ids)
        best, runner_up = [*sorted(scores, reverse=True)[:2], 0.0][:2]
        meaning = None
        if best > 0:  # meaning ranks what the words found something in, never alone
            meaning = self._semantic.meaning(sentences)
            near = meaning.nearness if meaning is not None else []
            nearest = max(near) if near else 0.0
            for i, similarity in enumerate(near):
                share = min(max((similarity - nearest) / _SEMANTIC_WIDTH + 1, 0.0), 1.0)
                scores[i] += _SEMANTIC_WEIGHT * best * share
        ranked = sorted(
            ((self._topic_ids[i], s) for i, s in enumerate(scores) if s > 0),
            key=lambda pair: pair[1],
            reverse=True,
        )
        return Ranking(
            tuple(ranked), phrasing, known_share, (best, runner_up), frozenset(weights), meaning
        )
