"""A curated claim's value read from its fields: measured thing, holder, role, sayer."""

from __future__ import annotations

from typing import Any

import pytest

from claimdiff.measure import measure_fields, one_reading
from claimdiff.model import ClaimV2
from claimdiff.normalization import normalize


def _measure(**fields: Any) -> Any:
    claim = ClaimV2.model_validate({"id": "c", "source": "s", **fields})
    measure = claim.measures[0]
    return measure_fields(claim, measure, normalize(measure.text))


@pytest.mark.parametrize(("fields", "measured"), [
    ({"subject": "Hurricane Odessa", "predicate": "killed", "values": ["14 people"]}, "dead"),
    ({"subject": "the death toll", "predicate": "rose to", "values": ["17"]}, "dead"),
    ({"subject": "Odessa", "predicate": "number of injured", "values": ["70"]}, "injured"),
    ({"subject": "the bank", "predicate": "raised rates to", "values": ["4.5%"]}, "rate"),
    ({"subject": "prices", "predicate": "rose by",
      "values": [{"text": "3.4%", "measured": "inflation"}]}, "inflation"),
    ({"subject": "Arrieta", "predicate": "served", "values": ["19 aces"]}, "ace"),
    # who people are gives way to what befell them, in one field or across fields
    ({"subject": "an ambush", "predicate": "killed",
      "values": [{"text": "four", "measured": "aid workers killed"}]}, "dead"),
    ({"subject": "miners", "predicate": "number who got out alive",
      "values": ["Twenty-seven miners"]}, "rescued"),
])
def test_what_is_measured_comes_from_the_fields_through_the_lexicon(
        fields: dict[str, Any], measured: str) -> None:
    assert _measure(**fields).measured == measured


def test_the_holder_is_the_subject_without_what_is_measured() -> None:
    m = _measure(subject="the death toll in Belmora", predicate="stood at", values=["17"])
    assert m.holder == ("belmora",)


def test_a_subject_that_reports_the_value_is_its_sayer_not_its_holder() -> None:
    m = _measure(subject="Enerbel", predicate="said customers lost power",
                 values=["1.2 million customers"])
    assert m.holder == ()
    assert m.attribution == "enerbel"
    assert m.measured == "outage"


def test_modality_and_changes_set_role_and_dimension() -> None:
    m = _measure(subject="rain", predicate="was predicted at", modality="forecast",
                 values=["500 millimetres"])
    assert m.role == "forecast"
    rise = _measure(subject="sales", predicate="rose",
                    values=[{"text": "7%", "role": "change", "direction": "up"}])
    assert rise.dimension == "percent change"


def test_field_words_fold_a_verb_and_a_noun_of_one_event_alike() -> None:
    from claimdiff.measure import field_words

    assert field_words("arrested") & field_words("number of arrests")
    assert field_words("killed") & field_words("death toll")
    assert not field_words("were freed") & field_words("number abducted")
    assert "number" not in " ".join(field_words("number of arrests"))


def test_pair_scorer_prefers_the_same_measured_thing() -> None:
    from claimdiff.measure import PairScorer, names_a_thing

    dead = _measure(subject="the storm", predicate="killed", values=["14 people"])
    toll = _measure(subject="the death toll", predicate="rose to", values=["17"])
    hurt = _measure(subject="the storm", predicate="injured", values=["15 people"])
    scorer = PairScorer.of([dead], [toll, hurt])
    same, why = scorer.score(dead, toll)
    assert same > scorer.score(dead, hurt)[0]
    assert "dead" in why
    assert names_a_thing(dead) and names_a_thing(toll)


def test_align_reaches_measure_only_through_its_public_names() -> None:
    import ast
    from pathlib import Path

    import claimdiff.align

    for path in Path(claimdiff.align.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                    "claimdiff.measure"):
                assert node.module == "claimdiff.measure", f"{path.name}: {node.module}"
                assert not any(a.name.startswith("_") for a in node.names), path.name


def test_the_curators_measured_words_come_before_the_subjects_class() -> None:
    bus = _measure(subject="the double-decker bus", predicate="was carrying",
                   values=[{"text": "52 people", "measured": "people on board"}])
    coach = _measure(subject="the coach", predicate="people on board",
                     values=[{"text": "45 people", "measured": "people on board"}])
    assert bus.measured == coach.measured != "vehicle"
    # with no measured words, the subject still says what is measured
    assert _measure(subject="the death toll", predicate="rose to", values=["17"]).measured \
        == "dead"


def test_the_values_own_noun_named_in_the_measured_words_is_their_head() -> None:
    hit = _measure(subject="a wall of water", predicate="swept through villages",
                   values=[{"text": "13 villages", "measured": "villages hit"}])
    flooded = _measure(subject="the flood", predicate="villages affected",
                       values=[{"text": "16 villages", "measured": "villages"}])
    assert hit.measured == flooded.measured



