"""Reminder messages (content/reminders.yaml): typed models, loading and rotation.

Three kinds of reminder (hydration, stretching, minerals), each written for three
profiles (general, fitness, pregnancy) with several variants, so a person does not get
the same words every time. `ReminderTexts.pick` chooses the next variant: deterministic
for a seed and never the one the person saw last.

A variant may say when it fits: `when` (parts of the day: morning, afternoon, evening,
night) and `season` (warm or cold). "Before bed" then never arrives at 08:00, nor "on warm
days" in November. The rotation picks among the variants that fit the moment a reminder is
due (a `Moment`: the local part of the day, and the season where the person lives, when
it is known); the loader checks that every moment has enough of them.

Texts are plain text (the bot escapes them) and short: a reminder is 1-3 sentences.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from knowledge.loader import content_directory, parse_file
from knowledge.models import Identifier, StrictModel, Text

ReminderKind = Literal["hydration", "stretching", "minerals"]
Profile = Literal["general", "fitness", "pregnancy"]
DayPart = Literal["morning", "afternoon", "evening", "night"]
Season = Literal["warm", "cold"]
REMINDER_KINDS: tuple[str, ...] = ReminderKind.__args__  # type: ignore[attr-defined]
PROFILES: tuple[str, ...] = Profile.__args__  # type: ignore[attr-defined]
DAY_PARTS: tuple[DayPart, ...] = DayPart.__args__  # type: ignore[attr-defined]
SEASONS: tuple[Season, ...] = Season.__args__  # type: ignore[attr-defined]

REMINDERS_FILE = "reminders.yaml"
MIN_VARIANTS = 8
MAX_TEXT_LENGTH = 300
MAX_SENTENCES = 3
# Every moment (part of the day x warm, cold or unknown season) must have this many
# fitting variants per kind and profile, so the rotation always has a choice.
MIN_FITTING = 3

# A sentence ends with . ! or ? followed by a space or the end of the text.
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_NOT_PLAIN_TEXT = [
    (re.compile(r"</?[a-zA-Z][^>]*>"), "an HTML tag"),
    (re.compile(r"\*\*|__|`"), "Markdown emphasis or code"),
    (re.compile(r"\[[^\]]+\]\([^)]+\)"), "a Markdown link"),
]
# Someone a person can ask before taking a supplement.
_PROFESSIONAL = re.compile(r"\b(pharmacist|GP|doctor|midwife)\b")
# Pregnancy: supplements only after asking one of these (HSE, NHS).
_PREGNANCY_PROFESSIONAL = re.compile(r"\b(midwife|GP|pharmacist)\b")


def check_plain_and_safe(value: str, *, max_sentences: int = MAX_SENTENCES) -> str:
    """The rules every short nudge the bot posts on its own obeys (reminders, group notes):
    plain text, a few sentences, never quinine, supplements only with a professional."""
    for pattern, what in _NOT_PLAIN_TEXT:
        if pattern.search(value):
            raise ValueError(f"the text must be plain text, found {what}")
    sentences = len(_SENTENCE_END.findall(value))
    if sentences > max_sentences:
        raise ValueError(f"the text is at most {max_sentences} sentences, this one has {sentences}")
    lowered = value.lower()
    # FDA warning; NHS/NICE: only under a doctor's supervision. Never in a nudge.
    if "quinine" in lowered:
        raise ValueError("the text never mentions quinine")
    if "supplement" in lowered and not _PROFESSIONAL.search(value):
        raise ValueError(
            "a text that mentions supplements must say to ask a pharmacist, GP, "
            "doctor or midwife first"
        )
    return value


@dataclass(frozen=True)
class Moment:
    """When a reminder is due, as far as its wording cares: the local part of the day,
    and the season where the person lives (None when unknown: UTC, a fixed offset)."""

    day_part: DayPart
    season: Season | None = None


def every_moment() -> list[Moment]:
    return [Moment(part, season) for part in DAY_PARTS for season in (*SEASONS, None)]


class Variant(StrictModel):
    """One wording of a reminder. The id is stable: storage remembers the last one shown.

    `when` and `season`, if given, say when the text fits; without them it fits always.
    A seasonal text never goes out where the season is unknown."""

    id: Identifier
    text: Annotated[str, Field(min_length=20, max_length=MAX_TEXT_LENGTH)]
    when: Annotated[list[DayPart], Field(min_length=1, max_length=3)] | None = None
    season: Season | None = None

    @field_validator("text")
    @classmethod
    def _short_plain_and_safe(cls, value: str) -> str:
        return check_plain_and_safe(value)

    @field_validator("when")
    @classmethod
    def _distinct_parts(cls, value: list[DayPart] | None) -> list[DayPart] | None:
        if value is not None and len(set(value)) != len(value):
            raise ValueError("a part of the day is listed twice")
        return value

    def fits(self, moment: Moment | None) -> bool:
        """Whether the text suits a reminder due at `moment` (None: any moment)."""
        if moment is None:
            return True
        if self.when is not None and moment.day_part not in self.when:
            return False
        return self.season is None or self.season == moment.season


def _enough_for_every_moment(variants: list[Variant]) -> list[Variant]:
    for moment in every_moment():
        fitting = [variant for variant in variants if variant.fits(moment)]
        if len(fitting) < MIN_FITTING:
            season = moment.season or "unknown"
            raise ValueError(
                f"only {len(fitting)} variants fit the {moment.day_part} in a {season} "
                f"season; at least {MIN_FITTING} must (fewer `when` or `season` limits)"
            )
    return variants


VariantList = Annotated[list[Variant], Field(min_length=MIN_VARIANTS)]


class ByProfile(StrictModel):
    """The variants of one kind of reminder, for each profile."""

    general: VariantList
    fitness: VariantList
    pregnancy: VariantList

    @field_validator("general", "fitness", "pregnancy")
    @classmethod
    def _every_moment_has_a_choice(cls, variants: list[Variant]) -> list[Variant]:
        return _enough_for_every_moment(variants)


class MineralsByProfile(ByProfile):
    @field_validator("pregnancy")
    @classmethod
    def _pregnancy_asks_first(cls, variants: list[Variant]) -> list[Variant]:
        for variant in variants:
            if not _PREGNANCY_PROFESSIONAL.search(variant.text):
                raise ValueError(
                    f"variant {variant.id!r} must suggest asking a midwife, GP or pharmacist"
                )
            if "supplement" not in variant.text.lower():
                raise ValueError(
                    f"variant {variant.id!r} must say to ask before taking any supplement"
                )
        return variants


Title = Annotated[str, Field(min_length=3, max_length=60)]


class KindTexts(StrictModel):
    # Shown in bold above the text, e.g. "💧 Time for a glass of water".
    title: Title
    variants: ByProfile


class MineralsTexts(KindTexts):
    variants: MineralsByProfile


class Reminders(StrictModel):
    hydration: KindTexts
    stretching: KindTexts
    minerals: MineralsTexts

    @model_validator(mode="after")
    def _unique_ids(self) -> Reminders:
        seen: dict[str, str] = {}
        for kind in REMINDER_KINDS:
            by_profile: ByProfile = getattr(self, kind).variants
            for profile in PROFILES:
                for index, variant in enumerate(getattr(by_profile, profile)):
                    where = f"reminders.{kind}.variants.{profile}[{index}]"
                    if variant.id in seen:
                        raise ValueError(
                            f"variant id {variant.id!r} is used more than once: "
                            f"{seen[variant.id]} and {where}"
                        )
                    seen[variant.id] = where
        return self


class ReminderTexts(StrictModel):
    """Everything content/reminders.yaml holds, with look-up and rotation."""

    sources: Annotated[list[Text], Field(min_length=1)]
    reminders: Reminders

    def _kind(self, kind: str) -> KindTexts:
        if kind not in REMINDER_KINDS:
            raise ValueError(f"unknown reminder kind {kind!r}; expected one of {REMINDER_KINDS}")
        texts: KindTexts = getattr(self.reminders, kind)
        return texts

    def title(self, kind: str) -> str:
        """The short heading of a kind of reminder."""
        return self._kind(kind).title

    def variants(self, kind: str, profile: str) -> list[Variant]:
        """Every variant of (kind, profile), in file order."""
        if profile not in PROFILES:
            raise ValueError(f"unknown profile {profile!r}; expected one of {PROFILES}")
        by_profile = self._kind(kind).variants
        return list(getattr(by_profile, profile))

    def pick(
        self,
        kind: str,
        profile: str,
        previous_id: str | None,
        seed: int,
        moment: Moment | None = None,
    ) -> Variant:
        """The variant to show next: deterministic for the arguments, never `previous_id`,
        and one that fits `moment` (any variant when it is None).

        The seed orders the variants (a fixed shuffle per seed); the pick is the first
        variant after `previous_id` in that order that fits the moment, or the first that
        fits when there is no (known) previous one. With a stable per-person seed (see
        `stable_seed`) a person therefore cycles through every variant before any repeats;
        with a seed that changes each time the next one is a seeded draw among the others.
        Adding a variant to the file leaves the relative order of the others unchanged, so
        a content update does not reshuffle everyone.
        """
        order = sorted(self.variants(kind, profile), key=lambda v: _rank(seed, v.id))
        ids = [variant.id for variant in order]
        start = ids.index(previous_id) + 1 if previous_id in ids else 0
        fitting = [
            variant
            for variant in (order[(start + step) % len(order)] for step in range(len(order)))
            if variant.fits(moment)
        ]
        # The previous one comes last in that walk: it is picked only if nothing else fits.
        # Validation keeps several fitting variants for every moment; with none at all
        # (hand-made texts), the rotation goes on regardless of the moment.
        return fitting[0] if fitting else order[start % len(order)]


def _rank(seed: int, variant_id: str) -> bytes:
    return hashlib.blake2b(f"{seed}:{variant_id}".encode(), digest_size=8).digest()


def stable_seed(*parts: str | int) -> int:
    """A seed from e.g. (chat_id, kind) that is the same in every process.

    Python's hash() of a str changes between runs, so it must not be used for seeds.
    """
    data = "\x1f".join(str(part) for part in parts).encode()
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big")


def load_reminder_texts(content_dir: Path | None = None) -> ReminderTexts:
    """Load content/reminders.yaml. Raises ContentError naming the file and the key."""
    directory = content_directory(content_dir)
    return parse_file(directory / REMINDERS_FILE, ReminderTexts)
