"""How a group's profile shapes what the bot says there (content/groups.yaml).

A group admin picks a profile (general, fitness, pregnancy) at /setup. Each profile has a
short focus text, the topics shown first, notes added under some topic answers, and the
reminders offered as its defaults. The health wording is content, checked here like the
reminder texts: plain, short, never quinine, supplements only with a professional.
"""

from __future__ import annotations

import re
from datetime import time
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from knowledge.loader import (
    check_topic_ids,
    content_directory,
    parse_file,
    topic_ids,
)
from knowledge.models import StrictModel, Text, TopicId
from knowledge.reminder_texts import PROFILES, ReminderKind, check_plain_and_safe

GROUPS_FILE = "groups.yaml"
DayChoice = Literal["daily", "weekdays", "weekends"]
_HH_MM = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")
_MIDWIFE = re.compile(r"\bmidwife\b", re.IGNORECASE)

GroupText = Annotated[str, Field(min_length=20, max_length=400)]


def _plain(value: str) -> str:
    return check_plain_and_safe(value)


class SuggestedReminder(StrictModel):
    """A reminder /setup offers as part of the profile's defaults."""

    kind: ReminderKind
    times: Annotated[list[str], Field(min_length=1, max_length=4)]
    days: DayChoice = "daily"
    # Why this one: shown next to the offer.
    why: Annotated[str, Field(min_length=10, max_length=160)]

    @field_validator("times")
    @classmethod
    def _local_times(cls, values: list[str]) -> list[str]:
        for value in values:
            if not _HH_MM.match(value):
                raise ValueError(f"{value!r} is not a time like 07:30")
        if len(set(values)) != len(values):
            raise ValueError("a time is listed twice")
        return values

    @field_validator("why")
    @classmethod
    def _plain_why(cls, value: str) -> str:
        return _plain(value)

    def local_times(self) -> tuple[time, ...]:
        return tuple(time.fromisoformat(value) for value in self.times)


class GroupProfile(StrictModel):
    focus: GroupText
    topics_first: Annotated[list[TopicId], Field(min_length=1, max_length=4)]
    notes: dict[TopicId, GroupText] = Field(default_factory=dict)
    suggested: Annotated[list[SuggestedReminder], Field(min_length=1, max_length=3)]

    @field_validator("focus")
    @classmethod
    def _plain_focus(cls, value: str) -> str:
        return _plain(value)

    @field_validator("notes")
    @classmethod
    def _plain_notes(cls, notes: dict[str, str]) -> dict[str, str]:
        for text in notes.values():
            _plain(text)
        return notes

    @model_validator(mode="after")
    def _distinct(self) -> GroupProfile:
        if len(set(self.topics_first)) != len(self.topics_first):
            raise ValueError("topics_first lists a topic twice")
        kinds = [s.kind for s in self.suggested]
        if len(set(kinds)) != len(kinds):
            raise ValueError("suggested lists a kind of reminder twice")
        return self


class FitnessProfile(GroupProfile):
    @model_validator(mode="after")
    def _training_emphasis(self) -> FitnessProfile:
        focus = self.focus.lower()
        for pattern, what in (
            (r"warm[- ]?up", "warming up"),
            (r"cool[- ]?down", "cooling down"),
            (r"electrolyte", "fluids with electrolytes"),
        ):
            if not re.search(pattern, focus):
                raise ValueError(f"the fitness focus must mention {what}")
        if not any(s.kind == "stretching" for s in self.suggested):
            raise ValueError("fitness groups must be offered a stretching reminder")
        return self


class PregnancyProfile(GroupProfile):
    @model_validator(mode="after")
    def _pregnancy_first_and_midwife(self) -> PregnancyProfile:
        if self.topics_first[0] != "pregnancy":
            raise ValueError("pregnancy groups must see the pregnancy topic first")
        if not (_MIDWIFE.search(self.focus) and "supplement" in self.focus.lower()):
            raise ValueError("the pregnancy focus must say to check supplements with a midwife")
        minerals = self.notes.get("minerals", "")
        if not _MIDWIFE.search(minerals):
            raise ValueError("pregnancy groups need a minerals note that names the midwife")
        return self


class Profiles(StrictModel):
    general: GroupProfile
    fitness: FitnessProfile
    pregnancy: PregnancyProfile


class GroupProfiles(StrictModel):
    """Everything content/groups.yaml holds."""

    sources: Annotated[list[Text], Field(min_length=1)]
    profiles: Profiles

    def of(self, profile: str) -> GroupProfile:
        """The profile's content; an unknown name (an old row) falls back to general."""
        found: GroupProfile = getattr(self.profiles, profile if profile in PROFILES else "general")
        return found


def load_group_profiles(content_dir: Path | None = None) -> GroupProfiles:
    """Load content/groups.yaml. Raises ContentError naming the file and the key."""
    directory = content_directory(content_dir)
    profiles = parse_file(directory / GROUPS_FILE, GroupProfiles)
    known = topic_ids(directory)
    for name in PROFILES:
        profile = profiles.of(name)
        path, key = directory / GROUPS_FILE, f"profiles.{name}"
        check_topic_ids(path, f"{key}.topics_first", profile.topics_first, known)
        check_topic_ids(path, f"{key}.notes", profile.notes, known)
    return profiles
