"""The cramp diary's advice (content/diary.yaml), typed: which red flag's advice a long
cramp that does not ease gets, the "see a GP" line shown next to a pattern, the note shown next to
a medicine, the report's disclaimer, and the thresholds that decide when they show."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from knowledge.models import Identifier, StrictModel, Text

DIARY_FILE = "diary.yaml"


class SeeGpWhen(StrictModel):
    """Within the last `nights` nights: cramps on `cramp_nights` or more, or `woken_nights`
    or more nights when a cramp woke the person."""

    nights: Annotated[int, Field(ge=7, le=60)]
    cramp_nights: Annotated[int, Field(ge=1)]
    woken_nights: Annotated[int, Field(ge=1)]


class DiaryTexts(StrictModel):
    sources: Annotated[list[Text], Field(min_length=1)]
    # The red flag whose advice a logged long cramp gets (content/red_flags.yaml).
    long_cramp_sign: Identifier
    see_gp_pattern: Annotated[str, Field(min_length=20, max_length=400)]
    medicine_note: Annotated[str, Field(min_length=20, max_length=400)]
    report_disclaimer: Annotated[str, Field(min_length=20, max_length=300)]
    see_gp_when: SeeGpWhen
    min_entries_for_patterns: Annotated[int, Field(ge=1, le=50)]
