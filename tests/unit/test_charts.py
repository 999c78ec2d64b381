"""The /week chart: a valid PNG of the right size, bars that scale, a dashed goal line at
the right height, deterministic bytes, and fast enough to draw on every request.

Pixel checks look for the exact colours bot.charts draws with (bars and the goal line
are not anti-aliased), not for fixed coordinates, so layout tweaks do not break them.
"""

from __future__ import annotations

import io
import time
from datetime import date, timedelta

import pytest
from PIL import Image

from bot.charts import (
    GOAL_COLOUR,
    HEIGHT,
    HYDRATION_COLOUR,
    MINERALS_COLOUR,
    STRETCHES_COLOUR,
    WIDTH,
    DayTotals,
    day_label,
    week_chart_png,
)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MONDAY = date(2025, 6, 16)
Colour = tuple[int, int, int]


def week(rows: list[tuple[int, int, int]], start: date = MONDAY) -> list[DayTotals]:
    return [DayTotals(start + timedelta(days=i), *row) for i, row in enumerate(rows)]


TYPICAL = week([(6, 1, 2), (8, 2, 1), (3, 0, 0), (9, 1, 3), (0, 0, 0), (7, 2, 2), (5, 1, 1)])
ZEROS = week([(0, 0, 0)] * 7)


def render(days: list[DayTotals], goal: int = 8, title: str = "Your week") -> Image.Image:
    data = week_chart_png(days, hydration_goal=goal, title=title)
    image = Image.open(io.BytesIO(data))
    image.load()
    return image.convert("RGB")


def pixels(image: Image.Image) -> list[list[Colour]]:
    width, height = image.size
    raw = image.tobytes()
    flat = [(raw[i], raw[i + 1], raw[i + 2]) for i in range(0, len(raw), 3)]
    return [flat[y * width : (y + 1) * width] for y in range(height)]


def runs(row: list[Colour], colour: Colour) -> list[tuple[int, int]]:
    """The (start, end) x ranges where `row` has exactly `colour`."""
    found: list[tuple[int, int]] = []
    start: int | None = None
    for x, pixel in enumerate([*row, (-1, -1, -1)]):
        if pixel == colour and start is None:
            start = x
        elif pixel != colour and start is not None:
            found.append((start, x - 1))
            start = None
    return found


def bars(image: Image.Image, colour: Colour) -> list[tuple[int, int]]:
    """(centre x, height) of each bar of `colour`, left to right, found from the baseline."""
    grid = pixels(image)
    rows_with = [y for y, row in enumerate(grid) if colour in row]
    if not rows_with:
        return []
    baseline = max(rows_with)
    found = []
    for start, end in runs(grid[baseline], colour):
        if end - start < 3:  # not a bar (e.g. a stray legend pixel)
            continue
        x = (start + end) // 2
        # Walk up the bar; the dashed goal line may cross it.
        y, top = baseline, baseline
        while y > 0 and grid[y - 1][x] in (colour, GOAL_COLOUR):
            y -= 1
            if grid[y][x] == colour:
                top = y
        found.append((x, baseline - top + 1))
    return found


def goal_rows(image: Image.Image) -> list[int]:
    """Rows where the goal colour spans much of the width in several dashes."""
    return [
        y
        for y, row in enumerate(pixels(image))
        if row.count(GOAL_COLOUR) > WIDTH // 3 and len(runs(row, GOAL_COLOUR)) >= 10
    ]


# ---------------------------------------------------------------- a valid PNG


def test_output_is_a_png_of_the_expected_size() -> None:
    data = week_chart_png(TYPICAL, hydration_goal=8, title="Your week: 16-22 June")
    assert data.startswith(PNG_SIGNATURE)
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "PNG"
        assert image.size == (WIDTH, HEIGHT) == (800, 450)
        image.verify()
    assert len(data) < 200_000


def test_all_three_series_are_drawn() -> None:
    image = render(TYPICAL)
    assert len(bars(image, HYDRATION_COLOUR)) == 6  # one day has no water
    assert len(bars(image, STRETCHES_COLOUR)) == 5
    assert len(bars(image, MINERALS_COLOUR)) == 5


def test_all_zero_week_draws_axes_and_no_bars() -> None:
    image = render(ZEROS)
    assert image.size == (WIDTH, HEIGHT)
    for colour in (HYDRATION_COLOUR, STRETCHES_COLOUR, MINERALS_COLOUR):
        # Only the legend swatch: no bar rises from the baseline.
        assert all(height < 25 for _, height in bars(image, colour))
        assert sum(row.count(colour) for row in pixels(image)) <= 20 * 20
    assert goal_rows(image), "the goal line is still shown"


