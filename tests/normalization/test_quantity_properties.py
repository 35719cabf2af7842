"""Properties of quantity reading that must hold for any number."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from claimdiff.normalization._hedges import PREFIX_HEDGES_EN, SUFFIX_HEDGES_EN, Hedge
from claimdiff.normalization._quantity import parse_quantity, scan_quantities

PREFIXES = sorted(PREFIX_HEDGES_EN)
SUFFIXES = sorted(k for k in SUFFIX_HEDGES_EN if k != "+")
UNITS = ["", " km", " kg", "%", " percent", " soldiers", " people", " dollars", " miles"]

numbers = st.integers(min_value=1, max_value=10**9)


def _grouped(n: int) -> str:
    return f"{n:,}"


@given(n=numbers, hedge=st.sampled_from(["", *PREFIXES]), unit=st.sampled_from(UNITS))
def test_core_inside_support_for_prefix_hedges(n: int, hedge: str, unit: str) -> None:
    phrase = f"{hedge} {_grouped(n)}{unit}".strip()
    value = parse_quantity(phrase)
    assert value is not None, phrase
    assert value.support.contains(value.core)


@given(n=numbers, hedge=st.sampled_from(SUFFIXES), unit=st.sampled_from(["", " km", "%"]))
def test_core_inside_support_for_suffix_hedges(n: int, hedge: str, unit: str) -> None:
    phrase = f"{_grouped(n)}{unit} {hedge}"
    value = parse_quantity(phrase)
    assert value is not None, phrase
    assert value.support.contains(value.core)


@given(thousands=st.integers(min_value=1, max_value=999), hundreds=st.integers(0, 9))
def test_formatting_variants_normalize_alike(thousands: int, hundreds: int) -> None:
    n = thousands * 1000 + hundreds * 100
    variants = [f"{n:,}", str(n), f"{thousands}.{hundreds} thousand" if hundreds else
                f"{thousands} thousand"]
    values = [parse_quantity(v) for v in variants]
    assert all(v is not None for v in values), variants
    cores = {(v.core.lo, v.core.hi) for v in values if v is not None}
    assert len(cores) == 1, (variants, cores)


@given(
    n=numbers,
    hedge=st.sampled_from(["", "about ", "more than ", "almost "]),
    unit=st.sampled_from(UNITS),
    before=st.sampled_from(["The report said", "Officials counted", "There were"]),
)
def test_scan_spans_slice_back_to_the_number(n: int, hedge: str, unit: str, before: str) -> None:
    number = _grouped(n)
    text = f"{before} {hedge}{number}{unit} on Monday."
    found = scan_quantities(text)
    assert found, text
    assert any(number in text[s:e] for s, e, _ in found)
    for s, e, value in found:
        assert text[s:e] == value.text
        assert any(ch.isdigit() for ch in text[s:e])


COUNT_NOUNS = ["", " people", " villages", " soldiers"]


def _holds_no_integer(lo: float, hi: float, lo_open: bool, hi_open: bool) -> bool:
    first = lo + 1 if lo_open and lo.is_integer() else math.ceil(lo)
    last = hi - 1 if hi_open and hi.is_integer() else math.floor(hi)
    return first > last


@given(
    n=st.one_of(st.integers(min_value=0, max_value=100), numbers),
    hedge=st.sampled_from(["", *PREFIXES]),
    noun=st.sampled_from(COUNT_NOUNS),
)
def test_counts_are_whole_numbers(n: int, hedge: str, noun: str) -> None:
    """A count's bounds are whole (or infinite) and closed, unless the interval holds no integer."""
    phrase = f"{hedge} {_grouped(n)}{noun}".strip()
    value = parse_quantity(phrase)
    if n == 0 and PREFIX_HEDGES_EN.get(hedge) in (Hedge.LESS_THAN, Hedge.ALMOST):
        assert value is None, phrase  # "fewer than 0 people": no count fits; never a guess
        return
    assert value is not None, phrase
    assert value.dimension == "count" and value.unit is None
    assert value.support.contains(value.core), phrase
    for iv in (value.core, value.support):
        whole = all(math.isinf(x) or x.is_integer() for x in (iv.lo, iv.hi))
        if whole:
            assert not iv.lo_open or math.isinf(iv.lo), (phrase, iv)
            assert not iv.hi_open or math.isinf(iv.hi), (phrase, iv)
        else:
            # Only an interval with no whole number in it is left as read ("almost 7": [6.3, 7)).
            assert _holds_no_integer(iv.lo, iv.hi, iv.lo_open, iv.hi_open), (phrase, iv)


@given(
    n=st.integers(min_value=1, max_value=10**6),
    hedge=st.sampled_from(["more than", "over", "above", "fewer than", "less than", "under"]),
)
def test_strict_bounds_on_counts_exclude_the_number(n: int, hedge: str) -> None:
    """"More than n people" is at least n + 1, "fewer than n" at most n − 1 (core and support)."""
    value = parse_quantity(f"{hedge} {_grouped(n)} people")
    assert value is not None
    if PREFIX_HEDGES_EN[hedge].value == "more_than":
        assert value.core.lo == value.support.lo == n + 1
    else:
        assert value.core.hi == value.support.hi == n - 1
    assert not value.support.contains_point(n)
