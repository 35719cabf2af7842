"""A state lasting to the report's day, told by its start in one report and its length in
the other, is read on one axis (its age on the report's day) and paired."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimdiff.measure import SourceText, lasting, measure_claim
from claimdiff.model import Claim
from claimdiff.normalization import normalize
from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts

_DAY = "14 October 2026"


@pytest.mark.parametrize(("a", "b", "pair"), [
    # a perfect with "since" against a perfect with "for"
    ("Okonjo has chaired the water board since 2013, officials said.",
     "Okonjo, who has chaired the water board for 13 years, declined to comment.",
     ("since 2013", "for 13 years")),
    # a starting verb against "N years as"
    ("Vashti Rowe was first appointed to the bench in 2009, the court said.",
     "After 17 years as a judge, Vashti Rowe said she would step down.",
     ("in 2009", "17 years")),
    # "for the past N years" against "since"
    ("The Tamsin Street bakery has supplied the hospital since 2020.",
     "For the past six years the Tamsin Street bakery has supplied the hospital.",
     ("since 2020", "six years")),
    # a perfect well before its length, past another figure
    ("The Orrin museum opened in 1990. Its director, Ida Marsh, has led it since 2015.",
     "Ida Marsh has led the 36-year-old Orrin museum for 11 years.",
     ("since 2015", "for 11 years")),
    # a compound length of a career against the year it began
    ("Pellow joined the coastguard in 1994 and retires on Friday.",
     "Pellow ends a 32-year career with the coastguard on Friday.",
     ("in 1994", "32-year")),
])
def test_a_start_meets_a_length_lasting_to_the_report(tmp_path: Path, a: str, b: str,
                                                     pair: tuple[str, str]) -> None:
    pairs = value_verdicts(tmp_path, a, b, da=_DAY, db=_DAY)
    got = [v for (x, y), v in pairs.items() if pair[0] in x and pair[1] in y]
    assert got and all(v in (Verdict.AGREE, Verdict.COMPATIBLE) for v in got), pairs


@pytest.mark.parametrize(("since", "length", "conflict"), [
    ("2013", "13 years", False),
    ("2014", "13 years", False),  # 13 years back from 2026 may be 2013 or late 2012
    ("2019", "13 years", True),
    ("2001", "13 years", True),
])
def test_a_length_honours_the_rounding_of_whole_years(
        tmp_path: Path, since: str, length: str, conflict: bool) -> None:
    pairs = value_verdicts(
        tmp_path, f"Okonjo has chaired the water board since {since}, officials said.",
        f"Okonjo, who has chaired the water board for {length}, declined to comment.",
        da=_DAY, db=_DAY)
    got = [v for (x, y), v in pairs.items() if since in x and length in y]
    assert got, pairs
    assert (Verdict.CONFLICT in got) is conflict, pairs


@pytest.mark.parametrize(("a", "b"), [
    # a span that ended in the past is no state lasting to now
    ("Harrow has lived in Castlemere since 2016, his lawyer said.",
     "Harrow served five years for fraud in the 2000s, his lawyer said."),
    ("The dockers' union has represented the port since 2021.",
     "The union led a 12-day strike at the port, its leader said."),
    # a person's age is not how long they have held a post
    ("Mayor Quist, 61, has led the council since 2018.",
     "Mayor Quist, who has led the council for eight years, is 61."),
    # a penalty running on from now
    ("Dray has coached the club since 2022, the league said.",
     "Dray has been banned for three years, the league said."),
])
def test_no_length_but_one_lasting_to_now_is_read_as_a_states_age(tmp_path: Path, a: str,
                                                                   b: str) -> None:
    pairs = value_verdicts(tmp_path, a, b, da=_DAY, db=_DAY)
    assert Verdict.CONFLICT not in pairs.values(), pairs


@pytest.mark.parametrize(("sentence", "phrase", "state"), [
    ("Lund broke the 11-year-old course record by nine seconds.", "11-year-old", True),
    ("Ivo ended the 14-year-old reign of the Harlan club.", "14-year-old", True),
    ("The 11-year-old boy was rescued by a lifeboat crew.", "11-year-old", False),
    ("The kiosk has sold newspapers on the pier for 23 years.", "for 23 years", True),
    ("The kiosk sold newspapers on the pier for 23 years.", "for 23 years", False),
    ("She has been jailed for 23 years.", "for 23 years", False),
    ("The concession was extended by 23 years.", "23 years", False),
    ("The pier reopens in 23 years, the council said.", "in 23 years", False),
])
def test_what_is_read_as_a_states_age(sentence: str, phrase: str, state: bool) -> None:
    claim = Claim(id="c", source="s", subject="x", predicate="said", value=phrase)
    m = measure_claim(claim, "value", normalize(phrase), SourceText(sentence),
                      reference=date(2026, 10, 14))
    assert lasting(m.value) is state, m.value


@pytest.mark.parametrize(("a", "b", "verdict"), [
    ("Forecasters said it was the wettest June in the valley since 2004.",
     "It was the wettest June in the valley in 22 years, forecasters said.", Verdict.AGREE),
    ("Forecasters said it was the wettest June in the valley since 2004.",
     "It was the wettest June in the valley in 12 years, forecasters said.", Verdict.CONFLICT),
    ("The port said it was the busiest month for cruise calls since 2011.",
     "It was the busiest month for cruise calls at the port in 15 years.", Verdict.AGREE),
])
def test_the_most_of_its_kind_in_years_dates_the_last_like_it(
        tmp_path: Path, a: str, b: str, verdict: Verdict) -> None:
    """"The wettest June in 22 years" says when the last as wet was, as "the wettest since
    2004" does."""
    pairs = value_verdicts(tmp_path, a, b, da=_DAY, db=_DAY)
    got = [v for (x, _), v in pairs.items() if x.startswith("since")]
    assert verdict in got, pairs
