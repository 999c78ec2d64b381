"""Match a free-text question to the best topic, or to none.

Two signals, both computed on canonical text (see knowledge.text):
- BM25 over each topic's title, questions and keywords: which topic the words point to;
- fuzzy similarity (rapidfuzz) to the stored question phrasings: a near-exact question.
A topic wins only when the evidence is strong: a near-exact phrasing, or BM25 that
clearly beats the runner-up and covers most of what the question is about. Otherwise
the bot says it does not know, which beats a wrong confident answer.

BM25 is written out here (a few lines) rather than pulled in: the corpus is eighteen
topics, and the libraries for it bring numpy/scipy or are unmaintained.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from knowledge.models import FaqEntry, Topic
from knowledge.text import STOPWORDS, Normaliser

_K1 = 1.2
_B = 0.75
# Tuned on tests/test_matcher.py's question set; see that file for what each guards.
_FUZZY_ACCEPT = 88.0
_MIN_COVERAGE = 0.5
_MIN_SCORE = 1.0
_MIN_MARGIN = 1.25


def stem(word: str) -> str:
    """A deliberately light stemmer: plural and verb endings, enough for cramp/cramps/cramping."""
    for suffix, min_len in (("ing", 6), ("ies", 5), ("es", 5), ("ed", 5), ("s", 4)):
        if word.endswith(suffix) and len(word) >= min_len and not word.endswith("ss"):
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def terms(canonical_text: str) -> list[str]:
    return [stem(w) for w in canonical_text.split() if w not in STOPWORDS]


@dataclass(frozen=True)
class Match:
    topic_id: str | None
    score: float
    # Why the matcher decided as it did, for logs and tests.
    reason: str
    # Close runners-up, offered as buttons ("or did you mean...").
    alternatives: tuple[str, ...] = ()


class TopicMatcher:
    def __init__(self, topics: Iterable[Topic], faq: Iterable[FaqEntry], normaliser: Normaliser):
        self._normaliser = normaliser
        faq_by_topic: dict[str, list[str]] = {}
        for entry in faq:
            faq_by_topic.setdefault(entry.topic, []).append(entry.question)
        self._topic_ids: list[str] = []
        self._doc_terms: list[Counter[str]] = []
        self._phrasings: list[str] = []
        self._phrasing_topic: list[str] = []
        for topic in topics:
            texts = [
                topic.title,
                *topic.questions,
                *topic.keywords,
                *topic.keywords,  # keywords count double: they are the topic's own vocabulary
                *faq_by_topic.get(topic.id, []),
            ]
            canonical = [normaliser.canonical(t) for t in texts]
            self._topic_ids.append(topic.id)
            self._doc_terms.append(Counter(t for c in canonical for t in terms(c)))
            for question in [*topic.questions, *faq_by_topic.get(topic.id, [])]:
                self._phrasings.append(normaliser.canonical(question))
                self._phrasing_topic.append(topic.id)
        n_docs = len(self._doc_terms)
        doc_freq: Counter[str] = Counter()
        for doc in self._doc_terms:
            doc_freq.update(doc.keys())
        self._idf = {
            t: math.log(1 + (n_docs - df + 0.5) / (df + 0.5)) for t, df in doc_freq.items()
        }
        self._doc_len = [sum(doc.values()) for doc in self._doc_terms]
        self._avg_len = sum(self._doc_len) / max(n_docs, 1)

    def _bm25(self, query_terms: list[str]) -> list[float]:
        scores = []
        for doc, length in zip(self._doc_terms, self._doc_len, strict=True):
            score = 0.0
            norm = _K1 * (1 - _B + _B * length / self._avg_len)
            for term in query_terms:
                tf = doc.get(term, 0)
                if tf:
                    score += self._idf[term] * tf * (_K1 + 1) / (tf + norm)
            scores.append(score)
        return scores

    def match(self, text: str) -> Match:
        canonical = self._normaliser.canonical(text)
        return self.match_canonical(canonical)

    def match_canonical(self, canonical: str) -> Match:
        query_terms = list(dict.fromkeys(terms(canonical)))
        if not query_terms:
            return Match(None, 0.0, "no content words")

        best_phrase = process.extractOne(
            canonical, self._phrasings, scorer=fuzz.token_sort_ratio, score_cutoff=_FUZZY_ACCEPT
        )
        if best_phrase is not None:
            return Match(self._phrasing_topic[best_phrase[2]], best_phrase[1], "phrasing")

        known = [t for t in query_terms if t in self._idf]
        if not known:
            return Match(None, 0.0, "no known words")
        scores = self._bm25(known)
        ranked = sorted(range(len(scores)), key=scores.__getitem__, reverse=True)
        best = scores[ranked[0]]
        winner = ranked[0]
        # How much of the question (by informativeness) the winning topic speaks to:
        # unknown words count as highly informative, so off-topic questions score low.
        max_idf = max(self._idf.values())
        weight = {t: self._idf.get(t, max_idf) for t in query_terms}
        covered = sum(w for t, w in weight.items() if self._doc_terms[winner].get(t))
        coverage = covered / sum(weight.values())
        if best < _MIN_SCORE:
            return Match(None, best, f"weak score {best:.2f}")
        if coverage < _MIN_COVERAGE:
            return Match(None, best, f"low coverage {coverage:.2f}")
        close = tuple(
            self._topic_ids[i]
            for i in ranked[1:3]
            if scores[i] > 0 and best / scores[i] < _MIN_MARGIN
        )
        return Match(self._topic_ids[winner], best, f"bm25 coverage {coverage:.2f}", close)
