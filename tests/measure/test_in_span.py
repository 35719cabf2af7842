"""A time "in" a span of less than a day is also the span it took: "in under 90 seconds"
meets "less than a minute and a half" (`claimdiff.measure._in_span`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.measure._in_span import in_span
from claimdiff.normalization import Kind, normalize
from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts, verdict_between


@pytest.mark.parametrize(("phrase", "minutes"), [
    ("in under 40 seconds", (39 / 60, 40 / 60)), ("in about four minutes", (3.5, 4.5)),
    ("in an hour and a half", (85.5, 94.5))])
def test_a_moment_ahead_within_the_day_is_also_a_length(
        phrase: str, minutes: tuple[float, float]) -> None:
    span = in_span(normalize(phrase, reference="2025-05-12"), phrase)
    assert span is not None and span.kind is Kind.DURATION
    assert span.core.lo * 1440 == pytest.approx(minutes[0], abs=0.01)
    assert span.core.hi * 1440 == pytest.approx(minutes[1], abs=0.01)


@pytest.mark.parametrize("phrase", ["in three years", "in 40 hours", "in May", "in 2031"])
def test_no_length_for_a_day_or_more_ahead(phrase: str) -> None:
    assert in_span(normalize(phrase, reference="2025-05-12"), phrase) is None


@pytest.mark.parametrize(("b", "verdict"), [
    ("well under a minute", Verdict.COMPATIBLE), ("about six minutes", Verdict.CONFLICT)])
def test_in_a_span_meets_the_span_it_took(tmp_path: Path, b: str, verdict: Verdict) -> None:
    pairs = value_verdicts(
        tmp_path,
        "Firefighters from Orlen Street cut the driver free in under 50 seconds, the brigade "
        "said.",
        f"The brigade said the Orlen Street crew took {b} to cut the driver free.")
    assert verdict_between(pairs, "50 seconds", b.split()[-1]) in (
        (verdict, Verdict.AGREE) if verdict is Verdict.COMPATIBLE else (verdict,)), pairs


@pytest.mark.parametrize(("phrase", "days"), [
    ("over the next four years", (4 * 365.25 * 0.95, 4 * 365.25 * 1.05)),
    ("during the past 30 months", (30 * 30.44 * 0.97, 30 * 30.44 * 1.03))])
def test_a_period_named_by_its_length_is_also_that_length(
        phrase: str, days: tuple[float, float]) -> None:
    span = in_span(normalize(phrase, reference="2025-05-12"), phrase)
    assert span is not None and span.kind is Kind.DURATION
    assert days[0] - 1 <= span.core.lo <= span.core.hi <= days[1] + 1


@pytest.mark.parametrize(("b", "verdict"), [
    ("over 48 months", Verdict.AGREE), ("over seven years", Verdict.CONFLICT)])
def test_the_next_years_meet_a_length(tmp_path: Path, b: str, verdict: Verdict) -> None:
    pairs = value_verdicts(
        tmp_path,
        "The Brenmoor Canal Trust will dredge the canal's silted locks over the next four years "
        "under a new maintenance programme.",
        f"Under its new maintenance programme the Brenmoor Canal Trust is to dredge the silted "
        f"locks {b}.")
    assert verdict_between(pairs, "four years", b.split()[-1]) is verdict, pairs
