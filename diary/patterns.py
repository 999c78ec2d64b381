"""What the diary's numbers plainly show, told carefully: counts the data supports and
side-by-side comparisons, never a cause.

- Nights: "Cramps on 9 of the last 14 nights; 6 of them woke you." When that reaches the
  content's thresholds (content/diary.yaml `see_gp_when`), the guidance's "see a GP" line
  goes with it.
- Comparisons with what the bot already counts: nights after a day with water logged vs
  without, and with a stretch logged vs without, each with its counts, only when both
  sides have enough nights to say anything.
- A medicine the person named with its start day, next to when the cramps began and how
  many came in the four weeks before and after.

Nothing is told before the diary holds `min_entries_for_patterns` entries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from diary import wording
from diary.actions import Item, Period
from diary.entry import Cramp
from knowledge.diary_texts import DiaryTexts

# A comparison is told only when each side has at least this many nights.
MIN_NIGHTS_PER_SIDE = 3
# How far back the comparisons look.
COMPARISON_NIGHTS = 28
# The weeks before and after a medicine's start day that are counted.
MEDICINE_WINDOW = timedelta(days=28)


@dataclass(frozen=True, slots=True)
class NightCount:
    nights: int
    cramp_nights: int
    woken_nights: int


@dataclass(frozen=True, slots=True)
class Comparison:
    """Nights after a day with something done, and after a day without it."""

    what: str
    with_nights: int
    with_cramps: int
    without_nights: int
    without_cramps: int


@dataclass(frozen=True, slots=True)
class MedicineTimeline:
    name: str
    started_on: date
    first_cramp: date | None
    before: int | None  # None: the diary did not cover the weeks before
    after: int


@dataclass(frozen=True, slots=True)
class Patterns:
    nights: NightCount | None
    see_gp: bool
    comparisons: tuple[Comparison, ...]
    medicines: tuple[MedicineTimeline, ...]

    def lines(self, texts: DiaryTexts) -> list[str]:
        """The statements in plain words, the guidance's lines from the content."""
        told: list[str] = []
        if self.nights is not None:
            told.append(wording.PATTERN_NIGHTS.format(**_asdict(self.nights)))
            if self.see_gp:
                told.append(texts.see_gp_pattern.strip())
        for comparison in self.comparisons:
            told.append(wording.PATTERN_COMPARISON.format(**_asdict(comparison)))
        if self.comparisons:
            told.append(wording.PATTERN_NOT_A_CAUSE)
        for medicine in self.medicines:
            told.append(medicine_line(medicine))
        if any(m.after for m in self.medicines):
            told.append(texts.medicine_note.strip())
        return told


def _asdict(value: object) -> dict[str, object]:
    return {name: getattr(value, name) for name in value.__slots__}  # type: ignore[attr-defined]


def medicine_line(medicine: MedicineTimeline) -> str:
    first = (
        wording.date_text(medicine.first_cramp) if medicine.first_cramp else wording.NO_CRAMP_YET
    )
    before = (
        wording.MEDICINE_BEFORE_UNKNOWN
        if medicine.before is None
        else wording.MEDICINE_BEFORE.format(count=medicine.before)
    )
    return wording.PATTERN_MEDICINE.format(
        name=medicine.name,
        started=wording.date_text(medicine.started_on),
        first=first,
        before=before,
        after=medicine.after,
    )


def _night_cramps(cramps: list[Cramp]) -> set[date]:
    return {c.local_day for c in cramps if c.at_night}


def count_nights(cramps: list[Cramp], last_night: date, nights: int) -> NightCount:
    first = last_night - timedelta(days=nights - 1)
    inside = [c for c in cramps if first <= c.local_day <= last_night and c.at_night]
    return NightCount(
        nights,
        len({c.local_day for c in inside}),
        len({c.local_day for c in inside if c.woke}),
    )


def compare(
    period: Period, last_night: date, kind: str, what: str, nights: int = COMPARISON_NIGHTS
) -> Comparison | None:
    """Nights after a day with `kind` counted, against nights after a day without; None
    when either side has too few nights to compare."""
    began = period.diary_began or last_night
    first = max(last_night - timedelta(days=nights - 1), began)
    cramp_nights = _night_cramps(period.cramps)
    with_nights = with_cramps = without_nights = without_cramps = 0
    day = first
    while day <= last_night:
        done = period.activity.get(day, {}).get(kind, 0) > 0
        cramped = day in cramp_nights
        if done:
            with_nights += 1
            with_cramps += cramped
        else:
            without_nights += 1
            without_cramps += cramped
        day += timedelta(days=1)
    if min(with_nights, without_nights) < MIN_NIGHTS_PER_SIDE:
        return None
    return Comparison(what, with_nights, with_cramps, without_nights, without_cramps)


def medicine_timeline(item: Item, period: Period) -> MedicineTimeline | None:
    if item.kind != "medicine" or item.started_on is None:
        return None
    start = item.started_on
    days = [c.local_day for c in period.cramps]
    after = sum(1 for d in days if start <= d < start + MEDICINE_WINDOW)
    covered = period.diary_began is not None and period.diary_began <= start - MEDICINE_WINDOW
    before = sum(1 for d in days if start - MEDICINE_WINDOW <= d < start) if covered else None
    return MedicineTimeline(item.name, start, period.diary_began, before, after)


def nights_against_guidance(
    cramps: list[Cramp], diary_began: date | None, today: date, texts: DiaryTexts
) -> tuple[NightCount, bool]:
    """The nights of the content's `see_gp_when` window up to last night, and whether they
    reach its thresholds (the guidance's "see a GP" line goes with them). `cramps` must
    cover that window."""
    rule = texts.see_gp_when
    last_night = today - timedelta(days=1)
    # A diary younger than the window counts the nights since it began, not empty ones.
    began = diary_began or last_night
    window = max(1, min(rule.nights, (last_night - began).days + 1))
    nights = count_nights(cramps, last_night, window)
    see_gp = nights.cramp_nights >= rule.cramp_nights or nights.woken_nights >= rule.woken_nights
    return nights, see_gp


def find_patterns(period: Period, today: date, texts: DiaryTexts) -> Patterns | None:
    """The patterns of a diary read up to `today`; None while it holds too few entries."""
    if period.total_entries < texts.min_entries_for_patterns:
        return None
    nights, see_gp = nights_against_guidance(period.cramps, period.diary_began, today, texts)
    last_night = today - timedelta(days=1)
    comparisons = tuple(
        found
        for kind, what in (
            ("hydration", wording.COMPARE_WATER),
            ("stretching", wording.COMPARE_STRETCH),
        )
        if (found := compare(period, last_night, kind, what)) is not None
    )
    medicines = tuple(
        timeline
        for item in period.items
        if (timeline := medicine_timeline(item, period)) is not None
    )
    return Patterns(nights, see_gp, comparisons, medicines)
