"""The report for the doctor: a PDF (fpdf2) of a period of the diary, and a CSV of its
entries.

The PDF has the period, the number of cramps, nights disturbed, the severity and
duration distributions, sites and sides, the chart, the medicines and start dates the
person gave, what they have tried, what the diary shows, every entry, and on every page
the content's line that this is the patient's own record, not a diagnosis.

It uses the PDF core font (Helvetica), so no font file has to ship with the bot; text
outside Latin-1 (an emoji in a note) is printed as '?'.
"""

from __future__ import annotations

import csv
import io
import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from diary import wording
from diary.actions import Period
from diary.chart import day_counts, diary_chart_png
from diary.entry import DURATIONS, SIDES, SITES, Cramp, Duration, Site
from diary.patterns import find_patterns
from knowledge.diary_texts import DiaryTexts

CHART_MAX_DAYS = 60
# Latin-1 has none of these: written as their plain equivalents rather than '?'.
_PLAIN = str.maketrans(
    {"–": "-", "—": "-", "‘": "'", "’": "'", "“": '"', "”": '"', "…": "...", "•": "-"}
)


def pdf_text(text: str) -> str:
    """`text` in the core font's Latin-1."""
    return text.translate(_PLAIN).encode("latin-1", "replace").decode("latin-1")


@dataclass(frozen=True, slots=True)
class Summary:
    """The numbers of a period, as the report prints them."""

    first: date
    last: date
    cramps: int
    cramp_days: int
    at_night: int
    in_day: int
    woken_nights: int
    severity_median: float | None
    severity_lowest: int | None
    severity_highest: int | None
    severity_bands: tuple[int, ...]
    durations: dict[Duration, int]
    long_not_eased: int
    sites: dict[Site, dict[str, int]]

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


def summarise(period: Period) -> Summary:
    cramps = period.cramps
    severities = [c.severity for c in cramps]
    sites: dict[Site, dict[str, int]] = {}
    for cramp in cramps:
        row = sites.setdefault(cramp.site, dict.fromkeys(SIDES, 0))
        row[cramp.side] += 1
    durations = Counter(c.duration for c in cramps)
    return Summary(
        first=period.first,
        last=period.last,
        cramps=len(cramps),
        cramp_days=len({(c.local_day, c.at_night) for c in cramps}),
        at_night=sum(1 for c in cramps if c.at_night),
        in_day=sum(1 for c in cramps if not c.at_night),
        woken_nights=len({c.local_day for c in cramps if c.woke}),
        severity_median=statistics.median(severities) if severities else None,
        severity_lowest=min(severities, default=None),
        severity_highest=max(severities, default=None),
        severity_bands=tuple(
            sum(1 for s in severities if low <= s <= high)
            for _, low, high in wording.REPORT_SEVERITY_BANDS
        ),
        durations={d: durations.get(d, 0) for d in DURATIONS},
        long_not_eased=sum(1 for c in cramps if c.duration == "over_10" and c.eased is not True),
        sites={site: sites[site] for site in SITES if site in sites},
    )


