"""Every word a content pattern names can reach it.

Patterns are searched in normalised text (knowledge/text.py): spelling corrected, and in
canonical text synonyms folded. A word the normaliser rewrites can never match: the pill
as a clot setting was long dead because "pill" folds into "medicine", "copd" was read as
"cold", "sprintec" as "sprint", "wouldve" as "wouldnt". These tests walk the words of
every alternation of whole words, `(a|b c|ds?)`, in the red-flag concepts and the
understanding patterns through the normaliser, as the text they are searched in is made.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from tests.support.assistant import shared_assistant

ASSISTANT = shared_assistant()
CONTENT = ASSISTANT.content
NORMALISER = ASSISTANT.normaliser

# An alternation of whole words: `(a|b c|ds?)`, neither glued to letters nor after `\w+`
# (`\w+(trozole|platin)` holds pieces of words, not words).
_WORD_GROUP = re.compile(r"(?:(?<=\\b)|(?<![a-z+*}]))\((?:\?:)?([a-z |?]+)\)(?![a-z])")


def _spellings(alternative: str) -> list[str]:
    """The texts one alternative stands for: `legs?` is "leg" and "legs"."""
    spelled = [""]
    for letter in alternative:
        if letter == "?":
            spelled = [*spelled, *(s[:-1] for s in spelled)]
        else:
            spelled = [s + letter for s in spelled]
    return [s.strip() for s in spelled if s.strip()]


def _groups(pattern: str) -> Iterator[set[str]]:
    for group in _WORD_GROUP.finditer(pattern):
        if "|" in group.group(1):
            yield {s for alternative in group.group(1).split("|") for s in _spellings(alternative)}


def _patterns() -> Iterator[tuple[str, str, str]]:
    """(where, pattern, the text it is searched in) for every pattern checked here."""
    for name, concept in CONTENT.red_flags.concepts.items():
        for pattern in concept.patterns:
            yield f"red_flags.yaml concepts.{name}", pattern, concept.text
    scope = CONTENT.understanding.scope
    for key in type(scope).model_fields:
        for pattern in getattr(scope, key):
            yield f"understanding.yaml scope.{key}", pattern, "canonical"
    for fact in CONTENT.understanding.facts:
        for pattern in fact.patterns:
            yield f"understanding.yaml facts.{fact.id}", pattern, "canonical"


PATTERNS = list(_patterns())


def test_the_walk_finds_the_alternations() -> None:
    # A walk that found nothing would pass everything.
    words = {w for _, p, _ in PATTERNS for group in _groups(p) for w in group}
    assert len(words) > 2000
    assert {"sprintec", "pred", "pill", "calf"} <= words


def _read(phrase: str, text: str) -> str:
    return NORMALISER.plain(phrase) if text == "plain" else NORMALISER.canonical(phrase)


def _found(phrase: str, text: str, group: set[str]) -> bool:
    """Whether the phrase, as the normaliser reads it, still holds one of its group."""
    read = f" {_read(phrase, text)} "
    return any(f" {member} " in read for member in group)


def test_every_phrase_of_a_pattern_can_be_found_as_it_is_written() -> None:
    """A phrase of an alternation is searched in text where the spelling corrector read
    every word it does not know as the nearest one it does ("copd" as "cold": a brand, a
    shorthand or a word of dialect needs a place in synonyms.yaml `words`), and where, in
    canonical text, synonyms are folded ("the pill" is "the medicine"). A phrase read as
    another of its own group ("hirts|hurts", "calf|calves"), or with words around one
    ("clot" is "blood clot"), is harmless; any other can never match.

    Mending one: the word it is read as is often wider ("night" is also in bed and asleep,
    "exercise" also the gym). Written into an exception (a negative lookahead) it can hide
    a real sign, as 45 probes of tests/knowledge/probes/review12.py showed: there, drop
    the dead word unless the wider one is right."""
    dead = sorted(
        {
            f"{where}: {phrase!r} is read as {_read(phrase, text)!r}"
            for where, pattern, text in PATTERNS
            for group in _groups(pattern)
            for phrase in group
            if not _found(phrase, text, group)
        }
    )
    assert not dead, "\n".join(dead)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("i wouldve fallen", "i wouldve fallen"),
        ("i have copd", "i have copd"),
        ("started sprintec", "started sprintec"),
    ],
)
def test_words_once_misread_stay_as_typed(typed: str, read: str) -> None:
    assert NORMALISER.plain(typed) == read
