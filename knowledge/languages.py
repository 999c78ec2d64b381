"""Messages in other languages: which language, and whether it carries an emergency sign.

Answers are in English for now. A message in one of content/languages.yaml's languages
gets, in that language, a short note saying so, and its emergency signs (chest pain,
cannot breathe, coughing blood, collapse, stroke signs) the emergency advice with the
numbers; a swollen painful leg, one calf hurting after a journey, an operation or a cast,
and a cramp that will not let go get the same-day advice. The structure is ready for full
translations: a language is one entry of that file.

Detection: a message whose words are English words is English; otherwise py3langid (a
maintained fork of langid.py, model shipped in the package, numpy only) restricted to
the languages the content has, backed by each language's marker words for short messages
where the statistics are thin.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, field_validator, model_validator

from knowledge import kept
from knowledge.background import Background
from knowledge.models import Patterns, StrictModel, Text, compiled, names_emergency_numbers
from knowledge.prefixes import PatternGroups, Scan

log = logging.getLogger(__name__)

LanguageCode = Annotated[str, Field(pattern=r"^[a-z]{2}$")]
SignName = Literal[
    "breathless", "chest_pain", "coughing_blood", "collapse", "stroke_signs", "cold_pale_leg",
    "tetanus_stiffness", "painful_breathing", "swollen_painful_leg", "long_cramp",
    "clot_risk_calf_pain",
]  # fmt: skip
# Every language must have these; stroke signs (a drooping face, slurred speech, one arm
# weak, a sudden worst headache), a cold pale leg and a stiff jaw after a wound are there
# where the content has them.
REQUIRED_SIGNS: tuple[str, ...] = ("breathless", "chest_pain", "coughing_blood", "collapse")
EMERGENCY_SIGNS: tuple[str, ...] = (
    *REQUIRED_SIGNS, "stroke_signs", "cold_pale_leg", "tetanus_stiffness", "painful_breathing",
)  # fmt: skip
ConceptName = Annotated[str, Field(pattern=r"^[a-z][a-z_]{0,31}$")]
# Same-day signs, the first found named: a swollen painful leg (every language has it), one
# calf that hurts after a journey, an operation, a cast or bed rest (told by the concept
# rules), a cramp that has not let go for over ten minutes (where the content has it). All
# get the language's `urgent_advice`.
URGENT_SIGNS: tuple[str, ...] = ("swollen_painful_leg", "clot_risk_calf_pain", "long_cramp")
# What tells whether a message holds an emergency: its signs, and the swollen painful leg
# that keeps breathlessness one ("out of breath and my calf is swollen").
_EMERGENCY_READING = frozenset((*EMERGENCY_SIGNS, "swollen_painful_leg"))
_LATIN_SCRIPT = re.compile(r"[a-z]")
_PUNCTUATION = re.compile(r"[\s.,;:!?¿¡()\[\]{}\"«»“”„…/\\|*+=<>~^_#@&%$।॥-]+")
_APOSTROPHES = re.compile(r"['’`´ʼ]")
_NEGATION_BEFORE_WORDS = 3
_NEGATION_AFTER_WORDS = 2
# How far back a phrase that denies nothing may begin ("no puedo caminar ni una cuadra sin").
_NOT_DENIAL_WORDS = 12
# "no es normal para mi": a "normal" denied just before it ("sin aliento, normal" is not)
_NOT_NORMAL = re.compile(
    r"(?:^|\s)(?:no|nao|pas|nicht|kein\w*|non|не|tidak|gak|ga|nggak|bukan|nahi|nahin|nhi)"
    r"(?:\s\S+)?\s*$"
)
# Where a clause ends, in the text as typed ("sin aire como siempre, y luego un calambre").
_CLAUSE_END = re.compile(r"[,.;:!?¿¡()\[\]\n]+|\s[-–—]\s")
# Where a sentence ends (the Devanagari danda too): a concept rule's words must stand in
# one sentence. A dash does not end one: "tosio en el panuelo - sangre".
_SENTENCE_END = re.compile(r"[.;!?¿¡\n।॥]+")
# A time of day as typed, after normalising: "23:40" and "1.25" are "23 40" and "1 25";
# "as 2 e 40", "las 3 y 10".
_CLOCK = re.compile(r"(?<!\S)([01]?\d|2[0-3]) (?:(?:e|y|h) )?([0-5]\d)(?!\S)")
_LONG_CRAMP_MINUTES = 10
_CLOCK_SPAN_MAX = 180
# The same, where a full stop between digits is a time ("skrg udh jam 8.40"), not an end.
_SENTENCE_OF_TIMES = re.compile(r"(?:(?<!\d)\.|\.(?!\d)|[;!?¿¡\n।॥])+")
_CLAUSE_MARK = " | "
# The detector's confidence (0-1) at which, with one marker word, its answer stands.
_SURE = 0.9
# A message with at least this share of English words is English unless the detector is sure.
_ENGLISH_SHARE = 0.7
_DETECTOR_CONFIDENCE = 0.75
_MARKERS_ALONE = 2
# A message of at least this many words, this share of them English, is English.
_PLAIN_ENGLISH_WORDS = 6
_PLAINLY_ENGLISH = 0.9
_FOREIGN_MARKER_SHARE = 0.25
# Marker words of other languages that are everyday English words ("me", "la", "die" stay
# markers: "la respiracion me cuesta mucho" beside an English sentence is Spanish's to read).
_EVERYDAY_ENGLISH = frozenset(["no", "to"])


class Language(StrictModel):
    code: LanguageCode
    name: Annotated[str, Field(min_length=2, max_length=40)]
    english_name: Annotated[str, Field(min_length=2, max_length=40)]
    note: Annotated[str, Field(min_length=20, max_length=600)]
    emergency_advice: Annotated[str, Field(min_length=40, max_length=900)]
    urgent_advice: Annotated[str, Field(min_length=40, max_length=900)]
    signs: dict[SignName, Patterns]
    # The language's words for the concepts of `Languages.concepts` ("pecho", "Brust"):
    # the rules combine them into signs, so a sign told in new words is still found.
    words: dict[ConceptName, Patterns] = Field(default_factory=dict)
    # Words that turn to another thought ("pero", "aber"): a rule's concepts stand on one
    # side of them ("me duele la pierna pero respiro bien" is no painful breathing).
    turns: list[Text] = Field(default_factory=list)
    negations: Patterns
    # "as always", "normal for me": breathlessness told so is no sign (out of breath after
    # the match), unless denied ("no es normal para mi"), told now, or beside a swollen leg.
    settled: Patterns = Field(default_factory=list)
    now: Patterns = Field(default_factory=list)
    # A long cramp told as over or long ago ("la semana pasada", "se me paso") is no sign,
    # unless also told as still held ("sigue", "todavia").
    cramp_over: Patterns = Field(default_factory=list)
    cramp_still: Patterns = Field(default_factory=list)
    # Another time or a supposition opening a sign's clause ("el ano pasado me dolio el
    # pecho", "y si me falta el aire"): no report, unless `now` stands between them.
    not_now: Patterns = Field(default_factory=list)
    # Phrases whose negation word denies nothing near them: a symptom that will not go
    # ("geht nicht weg, die Wade ist geschwollen"); and "cannot ... without" in the sign's
    # own clause ("no puedo caminar una cuadra sin dolor o falta de aire" tells it).
    not_denials: Patterns = Field(default_factory=list)
    double_negatives: Patterns = Field(default_factory=list)
    # Hindi puts the negation after what it denies ("सीने में दर्द नहीं").
    negation_after: bool = False
    markers: Annotated[list[Text], Field(min_length=5)]
    emergency_examples: Annotated[list[Text], Field(min_length=3)]
    ordinary_examples: Annotated[list[Text], Field(min_length=3)]
    urgent_examples: Annotated[list[Text], Field(min_length=1)]

    @field_validator("emergency_advice", "urgent_advice")
    @classmethod
    def _numbers(cls, value: str) -> str:
        return names_emergency_numbers(value)

    @field_validator("signs")
    @classmethod
    def _all_signs(cls, signs: dict[str, list[str]]) -> dict[str, list[str]]:
        missing = [s for s in (*REQUIRED_SIGNS, "swollen_painful_leg") if s not in signs]
        if missing:
            raise ValueError(f"signs missing: {missing}")
        return signs

    @property
    def latin(self) -> bool:
        return self.code not in ("ru", "hi", "uk", "bg", "sr", "el", "ar", "fa", "he")


class WordConcept(StrictModel):
    meaning: Text
    # A body part is no report to deny: "no puedo respirar" names the breath it lacks.
    negatable: bool = True


class ConceptRule(StrictModel):
    """A sign told by concepts: all of `near` within a few words in one sentence, each
    not denied, and all of `anywhere` somewhere in the message."""

    sign: SignName
    near: Annotated[list[ConceptName], Field(min_length=1)]
    anywhere: list[ConceptName] = Field(default_factory=list)
    # Concepts that, told in the same sentence, explain the sign away (a hangover beside the
    # worst headache of one's life).
    unless: list[ConceptName] = Field(default_factory=list)
    # Concepts that, told anywhere in the message, explain the sign away (both legs told,
    # where one calf named in the singular was the sign).
    unless_anywhere: list[ConceptName] = Field(default_factory=list)
    # Concepts that, told after the sign (later in its sentence or in a later one), explain
    # it away: a pain that has passed ("me dolio el gemelo tras el vuelo, pero ya se me
    # paso"), not a cramp that passed before the pain is told ("el calambre de anoche ya se
    # me paso, pero desde el vuelo me duele el gemelo derecho").
    unless_after: list[ConceptName] = Field(default_factory=list)
    # How many words apart the `near` concepts may stand.
    within: Annotated[int, Field(ge=1, le=12)] = 6


class Languages(StrictModel):
    concepts: dict[ConceptName, WordConcept] = Field(default_factory=dict)
    rules: list[ConceptRule] = Field(default_factory=list)
    languages: Annotated[list[Language], Field(min_length=1)]

    @model_validator(mode="after")
    def _concepts_declared(self) -> Languages:
        for index, rule in enumerate(self.rules):
            named = (
                *rule.near,
                *rule.anywhere,
                *rule.unless,
                *rule.unless_anywhere,
                *rule.unless_after,
            )
            unknown = [c for c in named if c not in self.concepts]
            if unknown:
                raise ValueError(f"rules.{index}: concepts not declared: {unknown}")
        for language in self.languages:
            unknown = [c for c in language.words if c not in self.concepts]
            if unknown:
                raise ValueError(f"{language.code}.words: concepts not declared: {unknown}")
        return self


@lru_cache(maxsize=64)
def _clause_offsets(text: str, latin: bool) -> tuple[int, ...]:
    """Where each clause of `text` begins in normalise_foreign(text): the punctuation that
    ends a clause is a space there, so the clauses' words are the whole text's, in order."""
    offsets, at = [], 0
    for clause in _CLAUSE_END.split(text):
        offsets.append(at)
        at += sum(len(word) + 1 for word in normalise_foreign(clause, latin).split())
    return tuple(offsets)


def _clause_begins(text: str, language: Language, at: int) -> int:
    """Where the clause of the normalised text's position `at` begins (read only for a
    sign's match: most messages have none)."""
    offsets = _clause_offsets(text, language.latin)
    return offsets[bisect_right(offsets, at) - 1]