class _ReportPdf(FPDF):
    def __init__(self, footer_text: str, created: date) -> None:
        super().__init__(format="A4")
        self._footer_text = footer_text
        self.set_margins(16, 16, 16)
        self.set_auto_page_break(auto=True, margin=22)
        # The day, not the instant: the same diary on the same day gives the same bytes.
        self.set_creation_date(datetime.combine(created, time(), UTC))

    def footer(self) -> None:
        self.set_y(-18)
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(90, 90, 90)
        self.multi_cell(0, 3.6, pdf_text(self._footer_text), align="C")
        page = wording.REPORT_PAGE.format(page=self.page_no(), pages="{nb}")
        self.cell(0, 4, page, align="C")

    def heading(self, text: str) -> None:
        if self.get_y() > self.page_break_trigger - 30:
            self.add_page()  # never a heading alone at the foot of a page
        self.ln(3)
        self.set_font("Helvetica", "B", 13)
        self.set_text_color(20, 20, 20)
        self.cell(0, 8, pdf_text(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("Helvetica", "", 10)

    def line_of_text(self, text: str, *, bold: bool = False) -> None:
        self.set_font("Helvetica", "B" if bold else "", 10)
        self.multi_cell(0, 5.2, pdf_text(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def rows(self, rows: list[tuple[str, str]]) -> None:
        """Label and value, a two-column table without borders."""
        for label, value in rows:
            self.set_font("Helvetica", "", 10)
            self.cell(78, 6, pdf_text(label))
            self.set_font("Helvetica", "B", 10)
            self.cell(0, 6, pdf_text(value), new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _table(
    pdf: _ReportPdf,
    headers: tuple[str, ...],
    body: list[tuple[str, ...]],
    widths: tuple[float, ...],
) -> None:
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_fill_color(235, 235, 235)
    for header, width in zip(headers, widths, strict=True):
        pdf.cell(width, 6, pdf_text(header), border=1, fill=True)
    pdf.ln()
    pdf.set_font("Helvetica", "", 9)
    for row in body:
        for value, width in zip(row, widths, strict=True):
            text = pdf_text(value)
            while text and pdf.get_string_width(text) > width - 2:
                text = text[:-2] + "~"
            pdf.cell(width, 5.6, text, border=1)
        pdf.ln()


def _yes_no(value: bool) -> str:
    return wording.REPORT_YES if value else wording.REPORT_NO


def _entry_row(cramp: Cramp, period: Period) -> tuple[str, ...]:
    local = cramp.occurred_at.astimezone(period.zone)
    return (
        local.date().isoformat(),
        local.strftime("%H:%M"),
        wording.REPORT_NIGHT if cramp.at_night else wording.REPORT_DAY,
        wording.SITE_NAMES[cramp.site],
        cramp.side,
        str(cramp.severity),
        wording.DURATION_NAMES[cramp.duration],
        _yes_no(cramp.woke),
        cramp.note or "",
    )


def _tried_lines(period: Period) -> list[str]:
    days = (period.last - period.first).days + 1
    logged = {
        kind: sum(
            1
            for day, counts in period.activity.items()
            if period.first <= day <= period.last and counts.get(kind, 0) > 0
        )
        for kind in ("hydration", "stretching")
    }
    lines = [item.name for item in period.items if item.kind == "tried"]
    if logged["hydration"]:
        lines.append(wording.REPORT_TRIED_WATER.format(days=logged["hydration"], of=days))
    if logged["stretching"]:
        lines.append(wording.REPORT_TRIED_STRETCH.format(days=logged["stretching"], of=days))
    return lines


def report_pdf(period: Period, texts: DiaryTexts, today: date) -> bytes:
    """The report of `period` as PDF bytes."""
    summary = summarise(period)
    pdf = _ReportPdf(texts.report_disclaimer.strip(), today)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 11, pdf_text(wording.REPORT_TITLE), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 11)
    pdf.line_of_text(
        wording.REPORT_PERIOD.format(
            first=wording.date_text(summary.first),
            last=wording.date_text(summary.last),
            days=summary.days,
        ),
        bold=True,
    )
    pdf.line_of_text(
        wording.REPORT_PREPARED.format(today=wording.date_text(today), zone=period.zone.key)
    )
    pdf.set_fill_color(255, 244, 214)
    pdf.set_font("Helvetica", "I", 9.5)
    pdf.multi_cell(
        0,
        5,
        pdf_text(texts.report_disclaimer.strip()),
        border=1,
        fill=True,
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
        padding=2,
    )

    pdf.heading(wording.REPORT_SUMMARY)
    severity = (
        wording.REPORT_SEVERITY_VALUE.format(
            median=f"{summary.severity_median:g}",
            lowest=summary.severity_lowest,
            highest=summary.severity_highest,
        )
        if summary.severity_median is not None
        else "-"
    )
    pdf.rows(
        [
            (wording.REPORT_CRAMPS, str(summary.cramps)),
            (wording.REPORT_CRAMP_DAYS, str(summary.cramp_days)),
            (wording.REPORT_NIGHTS, f"{summary.at_night} / {summary.in_day}"),
            (wording.REPORT_WOKEN, str(summary.woken_nights)),
            (wording.REPORT_SEVERITY, severity),
        ]
    )
    bands = [label for label, _, _ in wording.REPORT_SEVERITY_BANDS]
    durations = [wording.DURATION_NAMES[d] for d in DURATIONS]
    _table(
        pdf,
        (wording.REPORT_SEVERITY, *bands),
        [("cramps", *(str(n) for n in summary.severity_bands))],
        (46, 42, 42, 42),
    )
    pdf.ln(2)
    _table(
        pdf,
        (wording.REPORT_DURATION, *durations),
        [("cramps", *(str(summary.durations[d]) for d in DURATIONS))],
        (34, 34, 34, 34, 34),
    )
    if summary.long_not_eased:
        pdf.line_of_text(wording.REPORT_LONG_NOT_EASED.format(count=summary.long_not_eased))

    pdf.heading(wording.REPORT_SITES)
    site_rows = [
        (
            wording.SITE_NAMES[site],
            *(str(sides[side]) for side in SIDES),
            str(sum(sides.values())),
        )
        for site, sides in summary.sites.items()
    ]
    if site_rows:
        _table(pdf, wording.REPORT_SIDE_HEADERS, site_rows, (46, 31, 31, 31, 31))
    else:
        pdf.line_of_text(wording.REPORT_NO_ENTRIES)

    chart_days = min(summary.days, CHART_MAX_DAYS)
    png = diary_chart_png(
        day_counts(period.cramps, period.last, chart_days),
        title=wording.CHART_TITLE.format(days=chart_days),
    )
    if pdf.get_y() > 160:
        pdf.add_page()
    pdf.heading(wording.REPORT_CHART)
    pdf.image(io.BytesIO(png), w=pdf.epw)

    pdf.heading(wording.REPORT_MEDICINES)
    medicines = [i for i in period.items if i.kind == "medicine"]
    for item in medicines:
        started = (
            wording.REPORT_STARTED.format(day=wording.date_text(item.started_on))
            if item.started_on
            else wording.REPORT_START_UNKNOWN
        )
        pdf.line_of_text(f"- {item.name}: {started}")
    if not medicines:
        pdf.line_of_text(wording.REPORT_NO_MEDICINES)

    pdf.heading(wording.REPORT_TRIED)
    for line in _tried_lines(period) or [wording.REPORT_TRIED_NONE]:
        pdf.line_of_text(f"- {line}")

    patterns = find_patterns(period, today, texts)
    if patterns is not None:
        pdf.heading(wording.REPORT_PATTERNS)
        for line in patterns.lines(texts):
            pdf.line_of_text(line)

    pdf.heading(wording.REPORT_ENTRIES)
    if period.cramps:
        _table(
            pdf,
            wording.REPORT_ENTRY_HEADERS,
            [_entry_row(c, period) for c in period.cramps],
            (20, 11, 12, 19, 13, 10, 24, 11, 58),
        )
    else:
        pdf.line_of_text(wording.REPORT_NO_ENTRIES)
    return bytes(pdf.output())


# -- CSV -----------------------------------------------------------------------------------
CSV_COLUMNS = (
    "occurred_at_utc",
    "local_date",
    "local_time",
    "counts_for",
    "day_or_night_of",
    "site",
    "side",
    "severity",
    "duration",
    "woke",
    "eased",
    "note",
)


def entries_csv(period: Period) -> bytes:
    """Every entry of the period, one row each, UTF-8 with a header row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for cramp in period.cramps:
        local = cramp.occurred_at.astimezone(period.zone)
        writer.writerow(
            (
                cramp.occurred_at.isoformat(),
                local.date().isoformat(),
                local.strftime("%H:%M"),
                "night" if cramp.at_night else "day",
                cramp.local_day.isoformat(),
                cramp.site,
                cramp.side,
                cramp.severity,
                cramp.duration,
                "yes" if cramp.woke else "no",
                "" if cramp.eased is None else "yes" if cramp.eased else "no",
                cramp.note or "",
            )
        )
    return buffer.getvalue().encode("utf-8")


def read_csv(data: bytes) -> list[dict[str, Any]]:
    """The rows of a CSV made by `entries_csv`, as dicts (for tests and re-imports)."""
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
