"""Two one-paragraph reports diffed, as the verdicts of their value pairs."""

from __future__ import annotations

from pathlib import Path

import claimdiff
from claimdiff.verdicts import Verdict


def value_verdicts(tmp_path: Path, a: str, b: str, *, da: str = "3 March 2025",
                   db: str = "3 March 2025") -> dict[tuple[str, str], Verdict]:
    """`{(value text in A, value text in B): verdict}` of `claimdiff.diff` on two reports."""
    (tmp_path / "a.txt").write_text(f"Wire, {da}\n\n{a}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Herald, {db}\n\n{b}\n", encoding="utf-8")
    report = claimdiff.diff(str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    return {(v.a.value["text"], v.b.value["text"]): v.verdict for p in report.pairs
            for v in p.values if v.a.value and v.b.value}


def verdict_between(pairs: dict[tuple[str, str], Verdict], a: str,
                    b: str) -> Verdict | None:
    """The verdict of the first value pair whose A text holds `a` and B text holds `b`."""
    return next((v for (x, y), v in pairs.items() if a in x and b in y), None)
