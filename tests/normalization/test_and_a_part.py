"""A part added to a number of units is a part of that unit ("an hour and a quarter" is
75 minutes, never an hour and a quarter-year), and "score" after a number is twenty
("four score and seven" is 87). Expected values are computed here."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.normalization import Kind, normalize

_ONES = "one two three four five six seven eight nine".split()
_TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
          "nineteen").split()
# Unit lengths in days, as the calendar averages them.
_DAYS = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0,
         "year": 365.2425}
_PARTS = {"a half": 0.5, "a quarter": 0.25, "three quarters": 0.75, "a third": 1 / 3,
          "two thirds": 2 / 3}


def _count(n: int, unit: str) -> str:
    if n == 1:
        return f"{'an' if unit == 'hour' else 'a'} {unit}"
    return f"{_ONES[n - 1]} {unit}s"


@settings(max_examples=200, deadline=None)
@given(n=st.integers(1, 9), unit=st.sampled_from(sorted(_DAYS)),
       part=st.sampled_from(sorted(_PARTS)), before=st.booleans())
def test_a_part_after_a_count_is_a_part_of_its_unit(n: int, unit: str, part: str,
                                                    before: bool) -> None:
    # "two and a quarter hours" and "two hours and a quarter" say the same amount.
    if before and n > 1:
        text = f"{_ONES[n - 1]} and {part} {unit}s"
    else:
        text = f"{_count(n, unit)} and {part}"
    value = normalize(text)
    expected = (n + _PARTS[part]) * _DAYS[unit]
    assert value.kind is Kind.DURATION, text
    assert value.core.lo <= expected <= value.core.hi, (text, value.core, expected)
    # The part is the unit's, so the amount is below the next whole count of units.
    assert value.core.hi < (n + 1) * _DAYS[unit], (text, value.core)


@settings(max_examples=100, deadline=None)
@given(n=st.integers(1, 9), extra=st.integers(0, 19), hyphen=st.booleans())
def test_score_after_a_number_is_twenty(n: int, extra: int, hyphen: bool) -> None:
    words = f"{_ONES[n - 1]}{'-' if hyphen else ' '}score"
    if extra:
        words += f" and {(_ONES + _TEENS)[extra - 1]}"
    value = normalize(f"{words} years")
    expected = (20 * n + extra) * _DAYS["year"]
    assert value.kind is Kind.DURATION
    assert value.core.lo <= expected <= value.core.hi, (words, value.core, expected)
    count = normalize(words)
    assert count.core.lo <= 20 * n + extra <= count.core.hi
    assert count.support.hi < 20 * n + extra + 20  # never a count of scores


@settings(max_examples=100, deadline=None)
@given(n=st.integers(1, 8), more=st.integers(1, 3),
       unit=st.sampled_from(["minute", "hour", "day", "week", "year"]), a_unit=st.booleans())
def test_one_amount_or_another_is_the_range_of_both(n: int, more: int, unit: str,
                                                    a_unit: bool) -> None:
    # "a day or two", "two or three weeks": either amount, so the core holds both.
    if a_unit:
        n, more = 1, 1
        text = f"{'an' if unit == 'hour' else 'a'} {unit} or two"
    else:
        text = f"{_ONES[n - 1]} or {(_ONES + _TEENS)[n + more - 1]} {unit}s"
    value = normalize(text)
    assert value.kind is Kind.DURATION, text
    lo, hi = n * _DAYS[unit], (n + more) * _DAYS[unit]
    assert value.core.lo <= lo * 1.001 and value.core.hi >= hi * 0.999, (text, value.core)
    assert value.support.hi < (n + more + 1) * _DAYS[unit], (text, value.support)
