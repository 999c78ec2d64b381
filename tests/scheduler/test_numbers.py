"""One rule for numbers people type: ASCII digits 0-9 only, everything else a friendly
NumberError (never Python's own "invalid literal for int()")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scheduler.clock_words import ParseError
from scheduler.numbers import MAX_DIGITS, NumberError, is_number, read_number
from scheduler.parsing import parse_remind

# Every Unicode character Python calls a digit, decimal or numeric, but not 0-9.
FOREIGN_DIGITS = st.characters(
    categories=("Nd", "No", "Nl"), exclude_characters="0123456789"
).filter(lambda ch: ch.isdigit() or ch.isdecimal() or ch.isnumeric())


@pytest.mark.parametrize(
    "text", ["²", "٥", "𝟓", "５", "1²", "٣٠", "-3", "+3", "3.0", "1 0", "", " "]
)
def test_not_ascii_digits_is_not_a_number(text: str) -> None:
    assert not is_number(text)
    with pytest.raises(NumberError) as caught:
        read_number(text, low=1, high=30, what="number of glasses")
    assert "invalid literal" not in str(caught.value)
    assert "between 1 and 30" in str(caught.value)


def test_foreign_digits_are_named() -> None:
    with pytest.raises(NumberError, match="digits 0-9"):
        read_number("٥", low=1, high=30)


@given(st.integers(min_value=0, max_value=10**MAX_DIGITS - 1))
def test_ascii_numbers_read_exactly(value: int) -> None:
    assert is_number(str(value))
    assert read_number(f" {value} ", low=0, high=10**MAX_DIGITS) == value


@given(st.integers(min_value=31, max_value=10**MAX_DIGITS - 1))
def test_out_of_range_is_a_friendly_error(value: int) -> None:
    with pytest.raises(NumberError, match="between 1 and 30"):
        read_number(str(value), low=1, high=30)


@given(st.text(alphabet=st.sampled_from("0123456789"), max_size=3), FOREIGN_DIGITS)
def test_any_foreign_digit_anywhere_is_refused(prefix: str, digit: str) -> None:
    text = prefix + digit
    assert not is_number(text)
    with pytest.raises(NumberError):
        read_number(text, low=0, high=999)


@given(st.text(max_size=60))
def test_junk_is_a_number_error_or_an_ascii_number(text: str) -> None:
    try:
        value = read_number(text, low=0, high=10**MAX_DIGITS)
    except NumberError as error:
        assert str(error)
        assert not is_number(text)
    else:
        assert text.strip() == str(value).zfill(len(text.strip()))
        assert all(ch in "0123456789" for ch in text.strip())


@given(FOREIGN_DIGITS)
def test_remind_and_numbers_agree_on_foreign_digits(digit: str) -> None:
    """/remind refuses what read_number refuses: the same text, the same answer."""
    assert not is_number(digit)
    with pytest.raises(ParseError):
        parse_remind(["pause", f"{digit}d"])
    with pytest.raises(ParseError):
        parse_remind(["hydration", "every", f"{digit}h"])
