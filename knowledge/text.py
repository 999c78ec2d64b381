"""Turn what people type into forms that red flags and topic matching agree on.

A message is cut into sentences, and each sentence into segments at commas and at
"but", "however", "although": a denial ("no chest pain, but...") reaches no further than
its segment. Each segment is then
- `plain`: Unicode folded, lower case, punctuation gone, and spelling corrected, but only
  for words that are no English word at all ("crmap" -> "cramp"; "read" stays "read");
- `canonical`: the plain form with the lay words and variants of content/synonyms.yaml
  folded into one word ("swollen" -> "swelling", "charley horse" -> "cramp").
Segments are joined with " | ", a mark no pattern crosses.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import accumulate
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA

from knowledge import kept
from knowledge.alternation import alternation
from knowledge.pattern_cache import PATTERNS

# Telegram's own limit for one message: nothing longer can arrive, and a red flag may sit
# at the end of a long story.
MAX_INPUT_CHARS = 4096
SEGMENT_MARK = "|"
_MIN_CORRECTABLE_LENGTH = 4
_SHORT_WORD = 6
# Small words people glue to the next one: "alot", "abit", "atleast", "everytime", "thankyou";
# the longest first ("aswell" is "as well", not "a swell").
_GLUED_FIRST_WORDS = ("thank", "every", "some", "each", "any", "at", "as", "in", "on", "no", "a")


def part_starts(parts: Sequence[str]) -> list[int]:
    """Where each part (a sentence, a segment) begins once they are joined as the
    normalised text joins them, f" {SEGMENT_MARK} ": bisect_right(starts, at) - 1 is the
    part that holds offset `at`."""
    return list(accumulate((len(part) + len(SEGMENT_MARK) + 2 for part in parts), initial=0))


_APOSTROPHES = re.compile(r"['’`´ʼ]")
_NON_WORD = re.compile(r"[^0-9a-z]+")
# A dot between digits is a time or a decimal ("since 6.15"), not the end of a sentence.
_SENTENCE_END = re.compile(r"((?:(?<!\d)\.|\.(?!\d)|[!?;\n\r…])+|\s[-–—]+\s|\s:\s)")
_SEGMENT_BREAK = re.compile(r"(,|\b(?:but|however|although|though|whereas)\b)", re.IGNORECASE)
# "no chest pain, breathlessness or coughing": a denial that opens a list before a comma
# reaches the rest of the list, kept in its segment (not "no chest pain but breathless or
# dizzy", nor "i didnt sleep, breathless all night": a verb is denied there)
_LIST_DENIALS = frozenset(["no", "not", "without", "nor", "neither", "never"])
_DENIAL_OPENING = 4
_LIST_AFTER = 8

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


# Contractions typed without their apostrophe are words, never typos: "hadnt" is not "hasnt".
_CONTRACTIONS = frozenset(
    """hadnt wouldnt shouldnt couldnt mustnt neednt mightnt werent wasnt isnt arent aint
    havent hasnt didnt doesnt dont wont cant shant youd youll youve theyre theyve theyd
    theyll hes shes weve wed whats thats theres heres itll ive id im wouldve couldve
    shouldve mustve mightve""".split()  # noqa: SIM905
)


NEGATIONS = frozenset(
    """no not never without nor dont doesnt didnt havent hasnt isnt arent wasnt werent
    wont denies deny neither none nothing zero nope nobody noone""".split()  # noqa: SIM905
)
# A one-word answer to a sign asked back ("Swelling? nope."): the sign is denied.
DENIALS = frozenset(["no", "nope", "nah", "none", "never", "negative"])
AFFIRMATIONS = frozenset(["yes", "yeah", "yep", "yup", "aye"])
# A question that starts so asks in general ("can cramps cause...", "is it normal..."),
# unless it asks about the person's own leg, as a form does ("is the leg swollen?").
_GENERAL_QUESTION_STARTS = frozenset(
    [
        "can",
        "could",
        "does",
        "do",
        "did",
        "is",
        "are",
        "was",
        "would",
        "will",
        "should",
        "what",
        "why",
        "how",
        "when",
        "where",
        "who",
    ]
)
_ABOUT_THE_PERSON = re.compile(
    r"(is|are|was|were) (the|your|my|his|her) |(do|did) you (have|get|feel)|"
    r"(is|was) it (red|swollen|swelling|hot|warm|painful|sore|hard|blue|white|cold|numb|bigger)|"
    r"(have|has) (you|the|your) "
)
# Words that end a denial's reach: a new clause, a new subject, a contrast.
_SCOPE_ENDS = frozenset(
    """but just only except although though however yet still now because since so then
    i my me im ive he she his her it its they their we our you your why what how when
    whether if know sure idea matter which who until today yesterday
    hes shes theyre youre theyve weve""".split()  # noqa: SIM905 ("hes" is "he's" typed fast)
)
_NEGATION_REACH = 7
# Words that carry a list of denied things on past a comma or past "before".
_LIST_GOES_ON = frozenset(["or", "nor"])
_WHICH_ONE = [["the", side, "one"] for side in ("left", "right", "other")]
# "wasn't wearing gloves and got a small cut": a new clause, the cut is not denied.
_NEW_CLAUSE_AFTER_AND = frozenset(
    [
        "got",
        "get",
        "gets",
        "then",
        "now",
        "had",
        "has",
        "was",
        "is",
        "went",
        "started",
        "developed",
        "noticed",
        "cut",
        # "the foot has no colour and feels cold as ice": a new clause, the cold is told
        "feels",
        "felt",
        "looks",
        "looked",
        "turned",
        "became",
        "seems",
        "seemed",
    ]
)
_COUNTERFACTUAL = frozenset(["should", "would", "could", "shouldnt", "wouldnt"])
# "never had chest pain like this" reports chest pain.
# ("never had chest pain or anything like that" denies it.)
_NEVER_BEFORE = re.compile(r"\b(like this|before|this bad|so bad)\b")
# "I can't see any swelling" denies what is looked for. Only looking, and only at a thing:
# "cant" alone is no negation ("cant breathe", "cant feel my foot" are signs), and "couldnt
# see straight and slurred speech" tells of the eyes. (The "cant" words are _CANNOT below.)
_LOOKING = frozenset(["see", "spot", "notice", "find"])
_LOOKED_FOR = frozenset(["any", "much", "signs", "sign", "obvious", "visible"])
# Only what the eye can find: "cant see any swelling and short of breath" denies no breath.
_VISIBLE = frozenset(
    """swelling swollen puffy puffiness red redness rash vein veins bruise bruises bruising
    mark marks lump lumps colour color discolouration discoloration blue purple dark darker
    blotch blotches patch patches spot spots""".split()  # noqa: SIM905
)


# What cannot be done: before a look ("dont see any swelling"), and what makes "without" a
# double negative: "cant walk 50 metres without getting breathless", "unable to climb one
# flight without gasping", "never a day without chest pain" (not "cant complain, walked 5
# miles without any", "cant sit around all day so i swam 20 lengths without any shortness
# of breath": another clause's "cant")
_CANNOT = frozenset(
    {
        "cant",
        "cannot",
        "couldnt",
        "unable",
        "hardly",
        "barely",
        "impossible",
        "never",
        "dont",
        "wont",
    }
)
# between the "cant" and the verb: "cant seem to walk", "wont be able to walk", "cant even get"
_FILLERS = frozenset("seem to be able even really actually ever".split())  # noqa: SIM905
# "not a single step without gasping", "not had a night without waking up breathless"
_SPANS = frozenset("step steps day days night nights walk walks time minute moment hour".split())  # noqa: SIM905
_CAN_DO = frozenset(
    """walk go get climb sleep do manage make move stand sit lie talk eat breathe remember
    take reach cross carry lift""".split()  # noqa: SIM905
)
_CLAUSE_WORDS = frozenset("so and then but because cos coz as after before".split())  # noqa: SIM905
# ("nah no way i can get to the end of the road without": twelve words back)
_CANNOT_REACH = 12
_SUBJECTS = frozenset("i he she we they you".split())  # noqa: SIM905


def _told_no_way(reversed_words: list[str]) -> bool:
    """ "no way" among the few words before a "can", nearest first."""
    return any(reversed_words[i : i + 2] == ["way", "no"] for i in range(len(reversed_words) - 1))


def _cannot_do_without(reversed_before: list[str]) -> bool:
    """The words before a "without", nearest first: is it "cant <do> ... without"?"""
    if "never" in reversed_before[:3]:
        return True
    clause: list[str] = []
    for word in reversed_before:
        if word in _CLAUSE_WORDS:
            break
        clause.append(word)
    for index, word in enumerate(clause):
        following = clause[:index][::-1]  # the words after it, in reading order
        if word == "not" and clause[index + 1 : index + 2] == ["can"]:
            word = "cannot"  # "can not walk far without ..."
        # "no way i can walk to the shop without gasping", "no way my mum could", "no way
        # can i walk" (the subject after it)
        if word in ("can", "could") and _told_no_way(clause[index + 1 : index + 5]):
            word = "cannot"
            if following[:1] and following[0] in _SUBJECTS:
                following = following[1:]
        if word == "not" and _SPANS.intersection(following[:4]):
            return True
        while following[:1] and following[0] in _FILLERS:
            following = following[1:]
        if word in _CANNOT and following[:1] and following[0] in _CAN_DO:
            return True
    return False


def _segments_of(raw: str) -> list[str]:
    """A sentence's segments (basic words), cut at commas and contrast words; a list a
    denial opened goes on past its comma."""
    pieces = _SEGMENT_BREAK.split(raw)
    segments = [_words_of(pieces[0])]
    for breaker, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        words = _words_of(piece)
        opened, listed = segments[-1].split(), words.split()
        if (
            breaker == ","
            and opened
            and opened[0] in _LIST_DENIALS
            and 2 <= len(opened) <= _DENIAL_OPENING  # a bare "no," answers what came before
            and len(listed) <= _LIST_AFTER
            and not _LIST_GOES_ON.isdisjoint(listed)
        ):
            segments[-1] = f"{segments[-1]} {words}".strip()
        else:
            segments.append(words)
    return segments


def denied(text: str, start: int) -> bool:
    """Whether what starts at `start` is denied: a negation a few words before it in the
    same segment, with no new subject or contrast in between."""
    segments = text[:start].split(SEGMENT_MARK)
    words = segments[-1].split()[::-1]
    own = list(words)  # the segment's own words, all of them, nearest first
    reach = _NEGATION_REACH
    # A list goes on across commas: "they arent crampy, or numb, or hot, or swollen".
    while len(segments) > 1 and _LIST_GOES_ON.intersection(segments[-1].split()[:1]):
        segments.pop()
        reach += len(words)
        words += segments[-1].split()[::-1]
    words = words[:reach]
    for index, word in enumerate(words):
        before = words[index + 1] if index + 1 < len(words) else ""
        if word in _LOOKING and _cannot_see(words, index, text[start:].split(maxsplit=1)[:1]):
            return True
        if word in NEGATIONS:
            # "my left leg not the right one is swelling": which one, not a denial
            if word == "not" and words[max(index - 3, 0) : index][::-1] in _WHICH_ONE:
                return False
            if word == "never" and _NEVER_BEFORE.search(text, start):
                return False
            if word == "nothing" and before in ("doing", "done"):
                return False  # "sat on the sofa doing nothing and puffing": at rest
            # "cant walk to the end of the road without getting breathless": every time
            if word == "without" and _cannot_do_without(own[index + 1 : index + 1 + _CANNOT_REACH]):
                return False
            # "should not have been swollen" says it was.
            return before not in _COUNTERFACTUAL
        if word in _SCOPE_ENDS or (before == "and" and word in _NEW_CLAUSE_AFTER_AND):
            return False
        # "never had cramps before being pregnant": what came before is denied, not what
        # it came before; a list goes on past it ("no breathlessness before, or chest pain")
        if word == "before" and not _LIST_GOES_ON & set(words[:index]):
            return False
    return False


def _cannot_see(reversed_words: list[str], index: int, denied_words: list[str]) -> bool:
    """ "cant see any swelling", "can not see redness", the looking word at `index`: the
    words run backwards from the denied words, which must be few, in one clause, and
    something the eye can find."""
    if index > 0 and reversed_words[index - 1] not in _LOOKED_FOR:
        return False
    between = reversed_words[: max(index - 1, 0)]
    if "and" in between or len([w for w in between if w not in ("or", "nor")]) > 3:
        return False
    if not _VISIBLE.intersection([*between, *denied_words]):
        return False
    before = reversed_words[index + 1 : index + 3]
    return bool(before) and (before[0] in _CANNOT or before == ["not", "can"])


def affirmed_words(text: str) -> list[str]:
    """The words of `text` that nothing denies: "no chest pain, just cramps" -> just cramps."""
    split = text.split(" ")
    if NEGATIONS.isdisjoint(split):
        return [word for word in split if word]  # nothing to deny anything
    words: list[str] = []
    position = 0
    for word in split:
        if word and word not in NEGATIONS and not denied(text, position):
            words.append(word)
        position += len(word) + 1
    return words


# A checklist's answer, read as a question answered: "chest pain - no, breathless - no"
_CHECKLIST_NO = re.compile(r"\s[-–—:]+\s*(no|nope|none|nah|negative)\s*(?=[,.;)\n]|$)")


def answered_no(sentences: tuple[Sentence, ...], index: int) -> bool:
    """A sentence asked back and denied in the next breath: "Swelling? nope.", "Swelling?
    no, but my calf is red" (the denial is the next breath's first part)."""
    if not sentences[index].question_mark or index + 1 >= len(sentences):
        return False
    following = sentences[index + 1].plain.split()
    first = sentences[index + 1].plain.split(SEGMENT_MARK)[0].split()
    # ("worse? no chest probs, lungs fine" tells something new; "no, but" answers)
    return (
        bool(following)
        and following[0] in DENIALS
        and (len(following) <= 3 or first == following[:1])
    )


