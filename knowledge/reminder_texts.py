"""Reminder messages (content/reminders.yaml): typed models, loading and rotation.

Three kinds of reminder (hydration, stretching, minerals), each written for three
profiles (general, fitness, pregnancy) with several variants, so a person does not get
the same words every time. `ReminderTexts.pick` chooses the next variant: deterministic
for a seed and never the one the person saw last.

Texts are plain text (the bot escapes them) and short: a reminder is 1-3 sentences.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from knowledge.loader import DEFAULT_CONTENT_DIR, ContentError, parse_file
from knowledge.models import Identifier, StrictModel, Text

ReminderKind = Literal["hydration", "stretching", "minerals"]
Profile = Literal["general", "fitness", "pregnancy"]
REMINDER_KINDS: tuple[str, ...] = ReminderKind.__args__  # type: ignore[attr-defined]
PROFILES: tuple[str, ...] = Profile.__args__  # type: ignore[attr-defined]

REMINDERS_FILE = "reminders.yaml"
MIN_VARIANTS = 8
MAX_TEXT_LENGTH = 300
MAX_SENTENCES = 3

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


class Variant(StrictModel):
    """One wording of a reminder. The id is stable: storage remembers the last one shown."""

    id: Identifier
    text: Annotated[str, Field(min_length=20, max_length=MAX_TEXT_LENGTH)]

    @field_validator("text")
    @classmethod
    def _short_plain_and_safe(cls, value: str) -> str:
        return check_plain_and_safe(value)


VariantList = Annotated[list[Variant], Field(min_length=MIN_VARIANTS)]


class ByProfile(StrictModel):
    """The variants of one kind of reminder, for each profile."""

    general: VariantList
    fitness: VariantList
    pregnancy: VariantList


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

    def pick(self, kind: str, profile: str, previous_id: str | None, seed: int) -> Variant:
        """The variant to show next: deterministic for the arguments, never `previous_id`.

        The seed orders the variants (a fixed shuffle per seed); the pick is the one after
        `previous_id` in that order, or the first when there is no (known) previous one.
        With a stable per-person seed (see `stable_seed`) a person therefore cycles through
        every variant before any repeats; with a seed that changes each time the next one
        is a seeded draw among the others. Adding a variant to the file leaves the relative
        order of the others unchanged, so a content update does not reshuffle everyone.
        """
        order = sorted(self.variants(kind, profile), key=lambda v: _rank(seed, v.id))
        ids = [variant.id for variant in order]
        if previous_id not in ids:
            return order[0]
        return order[(ids.index(previous_id) + 1) % len(order)]


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
    directory = content_dir or DEFAULT_CONTENT_DIR
    if not directory.is_dir():
        raise ContentError(directory, "", "content directory not found")
    return parse_file(directory / REMINDERS_FILE, ReminderTexts)
