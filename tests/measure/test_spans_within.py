"""Periods read as spans against the report's date; holders read from the clause, not a dateline.

"Since January" in a report of October 2026 lies within "this year"; a figure's holder is
the name its clause is said of, not a dateline's place nor the subject of a clause whose
figure describes the place a thing happens at.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._holder import tokens
from claimdiff.measure._period import dated, span_starts
from claimdiff.measure._subject import own_holder, referent
from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts


@pytest.mark.parametrize(("periods", "reference", "want"), [
    ({"january", "since january"}, date(2026, 10, 16), {"january", "within 2026"}),
    # the latest November
    ({"november", "since november"}, date(2026, 3, 2), {"november", "within 2025"}),
    ({"march"}, date(2026, 3, 2), {"march"}),  # "in March": a month's figure
    ({"march", "since march", "2024"}, date(2026, 3, 2), {"march", "2024"}),  # its own year
    ({"january", "since january"}, None, {"january"}),
])
def test_a_span_from_a_month_is_dated_within_the_reports_year(
        periods: set[str], reference: date | None, want: set[str]) -> None:
    assert dated(periods, reference) == want


@pytest.mark.parametrize(("a", "b", "differ"), [
    (("january", "within 2026"), ("2026",), False),  # "since January" within "this year"
    (("january", "within 2026"), ("2025",), True),  # and not within last year
    (("march", "within 2026"), ("july", "within 2026"), True),  # two spans of one kind
    (("march", "within 2026"), ("2026", "second quarter"), True),  # a span of another kind
    (("march",), ("2025",), True),  # undated, a month is not the year's
])
def test_a_span_inside_a_year_is_not_apart_from_it(
        a: tuple[str, ...], b: tuple[str, ...], differ: bool) -> None:
    assert lex.periods_differ(a, b) is differ
    assert lex.periods_differ(b, a) is differ


@pytest.mark.parametrize(("b_count", "verdict"), [("2.1 million", Verdict.AGREE),
                                                   ("2.6 million", Verdict.CONFLICT)])
def test_since_january_and_so_far_this_year_are_one_span(
        tmp_path: Path, b_count: str, verdict: Verdict) -> None:
    got = value_verdicts(
        tmp_path,
        "Orvell airport has handled 2.1 million passengers since January, its operator said.",
        f"Orvell airport has handled {b_count} passengers so far this year, the operator said.",
        da="20 August 2026", db="21 August 2026")
    pair = next((k for k in got if k[1].startswith(b_count)), None)
    assert pair is not None and got[pair] is verdict, got


@pytest.mark.parametrize(("text", "want"), [
    ("Exports have reached $4bn since January.", {"since january"}),
    ("Sales from Sept. onwards rose.", {"since september"}),
    ("Exports rose to $4bn in March.", set()),  # a month's own figure, no span to now
    ("Prices since may have eased.", set()),  # a verb, not a month
])
def test_a_span_starts_at_a_month_after_since_or_from(text: str, want: set[str]) -> None:
    assert span_starts(tokens(text, 0, len(text))) == want


def test_a_month_is_still_apart_from_the_year_to_date(tmp_path: Path) -> None:
    got = value_verdicts(
        tmp_path, "Exports from Tarvos rose to $40 million in March.",
        "Exports from Tarvos have reached $95 million so far this year.",
        da="20 August 2026", db="21 August 2026")
    assert Verdict.CONFLICT not in got.values(), got


def test_a_dateline_cut_by_an_abbreviation_is_no_referent() -> None:
    texts = ["MERIDEN, Conn., Oct.", "Halcro Foods opened a plant."]
    toks = {k: tokens(t, 0, len(t)) for k, t in enumerate(texts)}
    assert referent(lambda s: toks[s], [0, 1], frozenset()) == ("Halcro", "Foods")
    nasa = "NASA, the space agency, said it would launch."
    assert referent(lambda s: tokens(nasa, 0, len(nasa)), [0], frozenset()) == ("NASA",)


def test_a_figure_of_the_place_a_thing_happens_at_is_not_the_subjects() -> None:
    text = "Voltline will replace four turbines at the 900 MW plant next year."
    toks = tokens(text, 0, len(text))
    first = next(k for k, t in enumerate(toks) if t.text == "900")
    assert own_holder(toks, first, first + 2, 0, frozenset()) == ()
    text = "Voltline will supply 900 MW to the grid."
    toks = tokens(text, 0, len(text))
    first = next(k for k, t in enumerate(toks) if t.text == "900")
    assert own_holder(toks, first, first + 2, 0, frozenset()) == ("Voltline",)
