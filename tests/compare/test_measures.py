"""Version 2 values compared by role, with as-of dates, modality, bases and attributions."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.compare import diff
from claimdiff.load import loads_claimset
from claimdiff.report._diff import DiffReport, ValueFinding
from claimdiff.schemas import load
from claimdiff.verdicts import Verdict

DATA = Path(__file__).resolve().parents[1] / "data" / "v2"


@pytest.fixture(scope="module")
def report() -> DiffReport:
    return diff(str(DATA / "wire_a.claims.yaml"), str(DATA / "paper_b.claims.yaml"))


def finding(report: DiffReport, claim: str, aspect: str) -> ValueFinding:
    pair = next(p for p in report.pairs if p.a.claim == claim)
    return next(v for v in pair.values if v.aspect == aspect)


@pytest.mark.parametrize(("claim", "aspect", "verdict", "relation"), [
    ("toll", "value", Verdict.INCOMPARABLE, "update"),  # 12 on Friday, 17 on Sunday
    ("carriages", "value", Verdict.AGREE, None),  # the totals: 11 and 11
    ("carriages", "value:part", Verdict.CONFLICT, None),  # eight against seven
    ("traffic", "value:rate", Verdict.AGREE, None),  # 40 a day, 280 a week
    ("match", "value:score", Verdict.CONFLICT, None),  # 2-1 against two goals to nil
    ("prices", "value:change", Verdict.INCOMPARABLE, "different-bases"),
    ("growth", "value", Verdict.INCOMPARABLE, "different-modality"),  # forecast vs actual
    ("march", "value", Verdict.INCOMPARABLE, "different-attributions"),  # police vs unions
    ("funding-half", "value", Verdict.CONFLICT, None),  # half of €6m against €4m
])
def test_verdicts_and_relations(report: DiffReport, claim: str, aspect: str, verdict: Verdict,
                                relation: str | None) -> None:
    found = finding(report, claim, aspect)
    assert (found.verdict, found.relation) == (verdict, relation), found.explanation


def test_update_explains_the_dates(report: DiffReport) -> None:
    text = finding(report, "toll", "value").explanation
    assert "2024-06-07" in text and "2024-06-09" in text and "update" in text


def test_relation_is_in_the_json_report(report: DiffReport) -> None:
    data = report.to_dict()
    jsonschema.validate(data, load("report"))
    relations = {v.get("relation") for p in data["pairs"] for v in p["values"]}
    assert {"update", "different-bases", "different-modality"} <= relations


V2_HEAD = """schema_version: 2
sources:
  - id: {sid}
    published: 2024-06-10
