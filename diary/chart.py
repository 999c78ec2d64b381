"""The diary chart: cramps per day and night over the last 30 days, the nights a cramp
woke the person, and the worst severity each day, as a PNG drawn with Pillow.

Drawn the way the /week chart is (bot/charts.py): Okabe-Ito colours that stay apart
with colour-vision deficiency, numbers written on the bars so colour is never the only
cue, large fonts for a phone, and deterministic bytes. Bars and dots are not
anti-aliased, so tests find them by their exact colour.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PIL import Image, ImageDraw

from bot.charts import (
    AXIS,
    BACKGROUND,
    GRID,
    HEIGHT,
    MUTED,
    TEXT,
    WIDTH,
    Colour,
    chart_font,
    day_label,
)
from diary.entry import MAX_SEVERITY, Cramp

DAYS = 30

# Okabe-Ito: blue for nights, orange for days, vermillion for waking, reddish purple
# for severity.
NIGHT_COLOUR: Colour = (0, 114, 178)
DAY_COLOUR: Colour = (230, 159, 0)
WOKE_COLOUR: Colour = (213, 94, 0)
SEVERITY_COLOUR: Colour = (204, 121, 167)

LEGEND = (
    ("Night", NIGHT_COLOUR),
    ("Day", DAY_COLOUR),
    ("Woke you", WOKE_COLOUR),
    ("Worst severity (0-10)", SEVERITY_COLOUR),
)
EMPTY_NOTE = "No cramps logged in these 30 days"

TITLE_SIZE = 28
LEGEND_SIZE = 18
LABEL_SIZE = 16
VALUE_SIZE = 14

# Vertical layout: the bar panel, the row of "woke" dots, the severity panel.
BARS_TOP, BARS_BOTTOM = 104, 272
WOKE_ROW = 290
SEVERITY_TOP, SEVERITY_BOTTOM = 318, 404
LABEL_ROW = 412
MARGIN = 20
DOT_RADIUS = 5


@dataclass(frozen=True, slots=True)
class DayCount:
    """One local day of the chart: cramps of its night and its day, whether one woke the
    person, and the worst severity (None: no cramp)."""

    day: date
    night: int
    daytime: int
    woke: bool
    worst: int | None

    @property
    def total(self) -> int:
        return self.night + self.daytime


def day_counts(cramps: Iterable[Cramp], last: date, days: int = DAYS) -> list[DayCount]:
    """The `days` days ending with `last`, oldest first, every day present."""
    first = last - timedelta(days=days - 1)
    by_day: dict[date, list[Cramp]] = {}
    for cramp in cramps:
        if first <= cramp.local_day <= last:
            by_day.setdefault(cramp.local_day, []).append(cramp)
    result = []
    for offset in range(days):
        day = first + timedelta(days=offset)
        found = by_day.get(day, [])
        result.append(
            DayCount(
                day,
                sum(1 for c in found if c.at_night),
                sum(1 for c in found if not c.at_night),
                any(c.woke for c in found),
                max((c.severity for c in found), default=None),
            )
        )
    return result


def _top_of(largest: int) -> tuple[int, int]:
    """A round top for the count axis and its step."""
    largest = max(largest, 3)
    step = 1 if largest <= 5 else 2 if largest <= 10 else 5
    return step * math.ceil(largest / step), step


def bar_columns(count: int) -> list[tuple[int, int]]:
    """The x range (first, last pixel) of each day's bar: shared with the tests."""
    left, right = MARGIN + 34, WIDTH - MARGIN
    group = (right - left) / count
    width = max(3, int(group * 0.7))
    return [
        (
            round(left + group * (i + 0.5) - width / 2),
            round(left + group * (i + 0.5) - width / 2) + width - 1,
        )
        for i in range(count)
    ]


def diary_chart_png(days: Sequence[DayCount], *, title: str) -> bytes:
    """Draw the days (oldest first, 1 to 60 of them) as an 800x450 PNG."""
    if not 1 <= len(days) <= 60:
        raise ValueError(f"expected 1 to 60 days, got {len(days)}")
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    draw.text((MARGIN, 10), title, TEXT, chart_font(TITLE_SIZE))
    _legend(draw, x=MARGIN, y=54)

    top, step = _top_of(max(d.total for d in days))
    left, right = MARGIN + 34, WIDTH - MARGIN
    scale = (BARS_BOTTOM - BARS_TOP) / top

    def y_of(value: int) -> int:
        return round(BARS_BOTTOM - value * scale)

    tick_font = chart_font(LABEL_SIZE)
    for tick in range(0, top + 1, step):
        draw.line([(left, y_of(tick)), (right, y_of(tick))], GRID if tick else AXIS, 1)
        draw.text((left - 8, y_of(tick)), str(tick), MUTED, tick_font, "rm")
    severity_scale = (SEVERITY_BOTTOM - SEVERITY_TOP) / MAX_SEVERITY
    for tick in (0, 5, 10):
        y = round(SEVERITY_BOTTOM - tick * severity_scale)
        draw.line([(left, y), (right, y)], GRID if tick else AXIS, 1)
        draw.text((left - 8, y), str(tick), MUTED, tick_font, "rm")

    value_font = chart_font(VALUE_SIZE)
    columns = bar_columns(len(days))
    for index, (counts, (x0, x1)) in enumerate(zip(days, columns, strict=True)):
        centre = (x0 + x1) / 2
        if counts.night:
            draw.rectangle([(x0, y_of(counts.night)), (x1, BARS_BOTTOM - 1)], NIGHT_COLOUR)
        if counts.daytime:
            draw.rectangle([(x0, y_of(counts.total)), (x1, y_of(counts.night) - 1)], DAY_COLOUR)
        if counts.total:
            draw.text((centre, y_of(counts.total) - 2), str(counts.total), TEXT, value_font, "md")
        if counts.woke:
            _dot(draw, centre, WOKE_ROW, WOKE_COLOUR)
        if counts.worst is not None:
            _dot(
                draw,
                centre,
                round(SEVERITY_BOTTOM - counts.worst * severity_scale),
                SEVERITY_COLOUR,
            )
        # Every seventh day, counted back from the last, so the last day is named.
        if (len(days) - 1 - index) % 7 == 0:
            draw.text((centre, LABEL_ROW), day_label(counts.day), TEXT, tick_font, "ma")

    if all(d.total == 0 for d in days):
        middle = ((left + right) / 2, (BARS_TOP + BARS_BOTTOM) / 2)
        draw.text(middle, EMPTY_NOTE, MUTED, chart_font(LEGEND_SIZE), "mm")

    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False, compress_level=6)
    return buffer.getvalue()


def _dot(draw: ImageDraw.ImageDraw, x: float, y: int, colour: Colour) -> None:
    draw.rectangle(
        [(round(x) - DOT_RADIUS, y - DOT_RADIUS), (round(x) + DOT_RADIUS, y + DOT_RADIUS)], colour
    )


def _legend(draw: ImageDraw.ImageDraw, *, x: int, y: int) -> None:
    font = chart_font(LEGEND_SIZE)
    swatch = 18
    for label, colour in LEGEND:
        draw.rectangle([(x, y), (x + swatch - 1, y + swatch - 1)], colour)
        x += swatch + 6
        draw.text((x, y + swatch / 2), label, TEXT, font, "lm")
        x += int(draw.textlength(label, font=font)) + 22
