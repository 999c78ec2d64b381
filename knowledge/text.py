"""Turn what people type into a canonical form that matching and red flags agree on.

Steps, in order: Unicode folding and lower case; punctuation to spaces; spelling
correction of unknown words against the content's own vocabulary (rapidfuzz);
then synonym folding ("water pills" -> "diuretic", "charley horse" -> "cramp").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache

from rapidfuzz import fuzz, process

# Longer input is cut: nobody describes a cramp in more than this, and it bounds the work.
MAX_INPUT_CHARS = 1000
_MIN_CORRECTABLE_LENGTH = 4
_CORRECTION_CUTOFF = 80.0

_APOSTROPHES = re.compile(r"['’`´ʼ]")
_NON_WORD = re.compile(r"[^0-9a-z]+")

# Function words carry no topic; they are never "corrected" into content words.
STOPWORDS = frozenset(
    """a about after again all am an and any are as at be been before being but by can
    could did do does doing for from get gets getting got had has have having he her here
    him his how i if in into is it its just me more most my myself of off on once only or
    other our out over own same she should so some such than that the their them then there
    these they this those through to too under until up very was we were what where
    which while whom will with would you your yours im ive id youre dont doesnt
    didnt isnt arent wasnt really also much many lot lots please thanks thank hi hello hey
    ok okay yes yeah well like go going make makes made need needs want know tell think anything
    something thing things way ways maybe might must shall may now right just even still""".split()  # noqa: SIM905
)

# Negation words: a red flag right after one of these ("no chest pain") does not fire.
NEGATIONS = frozenset({"no", "not", "without", "never", "nor", "dont", "didnt", "havent"})


def basic_normalise(text: str) -> str:
    """Lower case ASCII-ish words separated by single spaces."""
    text = unicodedata.normalize("NFKD", text[:MAX_INPUT_CHARS])
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = _APOSTROPHES.sub("", text)
    return _NON_WORD.sub(" ", text).strip()


class Normaliser:
    """Canonicalises text with the content's vocabulary and synonyms."""

    def __init__(self, synonyms: Mapping[str, Iterable[str]], vocabulary: Iterable[str]) -> None:
        self._variant_to_canonical: dict[str, str] = {}
        for canonical, variants in synonyms.items():
            canonical_norm = basic_normalise(canonical)
            for variant in variants:
                variant_norm = basic_normalise(variant)
                if variant_norm and variant_norm != canonical_norm:
                    self._variant_to_canonical[variant_norm] = canonical_norm
        phrases = sorted(self._variant_to_canonical, key=len, reverse=True)
        self._synonym_pattern = (
            re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")
            if phrases
            else None
        )
        words: set[str] = set()
        for phrase in [*vocabulary, *self._variant_to_canonical, *synonyms]:
            words.update(basic_normalise(phrase).split())
        self.vocabulary = frozenset(w for w in words if w not in STOPWORDS)
        self._by_length: dict[int, list[str]] = {}
        for word in self.vocabulary:
            self._by_length.setdefault(len(word), []).append(word)
        self._correct = lru_cache(maxsize=8192)(self._correct_uncached)

    def _correct_uncached(self, word: str) -> str:
        if (
            len(word) < _MIN_CORRECTABLE_LENGTH
            or word in self.vocabulary
            or word in STOPWORDS
            or word.isdigit()
        ):
            return word
        candidates = [
            w for n in range(len(word) - 2, len(word) + 3) for w in self._by_length.get(n, ())
        ]
        best = process.extractOne(
            word, candidates, scorer=fuzz.ratio, score_cutoff=_CORRECTION_CUTOFF
        )
        return best[0] if best else word

    def correct_spelling(self, text: str) -> str:
        return " ".join(self._correct(word) for word in text.split())

    def fold_synonyms(self, text: str) -> str:
        if self._synonym_pattern is None:
            return text
        return self._synonym_pattern.sub(lambda m: self._variant_to_canonical[m.group(0)], text)

    def canonical(self, text: str) -> str:
        """The form red-flag patterns and the matcher see."""
        basic = basic_normalise(text)
        # Fold first so multi-word lay phrases survive, then correct typos, then fold
        # again for variants that only appear once their spelling is fixed.
        return self.fold_synonyms(self.correct_spelling(self.fold_synonyms(basic)))
