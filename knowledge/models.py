"""Typed models of the YAML content under content/.

Every model forbids unknown keys, so a typo in a content file is an error at start-up
rather than a silently missing answer. Text fields are plain text (the bot escapes
them); length limits keep each message within Telegram's 4096 characters.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from knowledge.alternation import alternation
from knowledge.pattern_cache import PATTERNS

# Topics the code itself names (menus, commands, group profiles): they must exist. Any
# other topic is content only: add it to topics.yaml and it is matched, shown and linked.
CORE_TOPIC_IDS: tuple[str, ...] = (
    "what_are_leg_cramps",
    "causes",
    "night_cramps",
    "symptoms",
    "serious_conditions",
    "medications_causing",
    "treatment",
    "medicines_for_cramps",
    "relief",
    "prevention",
    "hydration",
    "minerals",
    "exercise",
    "pregnancy",
    "risk_groups",
    "frequency_duration",
    "when_to_see_doctor",
    "alcohol_tobacco",
)

Level = Literal["emergency", "urgent", "doctor", "self_care"]
RedFlagLevel = Literal["emergency", "urgent"]

Text = Annotated[str, Field(min_length=1)]
Identifier = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,31}$")]
# "{medicines}" in a pattern of content/understanding.yaml: a term's word list
_TERM = re.compile(r"\{([a-z][a-z0-9_]*)\}")
# A topic id: the loader checks that every reference names a topic of topics.yaml.
TopicId = Identifier


EMERGENCY_NUMBERS = ("112", "999", "911")


def names_emergency_numbers(value: str) -> str:
    """Emergency advice is useless without the numbers to call."""
    missing = [n for n in EMERGENCY_NUMBERS if n not in value]
    if missing:
        raise ValueError(f"emergency advice must name the numbers {missing}")
    return value


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Topic(StrictModel):
    """One subject people ask about; the unit of answers, FAQ pages and matching."""

    id: TopicId
    title: Annotated[str, Field(min_length=3, max_length=80)]
    # A topic command (without the slash) that shows this topic, e.g. "causes".
    command: Identifier | None = None
    # The answer a person sees first: it must fit one phone screen.
    short: Annotated[str, Field(min_length=40, max_length=900)]
    # The longer explanation behind a "More" button.
    details: Annotated[str, Field(min_length=40, max_length=3000)]
    # How people ask about it, in several phrasings: used for matching and the FAQ.
    questions: Annotated[list[Text], Field(min_length=3)]
    # Extra words that point to this topic (symptom names, foods, drug names...).
    keywords: list[Text] = []
    related: Annotated[list[TopicId], Field(min_length=1, max_length=6)]
    sources: Annotated[list[Text], Field(min_length=1)]
    # Medical answers carry the disclaimer underneath.
    medical: bool = True
    # About whom or what habit (pregnancy, children, alcohol): offered beside another
    # answer only when the message tells it or names a word of its own, never for words it
    # shares with that answer ("calf cramps at night" is no message about pregnancy).
    offered_only_when_told: bool = False

    @model_validator(mode="after")
    def _not_related_to_itself(self) -> Topic:
        if self.id in self.related:
            raise ValueError(f"topic {self.id!r} lists itself in related")
        return self


class FaqEntry(StrictModel):
    """A single question with its own answer, browsable under its topic in /faq."""

    id: Identifier
    topic: TopicId
    question: Annotated[str, Field(min_length=8, max_length=200)]
    answer: Annotated[str, Field(min_length=20, max_length=1500)]
    sources: Annotated[list[Text], Field(min_length=1)]


class Messages(StrictModel):
    """Medical texts that are not tied to one topic (the code holds none)."""

    disclaimer: Annotated[str, Field(min_length=40, max_length=600)]
    welcome: Annotated[str, Field(min_length=40, max_length=1500)]
    about: Annotated[str, Field(min_length=40, max_length=2500)]
    # Given when free text describes an emergency sign; must name 112/999/911.
    emergency_advice: Annotated[str, Field(min_length=40, max_length=1500)]
    # Given when free text describes an urgent (same-day) sign.
    urgent_advice: Annotated[str, Field(min_length=40, max_length=1500)]
    # Given when a question matches no topic well enough.
    no_match: Annotated[str, Field(min_length=20, max_length=800)]
    # Given when a message is about something other than leg cramps.
    out_of_scope: Annotated[str, Field(min_length=20, max_length=800)]

    @field_validator("emergency_advice")
    @classmethod
    def _names_emergency_numbers(cls, value: str) -> str:
        return names_emergency_numbers(value)


@cache
def compiled(pattern: str) -> re.Pattern[str]:
    """A content pattern, compiled once per process: at validation, then reused by the
    engines (re's own cache keeps 512 patterns, fewer than the content has), and kept from
    one start to the next when the bot names a cache directory (knowledge.pattern_cache)."""
    return PATTERNS.compile(pattern)


def compiles(patterns: list[str]) -> list[str]:
    for pattern in patterns:
        try:
            compiled(pattern)
        except re.error as exc:
            raise ValueError(f"pattern {pattern!r} is not a valid regex: {exc}") from exc
    return patterns


# Regular expressions of the content: a list that does not compile stops the start, naming
# the file and the key.
Patterns = Annotated[list[Text], Field(min_length=1), AfterValidator(compiles)]


class Concept(StrictModel):
    """A thing a message can say: a sign, a body site, a side, a setting, a time course.

    Patterns are regular expressions searched in each sentence of the message after
    normalisation (see knowledge/text.py): `canonical` text has synonyms folded
    ("swollen" -> "swelling"), `plain` text is only lower-cased and spelling-corrected,
    for words that synonyms would blur ("ice pack" is folded into "cold").
    """

    patterns: Patterns
    text: Literal["canonical", "plain"] = "canonical"
    # A symptom can be denied ("no chest pain") or asked about ("what if my leg swells?");
    # a body site or a setting is simply there.
    negatable: bool = True


class Duration(StrictModel):
    """How long something lasted, counted only when it is `of` these concepts' own time:
    "a cramp for 20 minutes" counts, "a 3 hour ride" or "slept 8 hours" does not."""

    of: Annotated[list[Identifier], Field(min_length=1)]
    # Concepts whose duration it is instead (a ride, a flight, sleep, soreness afterwards).
    not_of: list[Identifier] = []
    over_minutes: Annotated[int, Field(ge=1, le=1440)]
    under_minutes: Annotated[int, Field(ge=1, le=100_000)] = 100_000


class Rule(StrictModel):
    """One way a sign shows: every concept of `all` affirmed somewhere in the message (in
    one sentence when `same_sentence`), at least one concept of each `any` group, and no
    concept of `none`."""

    all: list[Identifier] = []
    any: list[Annotated[list[Identifier], Field(min_length=1)]] = []
    none: list[Identifier] = []
    same_sentence: bool = False

    @model_validator(mode="after")
    def _has_a_condition(self) -> Rule:
        if not self.all and not self.any:
            raise ValueError("a rule needs `all` or `any` concepts")
        return self

    def concepts(self) -> set[str]:
        return {*self.all, *(c for group in self.any for c in group), *self.none}


class Sign(StrictModel):
    """A red flag: present when any of its rules holds; each sign has its own advice."""

    id: Identifier
    level: RedFlagLevel
    # Plain words for what was recognised: "You mentioned {label}."
    label: Annotated[str, Field(min_length=3, max_length=120)]
    # A general sign is an emergency whatever the message is about (fainting with period
    # pain); the others are about a leg.
    general: bool = False
    when: Annotated[list[Rule], Field(min_length=1)]
    # What to do, for this sign, from the guidance. Plain text; it names no cause it
    # cannot know.
    advice: Annotated[str, Field(min_length=40, max_length=900)]
    # Said after the advice of another sign of the same level that leads, when this one is
    # recognised too: what only this sign's advice would tell (a red leg in pregnancy: the
    # midwife and the maternity unit, for a writer whose leg the other sign is about and
    # who may be the one pregnant, or not: "my wife is pregnant and my calf is red").
    advice_beside: Annotated[str, Field(min_length=20, max_length=300)] | None = None
    # Messages that must be recognised as this sign (tests check each one).
    examples: Annotated[list[Text], Field(min_length=3)]

    def concepts(self) -> set[str]:
        return {c for rule in self.when for c in rule.concepts()}


class RedFlags(StrictModel):
    concepts: dict[Identifier, Concept]
    durations: dict[Identifier, Duration] = {}
    signs: Annotated[list[Sign], Field(min_length=1)]
    # Messages that look like a red flag but must not fire (tests check each one).
    non_examples: list[Text] = []

    def sign(self, sign_id: str) -> Sign:
        for sign in self.signs:
            if sign.id == sign_id:
                return sign
        raise KeyError(sign_id)

    @model_validator(mode="after")
    def _names_resolve(self) -> RedFlags:
        known = {*self.concepts, *self.durations}
        clash = sorted(set(self.concepts) & set(self.durations))
        if clash:
            raise ValueError(f"names used for a concept and a duration: {clash}")
        for name, duration in self.durations.items():
            missing = sorted({*duration.of, *duration.not_of} - set(self.concepts))
            if missing:
                raise ValueError(f"duration {name!r} names unknown concepts {missing}")
        for sign in self.signs:
            missing = sorted(sign.concepts() - known)
            if missing:
                raise ValueError(f"sign {sign.id!r} names unknown concepts {missing}")
        ids = [sign.id for sign in self.signs]
        twice = sorted({i for i in ids if ids.count(i) > 1})
        if twice:
            raise ValueError(f"sign ids used more than once: {twice}")
        return self


class Synonyms(StrictModel):
    """Canonical word -> the ways people write it ("water pills" -> "diuretic").

    Applied before matching and red-flag detection, longest phrase first.
    """

    synonyms: dict[Annotated[str, Field(min_length=2)], Annotated[list[Text], Field(min_length=1)]]
    # Words read as typed that neither the English word list nor the rest of the content
    # knows (a brand, a shorthand, a word of dialect): without them the spelling corrector
    # reads "copd" as "cold" and "sprintec" as "sprint".
    words: list[Annotated[str, Field(pattern=r"^[a-z]{2,}$")]] = []


class Topics(StrictModel):
    topics: list[Topic]

    @model_validator(mode="after")
    def _every_topic_once(self) -> Topics:
        seen = [t.id for t in self.topics]
        duplicates = sorted({t for t in seen if seen.count(t) > 1})
        if duplicates:
            raise ValueError(f"topics defined more than once: {duplicates}")
        missing = [t for t in CORE_TOPIC_IDS if t not in seen]
        if missing:
            raise ValueError(f"missing topics: {missing}")
        commands = [t.command for t in self.topics if t.command]
        clashes = sorted({c for c in commands if commands.count(c) > 1})
        if clashes:
            raise ValueError(f"commands used by more than one topic: {clashes}")
        return self


class Faq(StrictModel):
    faq: Annotated[list[FaqEntry], Field(min_length=1)]

    @model_validator(mode="after")
    def _unique_ids(self) -> Faq:
        ids = [e.id for e in self.faq]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"faq ids used more than once: {duplicates}")
        return self


class Fact(StrictModel):
    """Something a person tells about themselves that shapes the answer."""

    id: Identifier
    # The topic that answers from this fact's angle; none for a fact that only helps make
    # others (see all_of).
    topic: TopicId | None = None
    # Whether the fact decides the answer's topic, or only leans the ranking.
    leads: bool = False
    # Where it is looked for: the whole message, or only the sentences that ask something
    # ("why...", "should I worry...": what is asked, not what is told).
    within: Literal["message", "question"] = "message"
    # Facts (earlier in the file) that must hold too: "a medicine" and "suspects a cause"
    # make "blames a medicine". A fact made only of others needs no patterns.
    all_of: list[Identifier] = []
    patterns: Annotated[list[Text], AfterValidator(compiles)] = []

    @model_validator(mode="after")
    def _says_when(self) -> Fact:
        if not self.patterns and not self.all_of:
            raise ValueError(f"fact {self.id!r} needs patterns, all_of, or both")
        if self.leads and self.topic is None:
            raise ValueError(f"fact {self.id!r} leads but names no topic")
        return self


class Scope(StrictModel):
    about: Patterns
    elsewhere: Patterns
    off_topic: Patterns
    # Another leg problem (sciatica, a sprain, arthritis): not ours unless cramps are named.
    other_conditions: Patterns
    cramps_named: Patterns
    # A joke, a poem, a story: not a question to answer, whatever it is about.
    requests: Patterns
    # An animal's cramps (a horse tying up, a dog's hind legs): not ours, cramps or not,
    # unless the writer's own legs are named too (`own_legs`).
    animals: Patterns = []
    own_legs: Patterns = []
    # What people ask about legs that is no problem of theirs (training for size, a leg of
    # lamb): not ours unless cramps are named, like `other_conditions`.
    leg_subjects: Patterns = []


class Understanding(StrictModel):
    """content/understanding.yaml: what a message is about, and about whom.

    `terms` are word lists written once and used by name in any pattern: "{medicines}"
    stands for every medicine of the list. Their words also join the spelling vocabulary,
    so "amlodipene" is read as "amlodipine"."""

    terms: dict[Identifier, Annotated[list[Text], Field(min_length=1)]] = {}
    scope: Scope
    facts: Annotated[list[Fact], Field(min_length=1)]

    @model_validator(mode="before")
    @classmethod
    def _expand_terms(cls, data: Any) -> Any:
        if not isinstance(data, dict) or not isinstance(data.get("terms"), dict):
            return data  # field validation names what is wrong
        terms = data["terms"]

        def expand(pattern: Any, where: str) -> Any:
            if not isinstance(pattern, str):
                return pattern

            def term(m: re.Match[str]) -> str:
                words = terms.get(m.group(1))
                if not isinstance(words, list) or not words:
                    raise ValueError(f"{where}: unknown term {{{m.group(1)}}}")
                return "(?:" + alternation(str(w).strip() for w in words) + ")"

            return _TERM.sub(term, pattern)

        expanded = dict(data)
        scope = data.get("scope")
        if isinstance(scope, dict):
            expanded["scope"] = {
                key: [expand(p, f"scope.{key}") for p in value]
                if isinstance(value, list)
                else value
                for key, value in scope.items()
            }
        facts = data.get("facts")
        if isinstance(facts, list):
            expanded["facts"] = [
                {**fact, "patterns": [expand(p, f"facts[{i}].patterns") for p in fact["patterns"]]}
                if isinstance(fact, dict) and isinstance(fact.get("patterns"), list)
                else fact
                for i, fact in enumerate(facts)
            ]
        return expanded

    @model_validator(mode="after")
    def _facts_known(self) -> Understanding:
        seen: set[str] = set()
        for fact in self.facts:
            unknown = [f for f in fact.all_of if f not in seen]
            if unknown:
                raise ValueError(f"fact {fact.id!r}: all_of names no earlier fact: {unknown}")
            seen.add(fact.id)
        return self

    def term_words(self) -> list[str]:
        return [word for words in self.terms.values() for word in words]
