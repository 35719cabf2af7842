"""Two curated claims whose measured words stand on opposite poles of one flow or tally
(scored / conceded, received / processed, exports / imports, arrivals / departures, wins /
losses, births / deaths) are never in conflict, however alike their holders and nouns."""

from __future__ import annotations

from typing import Any

import pytest

import claimdiff
from claimdiff.model import ClaimSetV2
from claimdiff.verdicts import Verdict

OPPOSITES = [
    # (A subject, A predicate, A value, B subject, B predicate, B value); invented
    ("Harbour Town FC", "conceded", "31 goals", "Harbour Town FC season record",
     "goals scored this season", "19 goals"),
    ("Harbour Town FC", "scored", "31 goals", "Harbour Town FC defence", "goals conceded",
     "19 goals"),
    ("the passport office", "processes", "about 900 applications a day",
     "applications at the passport office", "new applications received each day",
     "about 1,400 applications a day"),
    ("Velland", "exported", "2.1 million tonnes of wheat", "Velland wheat trade",
     "wheat imports", "3.4 million tonnes"),
    ("Corrin airport", "handled arrivals of", "12,000 passengers", "Corrin airport",
     "departing passengers", "9,000 passengers"),
    ("the Otters", "won", "12 matches", "the Otters season", "matches lost", "5 matches"),
    ("the Otters", "recorded", "12 wins", "the Otters season", "losses", "5"),
    ("Orsk", "recorded", "410 births", "Orsk", "deaths recorded", "520 deaths"),
    ("the port", "loaded", "3,100 containers", "the port", "containers unloaded",
     "2,400 containers"),
    ("the call centre", "hired", "45 staff", "the call centre", "staff laid off", "30 staff"),
    ("the council", "spent", "£41 million", "the council budget", "revenue", "£38 million"),
    ("Velland", "bought", "120 tonnes of gold", "Velland gold", "gold sold", "80 tonnes"),
]


def _set(source: str, claims: list[dict[str, Any]]) -> ClaimSetV2:
    return ClaimSetV2.model_validate({
        "schema_version": 2, "sources": [{"id": source, "published": "2025-09-11"}],
        "claims": [{**c, "source": source} for c in claims]})


@pytest.mark.parametrize("case", OPPOSITES, ids=[f"{c[1]} / {c[4]}" for c in OPPOSITES])
@pytest.mark.parametrize("measured", [False, True], ids=["unsaid", "measured"])
def test_opposite_measured_words_never_conflict(case: tuple[str, ...], measured: bool) -> None:
    sa, pa, va, sb, pb, vb = case
    a = _set("a", [{"id": "x", "subject": sa, "predicate": pa, "values": [va]}])
    b = _set("b", [{"id": "y", "subject": sb, "predicate": pb,
                    "values": [{"text": vb, "measured": pb} if measured else vb]}])
    for report in (claimdiff.diff(a, b), claimdiff.diff(b, a)):
        assert all(v.verdict is not Verdict.CONFLICT for p in report.pairs for v in p.values)


def test_one_pole_on_both_sides_still_conflicts() -> None:
    """The poles tell two flows apart, not two figures of one flow."""
    a = _set("a", [{"id": "x", "subject": "Harbour Town FC", "predicate": "conceded",
                    "values": ["31 goals"]}])
    b = _set("b", [{"id": "y", "subject": "Harbour Town FC", "predicate": "goals conceded",
                    "values": ["19 goals"]}])
    verdicts = [v.verdict for p in claimdiff.diff(a, b).pairs for v in p.values]
    assert Verdict.CONFLICT in verdicts