@lru_cache(maxsize=64)
def normalise_foreign(text: str, latin: bool) -> str:
    """The form content/languages.yaml's patterns are written for."""
    if latin and not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    else:
        text = unicodedata.normalize("NFC", text)
    text = _APOSTROPHES.sub("", text.casefold().replace("ё", "е"))
    return " " + _PUNCTUATION.sub(" ", text).strip() + " "


# A language's phrases that deny nothing: (those that run on, those of the match's own
# clause only: its `not_denials` and `double_negatives`)
_NotDenials = tuple[list[re.Pattern[str]], list[re.Pattern[str]]]


def _denied_by(
    before: list[str],
    matched: str,
    after: list[str],
    language: Language,
    negations: list[re.Pattern[str]],
    phrases: _NotDenials | None = None,
    clause_words: int | None = None,
) -> bool:
    """A negation among the few words before a match (Hindi: also after it). A match that
    holds its own negation ("no puedo respirar", "не реагирует", "il respire pas") is not
    denied by one before it ("no se no puedo respirar", "он не двигается и не реагирует").
    The language's phrases that deny nothing are read as words that are no negation:
    `clause_words`, how many of the words before are the match's own clause, bounds the
    double negatives ("no puedo dormir. sin falta de aire" denies it)."""
    if any(p.search(f" {word} ") for word in matched.split() for p in negations):
        before = []
    if phrases is not None:
        persisting, double = phrases
        own = len(before) if clause_words is None else min(clause_words, len(before))
        before = before[: len(before) - own] + _blanked(before[len(before) - own :], double)
        before = _blanked(before, persisting)
        if language.negation_after:
            after = _blanked(after[:_NOT_DENIAL_WORDS], persisting)
    windows = [" " + " ".join(before[-_NEGATION_BEFORE_WORDS:]) + " "]
    if language.negation_after:
        windows.append(" " + " ".join(after[:_NEGATION_AFTER_WORDS]) + " ")
    return any(p.search(w) for p in negations for w in windows)


