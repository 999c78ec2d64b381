"""The /week chart: a week of water, stretches and minerals as a PNG, drawn with Pillow.

Grouped bars per day with their numbers written on top (so colour is never the only
cue), a legend, a dashed line for the daily water goal and weekday labels. Colours are
from the Okabe-Ito palette, which stays distinguishable with colour-vision deficiency;
fonts are large because Telegram shows the image about half size on a phone. Drawing
is deterministic (the same totals give the same bytes) and takes a few milliseconds.
Only Pillow's own font is used, scaled with ImageFont.load_default(size=...).
"""

from __future__ import annotations

import functools
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from PIL import Image, ImageDraw, ImageFont

WIDTH = 800
HEIGHT = 450
MAX_DAYS = 7

Colour = tuple[int, int, int]
BACKGROUND: Colour = (255, 255, 255)
TEXT: Colour = (34, 34, 34)
MUTED: Colour = (96, 96, 96)
GRID: Colour = (221, 221, 221)
AXIS: Colour = (136, 136, 136)
# Okabe-Ito: blue, orange, bluish green.
HYDRATION_COLOUR: Colour = (0, 114, 178)
STRETCHES_COLOUR: Colour = (230, 159, 0)
MINERALS_COLOUR: Colour = (0, 158, 115)
# The goal line is the only pure black in the image (text is dark grey).
GOAL_COLOUR: Colour = (0, 0, 0)

SERIES: tuple[tuple[str, Colour], ...] = (
    ("Water", HYDRATION_COLOUR),
    ("Stretches", STRETCHES_COLOUR),
    ("Minerals", MINERALS_COLOUR),
)
GOAL_LABEL = "Water goal: {goal}"
EMPTY_NOTE = "Nothing logged this week yet"
# Fixed English names: strftime("%a") would follow the process locale.
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

TITLE_SIZE = 30
LEGEND_SIZE = 20
DAY_SIZE = 22
TICK_SIZE = 18
VALUE_SIZE = 17

GOAL_WIDTH = 3
GOAL_DASH = 14
GOAL_GAP = 9

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


@dataclass(frozen=True, slots=True)
class DayTotals:
    """What a person logged on one day."""

    day: date
    hydration: int
    stretches: int
    minerals: int

    def counts(self) -> tuple[int, int, int]:
        return (self.hydration, self.stretches, self.minerals)


@functools.cache
@functools.cache
def chart_font(size: int) -> Font:
    """Pillow's own font at `size` (the diary's chart draws with it too)."""
    return ImageFont.load_default(size=size)


def day_label(day: date) -> str:
    """'Mon 16': the weekday and the day of the month, independent of the locale."""
    return f"{WEEKDAYS[day.weekday()]} {day.day}"


def _nice_step(top: int, max_ticks: int = 5) -> int:
    """The smallest 1, 2 or 5 x 10^k step that covers `top` in at most `max_ticks` steps."""
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            if math.ceil(top / step) <= max_ticks:
                return step
        magnitude *= 10


def _fit(draw: ImageDraw.ImageDraw, text: str, font: Font, width: float) -> str:
    """`text`, shortened with an ellipsis if it is wider than `width`."""
    if draw.textlength(text, font=font) <= width:
        return text
    while text and draw.textlength(text + "…", font=font) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _validate(days: Sequence[DayTotals], hydration_goal: int) -> None:
    if not 1 <= len(days) <= MAX_DAYS:
        raise ValueError(f"expected 1 to {MAX_DAYS} days, got {len(days)}")
    if any(later.day <= earlier.day for earlier, later in pairwise(days)):
        raise ValueError("days must be in order, oldest first, each day once")
    if any(count < 0 for totals in days for count in totals.counts()):
        raise ValueError("counts cannot be negative")
    if hydration_goal < 0:
        raise ValueError("the hydration goal cannot be negative")


