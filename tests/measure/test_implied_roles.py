"""A role the other report's sentence names without a role word reaching its figure is a
role left unsaid, not another figure; unless that report gives the role to another figure of
the same kind (then the bare one is likely the other thing: the speed against the limit)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.measure import SourceText, implied_roles, measure_claim
from claimdiff.measure._implied import shared_role
from claimdiff.model import Claim
from claimdiff.normalization import normalize
from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts as _pairs
from tests.measure._reports import verdict_between


def _measure(text: str, *phrases: str) -> list:
    claims = [Claim(id=f"c{k}", source="s", subject="x", predicate="was", value=p)
              for k, p in enumerate(phrases)]
    return implied_roles([measure_claim(c, "value", normalize(p), SourceText(text))
                          for c, p in zip(claims, phrases, strict=True)])


def test_a_bare_figure_keeps_the_role_its_sentence_names() -> None:
    (m,) = _measure("Shareholders agreed to accept the offer, worth 4.1 million euros.",
                    "4.1 million euros")
    assert m.role is None and "offer" in m.implied


def test_a_role_another_figure_of_its_kind_holds_is_not_implied() -> None:
    bare, limit = _measure("The lorry was doing 52mph on a road where the limit is 30mph.",
                           "52mph", "30mph")
    assert limit.role == "limit" and "limit" not in bare.implied
    assert not shared_role(bare, limit)


@pytest.mark.parametrize(("text", "phrase"), [
    ("Quarterly sales of 6.2 billion crowns beat forecasts.", "6.2 billion crowns"),
    ("The plant emitted 41 tonnes, well above its limit.", "41 tonnes"),
    ("The firm hired 320 staff, up from the previous year.", "320 staff"),
])
def test_a_role_the_figure_is_set_against_is_not_implied(text: str, phrase: str) -> None:
    (m,) = _measure(text, phrase)
    assert m.role is None and not m.implied, m


def test_a_figure_with_a_role_implies_nothing() -> None:
    (m,) = _measure("The union wants a rise of 7%.", "7%")
    assert m.role is not None and not m.implied


@pytest.mark.parametrize(("a", "b", "x", "y"), [
    # the offer named in the other sentence, its figure bare
    ("Members voted to accept a £9.4 million offer from the Hallam group.",
     "Members voted to accept the offer from the Hallam group, worth 7.9 million pounds.",
     "9.4", "7.9"),
    # the quota named in the bare figure's sentence, before it
    ("The new quota lets boats land 31,000 tonnes of hake next year.",
     "The hake quota for next year was set at 26,000 tonnes.", "31,000", "26,000"),
])
def test_a_role_named_around_the_other_figure_leaves_them_comparable(
        tmp_path: Path, a: str, b: str, x: str, y: str) -> None:
    pairs = _pairs(tmp_path, a, b)
    assert verdict_between(pairs, x, y) is Verdict.CONFLICT, pairs


@pytest.mark.parametrize(("a", "b", "x", "y"), [
    # the limit is the other report's second figure: the bare one is the speed
    ("The coach was travelling at 70 km/h, above the 50 km/h limit on the bend.",
     "The coach was doing 88 km/h on a bend where the limit is 50 km/h.", "70", "50"),
    # the forecast is another figure of the same report
    ("Analysts had forecast sales of 3.9 billion crowns for the quarter.",
     "Sales reached 4.3 billion crowns, against a forecast of 3.9 billion crowns.", "3.9",
     "4.3"),
])
def test_a_role_the_other_report_gives_another_figure_still_holds_them_apart(
        tmp_path: Path, a: str, b: str, x: str, y: str) -> None:
    pairs = _pairs(tmp_path, a, b)
    assert verdict_between(pairs, x, y) is not Verdict.CONFLICT, pairs