def answered_yes(sentences: tuple[Sentence, ...], index: int) -> bool:
    """A form's question about the person answered "yes" in the next breath: "Is the leg
    swollen? Yes." tells the sign; "Can cramps cause chest pain? Yes they can" does not."""
    if not sentences[index].question_mark or index + 1 >= len(sentences):
        return False
    asked = sentences[index].plain.replace(SEGMENT_MARK, " ").split()
    answer = sentences[index + 1].plain.split(SEGMENT_MARK)[0].split()
    return (
        bool(asked)
        and (
            asked[0] not in _GENERAL_QUESTION_STARTS
            or _ABOUT_THE_PERSON.match(" ".join(asked)) is not None
        )
        and 1 <= len(answer) <= 2
        and answer[0] in AFFIRMATIONS
    )


_WORD_LIST = "english-words.marshal"


@cache
def english_words() -> frozenset[str]:
    """A real English word list (pyspellchecker's, from a word-frequency corpus): a word in
    it is never "corrected" into another word."""
    # The package's own list read straight from its file (the same words as a SpellChecker
    # holds, in half the time of building one), and kept as a set for the next start
    # (knowledge/kept.py: a fifth of the time again); the checker itself if the file moved.
    try:
        source = Path(str(resources.files("spellchecker") / "resources" / "en.json.gz"))
        key = kept.source_key(source)
        words = kept.read(_WORD_LIST, key)
        if isinstance(words, frozenset):
            return words
        words = frozenset(json.loads(gzip.decompress(source.read_bytes())))
        kept.write(_WORD_LIST, key, words)
        return words
    except (OSError, ValueError):
        from spellchecker import SpellChecker

        return frozenset(SpellChecker(language="en", distance=1).word_frequency.dictionary)


