"""A value pairs with its counterpart given in another dimension, by its second reading: a
length against the date a state began or ends at, a thing's age against the date it began, a
share written as "one in N", "X of Y" or "N-fold" against a percent, a day of the month
against a date. Differences still conflict, and different things stay apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts

_DAY = "9 November 2026"
_FINE = (Verdict.AGREE, Verdict.COMPATIBLE)


def _got(pairs: dict[tuple[str, str], Verdict], a: str, b: str) -> list[Verdict]:
    return [v for (x, y), v in pairs.items() if a in x and b in y]


@pytest.mark.parametrize(("a", "b", "pair", "conflict"), [
    # a length lasting to now against the year its state began
    ("The Orlan choir has rehearsed in the old chapel since 2016, its director said.",
     "Members of the Orlan choir rehearsed in the old chapel for ten years, its director said.",
     ("since 2016", "ten years"), False),
    ("The Orlan choir has rehearsed in the old chapel since 2014, its director said.",
     "Members of the Orlan choir rehearsed in the old chapel for ten years, its director said.",
     ("since 2014", "ten years"), True),
    # a month a still running inquiry began in, against its length
    ("Auditors opened a six-month review of the Tessaly port accounts, the council said.",
     "The review of the Tessaly port accounts, which began in May, is nearly done.",
     ("six-month", "in May"), False),
    # a date a state ends at, against a length running from now
    ("The Brisk Lane lease will expire in 2031, the landlord said.",
     "The landlord granted Brisk Lane Traders a lease of five years.",
     ("in 2031", "five years"), False),
    ("The Brisk Lane Traders lease on the old mill runs until 2029, the landlord said.",
     "The Brisk Lane Traders lease on the old mill runs for four years, the landlord said.",
     ("until 2029", "four years"), True),
    # the first of its kind since a year: the gap since the last lasts up to now
    ("The Fellside harriers won their first county relay since 2017 on Saturday.",
     "Fellside harriers, who had waited nine years for a county relay win, won on Saturday.",
     ("since 2017", "nine years"), False),
    ("The Fellside harriers won their first county relay since 2011 on Saturday.",
     "Fellside harriers, who had waited nine years for a county relay win, won on Saturday.",
     ("since 2011", "nine years"), True),
])
def test_a_length_meets_the_date_its_state_began_or_ends(
        tmp_path: Path, a: str, b: str, pair: tuple[str, str], conflict: bool) -> None:
    pairs = value_verdicts(tmp_path, a, b, da=_DAY, db=_DAY)
    got = _got(pairs, *pair)
    assert got, pairs
    assert (Verdict.CONFLICT in got) is conflict, pairs


@pytest.mark.parametrize(("a", "b", "pair"), [
    # an agreed term against the date it ends, with nothing else in common
    ("Imelda Sarr takes the chair of the Dunholm port board for a five-year term.",
     "Sarr, who will serve until 2031, thanked the outgoing chairman.",
     ("five-year", "until 2031")),
    # a length against a date a state is due to end at: both planned
    ("The Calloway emergency rules will run for two years, the ministry said.",
     "The Calloway emergency rules are due to expire in 2028, the ministry said.",
     ("two years", "in 2028")),
])
def test_a_term_meets_the_date_it_ends(tmp_path: Path, a: str, b: str,
                                       pair: tuple[str, str]) -> None:
    pairs = value_verdicts(tmp_path, a, b, da=_DAY, db=_DAY)
    got = _got(pairs, *pair)
    assert got and all(v in _FINE for v in got), pairs


@pytest.mark.parametrize(("a", "b", "pair", "conflict"), [
    # a thing's age read from the year it began keeps that year against a date
    ("The Harlow footbridge, built in 1987, will close for repairs.",
     "The Harlow footbridge, which was built in May 1993, will close for repairs.",
     ("in 1987", "May 1993"), True),
    ("The Harlow footbridge, built in 1993, will close for repairs.",
     "The Harlow footbridge, which was built in May 1993, will close for repairs.",
     ("in 1993", "May 1993"), False),
])
def test_an_age_read_from_a_year_keeps_the_year(
        tmp_path: Path, a: str, b: str, pair: tuple[str, str], conflict: bool) -> None:
    pairs = value_verdicts(tmp_path, a, b, da=_DAY, db=_DAY)
    got = _got(pairs, *pair)
    assert got, pairs
    assert (Verdict.CONFLICT in got) is conflict, pairs


@pytest.mark.parametrize(("a", "b", "pair", "conflict"), [
    # one in N against a percent
    ("Engineers put the chance of a pump failure at 1 in 500 over the winter.",
     "Engineers estimate the chance of a pump failure over the winter at about 0.2 per cent.",
     ("500", "0.2 per cent"), False),
    ("Engineers put the chance of a pump failure at 1 in 200 over the winter.",
     "Engineers estimate the chance of a pump failure over the winter at about 0.2 per cent.",
     ("200", "0.2 per cent"), True),
    ("The odds of winning the Orla draw are 1 in 96,211,400, the operator says.",
     "The operator puts the odds of winning the Orla draw at one in nearly 100 million.",
     ("96,211,400", "100 million"), False),  # a tiny share keeps its digits
    # X of Y against a percent
    ("Of 12,000 applications received, Merrow council approved 3,000 of 12,000.",
     "Merrow council approved a quarter of the applications it received.",
     ("3,000", "quarter"), False),
    # a total, then the part "of which" one holder took
    ("Exports of barley reached 2.5 million tonnes, of which Ostrel bought 0.5 million "
     "tonnes.",
     "Ostrel alone bought roughly a fifth of those barley exports, 20 per cent.",
     ("0.5 million", "20 per cent"), False),
    # N-fold against a percent rise
    ("The rent on the Quay Street units rose 400% in a decade, tenants said.",
     "Tenants said the rent on the Quay Street units went up five-fold in a decade.",
     ("400%", "five-fold"), False),
    ("The rent on the Quay Street units rose 90% in a decade, tenants said.",
     "Tenants said the rent on the Quay Street units went up five-fold in a decade.",
     ("90%", "five-fold"), True),
])
def test_a_share_meets_a_percent(tmp_path: Path, a: str, b: str, pair: tuple[str, str],
                                 conflict: bool) -> None:
    pairs = value_verdicts(tmp_path, a, b, da=_DAY, db=_DAY)
    got = _got(pairs, *pair)
    assert got, pairs
    assert (Verdict.CONFLICT in got) is conflict, pairs


@pytest.mark.parametrize(("a", "b", "pair"), [
    # a ship's age from the year it was delivered
    ("The dredger Orwen Star, delivered in 2015, ran aground off Kessel on Sunday.",
     "The 11-year-old dredger Orwen Star ran aground off Kessel on Sunday.",
     ("in 2015", "11-year-old")),
    # a stressed number in apposition to a name is an age too
    ("The winner, Ellis Varga, only 17, led from the first lap at Dunmoor.",
     "The 17-year-old Ellis Varga led from the first lap at Dunmoor.",
     ("17", "17-year-old")),
])
def test_an_age_is_read_from_a_delivery_or_a_stressed_apposition(
        tmp_path: Path, a: str, b: str, pair: tuple[str, str]) -> None:
    pairs = value_verdicts(tmp_path, a, b, da=_DAY, db=_DAY)
    got = _got(pairs, *pair)
    assert got and all(v in _FINE for v in got), pairs


def test_a_fraction_of_a_unit_meets_the_measure(tmp_path: Path) -> None:
    pairs = value_verdicts(
        tmp_path, "Ama Ofori won the 800 metres at Kessel, beating the meet record by 0.3 "
        "seconds.", "At Kessel, Ofori took the meet record in the 800 metres by three-tenths "
        "of a second.", da=_DAY, db=_DAY)
    got = _got(pairs, "0.3 seconds", "three-tenths")
    assert got and all(v in _FINE for v in got), pairs


@pytest.mark.parametrize(("b", "conflict"), [
    ("The winner of the Dunmore art prize takes home 30,000 pounds.", False),
    ("The winner of the Dunmore art prize takes home 20,000 pounds.", True),
])
def test_pounds_are_sterling_against_sterling(tmp_path: Path, b: str, conflict: bool) -> None:
    pairs = value_verdicts(tmp_path, "The Dunmore art prize is worth £30,000 to its winner.", b,
                           da=_DAY, db=_DAY)
    got = _got(pairs, "£30,000", "pounds")
    assert got, pairs
    assert (Verdict.CONFLICT in got) is conflict, pairs


def test_a_day_of_the_month_meets_a_date(tmp_path: Path) -> None:
    pairs = value_verdicts(tmp_path, "Dock workers at Pellam walk out on November 20.",
                           "Pellam's dock workers will walk out on the 20th.", da=_DAY, db=_DAY)
    got = _got(pairs, "November 20", "20th")
    assert got and all(v in _FINE for v in got), pairs


@pytest.mark.parametrize(("a", "b"), [
    # a term's length is not a person's age
    ("Councillor Brae, 44, was elected to the Harn board in 2022.",
     "Brae serves a four-year term on the Harn board, ending in 2026."),
    # a ban running on from now is not how long a post has been held
    ("Vance has managed the Corran club since 2023, the league said.",
     "Vance has been suspended for three years, the league said."),
    # "since" after a change dates the change, not a state lasting to now
    ("Wool prices at the Tarrow market are down 9% since August, traders said.",
     "Wool prices at the Tarrow market fell for two months, traders said."),
    # a half inside a number is no share
    ("The Selby fair expects three and a half million visitors, its organisers said.",
     "Selby fair tickets sold 20% faster than last year, its organisers said."),
])
def test_different_things_stay_apart(tmp_path: Path, a: str, b: str) -> None:
    pairs = value_verdicts(tmp_path, a, b, da=_DAY, db=_DAY)
    assert Verdict.CONFLICT not in pairs.values(), pairs