def _blanked(words: list[str], phrases: list[re.Pattern[str]]) -> list[str]:
    """The words with each phrase's words made "_" (no negation; the window keeps its
    width, so no negation from farther back moves into it)."""
    if not phrases or not words:
        return words
    near = words[-_NOT_DENIAL_WORDS:]
    text = f" {' '.join(near)} "
    for pattern in phrases:
        text = pattern.sub(lambda m: " " + " ".join("_" for _ in m.group().split()) + " ", text)
    return words[: len(words) - len(near)] + text.split()


def _apart(one: tuple[int, int], other: tuple[int, int]) -> int:
    """Words between two matches (0 when they touch or overlap): "metade do rosto caida"
    is as near as "rosto caido"."""
    return max(0, other[0] - one[1], one[0] - other[1])


def _told_after(
    places: list[dict[str, list[tuple[int, int]]]],
    sentence: int,
    place: tuple[int, int],
    concepts: list[str],
) -> bool:
    """One of `concepts` told after `place` of the `sentence`-th sentence: later in it, or in
    a later sentence."""
    return any(
        number > sentence or (number == sentence and at[0] > place[0])
        for number, found in enumerate(places)
        for name in concepts
        for at in found.get(name, ())
    )


# What English contractions leave of a word once the apostrophe splits it ("I've", "didn't",
# "we'll"): English, though no word list holds them ("just landed, 11h de voo, ... won't go
# away" was read as Portuguese for them).
_CONTRACTED = frozenset(
    {"ve", "ll", "didn", "doesn", "wasn", "isn", "wouldn", "couldn", "shouldn", "hasn"}
    | {"haven", "hadn", "weren", "aren", "mustn", "needn"}
)