def test_bars_scale_with_large_counts() -> None:
    days = week([(40, 1, 1), (20, 2, 1), (10, 0, 0), (0, 0, 0), (5, 1, 1), (40, 3, 3), (1, 0, 0)])
    image = render(days)
    heights = [height for _, height in bars(image, HYDRATION_COLOUR)]
    assert len(heights) == 6
    h40, h20, h10, h5, h40b, h1 = heights
    assert h40 == h40b
    assert abs(h40 - 2 * h20) <= 2 and abs(h20 - 2 * h10) <= 2 and abs(h10 - 2 * h5) <= 2
    assert h1 >= 3, "a single glass is still visible"
    # The tallest bar stays inside the image, below the title and legend.
    assert 200 < h40 < HEIGHT - 100


def test_one_huge_day_does_not_break_the_chart() -> None:
    image = render(week([(250, 1, 1), (3, 1, 0), (2, 0, 0), (0, 0, 0), (1, 0, 0), (4, 0, 0)]))
    heights = [height for _, height in bars(image, HYDRATION_COLOUR)]
    assert heights[0] == max(heights) and len(heights) == 5


# ---------------------------------------------------------------- the goal line


def test_goal_line_is_dashed_and_present() -> None:
    image = render(TYPICAL, goal=8)
    rows = goal_rows(image)
    assert rows, "no dashed goal line"
    assert max(rows) - min(rows) < 6, "one line, a few pixels thick"
    dashes = runs(pixels(image)[rows[0]], GOAL_COLOUR)
    assert len(dashes) >= 15, "dashed, not solid"


def test_goal_line_sits_at_the_goal_height() -> None:
    # Wednesday's water equals the goal: the top of its bar meets the goal line.
    days = week([(2, 0, 0), (4, 0, 0), (10, 0, 0), (0, 0, 0), (0, 0, 0), (0, 0, 0), (0, 0, 0)])
    image = render(days, goal=10)
    grid = pixels(image)
    _, height = bars(image, HYDRATION_COLOUR)[2]
    baseline = max(y for y, row in enumerate(grid) if HYDRATION_COLOUR in row)
    bar_top = baseline - height + 1
    rows = goal_rows(image)
    assert min(rows) - 3 <= bar_top <= max(rows) + 3


def test_higher_goal_draws_a_higher_line_and_zero_draws_none() -> None:
    low, high = min(goal_rows(render(TYPICAL, goal=4))), min(goal_rows(render(TYPICAL, goal=9)))
    assert high < low
    assert goal_rows(render(TYPICAL, goal=0)) == []


def test_goal_above_every_count_stays_on_the_chart() -> None:
    rows = goal_rows(render(week([(1, 1, 1)] * 7), goal=12))
    assert rows and 80 < min(rows) < HEIGHT - 60


# ---------------------------------------------------------------- labels and input


def test_weekday_labels_do_not_depend_on_the_locale() -> None:
    assert day_label(date(2025, 6, 16)) == "Mon 16"
    assert day_label(date(2025, 6, 22)) == "Sun 22"
    assert day_label(date(2025, 7, 1)) == "Tue 1"


def test_long_title_and_short_week_are_fine() -> None:
    image = render(TYPICAL[:3], title="A very long title " * 10)
    assert image.size == (WIDTH, HEIGHT)


@pytest.mark.parametrize(
    ("days", "goal", "message"),
    [
        ([], 8, "1 to 7 days"),
        (week([(1, 1, 1)] * 8), 8, "1 to 7 days"),
        (list(reversed(TYPICAL)), 8, "oldest first"),
        ([TYPICAL[0], TYPICAL[0]], 8, "oldest first"),
        (week([(1, -1, 0)]), 8, "negative"),
        (TYPICAL, -1, "negative"),
    ],
)
def test_bad_input_is_rejected(days: list[DayTotals], goal: int, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        week_chart_png(days, hydration_goal=goal, title="x")


# ---------------------------------------------------------------- determinism and speed


def test_same_input_gives_the_same_bytes() -> None:
    first = week_chart_png(TYPICAL, hydration_goal=8, title="Your week")
    second = week_chart_png(list(TYPICAL), hydration_goal=8, title="Your week")
    assert first == second
    assert week_chart_png(TYPICAL, hydration_goal=9, title="Your week") != first
    assert week_chart_png(ZEROS, hydration_goal=8, title="Your week") != first


# Timed: run alone, after the parallel run, so a busy machine does not decide it.
@pytest.mark.serial
def test_drawing_is_fast() -> None:
    week_chart_png(TYPICAL, hydration_goal=8, title="warm-up")  # loads the fonts once
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        week_chart_png(TYPICAL, hydration_goal=8, title="Your week")
        timings.append(time.perf_counter() - start)
    assert min(timings) < 0.050