claims:
"""


def _pair(a_claim: str, b_claim: str) -> DiffReport:
    a = loads_claimset(V2_HEAD.format(sid="a") + a_claim.replace("{sid}", "a"), "a.claims.yaml")
    b = loads_claimset(V2_HEAD.format(sid="b") + b_claim.replace("{sid}", "b"), "b.claims.yaml")
    return diff(a, b)


CLAIM = """  - id: c
    source: {{sid}}
    subject: flood
    predicate: killed
{body}
"""


@pytest.mark.parametrize(("a", "b", "verdict", "relation"), [
    # the same date: an ordinary comparison
    ("    as_of: on Friday\n    values: [12 dead]", "    as_of: June 7\n    values: [17 dead]",
     Verdict.CONFLICT, None),
    # a later, lower figure: different dates, flagged, not an update
    ("    as_of: on Sunday\n    values: [12 dead]", "    as_of: on Friday\n    values: [17 dead]",
     Verdict.INCOMPARABLE, "different-dates"),
    # value-level as_of wins over none
    ("    values: [{text: 12 dead, as_of: on Friday}]",
     "    values: [{text: 17 dead, as_of: on Sunday}]", Verdict.INCOMPARABLE, "update"),
    # agreeing figures at different dates stay agreeing, with the dates said
    ("    as_of: on Friday\n    values: [about 17 dead]",
     "    as_of: on Sunday\n    values: [17 dead]", Verdict.AGREE, "different-dates"),
    # a rate per day against a rate per share
    ("    values: [{text: 3 dollars a day, role: rate}]",
     "    values: [{text: 3 dollars, role: rate, per: share}]", Verdict.INCOMPARABLE, None),
    # scores named in the other order
    ("    values: [{text: 2-1, role: score}]", "    values: [{text: one to two, role: score}]",
     Verdict.AGREE, None),
    # changes: same base, opposite directions
    ("    values: [{text: up 3% on a year earlier, role: change}]",
     "    values: [{text: fell 3% year-on-year, role: change}]", Verdict.CONFLICT, None),
    # a change given as a direction and a base only
    ("    values: [{text: down from an earlier estimate of 1.6%, role: change}]",
     "    values: [{text: down 0.2%, role: change, base: an earlier estimate}]",
     Verdict.AGREE, None),
    # a change whose words give no direction, with `direction:`; bases compared
    ("    values: [{text: 4.5 per cent over two years, role: change, direction: up}]",
     "    values: [{text: rose 4.5%, role: change, base: two years}]", Verdict.AGREE, None),
    ("    values: [{text: 4.5 per cent on a year earlier, role: change, direction: up}]",
     "    values: [{text: rose 4.5%, role: change, base: the previous month}]",
     Verdict.INCOMPARABLE, "different-bases"),
    # a change by a share in words: after its direction word, or with `direction:`
    ("    values: [{text: slid by nearly a third, role: change}]",
     "    values: [{text: down 30%, role: change}]", Verdict.AGREE, None),
    ("    values: [{text: by a sixth, role: change, direction: up}]",
     "    values: [{text: up 40 per cent, role: change}]", Verdict.CONFLICT, None),
    # ages are ages, not durations
    ("    values: [{text: a 64-year-old, role: age}]", "    values: [{text: aged 46, role: age}]",
     Verdict.CONFLICT, None),
    # zero counts
    ("    values: [no deaths]", "    values: [two deaths]", Verdict.CONFLICT, None),
    # a target against an actual figure
    ("    modality: target\n    values: [5%]", "    values: [3%]", Verdict.INCOMPARABLE,
     "different-modality"),
    # ... which agrees with an actual figure that meets it, the modality said
    ("    modality: forecast\n    values: [about 1200 jobs]", "    values: [1200 jobs]",
     Verdict.AGREE, "different-modality"),
    # a speed marked a rate is a speed
    ("    values: [{text: almost 60mph, role: rate}]", "    values: [95 km/h]",
     Verdict.AGREE, None),
    # ratios written as percentages, or as "one in five"
    ("    values: [{text: 94%, role: ratio}]", "    values: [{text: 98 per cent, role: ratio}]",
     Verdict.CONFLICT, None),
    ("    values: [{text: almost 8 per cent, role: ratio}]",
     "    values: [{text: 7.9%, role: ratio}]", Verdict.AGREE, None),
    ("    values: [{text: one in five, role: ratio}]", "    values: [{text: 20%, role: ratio}]",
     Verdict.AGREE, None),
])
def test_pairs(a: str, b: str, verdict: Verdict, relation: str | None) -> None:
    report = _pair(CLAIM.format(body=a), CLAIM.format(body=b))
    (pair,) = report.pairs
    (found,) = [v for v in pair.values if v.aspect.startswith("value")]
    assert (found.verdict, found.relation) == (verdict, relation), found.explanation


def _funding(body: str) -> str:
    return CLAIM.format(body=body).replace("id: c", "id: x").replace("flood", "the city")


def test_relative_to_reads_a_multiple_of_another_claims_value() -> None:
    a = _funding("    values: [{text: 6 million euros, id: all}]") \
        + CLAIM.format(body="    values: [{text: half that sum, relative_to: 'x#all'}]")
    b = CLAIM.format(body="    values: [€3 million]")
    report = _pair(a, b)
    pair = next(p for p in report.pairs if p.a.claim == "c")
    assert pair.values[0].verdict is Verdict.AGREE, pair.values[0].explanation


def test_relative_to_without_a_multiple_is_incomparable_with_a_reason() -> None:
    a = _funding("    values: [{text: 6 million euros}]") \
        + CLAIM.format(body="    values: [{text: that sum again, relative_to: x}]")
    report = _pair(a, CLAIM.format(body="    values: [€3 million]"))
    pair = next(p for p in report.pairs if p.a.claim == "c")
    assert pair.values[0].verdict is Verdict.INCOMPARABLE
    assert "factor" in pair.values[0].explanation


def test_estimates_pair_with_the_same_sayers() -> None:
    a = CLAIM.format(body="    values:\n      - {text: '38,000', attribution: police}\n"
                          "      - {text: 'more than 100,000', attribution: unions}")
    b = CLAIM.format(body="    values:\n      - {text: 'over 100,000', attribution: the unions}\n"
                          "      - {text: 'about 38,000', attribution: Police}")
    (pair,) = _pair(a, b).pairs
    verdicts = {v.aspect: (v.verdict, v.relation) for v in pair.values}
    # "38,000" (police) is the claim's value; B's police figure is found for it
    assert verdicts["value"] == (Verdict.AGREE, None)
    assert verdicts["value:amount"] == (Verdict.AGREE, None)  # "unions" and "the unions"


def test_police_against_organisers_is_no_conflict() -> None:
    a = CLAIM.format(body="    values: [{text: '35,000', attribution: police}]")
    b = CLAIM.format(body="    values: [{text: '120,000', attribution: organisers}]")
    (pair,) = _pair(a, b).pairs
    (found,) = pair.values
    assert (found.verdict, found.relation) == (Verdict.INCOMPARABLE, "different-attributions")


def test_attributions_naming_one_declared_entity_are_one_sayer() -> None:
    entity = ("entities:\n  - id: met\n    name: Belmoran Meteorological Service\n"
              "    aliases: [national weather service]\n")
    a = CLAIM.format(body="    attribution: the Belmoran Meteorological Service\n"
                          "    values: [938 hectopascals]")
    b = CLAIM.format(body="    attribution: the national weather service\n"
                          "    values: [944 millibars]")
    head_a = V2_HEAD.format(sid="a").replace("claims:\n", entity + "claims:\n")
    ra = loads_claimset(head_a + a.replace("{sid}", "a"), "a.claims.yaml")
    rb = loads_claimset(V2_HEAD.format(sid="b") + b.replace("{sid}", "b"), "b.claims.yaml")
    (pair,) = diff(ra, rb).pairs
    (found,) = pair.values
    assert (found.verdict, found.relation) == (Verdict.CONFLICT, None), found.explanation


def test_several_amounts_pair_by_what_they_count() -> None:
    a = CLAIM.format(body="    values: [600 firefighters, 14 aircraft]")
    b = CLAIM.format(body="    values: [about 15 aircraft, some 600 firefighters]")
    (pair,) = _pair(a, b).pairs
    verdicts = {v.a.value["text"] if v.a.value else "": v.verdict for v in pair.values}
    assert verdicts == {"600 firefighters": Verdict.AGREE, "14 aircraft": Verdict.AGREE}


def test_measured_names_the_pairing_when_nouns_differ() -> None:
    a = CLAIM.format(body="    values:\n      - {text: '12', measured: dead}\n"
                          "      - {text: '40', measured: injured}")
    b = CLAIM.format(body="    values:\n      - {text: '41', measured: injured}\n"
                          "      - {text: '12', measured: dead}")
    (pair,) = _pair(a, b).pairs
    assert all(v.verdict is Verdict.AGREE for v in pair.values), pair.values


TOLL = """  - id: c
    source: {{sid}}
    subject: flood
    predicate: killed
    as_of: {day}
    values: [{{text: {n} dead, role: total}}]