@dataclass(frozen=True)
class ForeignReading:
    language: Language
    # The most severe sign found: an emergency sign, an urgent one, or None.
    sign: str | None

    @property
    def level(self) -> str | None:
        if self.sign is None:
            return None
        return "emergency" if self.sign in EMERGENCY_SIGNS else "urgent"


# The model restricted to the content's languages, kept unpacked from one start to the next
# (knowledge/kept.py): reading it back takes a sixth of the time unpacking takes.
KEPT_MODEL = "language-model.marshal"


@dataclass(frozen=True)
class _Tables:
    """py3langid's model: per-feature and per-language weights, language priors, the
    languages, the automaton's rows, each state's row, each state's feature. `languages`
    names the ones it was restricted to, None for the whole model."""

    languages: tuple[str, ...] | None
    weights: Any
    priors: Any
    classes: list[str]
    moves: array[int]
    rows: array[int]
    outputs: list[int]


def _kept_key() -> str:
    from py3langid import __version__
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    return f"{__version__}|{kept.source_key(MODEL_DIR / MODEL_FILE)}"


def _read_or_unpack(folder: Path | None) -> _Tables:
    """The model kept in `folder` by an earlier start, or else py3langid's own file
    unpacked (about half a second, most of it outside the interpreter's lock)."""
    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE
    from py3langid.modelio import load_model

    stored = kept.read(KEPT_MODEL, _kept_key(), folder) if folder is not None else None
    if stored is not None:
        try:
            languages, classes, weights, priors, moves, rows, outputs = stored
            move_table, row_table = array(moves[0]), array(rows[0])
            move_table.frombytes(moves[1])
            row_table.frombytes(rows[1])
            return _Tables(
                tuple(languages),
                np.frombuffer(weights[2], dtype=weights[0]).reshape(weights[1]),
                np.frombuffer(priors[1], dtype=priors[0]),
                list(classes),
                move_table,
                row_table,
                list(outputs),
            )
        except Exception:  # kept in any other shape: unpacked again
            log.warning("the kept language model is unreadable: unpacking it again")
    ptc, pc, classes, nextmove, row, output = load_model(MODEL_DIR / MODEL_FILE)
    return _Tables(None, ptc, pc, classes, nextmove, row, output)


@cache
def language_model(folder: Path | None) -> Background[_Tables]:
    """Start reading the model, once per process and folder: the entry point calls this
    first thing, with the folder the environment names, so the work is done while the rest
    of the bot imports (None: unpack py3langid's file)."""
    return Background("the language model", lambda: _read_or_unpack(folder))


def _keep(tables: _Tables, model: Any, languages: tuple[str, ...]) -> None:
    import numpy as np

    weights = np.ascontiguousarray(model.nb_ptc)
    priors = np.ascontiguousarray(model.nb_pc)
    kept.write(
        KEPT_MODEL,
        _kept_key(),
        (
            list(languages),
            list(model.nb_classes),
            (weights.dtype.str, weights.shape, weights.tobytes()),
            (priors.dtype.str, priors.tobytes()),
            (tables.moves.typecode, tables.moves.tobytes()),
            (tables.rows.typecode, tables.rows.tobytes()),
            list(tables.outputs),
        ),
    )


class _Detector:
    """The model restricted to the content's languages, built in a thread at start-up from
    the kept model or the unpacked one. The first message that needs it waits for it (it is
    ready long before anyone types)."""

    def __init__(self, codes: tuple[str, ...]) -> None:
        self._model = Background("the language detector", lambda: self._load(codes))

    @staticmethod
    def _load(codes: tuple[str, ...]) -> Any:
        import numpy as np
        from py3langid.langid import LanguageIdentifier

        tables = language_model(kept.directory()).result()
        restricted = tables.languages == codes
        if not restricted and tables.languages is not None:  # kept for other languages
            tables = language_model(None).result()
        model = LanguageIdentifier(
            np.asarray(tables.weights),
            np.asarray(tables.priors),
            tables.classes,
            tables.moves,
            tables.outputs,
            norm_probs=True,
            tk_row=tables.rows,
        )
        model.set_languages(list(codes))
        if not restricted:
            _keep(tables, model, codes)
        return model

    def wait_loaded(self) -> None:
        self._model.wait()

    def classify(self, text: str) -> tuple[str, float]:
        code, confidence = self._model.result().classify(text)
        return str(code), float(confidence)