def week_chart_png(days: list[DayTotals], *, hydration_goal: int, title: str) -> bytes:
    """Draw the week as an 800x450 PNG. `days` is oldest first (normally 7 days).

    A goal of 0 draws no goal line. Raises ValueError for no days, more than 7, days out
    of order or negative counts.
    """
    _validate(days, hydration_goal)
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    title_font, legend_font = chart_font(TITLE_SIZE), chart_font(LEGEND_SIZE)
    day_font, tick_font = chart_font(DAY_SIZE), chart_font(TICK_SIZE)
    value_font = chart_font(VALUE_SIZE)

    # Title, then the legend on one row beneath it.
    margin = 20
    draw.text((margin, 12), _fit(draw, title, title_font, WIDTH - 2 * margin), TEXT, title_font)
    _draw_legend(draw, legend_font, hydration_goal, x=margin, y=60)

    # The value axis: whole numbers, 0 to a round top that includes the goal.
    largest = max([hydration_goal, *(c for totals in days for c in totals.counts())])
    step = _nice_step(max(largest, 4))
    top = step * math.ceil(max(largest, 4) / step)
    ticks = list(range(0, top + 1, step))
    tick_width = max(draw.textlength(str(t), font=tick_font) for t in ticks)
    left = margin + int(tick_width) + 10
    right = WIDTH - margin
    plot_top, plot_bottom = 112, HEIGHT - 44
    scale = (plot_bottom - plot_top) / top

    def y_of(value: int) -> int:
        return round(plot_bottom - value * scale)

    for tick in ticks:
        y = y_of(tick)
        draw.line([(left, y), (right, y)], fill=GRID if tick else AXIS, width=1)
        draw.text((left - 8, y), str(tick), MUTED, tick_font, anchor="rm")

    # Bars: three per day, with the number on top of each bar that is not zero.
    group = (right - left) / len(days)
    bar = max(4, min(34, int(group * 0.76 / 3)))
    show_values = draw.textlength(str(largest), font=value_font) <= bar + 6
    for index, totals in enumerate(days):
        centre = left + group * (index + 0.5)
        first = round(centre - 1.5 * bar)
        for position, (count, (_, colour)) in enumerate(zip(totals.counts(), SERIES, strict=True)):
            x0 = first + position * bar
            if count:
                draw.rectangle([(x0 + 1, y_of(count)), (x0 + bar - 2, plot_bottom - 1)], colour)
                if show_values:
                    draw.text((x0 + bar / 2, y_of(count) - 3), str(count), TEXT, value_font, "md")
        draw.text((centre, plot_bottom + 8), day_label(totals.day), TEXT, day_font, "ma")

    if hydration_goal:
        y = y_of(hydration_goal)
        for x in range(left, right, GOAL_DASH + GOAL_GAP):
            end = min(x + GOAL_DASH, right)
            draw.line([(x, y), (end, y)], fill=GOAL_COLOUR, width=GOAL_WIDTH)

    if all(count == 0 for totals in days for count in totals.counts()):
        middle = ((left + right) / 2, (plot_top + plot_bottom) / 2)
        box = draw.textbbox(middle, EMPTY_NOTE, legend_font, "mm")
        draw.rectangle([(box[0] - 8, box[1] - 6), (box[2] + 8, box[3] + 6)], BACKGROUND)
        draw.text(middle, EMPTY_NOTE, MUTED, legend_font, "mm")

    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False, compress_level=6)
    return buffer.getvalue()


def _draw_legend(draw: ImageDraw.ImageDraw, font: Font, goal: int, *, x: int, y: int) -> None:
    swatch, gap, spacing = 20, 8, 26
    for label, colour in SERIES:
        draw.rectangle([(x, y + 2), (x + swatch - 1, y + swatch + 1)], colour)
        x += swatch + gap
        draw.text((x, y + swatch / 2 + 2), label, TEXT, font, "lm")
        x += int(draw.textlength(label, font=font)) + spacing
    if goal:
        middle = y + swatch // 2 + 2
        draw.line([(x, middle), (x + 12, middle)], fill=GOAL_COLOUR, width=GOAL_WIDTH)
        draw.line([(x + 18, middle), (x + 30, middle)], fill=GOAL_COLOUR, width=GOAL_WIDTH)
        x += 30 + gap
        draw.text((x, middle), GOAL_LABEL.format(goal=goal), TEXT, font, "lm")
