"""The diary's chart (decoded, bars and dots where the numbers say), its patterns on
made-up diaries with known answers, and the report: the PDF parsed back and the CSV
read back into the entries."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PIL import Image
from pypdf import PdfReader

from diary.actions import Item, Period
from diary.chart import (
    DAY_COLOUR,
    NIGHT_COLOUR,
    SEVERITY_COLOUR,
    WOKE_COLOUR,
    bar_columns,
    day_counts,
    diary_chart_png,
)
from diary.entry import Cramp, Duration, Side, Site, place
from diary.patterns import find_patterns
from diary.report import entries_csv, read_csv, report_pdf, summarise
from knowledge.diary_texts import DiaryTexts
from knowledge.loader import load_content

LONDON = ZoneInfo("Europe/London")
TODAY = date(2026, 12, 3)
TEXTS: DiaryTexts = load_content().diary


def cramp(
    index: int,
    day: date,
    hour: int = 3,
    *,
    site: Site = "calf",
    side: Side = "left",
    severity: int = 5,
    duration: Duration = "1_5",
    woke: bool = False,
    note: str | None = None,
) -> Cramp:
    at = datetime.combine(day, time(hour), LONDON).astimezone(UTC)
    where = place(at, LONDON, woke=woke)
    return Cramp(
        index, at, where.local_day, where.at_night, site, side, severity, duration, woke, None, note
    )


def period(cramps: list[Cramp], days: int = 28, **kwargs: object) -> Period:
    first = TODAY - timedelta(days=days - 1)
    began = min((c.local_day for c in cramps), default=None)
    return Period(
        first,
        TODAY,
        LONDON,
        cramps,
        kwargs.pop("items", []),  # type: ignore[arg-type]
        kwargs.pop("activity", {}),
        began,
        len(cramps),
    )  # type: ignore[arg-type]


def colours_in_column(image: Image.Image, x: int) -> list[tuple[int, int, int]]:
    rgb = image.convert("RGB")
    return [rgb.getpixel((x, y)) for y in range(rgb.height)]  # type: ignore[misc]


def test_chart_bars_dots_and_days_are_where_the_numbers_say() -> None:
    cramps = [
        cramp(1, TODAY - timedelta(days=1), woke=True, severity=9),  # night of the 1st
        cramp(2, TODAY - timedelta(days=1), hour=4, severity=3),
        cramp(3, TODAY - timedelta(days=5), hour=14, severity=6),  # a daytime cramp
    ]
    counts = day_counts(cramps, TODAY)
    assert len(counts) == 30 and counts[-1].day == TODAY
    night_of = {c.day: c for c in counts}
    assert night_of[TODAY - timedelta(days=2)].night == 2
    assert night_of[TODAY - timedelta(days=2)].woke
    assert night_of[TODAY - timedelta(days=2)].worst == 9
    assert night_of[TODAY - timedelta(days=5)].daytime == 1

    image = Image.open(io.BytesIO(diary_chart_png(counts, title="Cramps")))
    assert image.size == (800, 450) and image.format == "PNG"
    columns = bar_columns(30)

    def column(day: date) -> list[tuple[int, int, int]]:
        x0, x1 = columns[(day - counts[0].day).days]
        return colours_in_column(image, (x0 + x1) // 2)

    two_nights = column(TODAY - timedelta(days=2))
    one_day = column(TODAY - timedelta(days=5))
    assert two_nights.count(NIGHT_COLOUR) > 1.8 * one_day.count(DAY_COLOUR) > 0
    assert WOKE_COLOUR in two_nights and WOKE_COLOUR not in one_day
    assert SEVERITY_COLOUR in two_nights and SEVERITY_COLOUR in one_day
    # The higher severity is drawn higher up.
    assert two_nights.index(SEVERITY_COLOUR) < one_day.index(SEVERITY_COLOUR)
    empty = column(TODAY - timedelta(days=10))
    assert not {NIGHT_COLOUR, DAY_COLOUR, WOKE_COLOUR, SEVERITY_COLOUR} & set(empty)
    assert diary_chart_png(counts, title="Cramps") == diary_chart_png(counts, title="Cramps")


def test_patterns_count_nights_and_point_to_a_gp_when_sleep_is_disturbed() -> None:
    # Cramps on 9 of the last 14 nights, 6 of which woke the person.
    nights = [TODAY - timedelta(days=d) for d in range(1, 10)]
    cramps = [cramp(i, night + timedelta(days=1), woke=i < 6) for i, night in enumerate(nights)]
    found = find_patterns(period(cramps), TODAY, TEXTS)
    assert found is not None and found.nights is not None
    assert (found.nights.nights, found.nights.cramp_nights, found.nights.woken_nights) == (
        9,
        9,
        6,
    )  # the diary began 9 nights ago: it counts those, not empty ones before it
    assert found.see_gp
    lines = found.lines(TEXTS)
    assert lines[0] == "Cramps on 9 of the last 9 nights; 6 of them woke you."
    assert TEXTS.see_gp_pattern.strip() in lines


def test_no_patterns_before_enough_entries_and_no_gp_line_for_a_quiet_diary() -> None:
    few = [cramp(i, TODAY - timedelta(days=i)) for i in range(1, TEXTS.min_entries_for_patterns)]
    assert find_patterns(period(few), TODAY, TEXTS) is None
    spread = [cramp(i, TODAY - timedelta(days=10 * i), hour=15) for i in range(1, 6)]
    quiet = find_patterns(period(spread, days=60), TODAY, TEXTS)
    assert quiet is not None and not quiet.see_gp
    assert TEXTS.see_gp_pattern.strip() not in quiet.lines(TEXTS)


def test_comparisons_give_counts_on_both_sides_never_a_cause() -> None:
    # 20 nights: water logged on the even days; cramps on the nights after odd days.
    first = TODAY - timedelta(days=20)
    activity = {first + timedelta(days=d): {"hydration": 3} for d in range(0, 20, 2)}
    cramps = [
        cramp(d, first + timedelta(days=d + 1)) for d in range(1, 20, 2)
    ]  # night of day d (odd) -> the 3 am of day d + 1
    found = find_patterns(period(cramps, activity=activity), TODAY, TEXTS)
    assert found is not None
    (water,) = [c for c in found.comparisons if c.what.startswith("Water")]
    assert (water.with_nights, water.with_cramps) == (9, 0)
    assert (water.without_nights, water.without_cramps) == (10, 10)
    assert any("do not show what causes" in line for line in found.lines(TEXTS))


def test_a_medicine_is_shown_next_to_when_the_cramps_began() -> None:
    started = TODAY - timedelta(days=20)
    cramps = [cramp(i, started + timedelta(days=i + 2)) for i in range(8)]
    diary = period(cramps, items=[Item("medicine", "Atorvastatin", started)])
    found = find_patterns(diary, TODAY, TEXTS)
    assert found is not None
    (medicine,) = found.medicines
    assert medicine.first_cramp == started + timedelta(days=1)  # the night before the 3 am
    assert medicine.after == 8 and medicine.before is None
    text = "\n".join(found.lines(TEXTS))
    assert "Atorvastatin: started on 13 Nov 2026" in text
    assert TEXTS.medicine_note.strip() in text


def test_the_pdf_holds_the_numbers_and_the_disclaimer_on_every_page() -> None:
    cramps = [
        cramp(
            1,
            TODAY - timedelta(days=3),
            woke=True,
            severity=8,
            duration="5_10",
            note="after a long walk",
        ),
        cramp(2, TODAY - timedelta(days=2), site="foot", side="right", severity=2),
        cramp(
            3,
            TODAY - timedelta(days=1),
            site="foot",
            side="both",
            severity=5,
            duration="over_10",
            woke=True,
        ),
    ] + [cramp(10 + i, TODAY - timedelta(days=4 + i % 20), hour=15) for i in range(40)]
    diary = period(
        cramps,
        items=[Item("medicine", "Furosemide", date(2026, 11, 1)), Item("tried", "Magnesium", None)],
    )
    summary = summarise(diary)
    pdf = report_pdf(diary, TEXTS, TODAY)
    reader = PdfReader(io.BytesIO(pdf))
    pages = [page.extract_text() for page in reader.pages]
    text = "\n".join(pages)
    assert len(pages) >= 2
    assert "Period: 6 Nov 2026 to 3 Dec 2026 (28 days)" in text
    assert f"Number of cramps {summary.cramps}" in text and summary.cramps == 43
    assert "Nights disturbed (a cramp woke them) 2" in text
    assert "Furosemide: started 1 Nov 2026" in text and "Magnesium" in text
    assert "after a long walk" in text
    assert "over 10 minutes and did not ease: 1" in text
    for page in pages:
        assert "It is not a diagnosis" in page.replace("\n", " ")
    assert reader.pages[0].images, "the chart is in the report"


def test_the_csv_round_trips_the_entries() -> None:
    cramps = [
        cramp(1, TODAY - timedelta(days=3), woke=True, note='said "ouch", twice'),
        cramp(2, TODAY - timedelta(days=2), hour=15, site="toes", side="right", severity=0),
    ]
    rows = read_csv(entries_csv(period(cramps)))
    assert len(rows) == 2
    for row, original in zip(rows, cramps, strict=True):
        assert datetime.fromisoformat(row["occurred_at_utc"]) == original.occurred_at
        assert date.fromisoformat(row["day_or_night_of"]) == original.local_day
        assert (row["site"], row["side"], int(row["severity"]), row["duration"]) == (
            original.site,
            original.side,
            original.severity,
            original.duration,
        )
        assert (row["woke"] == "yes") == original.woke
        assert (row["counts_for"] == "night") == original.at_night
        assert (row["note"] or None) == original.note