class _SignIndex:
    """Every language's signs as one index per script (knowledge.prefixes), built in a
    thread at start-up: reading a thousand patterns' trees for their first letters takes
    most of a second, which the bot's start need not wait for (the patterns were compiled,
    and so checked, when the content loaded). The first message that needs it waits.

    A message is looked at for the signs of all eight languages: the languages of one
    script read the same normalised text, so one scan finds where each language's patterns
    could start (a long story was scanned eight times over)."""

    def __init__(self, languages: Iterable[Language]) -> None:
        chosen = list(languages)
        # Per script, the signs' index; per language, its concept words' index.
        self._indexes = Background("the language sign index", lambda: self._build(chosen))

    @staticmethod
    def _build(
        languages: list[Language],
    ) -> tuple[dict[bool, PatternGroups], dict[str, PatternGroups]]:
        signs = {
            latin: PatternGroups(
                {
                    _sign_key(lang.code, str(sign)): ps
                    for lang in languages
                    if lang.latin == latin
                    for sign, ps in lang.signs.items()
                }
            )
            for latin in (True, False)
        }
        return signs, {lang.code: PatternGroups(dict(lang.words)) for lang in languages}

    def wait_built(self) -> None:
        self._indexes.wait()

    @lru_cache(maxsize=4)  # noqa: B019 (one index lives as long as the bot)
    def scan(self, normal: str, latin: bool) -> Scan:
        """One normalised message, looked at once for the signs of every language of its
        script (ask for a language's sign by `_sign_key`)."""
        return self._indexes.result()[0][latin].scan(normal)

    def words_of(self, code: str) -> PatternGroups:
        """The language's concept words, indexed the same way."""
        return self._indexes.result()[1][code]


def _sign_key(code: str, sign: str) -> str:
    return f"{code}:{sign}"


@cache
def _detector(codes: tuple[str, ...]) -> _Detector:
    """One model per process, however many readers (tests build many)."""
    return _Detector(codes)


