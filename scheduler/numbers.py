"""Reading a number a person typed: one rule for every command.

Only the ASCII digits 0-9 count. Python's int() and str.isdigit() also accept other
scripts ("٥", "𝟓") and, for isdigit, characters int() then refuses ("²"); the
`/remind` times and durations never did, so no command does: a person gets the same
answer for the same text everywhere. A sign, spaces inside, a decimal point or any
other character make it not a number. Anything not accepted is a NumberError whose
message is friendly and quotes back (a visible, shortened form of) what was typed.
"""

from __future__ import annotations

import unicodedata

ASCII_DIGITS = frozenset("0123456789")
# Far more digits than any count a person types; bounds the work on hostile input.
MAX_DIGITS = 6


class NumberError(ValueError):
    """Not a number we accept, or one out of range. str() is a friendly sentence."""


def is_number(text: str) -> bool:
    """True when `text` (surrounding spaces aside) is 1 to MAX_DIGITS ASCII digits."""
    text = text.strip()
    return 0 < len(text) <= MAX_DIGITS and all(ch in ASCII_DIGITS for ch in text)


def _quoted(text: str) -> str:
    visible = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")
    if not visible:
        return "that"
    return f"“{visible[:20]}{'…' if len(visible) > 20 else ''}”"


def read_number(
    text: str, *, low: int, high: int, what: str = "number", example: int | None = None
) -> int:
    """The whole number `text` spells in ASCII digits, within low..high inclusive.

    `what` names the thing counted in the error ("glasses"): "the goal is a number of
    glasses between 1 and 30"."""
    stripped = text.strip()
    if not is_number(stripped):
        hint = ""
        if any(ch.isdigit() or ch.isdecimal() or ch.isnumeric() for ch in stripped):
            hint = " (please use the digits 0-9)"
        raise NumberError(
            f"{_quoted(stripped)} is not a number{hint}: write a whole {what} "
            f"between {low} and {high}, e.g. {low if example is None else example}"
        )
    value = int(stripped)
    if not low <= value <= high:
        raise NumberError(f"{value} is out of range: write a whole {what} between {low} and {high}")
    return value
