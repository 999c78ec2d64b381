"""The start strings only ever narrow where a red-flag pattern is searched: no match of
any content pattern starts anywhere the index does not offer."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from evaluation.scoring import load_part
from knowledge.alternation import alternation
from knowledge.loader import load_content
from knowledge.models import compiled
from knowledge.prefixes import PatternGroups, PrefixIndex, indexable, needle_of, starts_of
from tests.support.assistant import shared_assistant

ASSISTANT = shared_assistant()
CONCEPTS = ASSISTANT.content.red_flags.concepts
INDEX = {
    kind: PrefixIndex(
        (name, p) for name, c in CONCEPTS.items() if c.text == kind for p in c.patterns
    )
    for kind in ("canonical", "plain")
}
# Words the patterns are made of, so random texts hit them often.
VOCABULARY = sorted(
    {w for c in CONCEPTS.values() for p in c.patterns for w in re.findall(r"[a-z]{2,}", p)}
)


def test_start_strings_of_simple_patterns() -> None:
    assert starts_of(r"\bbreathless\b") == {"breat"}
    assert starts_of(r"\b(cant|cannot) get") == {"cant ", "canno"}
    assert starts_of(r"\bsobs?\b") == {"sob"}
    # anything unknown at the start: always searched
    assert starts_of(r"\b(\w+ ){0,3}pain") == {""}
    assert starts_of(r"pain") == {""}  # not anchored at a word boundary
    # a leading lookaround reads the text around the match, which starts at the boundary
    # after it all the same (a sentence mark in it, too)
    assert starts_of(r"(?<!power cut \| )(?<!lights )\bthe room went dark") == {"the r"}
    assert starts_of(r"(?!just)\b(it|cramp)") == {"it", "cramp"}


def _misses(text: str) -> list[str]:
    missed = []
    for name, concept in CONCEPTS.items():
        index = INDEX[concept.text]
        if name in index.anywhere:
            continue
        places = set(index.places(text).get(name, []))
        for pattern in concept.patterns:
            for m in compiled(pattern).finditer(text):  # re's own cache holds too few
                if m.start() not in places:
                    missed.append(f"{name}: {pattern} at {m.start()}")
    return missed


# Every eighth development message (near a thousand): real wording of every kind; every
# pattern is run on each, so a larger share took a minute and a half of `make test` once
# the part passed 7,700 messages (the random texts below cover the rest).
SAMPLE = load_part("dev")[::8]


def test_every_match_in_the_evaluation_messages_starts_at_an_offered_place() -> None:
    for item in SAMPLE:
        message = ASSISTANT.normaliser.normalise(item.text)
        for text in (message.canonical, message.plain):
            assert _misses(text) == [], item.id


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*VOCABULARY, "|", "i", "my", "a", "the", "3"]), max_size=40))
def test_every_match_in_random_texts_starts_at_an_offered_place(words: list[str]) -> None:
    assert _misses(" ".join(words)) == []


PHRASE = st.text(alphabet="abc d", min_size=1, max_size=6).map(str.strip).filter(bool)


@settings(max_examples=300, deadline=None)
@given(st.lists(PHRASE, min_size=1, max_size=12), st.text(alphabet="abc d", max_size=40))
def test_the_tree_alternation_finds_what_a_longest_first_one_finds(
    phrases: list[str], text: str
) -> None:
    longest_first = sorted(set(phrases), key=len, reverse=True)
    plain = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in longest_first) + r")\b")
    tree = re.compile(r"\b(?:" + alternation(phrases) + r")\b")
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_each_pattern_finds_what_finditer_finds_in_every_language() -> None:
    """The languages' reader judges every match for a denial, so it must see the matches a
    plain finditer sees, pattern by pattern, and never depend on a set's order (the hash
    seed): "seene pe bojh sa hai, dard nahi hai" once lost its undenied short match."""
    from knowledge.languages import _sign_key, _SignIndex, normalise_foreign

    content = load_content()
    foreign = [item for item in load_part("dev") if item.language != "en"]
    # as the reader holds them: each script's signs in one index, each language's words
    signs, words = _SignIndex._build(list(content.languages.languages))
    for language in content.languages.languages:
        # the signs, and the concept words the rules combine
        patterns_of = {str(sign): ps for sign, ps in language.signs.items()} | dict(language.words)
        own = [item.text for item in foreign if item.language == language.code]
        examples = [
            *language.emergency_examples,
            *language.ordinary_examples,
            *language.urgent_examples,
        ]
        for message in [*own, *examples]:
            text = normalise_foreign(message, language.latin)
            sign_scan = signs[language.latin].scan(text)
            word_scan = words[language.code].scan(text)
            for name, patterns in patterns_of.items():
                expected = sorted(m.span() for p in patterns for m in re.compile(p).finditer(text))
                found = (
                    word_scan.each_pattern(name)
                    if name in language.words
                    else sign_scan.each_pattern(_sign_key(language.code, name))
                )
                assert sorted(m.span() for m in found) == expected, (
                    language.code,
                    name,
                    message,
                )


def test_one_place_keeps_its_longest_match_whatever_the_patterns_order() -> None:
    """Which pattern came first at a place followed string hashes, so a span that decides
    ("lux interior from the cramps" holds the cramp, "lux interior" does not) changed from
    one process to the next."""
    short, long = r"\blux interior\b", r"\blux interior( \w+){0,4} (the )?cramp\b"
    text = "is lux interior from the cramp still alive"
    for patterns in ([short, long], [long, short]):
        found = PatternGroups({"band": patterns}).scan(text).matches("band")
        assert [m.group(0) for m in found] == ["lux interior from the cramp"]


def test_needles_of_simple_patterns() -> None:
    assert needle_of(r"(?:^|(?<=\| ))short (of|on) air\b") == "short "
    assert needle_of(r"\b(\d+|one|two) weeks? (postpartum|pp)\b") == " week"
    assert needle_of(r"^(?!.*\b(both|legs)\b).*\bcalf\b( \w+){0,3} (red|hot)\b") == "calf"
    assert needle_of(r"ab(c)d(?:ef)g") == "abcdefg"  # groups of plain letters join the run
    assert needle_of(r"a(bc)+d") == "bc"  # a repeat stands alone
    assert needle_of(r"(?i)abc") == ""  # any case: no plain run is sure
    assert needle_of(r"(a|b)") == ""


# Every pattern the indexes cannot narrow, searched only where its needle is: red flags'
# concepts, and every language's signs and words.
UNNARROWED = sorted(
    {p for c in CONCEPTS.values() for p in c.patterns if not indexable(p)}
    | {
        p
        for language in ASSISTANT.content.languages.languages
        for patterns in [*language.signs.values(), *language.words.values()]
        for p in patterns
        if not indexable(p)
    }
)


def test_every_match_of_an_unnarrowed_pattern_holds_its_needle() -> None:
    assert UNNARROWED
    texts = []
    for item in SAMPLE:
        message = ASSISTANT.normaliser.normalise(item.text)
        texts += [message.canonical, message.plain]
    for pattern in UNNARROWED:
        needle = needle_of(pattern)
        for text in texts:
            m = compiled(pattern).search(text)
            assert m is None or needle in text, (pattern, text)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(UNNARROWED), st.data())
def test_a_text_made_to_match_holds_the_needle(pattern: str, data: st.DataObject) -> None:
    needle = needle_of(pattern)
    words = [w for w in re.findall(r"[a-z]+ ?", pattern)] or ["a"]
    text = " ".join(data.draw(st.lists(st.sampled_from([*words, "|", "3", "my"]), max_size=30)))
    if compiled(pattern).search(text):
        assert needle in text, (pattern, text)


def test_a_scoped_flag_ends_the_needle() -> None:
    """ "(?i:Foo) bar" matches "FOO bar": the letters inside a scoped flag are not needed."""
    import re

    from knowledge.prefixes import _read_needle

    parsed = re.compile(r"(?i:Foo) bar")
    assert parsed.search("FOO bar")
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    assert _read_needle(sre_parse.parse(parsed.pattern)) <= {" bar"}
