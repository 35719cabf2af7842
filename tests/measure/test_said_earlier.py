"""A figure with a span back in time right after it ("₹3,100 a quintal a month earlier")
is an earlier figure, never set against today's; a change from that level is no such
figure, and two earlier figures still compare."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.measure import SourceText, measure_claim
from claimdiff.model import Claim
from claimdiff.normalization import normalize
from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts as _pairs
from tests.measure._reports import verdict_between


def _role(text: str, phrase: str) -> str | None:
    claim = Claim(id="c", source="s", subject="x", predicate="had", value=phrase)
    return measure_claim(claim, "value", normalize(phrase), SourceText(text)).role


@pytest.mark.parametrize(("text", "phrase", "role"), [
    ("Modal prices were ₹3,100 a quintal a month earlier.", "₹3,100", "previous"),
    ("The Harle plant employed 640 people two years ago.", "640 people", "previous"),
    ("Ferries carried 12,000 passengers a week before.", "12,000 passengers", "previous"),
    ("The firm made profits of £51 million the year before last.", "£51 million", "previous"),
    ("Turnout was 61% the month before, officials said.", "61%", "previous"),
    ("The firm made profits of £51 million the year it listed.", "£51 million", None),
    # a change from the earlier level, or a span that is no step back in time
    ("Homes sold for more than 6 per cent above the level a year earlier.",
     "6 per cent", None),
    ("The Harle plant employs 640 people a year.", "640 people", None),
    ("The Harle plant employs 640 people.", "640 people", None),
])
def test_a_span_back_after_a_figure_makes_it_earlier(text: str, phrase: str,
                                                     role: str | None) -> None:
    assert _role(text, phrase) == role


def test_an_earlier_price_is_no_price_today(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "Onion prices in Lasalgaon markets touched Rs 92 a kilogram on "
                   "Wednesday.", "Onion prices in Lasalgaon were Rs 31 a kilogram a month "
                   "earlier.")
    assert verdict_between(pairs, "92", "31") is not Verdict.CONFLICT, pairs


def test_two_earlier_figures_still_compare(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "The Harle plant employed 640 people two years ago.",
                   "The Harle plant employed 910 people two years ago.")
    assert verdict_between(pairs, "640", "910") is Verdict.CONFLICT, pairs