class LanguageReader:
    def __init__(self, content: Languages, is_english_word: Callable[[str], bool]) -> None:
        self._languages = {language.code: language for language in content.languages}
        self._concepts = content.concepts
        self._rules = content.rules
        self._turns = {
            code: re.compile(
                r" (?:"
                + "|".join(re.escape(normalise_foreign(t, lang.latin).strip()) for t in lang.turns)
                + r") "
            )
            if lang.turns
            else None
            for code, lang in self._languages.items()
        }
        self._is_english = is_english_word
        self._detector = _detector(("en", *self._languages))
        self._markers = {
            code: frozenset(normalise_foreign(" ".join(lang.markers), lang.latin).split())
            for code, lang in self._languages.items()
        }
        self._signs = {
            code: {sign: [compiled(p) for p in patterns] for sign, patterns in lang.signs.items()}
            for code, lang in self._languages.items()
        }
        # A message is read in all eight (an emergency in any language is looked for), each
        # pattern tried only where its first letters stand.
        self._sign_index = _SignIndex(self._languages.values())
        self._negations = {
            code: [compiled(p) for p in lang.negations] for code, lang in self._languages.items()
        }
        self._not_denials: dict[str, _NotDenials] = {
            code: (
                [compiled(p) for p in lang.not_denials],
                [compiled(p) for p in lang.double_negatives],
            )
            for code, lang in self._languages.items()
            if lang.not_denials or lang.double_negatives
        }
        self._cramp_time = {
            code: ([compiled(p) for p in lang.cramp_over], [compiled(p) for p in lang.cramp_still])
            for code, lang in self._languages.items()
        }
        self._settled_patterns = {
            code: ([compiled(p) for p in lang.settled], [compiled(p) for p in lang.now])
            for code, lang in self._languages.items()
        }
        self._not_now = {
            code: [compiled(p) for p in lang.not_now] for code, lang in self._languages.items()
        }
        # the words of breathing trouble: breathlessness the rules read from words
        # ("me quede sin aire cuando vi la factura") is settled as the patterns' is
        self._breath_trouble = {
            code: [compiled(p) for p in lang.words.get("breath_trouble", [])]
            for code, lang in self._languages.items()
        }

    def wait_ready(self) -> None:
        """Until the language model has loaded and the signs are indexed (benchmarks time
        messages, not the load)."""
        self._detector.wait_loaded()
        self._sign_index.wait_built()

    def language_of(self, text: str) -> str:
        """An ISO code: "en", or one of the content's languages.

        The detector decides when it is sure and the language's own words are there; a
        message made of English words stays English (names, typos and short words make
        the statistics unsure); marker words settle very short messages."""
        folded = unicodedata.normalize("NFKD", text).casefold()
        if not any(c.isalpha() for c in folded):
            return "en"
        if self.plainly_english(text):
            return "en"
        code, confidence = self._detector.classify(text)
        # Some marker words are everyday English too ("no", "to" are Portuguese markers):
        # against a detector sure of English they do not count ("Evista leaflet warns
        # about blood clots ... no swelling" was read as Portuguese). Rarer ones still do:
        # "i cough up sangre en la flema" is read with Spanish's own rules.
        sure_english = code == "en" and confidence >= _SURE
        counts = self._marker_counts(text, _EVERYDAY_ENGLISH if sure_english else frozenset())
        best = max(counts, key=lambda c: counts[c], default=None)
        if best is not None and counts[best] >= counts.get(code, 0) + _MARKERS_ALONE:
            # Romanised Hindi reads as Indonesian to the model; its own words settle it.
            return best
        if code == "en":
            return "en"
        if confidence >= _SURE and self._marker_count(text, code) >= 1:
            return code
        if self._english_share(text) >= _ENGLISH_SHARE:
            return "en"
        if confidence >= _DETECTOR_CONFIDENCE:
            return code
        if best is not None and counts[best] >= _MARKERS_ALONE:
            return best
        return "en"

    @lru_cache(maxsize=64)  # noqa: B019 (one reader lives as long as the bot)
    def plainly_english(self, text: str) -> bool:
        """Nearly every word an English word: no need to ask the detector (it costs a
        third of a millisecond on a long story)."""
        folded = unicodedata.normalize("NFKD", text).casefold()
        words = re.findall(r"[a-z]+", folded)
        if len(words) < _PLAIN_ENGLISH_WORDS:
            return False
        if self._english_share(text) < _PLAINLY_ENGLISH:
            return False
        # "mi manca l'aria e mi fa male la gamba" is made of words an English corpus
        # also holds; another language's own small words give it away.
        markers = max(self._marker_counts(text).values(), default=0)
        return markers / len(words) < _FOREIGN_MARKER_SHARE

    def mostly_english(self, text: str, wholly: bool = False) -> bool:
        """Most words English words (every one, `wholly`), whatever language the markers
        settled on: "Mi cough an see red inna mi spit" is English enough for the English
        readers."""
        if wholly:
            # Words of another script are no English words, though the share counts Latin
            # words alone: "он не дышит, he's not responding" is not wholly English.
            latin, share = self._shares(text)
            return latin == 1.0 and share >= 1.0
        return self._english_share(text) >= _ENGLISH_SHARE

    def _english_share(self, text: str) -> float:
        """The share of the message's words that are English words (0 in another script);
        kept per message: language_of, plainly_english and mostly_english all ask it."""
        return self._shares(text)[1]

    @lru_cache(maxsize=64)  # noqa: B019 (one reader lives as long as the bot)
    def _shares(self, text: str) -> tuple[float, float]:
        """(the share of its letters in the Latin script, the share of its Latin words that
        are English words, 0 when most letters are of another script)."""
        folded = unicodedata.normalize("NFKD", text).casefold()
        if folded.isascii():
            latin = 1.0
        else:
            letters = [c for c in folded if c.isalpha()]
            latin = sum(1 for c in letters if _LATIN_SCRIPT.match(c)) / max(1, len(letters))
        words = re.findall(r"[a-z]+", folded)
        if latin < 0.5 or not words:
            return latin, 0.0
        english = sum(1 for w in words if w in _CONTRACTED or self._is_english(w)) / len(words)
        return latin, english

    def _marker_count(self, text: str, code: str) -> int:
        return self._marker_counts(text).get(code, 0)

    @lru_cache(maxsize=64)  # noqa: B019 (one reader lives as long as the bot)
    def _marker_counts(self, text: str, leave_out: frozenset[str] = frozenset()) -> dict[str, int]:
        """How many of each language's marker words the message holds (but `leave_out`)."""
        counts: dict[str, int] = {}
        for latin in (True, False):
            words = Counter(normalise_foreign(text, latin).split())
            for code, language in self._languages.items():
                if language.latin == latin:
                    found = (words.keys() & self._markers[code]) - leave_out
                    counts[code] = sum(words[w] for w in found)
        return counts

    def read(
        self, text: str, code: str, concepts: bool = True, emergency_only: bool = False
    ) -> ForeignReading | None:
        """The signs the language's patterns find and, with `concepts`, those its words
        tell by the rules (only in the message's own language: "dada" is a chest in
        Indonesian, not in another language). `emergency_only`: whether it finds an
        emergency, and which (English with a foreign word in it asks no more)."""
        language = self._languages.get(code)
        if language is None:
            return None
        normal = normalise_foreign(text, language.latin)
        scan = self._sign_index.scan(normal, language.latin)
        wanted = _EMERGENCY_READING if emergency_only else None
        found: list[str] = [
            sign
            for sign in language.signs
            if (wanted is None or sign in wanted)
            and any(
                not self._denied(normal, m.start(), m.end(), language, clause)
                and not self._not_now_before(normal[clause : m.start()], code)
                for m in scan.each_pattern(_sign_key(code, str(sign)))
                for clause in (_clause_begins(text, language, m.start()),)
            )
        ]
        if (
            not emergency_only
            and "long_cramp" not in found
            and self._held_by_the_clock(normal, code)
        ):
            found.append("long_cramp")
        if "long_cramp" in found and (
            not self._long_cramp_in_one_sentence(text, code) or self._cramp_over(normal, code)
        ):
            found.remove("long_cramp")
        if concepts:
            found += [s for s in self._told_by_concepts(text, language) if s not in found]
        # Out of breath "as always" after the match is no sign; beside a swollen, painful
        # leg it is ("after the match I'm out of breath and my calf is swollen").
        if (
            "breathless" in found
            and "swollen_painful_leg" not in found
            and self._breathless_settled(text, language)
        ):
            found.remove("breathless")
        emergency = [s for s in EMERGENCY_SIGNS if s in found]
        # (read for an emergency only, the swollen leg found is no answer of its own)
        urgent = [] if emergency_only else [s for s in URGENT_SIGNS if s in found]
        sign = emergency[0] if emergency else (urgent[0] if urgent else None)
        return ForeignReading(language, sign)

    def alarm_in_any(
        self, text: str, prefer: str, emergency_only: bool = False
    ) -> ForeignReading | None:
        """The most severe sign any language's patterns find; among languages that share
        the words ("sangue"), the one whose marker words are there, then `prefer`
        (`emergency_only`: an emergency, or None)."""
        found = [
            reading
            for code in self._languages
            if (reading := self.read(text, code, code == prefer, emergency_only))
        ]
        alarms = [r for r in found if r.level is not None]
        alarms.sort(
            key=lambda r: (
                r.level != "emergency",
                -self._marker_count(text, r.language.code),
                r.language.code != prefer,
            )
        )
        return alarms[0] if alarms else None

    def _told_by_concepts(self, text: str, language: Language) -> list[str]:
        words = language.words
        if not words:
            return []
        index = self._sign_index.words_of(language.code)
        # Each concept's places, as (first, last) word numbers, per sentence: only the ones
        # not denied.
        places: list[dict[str, list[tuple[int, int]]]] = []
        for sentence in self._concept_sentences(text, language):
            scan = index.scan(sentence)
            matches = [
                (name, m.start(), m.end()) for name in words for m in scan.each_pattern(name)
            ]
            body = [
                (start, end) for name, start, end in matches if not self._concepts[name].negatable
            ]
            tokens = [(m.start(), m.group()) for m in re.finditer(r"\S+", sentence)]
            # the body's words, found once (a long story names many legs)
            in_body = {
                at for at, _ in tokens if any(b_start <= at < b_end for b_start, b_end in body)
            }
            found: dict[str, list[tuple[int, int]]] = {}
            for name, start, end in matches:
                if self._concepts[name].negatable and self._concept_denied(
                    sentence, start, end, tokens, in_body, language
                ):
                    continue
                word = sentence.count(" ", 0, start)
                found.setdefault(name, []).append((word, word + sentence.count(" ", start, end)))
            places.append(found)
        anywhere = {name for found in places for name in found}
        signs: list[str] = []
        for rule in self._rules:
            if (
                rule.sign in signs
                or not anywhere.issuperset(rule.anywhere)
                or not anywhere.isdisjoint(rule.unless_anywhere)
            ):
                continue
            first, *others = rule.near
            if any(
                all(
                    any(_apart(at, place) <= rule.within for at in found.get(other, ()))
                    for other in others
                )
                and not _told_after(places, number, place, rule.unless_after)
                for number, found in enumerate(places)
                if not any(name in found for name in rule.unless)
                for place in found.get(first, ())
            ):
                signs.append(rule.sign)
        return signs

    def _held_by_the_clock(self, normal: str, code: str) -> bool:
        """A cramp still held, told by the clock: "свело икру в 23:40, сейчас 00:05, до сих
        пор не отпускает", "cramp aaya 2:50 pe abhi 3:10 ... abhi bhi nahi chhoda". The
        first and the last time typed, read on a 12-hour face, are at least ten minutes
        apart (and under three hours: not a day's times)."""
        times = [int(h) * 60 + int(m) for h, m in _CLOCK.findall(normal)]
        if len(times) < 2:
            return False
        span = (times[-1] - times[0]) % (12 * 60)
        if not _LONG_CRAMP_MINUTES <= span <= _CLOCK_SPAN_MAX:
            return False
        return self._cramp_still(normal, code)

    def cramp_time(self, text: str, code: str) -> tuple[bool, bool]:
        """Whether the message, in its language, tells its cramp as over or long ago, and
        whether as still held ("sigue", "immer noch"): the English words in it ("cramp 15
        minute") know neither."""
        language = self._languages.get(code)
        if language is None:
            return False, False
        normal = normalise_foreign(text, language.latin)
        return self._cramp_over(normal, code), self._cramp_still(normal, code)

    def _cramp_still(self, normal: str, code: str) -> bool:
        return self._told(normal, self._cramp_time[code][1], self._languages[code])

    def _cramp_over(self, normal: str, code: str) -> bool:
        """The cramp told as over or long ago, and nowhere as still held."""
        over = self._told(normal, self._cramp_time[code][0], self._languages[code])
        return over and not self._cramp_still(normal, code)

    def _long_cramp_in_one_sentence(self, text: str, code: str) -> bool:
        """Whether one sentence alone tells a long cramp. A cramp's time is told in its own
        sentence: "sono tipo 24 ore. Io soffro di crampi" is a flight's 24 hours, not the
        cramp's (the normalised text has no full stops, so the whole-text match reads over
        them)."""
        sentences = [part for part in _SENTENCE_OF_TIMES.split(text) if part.strip()]
        if len(sentences) < 2:
            return True
        language = self._languages[code]
        for sentence in sentences:
            normal = normalise_foreign(sentence, language.latin)
            if self._held_by_the_clock(normal, code) or self._told(
                normal, self._signs[code]["long_cramp"], language
            ):
                return True
        return False

    def _concept_sentences(self, text: str, language: Language) -> list[str]:
        """The message's sentences, normalised, split at its turns ("pero"); a comma
        stays as a mark ("|") that no negation reaches over: "no puedo dormir, me duele el
        pecho" denies only the sleep."""
        turns = self._turns[language.code]
        sentences: list[str] = []
        for raw in _SENTENCE_END.split(text):
            clauses = (normalise_foreign(c, language.latin).strip() for c in raw.split(","))
            sentence = f" {_CLAUSE_MARK.join(c for c in clauses if c)} "
            parts = turns.split(sentence) if turns is not None else [sentence]
            sentences += [f" {part.strip()} " for part in parts if part.strip()]
        return sentences

    def _concept_denied(
        self,
        sentence: str,
        start: int,
        end: int,
        tokens: list[tuple[int, str]],
        in_body: set[int],
        language: Language,
    ) -> bool:
        """A negation in the few words before (Hindi: also after), within the clause; the
        body's words do not count as words between: "no tengo la mandibula trabada"."""
        negations = self._negations[language.code]

        def plain(at: int) -> bool:
            return at not in in_body

        before = [w for at, w in tokens if at < start and plain(at)]
        if "|" in before:
            before = before[len(before) - before[::-1].index("|") :]
        if self._not_now_before(f" {' '.join(before)} ", language.code):
            return True
        after = []
        if language.negation_after:
            after = [w for at, w in tokens if at >= end and plain(at)]
        if "|" in after:
            after = after[: after.index("|")]
        return _denied_by(
            before,
            sentence[start:end],
            after,
            language,
            negations,
            self._not_denials.get(language.code),
        )

    def _not_now_before(self, clause: str, code: str) -> bool:
        """Whether the clause before a sign opens on another time or a supposition ("el ano
        pasado", "y si") with nothing of now after it ("el ano pasado y ahora otra vez")."""
        for pattern in self._not_now[code]:
            for m in pattern.finditer(clause):
                if not any(p.search(clause, m.end()) for p in self._settled_patterns[code][1]):
                    return True
        return False

    def _breathless_settled(self, text: str, language: Language) -> bool:
        """Every clause that tells breathlessness says after it that this is as always
        (there or in the next clause: "sin aire unos minutos, normal porque corro"), and
        none tells it now. "Como siempre fui al trabajo y ahora me ahogo" stays a sign."""
        code = language.code
        settled, now = self._settled_patterns[code]
        clauses = [normalise_foreign(c, language.latin) for c in _CLAUSE_END.split(text)]

        def as_always(clause: str, after: int = 0) -> bool:
            return any(
                not _NOT_NORMAL.search(clause[: m.start()])
                for p in settled
                for m in p.finditer(clause, after)
            )

        def told_by(patterns: list[re.Pattern[str]]) -> list[tuple[int, int]]:
            return [
                (i, m.start())
                for i, clause in enumerate(clauses)
                for p in patterns
                for m in p.finditer(clause)
                if not self._denied(clause, m.start(), m.end(), language)
            ]

        # the patterns' breath, else where the words of breathing trouble stand (read from
        # words alone)
        told = told_by(self._signs[code]["breathless"]) or told_by(self._breath_trouble[code])
        return bool(told) and all(
            not any(p.search(clauses[i]) for p in now)
            and (as_always(clauses[i], start) or any(as_always(c) for c in clauses[i + 1 : i + 2]))
            for i, start in told
        )

    def _told(self, normal: str, patterns: list[re.Pattern[str]], language: Language) -> bool:
        """Whether one of the patterns matches the normalised text where it is not denied."""
        return any(
            not self._denied(normal, m.start(), m.end(), language)
            for pattern in patterns
            for m in pattern.finditer(normal)
        )

    def _denied(
        self, text: str, start: int, end: int, language: Language, clause_begins: int = 0
    ) -> bool:
        """Whether a match of the normalised `text` is denied; `clause_begins`, where its
        clause begins in `text` (0: unknown, the whole text before it)."""
        return _denied_by(
            text[:start].split(),
            text[start:end],
            text[end:].split(),
            language,
            self._negations[language.code],
            self._not_denials.get(language.code),
            len(text[clause_begins:start].split()),
        )

    @property
    def languages(self) -> dict[str, Language]:
        return self._languages
