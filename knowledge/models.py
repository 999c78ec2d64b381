"""Typed models of the YAML content under content/.

Every model forbids unknown keys, so a typo in a content file is an error at start-up
rather than a silently missing answer. Text fields are plain text (the bot escapes
them); length limits keep each message within Telegram's 4096 characters.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

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
# A topic id: the loader checks that every reference names a topic of topics.yaml.
TopicId = Identifier


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Topic(_Strict):
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

    @model_validator(mode="after")
    def _not_related_to_itself(self) -> Topic:
        if self.id in self.related:
            raise ValueError(f"topic {self.id!r} lists itself in related")
        return self


class FaqEntry(_Strict):
    """A single question with its own answer, browsable under its topic in /faq."""

    id: Identifier
    topic: TopicId
    question: Annotated[str, Field(min_length=8, max_length=200)]
    answer: Annotated[str, Field(min_length=20, max_length=1500)]
    sources: Annotated[list[Text], Field(min_length=1)]


class Messages(_Strict):
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

    @field_validator("emergency_advice")
    @classmethod
    def _names_emergency_numbers(cls, value: str) -> str:
        missing = [n for n in ("112", "999", "911") if n not in value]
        if missing:
            raise ValueError(f"emergency advice must name the numbers {missing}")
        return value


class RedFlag(_Strict):
    """A sign in free text that must be answered with safety advice before anything else.

    `all_of` is a list of groups; the flag fires when every group has at least one
    pattern that matches (AND of ORs). Patterns are regular expressions applied to
    normalised text: lower case, spelling-corrected, synonyms folded.
    """

    id: Identifier
    level: RedFlagLevel
    # Plain words for the reason shown to the user, e.g. "chest pain".
    label: Annotated[str, Field(min_length=3, max_length=120)]
    all_of: Annotated[list[Annotated[list[Text], Field(min_length=1)]], Field(min_length=1)]
    # Phrases that must be recognised (tests check each one fires this flag).
    examples: Annotated[list[Text], Field(min_length=1)]

    @field_validator("all_of")
    @classmethod
    def _patterns_compile(cls, groups: list[list[str]]) -> list[list[str]]:
        for group in groups:
            for pattern in group:
                try:
                    re.compile(pattern)
                except re.error as exc:
                    raise ValueError(f"pattern {pattern!r} is not a valid regex: {exc}") from exc
        return groups


class RedFlags(_Strict):
    red_flags: Annotated[list[RedFlag], Field(min_length=1)]
    # Phrases that look like a red flag but must not fire (tests check each one).
    non_examples: list[Text] = []


class Synonyms(_Strict):
    """Canonical word -> the ways people write it ("water pills" -> "diuretic").

    Applied before matching and red-flag detection, longest phrase first.
    """

    synonyms: dict[Annotated[str, Field(min_length=2)], Annotated[list[Text], Field(min_length=1)]]


class Topics(_Strict):
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


class Faq(_Strict):
    faq: Annotated[list[FaqEntry], Field(min_length=1)]

    @model_validator(mode="after")
    def _unique_ids(self) -> Faq:
        ids = [e.id for e in self.faq]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"faq ids used more than once: {duplicates}")
        return self
