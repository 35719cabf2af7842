"""Properties of quantity reading that must hold for any number."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimdiff.normalization._hedges import PREFIX_HEDGES_EN, SUFFIX_HEDGES_EN
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