# Emoji that stand for a word of a sign ("coughed and there was 🩸 in the tissue"); the rest
# are dropped with the other symbols.
_EMOJI_WORDS = str.maketrans({"🩸": " blood "})


def fold(text: str) -> str:
    """Accents removed and lower case: what every pattern of the content is written for."""
    text = text[:MAX_INPUT_CHARS]
    if text.isascii():
        return text.lower()  # nothing to decompose; casefold is lower for ASCII
    text = unicodedata.normalize("NFKD", text.translate(_EMOJI_WORDS))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


# "leg's gone red" is "leg is/has gone red": the s is split off, so "leg" stays a leg (and
# not "legs"); other apostrophes go ("can't" -> "cant", as synonyms.yaml writes it).
_APOSTROPHE_S = re.compile(r"(?<=[a-z])['’`´ʼ]s\b")


# "cramp for 30mins", "a 10hr shift": the number and its unit are two words
_GLUED_UNIT = re.compile(r"\b(\d+)(mins?|minutes?|hrs?|hours?|secs?|seconds?)\b")


def _words_of(folded: str) -> str:
    words = _NON_WORD.sub(" ", _APOSTROPHES.sub("", _APOSTROPHE_S.sub(" s", folded)))
    return _GLUED_UNIT.sub(r"\1 \2", words).strip()


