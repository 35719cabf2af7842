"""The consistency check compares O(n log n) pairs and still names every value in a conflict."""

from __future__ import annotations

import json
import sys
from itertools import combinations
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.check._consistency import _Read, candidate_pairs
from claimdiff.cli._main import cli
from claimdiff.compare import compare_values
from claimdiff.model import Claim
from claimdiff.normalization import Interval, Kind, Value

CLAIM = Claim.model_validate({"id": "c", "source": "s", "subject": "x", "predicate": "y",
                              "quote": "q"})
ROOT = Path(__file__).resolve().parents[2]


def _value(lo: float, width: float, slack: float, unit: str) -> Value:
    core = Interval(lo, lo + width)
    return Value(kind=Kind.QUANTITY, text=f"{lo}", core=core,
                 support=Interval(lo - slack, lo + width + slack), unit=unit,
                 dimension="length" if unit == "m" else "count", granularity="1")


intervals = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 6), st.integers(0, 6),
                               st.sampled_from(["m", "m", "m", "count"])),
                     min_size=0, max_size=14)


def _involved(reads: list[_Read], pairs: list[tuple[_Read, _Read]], verdict: str) -> set[int]:
    out: set[int] = set()
    for a, b in pairs:
        if compare_values(a.value, b.value).verdict.value == verdict:
            out.update((a.index, b.index))
    return out


@settings(max_examples=150)
@given(intervals)
def test_every_value_in_a_conflict_is_named(spec: list[tuple[int, int, int, str]]) -> None:
    reads = [_Read(i, CLAIM, "value", _value(lo, w, s, u)) for i, (lo, w, s, u)
             in enumerate(spec)]
    same_kind = list(combinations(reads, 2))
    chosen = candidate_pairs(reads)
    assert len(chosen) <= 4 * len(reads) + 1
    conflicts = _involved(reads, chosen, "conflict")
    assert conflicts == _involved(reads, same_kind, "conflict")
    # A value whose core is apart from another's is named, as compatible or in conflict.
    assert _involved(reads, same_kind, "compatible") <= (
        _involved(reads, chosen, "compatible") | conflicts)
    # Told which pairs make findings, the sweep still names every value in a conflict.
    def worth(a: _Read, b: _Read) -> bool:
        return compare_values(a.value, b.value).verdict.value == "conflict"

    assert _involved(reads, candidate_pairs(reads, worth), "conflict") == conflicts


def test_thousands_of_values_of_one_event(runner: Any, tmp_path: Path) -> None:
    # the claim file `benchmarks/bench_doubling.py` times at sizes that double
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import bench_doubling
    finally:
        sys.path.pop(0)
    n = 3_000
    path = tmp_path / "many.claims.json"
    path.write_text(json.dumps(bench_doubling.one_event(n)), encoding="utf-8")
    result = runner.invoke(cli, ["check", "--no-baseline", "--checks", "consistency",
                                 "-f", "json", str(path)])
    assert result.exit_code == 1, result.stderr
    findings = json.loads(result.stdout)["findings"]
    named = {c for f in findings for c in f["claims"]}
    # Every value but the few that overlap "1 soldiers" conflicts with it, and is named.
    assert len(findings) < 1.1 * n and len(named) > n - 10  # each named about once
