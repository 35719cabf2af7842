"""Values on the time axis paired across two reports worded apart: days told from two
datelines, possessive days, clock times, a thing's age against the year it began.

Each case is a pair of short reports written for this test in one of many domains; the
verdict expected of the named value pair is asserted, and a shifted figure must flip an
agreement to a conflict (so no case passes by pairing nothing)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff import compare_values
from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts as _pairs

# (A report, B report, A dateline, B dateline, A value, B value)
_POSSESSIVE_DAYS = [
    ("Voters in Tarnow approved the new charter in a referendum on Sunday.",
     "Tarnow's mayor resigned after {day}'s referendum on the new charter.",
     "9 March 2026", "10 March 2026", "on Sunday", "{day}"),
    ("Brisa Lund won the national cup final against Oreno in Corvale on Saturday.",
     "Brisa Lund's fans celebrated following {day}'s cup final win against Oreno.",
     "15 June 2026", "16 June 2026", "on Saturday", "{day}"),
    ("The foreign ministers of the two countries met in Halden on Thursday.",
     "The foreign ministers of the two countries spoke in Halden after {day}'s meeting.",
     "23 October 2026", "24 October 2026", "on Thursday", "{day}"),
]


@pytest.mark.parametrize(("day", "verdict"), [(None, Verdict.AGREE), ("other", Verdict.CONFLICT)])
@pytest.mark.parametrize("case", _POSSESSIVE_DAYS, ids=["referendum", "cup-final", "summit"])
def test_a_possessive_day_is_the_day_of_its_event_whatever_governs_it(
        tmp_path: Path, case: tuple[str, ...], day: str | None, verdict: Verdict) -> None:
    a, b, da, db, va, vb = case
    same = va.split()[-1]
    said = same if day is None else {"Sunday": "Friday", "Saturday": "Wednesday",
                                     "Thursday": "Monday"}[same]
    pairs = _pairs(tmp_path, a, b.format(day=said), da=da, db=db)
    assert pairs.get((va, vb.format(day=said))) is verdict, pairs


_TODAY = [
    ("Thousands of nurses marched through Veldt on Saturday to demand higher pay.",
     "We are closing our live coverage of today's march by nurses through Veldt.",
     "17 May 2026", "16 May 2026", "on Saturday"),
    ("Shareholders of Calder Mining rejected the takeover at a vote on Tuesday.",
     "Calder Mining shareholders turned down the takeover bid in today's vote.",
     "21 October 2026", "20 October 2026", "on Tuesday"),
]


@pytest.mark.parametrize("case", _TODAY, ids=["march", "shareholder-vote"])
def test_todays_event_is_the_day_of_writing(tmp_path: Path, case: tuple[str, ...]) -> None:
    a, b, da, db, va = case
    assert _pairs(tmp_path, a, b, da=da, db=db).get((va, "today")) is Verdict.AGREE
    later = _pairs(tmp_path, a, b, da=da, db=db.replace(db.split()[0], str(
        int(db.split()[0]) - 2)))  # B written two days earlier: another day
    assert later.get((va, "today")) is not Verdict.AGREE, later


def test_todays_world_names_no_day(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, "The museum reopened on Tuesday after a long refit.",
                   "In today's world, museums must earn their visitors, the director said.")
    assert not any(b == "today" for _, b in pairs), pairs


@pytest.mark.parametrize(("b_time", "verdict"), [("15:00", Verdict.AGREE),
                                                  ("17:00", Verdict.CONFLICT)])
@pytest.mark.parametrize(("a", "b"), [
    ("The match kicked off at 3pm in stifling heat in front of 30,000 fans.",
     "Kick-off was at {t}, and visitors sweltered in the stands."),
    ("Polls closed at 3pm, and turnout was put at 61 per cent.",
     "Voting ended at {t} with turnout near 61 per cent, officials said."),
    ("The ferry left the harbour at 3pm with 212 passengers aboard.",
     "Carrying 212 people, the ferry sailed at {t}."),
], ids=["kick-off", "polls", "ferry"])
def test_a_time_of_day_is_of_its_event_not_of_a_noun_nearby(
        tmp_path: Path, a: str, b: str, b_time: str, verdict: Verdict) -> None:
    pairs = _pairs(tmp_path, a, b.format(t=b_time))
    assert pairs.get(("3pm", b_time)) is verdict, pairs


@pytest.mark.parametrize(("age", "verdict"), [(58, Verdict.AGREE), (40, Verdict.CONFLICT)])
@pytest.mark.parametrize(("a", "b"), [
    ("The apartment block, built in 1968, was evacuated after the blast.",
     "A gas blast tore through a {n}-year-old apartment block in the town."),
    ("Hollis & Crane, founded in 1968, filed for bankruptcy protection on Monday.",
     "The {n}-year-old department store chain filed for bankruptcy protection."),
    ("The bridge, opened in 1968, will be closed for repairs.",
     "Engineers said the span, a {n}-year-old bridge, needs urgent repairs."),
], ids=["building", "retailer", "bridge"])
def test_a_things_age_meets_the_year_it_began(tmp_path: Path, a: str, b: str, age: int,
                                              verdict: Verdict) -> None:
    pairs = _pairs(tmp_path, a, b.format(n=age), da="12 May 2026", db="12 May 2026")
    assert pairs.get(("in 1968", f"{age}-year-old")) is verdict, pairs


def test_a_day_told_twice_meets_the_other_reports_day_in_both_mentions(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path,
                   "Drones struck the Sarn oil terminal on Tuesday, and crude prices jumped.",
                   "The attack on the Sarn oil terminal happened today. The drones struck "
                   "this morning, and crude prices jumped.",
                   da="20 October 2026", db="20 October 2026")
    agreeing = {b for (a, b), v in pairs.items() if a == "on Tuesday" and v is Verdict.AGREE}
    assert agreeing == {"today", "this morning"}, pairs


@pytest.mark.parametrize(("a", "b", "dated", "day", "mentions"), [
    ("The ferry ran aground on Monday off Carrick Point. Salvage crews hope to refloat it "
     "on Wednesday morning.",
     "The ferry ran aground yesterday morning off Carrick Point. Coastguards said last night "
     "that the hull was intact.", "20 October 2026", "on Monday",
     {"yesterday morning", "last night"}),
    ("Fire broke out at the Ostrava mill on Sunday. The owners say it will reopen on Tuesday "
     "evening.",
     "The blaze at the Ostrava mill started early yesterday. Crews were still damping down "
     "the site last night.", "13 July 2026", "on Sunday", {"yesterday", "last night"}),
])
def test_a_day_told_twice_lends_its_partner_to_its_other_mention(
        tmp_path: Path, a: str, b: str, dated: str, day: str, mentions: set[str]) -> None:
    pairs = _pairs(tmp_path, a, b, da=dated, db=dated)
    agreeing = {y for (x, y), v in pairs.items() if x == day and v is Verdict.AGREE}
    assert agreeing == mentions, pairs


@pytest.mark.parametrize(("a", "b"), [
    ("The title was decided on Sunday in Porto Vell.",
     "The champion will fly home on Monday, her coach said."),
    ("The storm made landfall on Monday near Kessner.",
     "Schools across the region had closed over the weekend."),
])
def test_two_days_near_in_time_and_nothing_else_never_conflict(tmp_path: Path, a: str,
                                                               b: str) -> None:
    pairs = _pairs(tmp_path, a, b, da="14 September 2026", db="14 September 2026")
    assert Verdict.CONFLICT not in pairs.values(), pairs


@pytest.mark.parametrize(("a", "b", "verdict"), [
    ("an hour and a quarter", "75 minutes", Verdict.AGREE),
    ("two hours and a quarter", "135 minutes", Verdict.AGREE),
    ("a day and a quarter", "30 hours", Verdict.AGREE),
    ("three hours and three quarters", "225 minutes", Verdict.AGREE),
    ("an hour and a quarter", "95 minutes", Verdict.CONFLICT),
    ("a year and a quarter", "15 months", Verdict.AGREE),
])
def test_a_quarter_after_a_unit_is_a_quarter_of_that_unit(a: str, b: str,
                                                          verdict: Verdict) -> None:
    assert compare_values(a, b).verdict is verdict


@pytest.mark.parametrize(("a", "term", "b", "other"), [
    ("signed a five-year contract with the club", "five-year", "agreed a {n}-year contract", 4),
    ("won a 35-year concession to run the road", "35-year", "was awarded a {n}-year concession",
     30),
    ("was handed a three-year ban by the federation", "three-year", "received a {n}-year ban",
     2),
    ("signed a ten-year lease on the site", "ten-year", "took a {n}-year lease on the site", 9),
])
def test_a_term_written_as_a_compound_modifier_is_exact(
        tmp_path: Path, a: str, term: str, b: str, other: int) -> None:
    same = {"five-year": 5, "35-year": 35, "three-year": 3, "ten-year": 10}[term]
    for n, want in ((same, Verdict.AGREE), (other, Verdict.CONFLICT)):
        pairs = _pairs(tmp_path, f"Nadia Orrell {a} on Monday.", f"Nadia Orrell {b.format(n=n)}.")
        got = {v for (x, y), v in pairs.items() if x == term and y == f"{n}-year"}
        assert got == {want}, pairs


def test_a_compound_duration_of_an_event_is_as_loose_as_its_count() -> None:
    assert compare_values("five years", "four years").verdict is Verdict.COMPATIBLE


# (A report, B report, A value, B value): two reports dating one event weeks apart
_ONE_EVENT = [
    ("The council said the new parking charges will rise to £3 an hour from 1 March.",
     "Parking in the town centre will cost £3 an hour from 1 May, the council said.",
     "from 1 March", "from 1 May"),
    ("The Kestrel ferry route will reopen on 12 September after repairs, the operator said.",
     "Repairs mean the Kestrel ferry route should reopen on 3 October.",
     "on 12 September", "on 3 October"),
    ("Judge Amira Tollan set the verdict hearing for 9 July.",
     "The verdict hearing in the Tollan court is scheduled for July 30.",
     "for 9 July", "for July 30"),
    ("The new emissions rules for factories in Brenholt take effect on 1 October.",
     "Factories in Brenholt must cut emissions under rules that apply from 1 November.",
     "on 1 October", "from 1 November"),
    # a year alone dates a one-off event too; a date expected is a date planned
    ("The Orvik bridge is expected to open in 2031, the ministry said.",
     "Traffic is scheduled to open on the Orvik bridge in 2029.",
     "in 2031", "in 2029"),
    # two verbs of one kind of event: holding a census is conducting it; a ballot held is
    # one voted in
    ("The Varn county census was held on 14 April, the statistics office said.",
     "Varn county's census, conducted on 21 April, counted 48,000 residents.",
     "on 14 April", "on 21 April"),
    ("The leadership ballot of the Green Union was held on 12 June.",
     "Green Union members voted on 19 June in the leadership ballot.",
     "on 12 June", "on 19 June"),
    ("The Merrow folk festival ended on 9 August after four days.",
     "The Merrow folk festival finished on 16 August, organisers said.",
     "on 9 August", "on 16 August"),
    ("Voters in Merrin backed the new charter in the referendum held on 4 June. Turnout was "
     "61%, and the council first proposed the charter in March 2024.",
     "Polls closed on 11 June in the Merrin charter referendum, with 61% turnout. The council "
     "proposed the charter in March 2024.",
     "on 4 June", "on 11 June"),
    ("The council said on Tuesday that the Harwick library will close on 31 March.",
     "The Harwick library will shut its doors on 30 April, councillors said.",
     "on 31 March", "on 30 April"),
    # the year "since" which something is the first is the last such event, named by its
    # verb or by the verb's noun
    ("Mount Talvek last erupted in 2009, scientists said. The observatory on its slope opened "
     "in 1988, and a new seismograph went in in March 2024.",
     "Sunday's blast was Mount Talvek's first eruption since 2013. The slope observatory, "
     "built in 1988, got a seismograph in March 2024.",
     "in 2009", "since 2013"),
]


@pytest.mark.parametrize("case", _ONE_EVENT,
                         ids=["charges", "reopening", "hearing", "rules", "opening-year",
                              "held-conducted", "held-voted", "ended-finished",
                              "referendum-held-polls-closed", "close-shut", "first-since"])
def test_dates_of_one_event_pair_however_far_apart(tmp_path: Path, case: tuple[str, ...]) -> None:
    a, b, va, vb = case
    assert _pairs(tmp_path, a, b, da="20 February 2026", db="20 February 2026").get(
        (va, vb)) is Verdict.CONFLICT


_TWO_EVENTS = [
    ("The Kestrel ferry route will close on 12 September for repairs.",
     "The new Kestrel terminal will open on 3 October, the operator said.",
     "on 12 September", "on 3 October"),
    ("The museum said its roof collapsed last year and it lost 40% of visitors.",
     "The museum said visitors fell by 40% in 2024 after the roof repairs.",
     "last year", "in 2024"),
    ("The Orvik bridge will close on 1 March for repairs, the ministry said.",
     "Repairs to the Orvik bridge, which opened in 1994, begin in 2027.",
     "on 1 March", "in 2027"),
    # a thing announced on one day takes effect on another; a festival opens and closes
    ("The smoking ban was announced on 3 March by the health minister.",
     "The smoking ban took effect on 1 April, the health minister said.",
     "on 3 March", "on 1 April"),
    ("The Merrow folk festival opened on 6 August.",
     "The Merrow folk festival closed on 9 August, organisers said.",
     "on 6 August", "on 9 August"),
]


@pytest.mark.parametrize("case", _TWO_EVENTS, ids=["close-open", "periods", "close-repairs",
                                                "announced-took-effect", "opened-closed"])
def test_dates_of_two_events_or_periods_are_no_conflict(tmp_path: Path,
                                                       case: tuple[str, ...]) -> None:
    a, b, va, vb = case
    got = _pairs(tmp_path, a, b, da="20 February 2026", db="20 February 2026")
    assert got.get((va, vb)) is not Verdict.CONFLICT, got


def test_the_span_a_change_is_phased_in_over_pairs_with_its_rewording(tmp_path: Path) -> None:
    a = ("Under the accord, Talvia's 20% duty on imported tractors will be cut to 8% over four "
         "years, and the country will buy 2,000 tonnes of Orsk barley a year within two years.")
    b = ("Talvia will lower its tractor duty to 8 per cent, with the reduction phased in over six "
         "years. Orsk farmers hope to sell it barley within three years.")
    pairs = _pairs(tmp_path, a, b)
    assert pairs.get(("four years", "six years")) is Verdict.CONFLICT, pairs


@pytest.mark.parametrize(("b", "verdict"), [
    # one hiring: its two parties, subject of one report and object of the other
    ("Tarn Rovers appointed Lena Brask head coach in October 2023.", Verdict.CONFLICT),
    # two clubs' hirings: two events
    ("Dunmore Athletic appointed Tom Okoro head coach in October 2023.", None),
])
def test_one_events_two_parties_date_it_alike(tmp_path: Path, b: str,
                                              verdict: Verdict | None) -> None:
    a = "Lena Brask was hired as head coach of Tarn Rovers in May 2023."
    tail_a = " The club was relegated in April 2025 and sold its ground in 2019."
    tail_b = " The club went down in April 2025, having sold its ground in 2019."
    got = _pairs(tmp_path, a + tail_a, b + tail_b, da="20 February 2026", db="20 February 2026")
    assert (got.get(("in May 2023", "in October 2023")) is Verdict.CONFLICT) is (
        verdict is Verdict.CONFLICT), got