"""


# Round numbers are read with their rounding ("290 dead" is 285 to 295), so they may
# agree with a neighbour; the tolls here are exact numbers.
_EXACT = st.integers(0, 500).filter(lambda n: n % 5 != 0)


@settings(max_examples=40, deadline=None)
@given(_EXACT, _EXACT, st.integers(1, 28), st.integers(1, 28))
def test_as_of_tolls_symmetric_and_updates_only_upward(n1: int, n2: int, d1: int,
                                                       d2: int) -> None:
    a = TOLL.format(day=f"June {d1}, 2024", n=n1)
    b = TOLL.format(day=f"June {d2}, 2024", n=n2)
    (ab,) = _pair(a, b).pairs
    (ba,) = _pair(b, a).pairs
    fa = next(v for v in ab.values if v.aspect == "value")
    fb = next(v for v in ba.values if v.aspect == "value")
    assert (fa.verdict, fa.relation) == (fb.verdict, fb.relation)
    if d1 == d2:
        assert fa.relation is None
        assert (fa.verdict is Verdict.AGREE) == (n1 == n2)
    else:
        assert fa.verdict in (Verdict.INCOMPARABLE, Verdict.AGREE)
        later, earlier = (n1, n2) if d1 > d2 else (n2, n1)
        if n1 != n2:
            assert fa.relation == ("update" if later > earlier else "different-dates")


def test_unknown_sayers_keep_the_conflict_flagged() -> None:
    a = CLAIM.format(body="    attribution: the meteorological service\n"
                          "    values: [938 hectopascals]")
    b = CLAIM.format(body="    attribution: the national weather service\n"
                          "    values: [944 millibars]")
    (pair,) = _pair(a, b).pairs
    (found,) = pair.values
    assert (found.verdict, found.relation) == (Verdict.CONFLICT, "different-attributions")


def test_a_forecast_is_left_out_of_the_consensus() -> None:
    from claimdiff.compare import compare_sources

    report = compare_sources([str(DATA / "wire_a.claims.yaml"), str(DATA / "paper_b.claims.yaml")])
    cluster = next(c for c in report.clusters
                   if {m.claim for m in c.members} == {"growth"})
    # one actual figure (4.5%) and a forecast (5%): no consensus is made of the two
    assert [x for x in cluster.consensus if x.slot == "value"] == []


def test_a_rate_per_unit_its_words_name_meets_one_with_per() -> None:
    dividend = ("  - id: d\n    source: {sid}\n    subject: Korvel\n"
                "    predicate: pays a dividend of\n")
    report = _pair(dividend + "    values: [{text: 22 cents a share, role: rate}]\n",
                   dividend + "    values: [{text: 25 cents, role: rate, per: share}]\n")
    (pair,) = report.pairs
    (found,) = [v for v in pair.values if v.aspect.startswith("value")]
    assert found.verdict is Verdict.CONFLICT, found.explanation


def test_further_values_pair_with_what_they_measure_first() -> None:
    head = ("  - id: t\n    source: {sid}\n    subject: Castoria\n"
            "    predicate: will cut its car tariff\n")
    report = _pair(head + "    values:\n      - {text: 12%, measured: tariff now}\n"
                   "      - {text: 4%, measured: tariff later}\n"
                   "      - {text: five years, measured: phase-in period}\n",
                   head + "    values:\n      - {text: 12 per cent, measured: tariff now}\n"
                   "      - {text: seven years, measured: phase-in period}\n")
    (pair,) = report.pairs
    found = {(v.a.value["text"], v.b.value["text"]): v.verdict for v in pair.values
             if v.a.value and v.b.value}
    assert found[("five years", "seven years")] is Verdict.CONFLICT


@pytest.mark.parametrize(("a_predicate", "b_predicate", "verdict"), [
    ("speed limit", "average speed", Verdict.INCOMPARABLE),  # a limit and a measured figure
    ("minimum wage", "average wage", Verdict.INCOMPARABLE),
    ("average speed", "average speed", Verdict.CONFLICT),  # one thing: a contradiction
])
def test_claims_aligned_by_words_keep_their_values_roles(a_predicate: str, b_predicate: str,
                                                         verdict: Verdict) -> None:
    """Two claims of one subject whose values were not paired by what they measure are still
    two figures when their words give them two roles: never a conflict."""
    claim = "  - id: c\n    source: {{sid}}\n    subject: the Orvale council\n" \
            "    predicate: {p}\n    values: [{v}]\n"
    report = _pair(claim.format(p=a_predicate, v="20mph" if "speed" in a_predicate else "£9"),
                   claim.format(p=b_predicate, v="28mph" if "speed" in b_predicate else "£14"))
    found = [v.verdict for p in report.pairs for v in p.values if v.aspect.startswith("value")]
    assert found == [verdict], report.pairs


@pytest.mark.parametrize(("a_values", "b_fields", "aspect"), [
    # a time of day as a value against the same time as the other claim's `when`
    ("values: [{text: about 11pm, measured: time of day}]",
     "when: shortly before 11pm on Friday", "value~when"),
    # a speed marked a rate against a speed given as an amount
    ("values: [{text: 'nearly 210,000 kilometres an hour', role: rate}]",
     "values: ['130,000 miles per hour']", "value"),
])
def test_curators_choices_made_apart_pair_all_the_same(a_values: str, b_fields: str,
                                                       aspect: str) -> None:
    claim = "  - id: c\n    source: {{sid}}\n    subject: the Harl comet\n" \
            "    predicate: {p}\n    {f}\n"
    report = _pair(claim.format(p="passed", f=a_values), claim.format(p="passed", f=b_fields))
    found = [(v.aspect, v.verdict) for p in report.pairs for v in p.values
             if v.aspect.startswith("value")]
    assert found == [(aspect, Verdict.AGREE)], report.pairs
