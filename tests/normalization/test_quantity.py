"""parse_quantity on whole phrases: the case table plus the rules it cannot show."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pytest

from claimdiff.errors import NormalizationError
from claimdiff.normalization import Interval, Kind, normalize
from claimdiff.normalization._quantity import parse_quantity

CASES = Path(__file__).parent / "cases" / "quantities_en.tsv"


def _interval(text: str) -> Interval:
    lo, hi = (float(x) for x in text[1:-1].split(","))
    return Interval(lo, hi, text[0] == "(", text[-1] == ")")


def _rows() -> list[list[str]]:
    lines = CASES.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def _same(a: Interval, b: Interval) -> bool:
    def close(x: float, y: float) -> bool:
        return x == y or math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-12)

    return close(a.lo, b.lo) and close(a.hi, b.hi) and (a.lo_open, a.hi_open) == (
        b.lo_open,
        b.hi_open,
    )


@pytest.mark.parametrize("row", _rows(), ids=lambda row: row[0])
def test_case_table(row: list[str]) -> None:
    phrase, core, support, unit, noun, mod = row
    value = parse_quantity(phrase)
    assert value is not None, phrase
    # A range of a time unit ("8-10 days") is a duration; everything else a quantity.
    duration = value.dimension == "time" and value.kind is Kind.DURATION
    assert value.kind is Kind.QUANTITY or duration
    assert _same(value.core, _interval(core)), (value.core, core)
    assert _same(value.support, _interval(support)), (value.support, support)
    assert value.unit == (None if unit == "-" else unit)
    assert value.noun == (None if noun == "-" else noun)
    assert value.mod == (None if mod == "-" else mod)
    assert value.text


@pytest.mark.parametrize(
    "phrase",
    ["first", "22nd", "twenty-first", "12,7OO", "2,000 soldiers and 30 tanks", "Wednesday",
     "hello", "", "   ", "5G", "1990s", "3 to", "$", "km",
     # A descending pair is a year pair or a change, never a range.
     "1957-58", "1994 to 1988", "between 10 and 5"],
)
def test_not_a_quantity(phrase: str) -> None:
    assert parse_quantity(phrase) is None


def test_formatting_variants_agree() -> None:
    values = [parse_quantity(p) for p in ("12,700", "12700", "12 700", "12.7 thousand")]
    assert all(v is not None for v in values)
    cores = {(v.core.lo, v.core.hi) for v in values if v}
    assert cores == {(12650.0, 12750.0)}
    assert {v.granularity for v in values if v} == {"100"}


def test_granularity_follows_the_scale_word() -> None:
    million = parse_quantity("1.5 million")
    thousand = parse_quantity("12.7 thousand")
    assert million and million.granularity == "100000"
    assert thousand and thousand.granularity == "100"
    round_number = parse_quantity("2,000")
    exact_number = parse_quantity("2,013")
    assert round_number and exact_number
    assert (round_number.granularity, exact_number.granularity) == ("1000", "1")
    assert round_number.support.width == pytest.approx(1000)
    # A count read to the unit is that whole number: 2,013 ± 0.5 holds only 2,013.
    assert exact_number.support == Interval(2013, 2013)


def test_length_units_agree_and_differ_from_mass() -> None:
    km = parse_quantity("12.7 km long")
    metres = parse_quantity("12,700 metres")
    kg = parse_quantity("12.7 kg")
    assert km and metres and kg
    assert (km.unit, km.dimension) == (metres.unit, metres.dimension) == ("m", "length")
    assert km.core.overlaps(metres.core)
    assert kg.dimension == "mass" and kg.dimension != km.dimension


@pytest.mark.parametrize("phrase", ["938 hPa", "938 mb", "938 millibars", "938 mbar",
                                    "938 hectopascals", "27.70 inHg", "93.8 kPa"])
def test_pressures_read_in_hectopascals(phrase: str) -> None:
    value = parse_quantity(phrase)
    assert value is not None
    assert (value.unit, value.dimension) == ("hPa", "pressure")
    assert value.support.lo <= 938 <= value.support.hi


def test_megabytes_are_no_millibars() -> None:
    data, pressure = parse_quantity("938 MB"), parse_quantity("938 mb")
    assert data and pressure
    assert data.dimension == "information" and pressure.dimension == "pressure"


def test_currencies_are_kept_apart() -> None:
    dollars, euros, written = (parse_quantity(p) for p in ("$5m", "€5m", "5 million dollars"))
    assert dollars and euros and written
    assert dollars.dimension == "currency:USD" and euros.dimension == "currency:EUR"
    assert dollars.core == written.core and dollars.unit == written.unit == "USD"


def test_m_is_million_only_after_a_currency_sign() -> None:
    metres, money = parse_quantity("2m"), parse_quantity("$2m")
    assert metres and money
    assert metres.unit == "m" and metres.core.contains_point(2)
    assert money.unit == "USD" and money.core.contains_point(2_000_000)


def test_percent_and_percentage_points_differ() -> None:
    pct, pp = parse_quantity("3%"), parse_quantity("3 percentage points")
    assert pct and pp
    assert pct.dimension == "percent" and pp.dimension == "percentage point"


def test_counted_nouns_have_count_dimension() -> None:
    for phrase, noun in [("6,500 dead", "dead"), ("2,000 soldiers", "soldiers"),
                         ("a 2,000-strong force", "force"), ("four border villages", "villages")]:
        value = parse_quantity(phrase)
        assert value and value.noun == noun and value.dimension == "count" and value.unit is None


def test_steps_explain_the_hedge() -> None:
    value = parse_quantity("almost 6,500 dead")
    assert value is not None
    assert any("'almost' is a hedge: ALMOST" in step for step in value.steps)
    assert any("granularity 100" in step for step in value.steps)
    assert value.mod == "LESS_THAN"


def test_almost_excludes_the_number_and_more_than_is_strict() -> None:
    almost, more = parse_quantity("almost 6,500"), parse_quantity("more than 6,000")
    assert almost and more
    assert not almost.core.contains_point(6500) and almost.support.contains_point(6500)
    assert not more.core.contains_point(6000) and more.core.contains_point(6500)
    assert math.isinf(more.support.hi)


def test_ordinary_numbers_do_not_import_pint() -> None:
    code = (
        "import sys\n"
        "from claimdiff.normalization._quantity import parse_quantity\n"
        "assert parse_quantity('6,500 dead') is not None\n"
        "assert 'pint' not in sys.modules\n"
        "assert parse_quantity('12.7 km') is not None\n"
        "assert 'pint' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_counts_are_whole_numbers_and_the_steps_say_so() -> None:
    more = parse_quantity("more than 10 people")
    assert more is not None
    assert (more.core, more.support) == (Interval(11, 20), Interval(11, math.inf))
    assert more.steps[-1] == "counts are whole numbers: core [11, 20], support [11, ∞)"
    assert more.render() == "11 … 20"
    # A measure is not a count: "4 km" keeps its rounding and says nothing of whole numbers.
    km = parse_quantity("4 km")
    assert km is not None and km.core == Interval(3800, 4200)
    assert not any("whole" in step for step in km.steps)


@pytest.mark.parametrize(
    "phrase", ["2.000 soldiers", "12.700", "about 2.000 soldiers", "$1.500", "-2.000", "2.000m"]
)
def test_one_dot_group_is_ambiguous_and_refused(phrase: str) -> None:
    """ "2.000" is 2 or 2,000 (a European thousands dot): never read as either."""
    assert parse_quantity(phrase) is None
    with pytest.raises(NormalizationError, match="cannot read"):
        normalize(phrase)


def test_dots_grouping_thousands() -> None:
    grouped = parse_quantity("1.234.567 people")
    assert grouped is not None and grouped.granularity == "1"
    assert grouped.core == grouped.support == Interval(1234567, 1234567)
    assert "dots group thousands" in grouped.steps[0]
    dots, commas = parse_quantity("1.234.567"), parse_quantity("1,234,567")
    assert dots is not None and commas is not None
    assert (dots.core, dots.support) == (commas.core, commas.support)
    # Before a scale word one dot is a decimal point: "$2.408bn" is 2.408 billion dollars.
    billions = parse_quantity("$2.408bn")
    assert billions is not None and billions.core == Interval(2.4075e9, 2.4085e9)


@pytest.mark.parametrize("phrase, hedged", [
    ("between 2.0 g and about 7.0 g", "about between 2.0 g and 7.0 g"),
    ("2 - ~7 litres", "about 2 - 7 litres"),
    ("from 20 to around 30 people", "around from 20 to 30 people"),
])
def test_a_hedge_on_a_ranges_end_hedges_the_range(phrase: str, hedged: str) -> None:
    from claimdiff.normalization import normalize

    value, same = normalize(phrase), normalize(hedged)
    assert (value.core, value.support, value.mod) == (same.core, same.support, "APPROX")


@pytest.mark.parametrize("phrase", ["between 1990 and about 1995", "between 2 and about 7"])
def test_a_hedged_range_of_bare_numbers_is_refused(phrase: str) -> None:
    from claimdiff.normalization import normalize

    with pytest.raises(NormalizationError, match="about"):
        normalize(phrase)


@pytest.mark.parametrize("phrase, unit, amount", [
    ("3 CAD 3 cents", "CAD", 3.03), ("20 ringgit and 43c", "MYR", 20.43),
    ("3 GBP and one", "GBP", 3.01), ("US$3 and fourteen", "USD", 3.14),
    ("twenty ringgit 43 sens", "MYR", 20.43), ("3 UAH 4 kopiykas", "UAH", 3.04),
])
def test_hundredths_after_money_are_of_its_currency(phrase: str, unit: str,
                                                    amount: float) -> None:
    from claimdiff.normalization import normalize

    value = normalize(phrase)
    assert value.unit == unit and value.core.contains_point(amount)
    assert value.support.hi - value.support.lo <= 0.0100001


@pytest.mark.parametrize("phrase", ["5 apples and 3", "$5 and 200", "more than $5 and 20"])
def test_a_number_after_money_that_is_no_hundredths_is_refused(phrase: str) -> None:
    from claimdiff.normalization import normalize

    with pytest.raises(NormalizationError):
        normalize(phrase)
