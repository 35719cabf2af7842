"""A figure inside the clause a norm noun opens with "that" ("the standard that patients
begin treatment within 62 days") is the norm, never set against the figure achieved."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.measure import SourceText, measure_claim
from claimdiff.measure._holder import tokens
from claimdiff.measure._norm_clause import norm_clause
from claimdiff.model import Claim
from claimdiff.normalization import normalize
from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts as _pairs
from tests.measure._reports import verdict_between


def _role(text: str, phrase: str) -> str | None:
    claim = Claim(id="c", source="s", subject="x", predicate="had", value=phrase)
    return measure_claim(claim, "value", normalize(phrase), SourceText(text)).role


@pytest.mark.parametrize(("text", "phrase", "role"), [
    ("The unit will help meet the national standard that patients begin treatment within "
     "62 days of referral.", "62 days", "target"),
    ("Ministers renewed their pledge that every home in Harle gets broadband within "
     "3 years.", "3 years", "target"),
    ("The council set a limit that no household pays more than £400 a year.", "£400",
     "limit"),
    # a name ending in a norm word: a reporting clause, no norm
    ("Toal told The Connacht Standard that all 185 staff would be kept on.", "185 staff",
     None),
    # a clause mark between: the figure is outside the norm's clause
    ("They met the target that was set; waits fell to 40 days.", "40 days", None),
])
def test_a_norms_that_clause_gives_its_role(text: str, phrase: str, role: str | None) -> None:
    assert _role(text, phrase) == role


@pytest.mark.parametrize(("text", "figure", "role"), [
    ("the national standard that patients begin treatment within 62 days", "62", "target"),
    ("a cap that no fare exceeds 3 pounds", "3", "limit"),
    # a relative "that" with its own verb: what the noun does, no norm's content
    ("the pledge that will cost 14 million", "14", None),
    ("the target that saved 300 homes", "300", None),
    # no norm noun before "that", or too far before the figure
    ("the report that patients begin treatment within 62 days", "62", None),
    ("the standard that patients who were referred by their doctors last spring begin "
     "treatment within 62 days", "62", None),
])
def test_norm_clause_reads_the_words_before_a_figure(text: str, figure: str,
                                                      role: str | None) -> None:
    toks = tokens(text, 0, len(text))
    first = next(k for k, t in enumerate(toks) if t.text == figure)
    assert norm_clause(toks, first) == role


def test_a_standard_is_no_actual_wait(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "The centre will help Westmarsh work towards the national "
                   "standard that patients begin treatment within 62 days of an urgent "
                   "referral.", "Patients in Westmarsh currently wait an average of 79 days "
                   "from urgent referral to first treatment.")
    assert verdict_between(pairs, "62", "79") is not Verdict.CONFLICT, pairs


def test_two_standards_still_compare(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "Westmarsh must meet the national standard that patients begin "
                   "treatment within 62 days of an urgent referral.",
                   "Westmarsh must meet the national standard that patients begin treatment "
                   "within 31 days of an urgent referral.")
    assert verdict_between(pairs, "62", "31") is Verdict.CONFLICT, pairs
