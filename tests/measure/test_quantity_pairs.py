"""Quantities of one measured thing paired across two independently worded reports:
generated report pairs, many domains, the same figure (or a different one) in other words."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts as _pairs

_WHO = [("passengers", "Meridian ferry"), ("fans", "stadium stand"), ("workers", "Kessel plant"),
        ("pupils", "school bus"), ("climbers", "Tarn glacier"), ("people", "Orly bridge")]
_CARED = ["were taken to hospital", "were kept in hospital overnight",
          "needed hospital treatment"]


@pytest.mark.parametrize(("who", "where"), _WHO)
@pytest.mark.parametrize("cared", _CARED)
@pytest.mark.parametrize(("x", "y", "verdict"), [(4, 6, Verdict.CONFLICT),
                                                 (7, 7, Verdict.AGREE)])
def test_people_taken_to_hospital_are_the_injured(
        tmp_path: Path, who: str, where: str, cared: str, x: int, y: int,
        verdict: Verdict) -> None:
    pairs = _pairs(tmp_path, f"After the {where} accident, {x} {who} {cared}, officials said.",
                   f"At the {where}, {y} {who} were hurt in the accident.")
    assert pairs.get((f"{x} {who}", f"{y} {who}")) is verdict, pairs
