"""Numbers written every way, by writers that know nothing of claimdiff.

The families of `benchmarks/number_forms.py` write drawn numbers with inflect
(number words, ordinals), Babel (CLDR decimal, compact, currency and percent
formats in en_US, en_GB, en_IN, en_IE) and templates of news forms; each case
carries the value computed from the drawn numbers. Hypothesis draws the numbers.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimdiff.errors import NormalizationError
from claimdiff.normalization import Kind, normalize

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
try:
    import number_forms
finally:
    sys.path.pop(0)

pytest.importorskip("inflect")
pytest.importorskip("babel")


@pytest.mark.parametrize("family", sorted(number_forms.FAMILIES))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rng=st.randoms(use_true_random=False))
def test_generated_number_is_read_right(family: str, rng: random.Random) -> None:
    case = number_forms.FAMILIES[family](rng)
    try:
        value = normalize(case.phrase)
    except NormalizationError as err:
        pytest.fail(f"{case.phrase!r} refused: {err}")
    why = number_forms.judge(value, case.expect)
    assert why is None, f"{case.phrase!r}: {why} ({value.steps})"


@pytest.mark.parametrize("phrase", [
    "one hundredth",  # a fraction (of a second) as often as the rank 100
    "45L",  # 45 litres, or 45 lakh in India's compact form
    "1/2",  # a date both ways, or a half
])
def test_ambiguous_forms_are_refused(phrase: str) -> None:
    with pytest.raises(NormalizationError):
        normalize(phrase)


@pytest.mark.parametrize(("phrase", "n"), [
    ("zero point five", 0.5),  # not a zero count of "point five"
    ("nine thousand two hundred and third", 9203),  # no "and a third"
    ("six thousand five hundred and thirty-second", 6532),  # no duration
    ("nine thousandth", 9000),  # not nine things called "thousandth"
])
def test_former_half_readings_read_whole(phrase: str, n: float) -> None:
    value = normalize(phrase)
    assert value.core.contains_point(n), value.steps


def test_eval_script_runs(capsys: pytest.CaptureFixture[str]) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import eval_number_forms
    finally:
        sys.path.pop(0)
    assert eval_number_forms.main(["20"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1].startswith("ALL")


@pytest.mark.parametrize(("phrase", "core", "support"), [
    # Vague amounts: the conventions of docs/normalization.md ("Vague amounts").
    ("dozens", (24, 99), (12, float("inf"))),
    ("scores of", (40, 99), (20, float("inf"))),
    ("hundreds of", (200, 999), (100, float("inf"))),
    ("tens of thousands", (20_000, 99_999), (10_000, float("inf"))),
    # Parts of a scale word, read to that part of the scale ("half a million" to half of it).
    ("a quarter of a million", (237_500, 262_500), (125_000, 375_000)),
    ("half a million", (475_000, 525_000), (250_000, 750_000)),
    # A vulgar fraction at granularity 1/(2d); "to 5%" the level, at the bare rule.
    ("7½", (7.375, 7.625), (7.375, 7.625)),
    ("to 5%", (4.75, 5.25), (4.5, 5.5)),
])
def test_measure_helper_reads_hedged_intervals(phrase: str, core: tuple[float, float],
                                                support: tuple[float, float]) -> None:
    from claimdiff.normalization._roles_api import read_measure

    measured = read_measure(phrase)
    assert measured.factor is None  # a number, not a multiple of another value
    value = measured.value
    assert value is not None
    assert (value.core.lo, value.core.hi) == pytest.approx(core)
    assert (value.support.lo, value.support.hi) == pytest.approx(support)


@pytest.mark.parametrize("phrase, kind", [
    ("twelve hundred", Kind.QUANTITY), ("in twelve hundred", Kind.DATE),
    ("the year nineteen hundred", Kind.DATE), ("five twenty-two", Kind.DATE),
])
def test_a_bare_hundred_is_a_number_and_a_clock_time_is_read_first(phrase: str,
                                                                   kind: Kind) -> None:
    # "five twenty-two" is a clock time, read before the hundreds said without "hundred".
    assert normalize(phrase, reference="2024-06-12").kind is kind


@pytest.mark.parametrize("phrase, value", [("5 dot 2", 5.2), ("one dot five", 1.5),
                                           ("dot 5", 0.5)])
def test_a_decimal_point_read_aloud_as_dot(phrase: str, value: float) -> None:
    assert normalize(phrase).core.contains_point(value)
