"""Time phrases generated from a grammar and from CLDR are read right, or refused when
ambiguous (`tests/normalization/timegen.py` builds them and computes what each must
hold with `datetime` arithmetic; `benchmarks/eval_generated_time.py` reports the share)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.normalization.timegen import FAMILIES, Case, judge

from claimdiff.normalization import Kind


def _case(data: st.DataObject, family: str) -> Case:
    def pick(options: Any) -> Any:
        return data.draw(st.sampled_from(list(options)))

    def number(lo: int, hi: int) -> int:
        return data.draw(st.integers(min_value=lo, max_value=hi))

    return FAMILIES[family](pick, number)


@pytest.mark.parametrize("family", list(FAMILIES))
@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_a_generated_time_phrase_is_read_right(family: str, data: st.DataObject) -> None:
    case = _case(data, family)
    outcome = judge(case)
    assert outcome == "right", (
        f"{case.phrase!r} (reference {case.reference}, context {case.context}): {outcome}")


def test_the_expected_values_are_computed_independently() -> None:
    # The generator's arithmetic, checked on dates whose answers are known.
    from datetime import date

    from tests.normalization.timegen import add_months, weekday_after, weekday_on_or_before

    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2023, 12, 15), -13) == date(2022, 11, 15)
    assert weekday_on_or_before(date(2024, 6, 12), 2) == date(2024, 6, 12)  # a Wednesday
    assert weekday_after(date(2024, 6, 12), 2) == date(2024, 6, 19)


@pytest.mark.parametrize("family", list(FAMILIES))
@settings(max_examples=60, deadline=None)
@given(data=st.data(), word=st.text("bcdfghjklmnpqrstvwxz", min_size=3, max_size=6),
       where=st.integers(min_value=0, max_value=12))
def test_a_made_up_word_in_a_generated_time_phrase_is_refused_and_named(
        family: str, data: st.DataObject, word: str, where: int) -> None:
    from claimdiff.errors import NormalizationError
    from claimdiff.normalization import normalize

    case = _case(data, family)
    words = case.phrase.split()
    at = where % (len(words) + 1)
    junk = "zq" + word
    text = " ".join([*words[:at], junk, *words[at:]])
    try:
        value = normalize(text, reference=case.reference, context=case.context,
                          anchors=case.anchors or None)
    except NormalizationError as refused:
        assert junk in str(refused), f"{text!r}: the refusal does not name {junk!r}"
        return
    # Read: only with the word as the noun counted or ranked ("two thousand and eight
    # zqbcds", "the 15th zqbcd century", "12 zqbcd noon": an adjective of the noun), the
    # noun a rate is per ("1990/1 zqbcd"), or as the subject of
    # a change or its counted noun ("zqbcd fall 5", "fall 1994 zqbcds").
    kind = value.dimension.split(":")[0]
    noun = value.dimension.split(":")[-1]
    after_noun = f"{junk} {noun}" in text or junk in (value.noun or "")
    ok = value.kind is Kind.QUANTITY and (
        kind == "count" and (junk in (value.noun or "") or f"{junk} {value.noun}" in text)
        # (a rate per the word: "1990/1 zqbbb" is 1990 per 1 zqbbb)
        or kind.startswith("count/") and junk in value.dimension
        # (the noun singular: "the 15th century zqbbs" ranks zqbbs, "ordinal:zqbb")
        or kind == "ordinal" and (junk in noun or junk.removesuffix("s") == noun or after_noun)
        or kind == "change" and (at == 0 or junk in (value.noun or "")))
    assert ok, f"{text!r} half-read as {value.render()} ({value.dimension}): {value.steps}"