def basic_normalise(text: str) -> str:
    """Lower case ASCII-ish words separated by single spaces."""
    return _words_of(fold(text))


@dataclass(frozen=True)
class Sentence:
    plain: str
    canonical: str
    # Whether the person asks something here (a question mark, or a question word first).
    question: bool
    # Whether it ends with a question mark: "can hardly breathe" starts like a question.
    question_mark: bool = False


@dataclass(frozen=True)
class Normalised:
    """A whole message, sentence by sentence."""

    sentences: tuple[Sentence, ...]

    @property
    def plain(self) -> str:
        return f" {SEGMENT_MARK} ".join(s.plain for s in self.sentences)

    @property
    def canonical(self) -> str:
        return f" {SEGMENT_MARK} ".join(s.canonical for s in self.sentences)

    def words(self) -> list[str]:
        return [w for s in self.sentences for w in s.canonical.split() if w != SEGMENT_MARK]


_QUESTION_START = frozenset(
    """what why how when where which who whom whose is are am was were do does did can could
    should would will shall may might any anyone anybody has have""".split()  # noqa: SIM905
)


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
        # A canonical form holding one of the variants ("blood clot" holds "clot") maps to
        # itself, so folding it again never grows it ("blood blood clot"). Both are
        # normalised words, so "holds" is: one of its runs of words is a variant.
        variants = frozenset(self._variant_to_canonical)
        for canonical in set(self._variant_to_canonical.values()):
            tokens = canonical.split()
            runs = (
                " ".join(tokens[i:j])
                for i in range(len(tokens))
                for j in range(i + 1, len(tokens) + 1)
            )
            if not variants.isdisjoint(runs):
                self._variant_to_canonical.setdefault(canonical, canonical)
        # sorted, so the pattern's text is the same at every start and kept compiled
        phrases = sorted(self._variant_to_canonical)
        self._synonym_pattern = (
            PATTERNS.compile(r"\b(?:" + alternation(phrases) + r")\b") if phrases else None
        )
        words: set[str] = set()
        for phrase in [*vocabulary, *synonyms]:
            words.update(basic_normalise(phrase).split())
        variant_words: set[str] = set()
        for phrase in self._variant_to_canonical:
            variant_words.update(basic_normalise(phrase).split())
        self._english = english_words()
        # A misspelling listed as a variant ("brth", "cnt") is read as a word and folded,
        # but no other typo is corrected into it ("breth" is "breath", "cnat" is "cant").
        targets = frozenset(
            w for w in words | (variant_words & self._english) if w not in STOPWORDS
        )
        self.vocabulary = frozenset(w for w in words | variant_words if w not in STOPWORDS)
        self._by_length: dict[int, list[str]] = {}
        # In order: among equally near candidates the first wins, and a set's order changes
        # with each process's hash seed ("brath" was "bath" in one run, "breath" in another).
        for word in sorted(targets):
            self._by_length.setdefault(len(word), []).append(word)
        self._correct = lru_cache(maxsize=16384)(self._correct_uncached)

    def is_word(self, word: str) -> bool:
        return (
            word in self.vocabulary
            or word in STOPWORDS
            or word in _CONTRACTIONS
            or word in self._english
        )

    def _correct_uncached(self, word: str) -> str:
        if len(word) < _MIN_CORRECTABLE_LENGTH or not word.isalpha() or self.is_word(word):
            return word
        # Two words typed as one ("alot", "everytime") are split, never "corrected" into
        # the nearest word of the content ("alot" was "clot", then "blood clot").
        for glued in _GLUED_FIRST_WORDS:
            rest = word[len(glued) :]
            if word.startswith(glued) and len(rest) >= 2 and self.is_word(rest):
                return f"{glued} {rest}"
        candidates = [
            w for n in range(len(word) - 2, len(word) + 3) for w in self._by_length.get(n, ())
        ]
        # Edits, a swap of two letters counting as one ("crmap" -> "cramp"): one for a
        # short word, two for a long one, so "overthinking" never becomes "overtraining".
        allowed = 1 if len(word) <= _SHORT_WORD else 2
        best = process.extractOne(word, candidates, scorer=OSA.distance, score_cutoff=allowed)
        return best[0] if best else word

    def correct_spelling(self, text: str) -> str:
        return " ".join(self._correct(word) for word in text.split())

    def fold_synonyms(self, text: str) -> str:
        if self._synonym_pattern is None:
            return text
        return self._synonym_pattern.sub(lambda m: self._variant_to_canonical[m.group(0)], text)

    def plain(self, text: str) -> str:
        return self.correct_spelling(basic_normalise(text))

    def canonical(self, text: str) -> str:
        """The folded form of one piece of text, without sentence structure."""
        # Fold first so multi-word lay phrases survive, then correct typos, then fold
        # again for variants that only appear once their spelling is fixed.
        basic = basic_normalise(text)
        return self.fold_synonyms(self.correct_spelling(self.fold_synonyms(basic)))

    def normalise(self, text: str) -> Normalised:
        sentences: list[Sentence] = []
        # Folded once: accents and case do not change where sentences end.
        parts = _SENTENCE_END.split(_CHECKLIST_NO.sub(r"? \1", fold(text)))
        for raw, end in zip(parts[::2], [*parts[1::2], ""], strict=True):
            segments = [b for b in _segments_of(raw) if b]
            if not segments:
                continue
            plain = [self.correct_spelling(s) for s in segments]
            canonical = [
                self.fold_synonyms(self.correct_spelling(self.fold_synonyms(s))) for s in segments
            ]
            first = plain[0].split()[0]
            asks = first in _QUESTION_START or "?" in end
            sentences.append(
                Sentence(
                    plain=f" {SEGMENT_MARK} ".join(plain),
                    canonical=f" {SEGMENT_MARK} ".join(canonical),
                    question=asks,
                    question_mark="?" in end,
                )
            )
        return Normalised(tuple(sentences))