def test_a_rate_is_per_the_unit_its_reading_is_per_when_per_is_unsaid() -> None:
    from claimdiff.normalization._roles_api import read_measure

    def rate(value: dict[str, Any]) -> Any:
        claim = ClaimV2.model_validate({"id": "c", "source": "s", "subject": "Korvel",
                                        "predicate": "pays a dividend of", "values": [value]})
        reading = read_measure("25 cents", "rate", per="share").value
        return measure_fields(claim, claim.measures[0], reading)

    said = rate({"text": "25 cents", "role": "rate", "per": "share"})
    unsaid = rate({"text": "25 cents a share", "role": "rate"})
    assert said.dimension == unsaid.dimension
    assert said.dimension != rate({"text": "25 cents", "role": "amount"}).dimension


@pytest.mark.parametrize(("a", "b", "same"), [
    ("187 km", "116 miles", True),  # one figure, one curator converting
    ("185 kilometers per hour", "115 mph", True),
    ("$91.20", "$91.20", True),
    ("187 km", "190 km", False),
    ("38 miles", "some 61km", False),  # a hedge is no figure given
    ("12 km", "12 miles", False),
])
def test_one_figure_is_one_reading_in_any_unit(a: str, b: str, same: bool) -> None:
    x = _measure(subject="the stage", predicate="covered", values=[a])
    y = _measure(subject="the stage", predicate="covered", values=[b])
    assert one_reading(x, y) is same
    assert one_reading(y, x) is same


def test_a_month_abbreviated_is_the_month() -> None:
    """"Oct." and "October" in two curators' fields are one period, never two."""
    a = _measure(subject="the strike", predicate="began in Oct.", values=["40 flights"])
    b = _measure(subject="the strike", predicate="began in October", values=["40 flights"])
    assert a.period == b.period == ("october",)


def _quoted(quote: str, value: Any, published: Any = None, **fields: Any) -> Any:
    from datetime import date

    claim = ClaimV2.model_validate({"id": "c", "source": "s", "subject": "it",
                                    "predicate": "is", "quote": quote, "values": [value],
                                    **fields})
    measure = claim.measures[0]
    day = date.fromisoformat(published or "2026-06-14")
    return measure_fields(claim, measure, normalize(measure.text, reference=day), reference=day)


def test_the_quote_names_the_member_of_a_series_and_the_group_of_a_share() -> None:
    tier = _quoted("Households in Tier 3 pay £41 a month", "£41",
                   subject="households", predicate="pay")
    assert tier.labels == frozenset({("tier", "3")})
    share = _quoted("the plan was backed by 71% of shopkeepers", "71%",
                    subject="the plan", predicate="was backed by")
    assert share.base and "shopkeep" in " ".join(share.base)
    # what the quote does not write is not read: no quote, no phrase in it
    assert _quoted("", "71%").base == frozenset()
    assert _quoted("backed by most shopkeepers", "71%").base == frozenset()


@pytest.mark.parametrize(("quote", "value", "published", "years"), [
    ("In 2022 the club finished fourth", "fourth", "2026-05-02", {"2022"}),
    ("the club, fourth last season, travel to Leeds", "fourth", "2026-10-02", {"2025", "2026"}),
    ("admissions fell to 9,200 last year", "9,200", "2026-03-01", {"2025"}),
])
def test_the_year_of_the_quotes_clause_is_the_figures_period(
        quote: str, value: str, published: str, years: set[str]) -> None:
    assert set(_quoted(quote, value, published).period) == years


def test_a_month_of_the_quote_is_the_events_day_not_the_figures_period() -> None:
    assert _quoted("after a 9-day hearing in March", "9-day").period == ()


def test_the_quote_reads_a_several_year_average_and_the_day_of_a_saying() -> None:
    norm = _quoted("rainfall was well under the 30-year mean of 610mm", "610mm",
                   subject="rainfall", predicate="average")
    assert norm.role == "multi-year average"  # refines the fields' plain average
    said = _quoted("the regulator said on Friday it had fined the bank", "on Friday")
    assert said.role == "said"
    # the fields' own role stands: a forecast stays a forecast
    plan = _quoted("the minister said on Friday the line will open", "on Friday",
                   modality="forecast")
    assert plan.role == "forecast"


def test_two_roles_are_named_with_their_articles() -> None:
    from claimdiff.measure import distinguished

    year = _quoted("yields reached 7.9 tonnes a hectare", "7.9 tonnes a hectare",
                   subject="yields", predicate="average")
    norm = _quoted("under the ten-year average of 8.6 tonnes a hectare", "8.6 tonnes a hectare",
                   subject="yields", predicate="average")
    assert distinguished(year, norm) == "an average against a multi-year average figure"
