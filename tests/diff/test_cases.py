"""Data-driven diff cases: `cases/<name>/{a.claims.yaml,b.claims.yaml,expected.yaml}`.

`expected.yaml` lists the aligned pairs and their verdicts (`a` may list
acceptable alternatives, `verdict` acceptable verdicts, `aspect` the aspect
that must carry the verdict), optionally `only_a` / `only_b`, and
`conflicts`, the exact number of conflicting pairs. Without `partial: true`
the listed pairs are all the pairs. `a:` / `b:` at the top name a claim file
relative to the repository instead of the case's own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from claimdiff.compare._claims import diff
from claimdiff.report._diff import DiffReport

CASES = Path(__file__).parent / "cases"
ROOT = Path(__file__).resolve().parents[2]


def _as_list(x: Any) -> list[str]:
    return [str(v) for v in x] if isinstance(x, list) else [str(x)]


def _side(case: Path, expected: dict[str, Any], name: str) -> str:
    if name in expected:
        return str(ROOT / expected[name])
    return str(case / f"{name}.claims.yaml")


def _check(report: DiffReport, expected: dict[str, Any]) -> None:
    got = {(p.a.claim, p.b.claim): p for p in report.pairs}
    matched = set()
    for want in expected.get("pairs") or []:
        options = [(a, str(want["b"])) for a in _as_list(want["a"])]
        hit = next((k for k in options if k in got), None)
        assert hit is not None, f"expected a pair {options}, got {sorted(got)}"
        matched.add(hit)
        pair = got[hit]
        verdicts = _as_list(want["verdict"])
        assert pair.verdict.value in verdicts, f"{hit}: {pair.verdict.value}: {pair.explanation}"
        if "aspect" in want:
            aspects = {v.aspect.split("~")[0]: v.verdict.value for v in pair.values}
            assert aspects.get(want["aspect"]) in verdicts, f"{hit}: {aspects}"
        assert pair.explanation and 0.0 < pair.score <= 1.0
    if not expected.get("partial"):
        assert set(got) == matched, f"unexpected pairs: {sorted(set(got) - matched)}"
    if "conflicts" in expected:
        conflicts = [k for k, p in got.items() if p.verdict.value == "conflict"]
        assert len(conflicts) == expected["conflicts"], conflicts
    for name in ("only_a", "only_b"):
        if name in expected:
            found = sorted(o.side.claim for o in getattr(report, name))
            assert found == sorted(expected[name])


@pytest.mark.parametrize("case", sorted(p.name for p in CASES.iterdir() if p.is_dir()))
def test_case(case: str) -> None:
    path = CASES / case
    expected = yaml.safe_load((path / "expected.yaml").read_text(encoding="utf-8"))
    a, b = _side(path, expected, "a"), _side(path, expected, "b")
    _check(diff(a, b), expected)


@pytest.mark.parametrize("case", sorted(p.name for p in CASES.iterdir() if p.is_dir()))
def test_case_mirrored(case: str) -> None:
    """`diff(B, A)` finds the same pairs with the same verdicts."""
    path = CASES / case
    expected = yaml.safe_load((path / "expected.yaml").read_text(encoding="utf-8"))
    a, b = _side(path, expected, "a"), _side(path, expected, "b")
    forward, backward = diff(a, b), diff(b, a)
    there = {(p.a.key, p.b.key, p.verdict, p.fingerprint) for p in forward.pairs}
    back = {(p.b.key, p.a.key, p.verdict, p.fingerprint) for p in backward.pairs}
    assert there == back
    assert forward.summary["only_a"] == backward.summary["only_b"]
