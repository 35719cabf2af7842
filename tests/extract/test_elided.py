"""Bare numbers of elliptical clauses ("Harwick scored 30 points and Dunmore 24") drafted
with the unit of the figure before them; numbers of other kinds left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.extract import extract_text

CASES = [tuple(line.split("\t")) for line in
         (Path(__file__).parent / "cases" / "elided.tsv").read_text("utf-8").splitlines()
         if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize(("sentence", "number", "expected"), CASES, ids=lambda v: v[:40])
def test_an_elided_figure_takes_the_unit_before_it(sentence: str, number: str,
                                                   expected: str) -> None:
    drafts = {c.value.text: c.value for c in extract_text(sentence, published="2025-03-05").claims
              if c.value is not None}
    if expected == "-":
        spec = drafts.get(number)
        assert spec is None or spec.normalized is None, (sentence, drafts)
        return
    core, unit = expected.split()
    stated = drafts[number].normalized
    assert stated is not None, drafts[number]
    lo, hi = (float(x) for x in stated.core)
    assert lo <= float(core) <= hi, stated
    assert (stated.unit or "-") == unit, stated
