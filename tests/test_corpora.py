"""Article-pair corpora: the held-out split stays frozen; every rule names text in its reports."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

CORPORA = Path(__file__).resolve().parents[1] / "corpora" / "article-pairs"
HELDOUT = CORPORA / "heldout"


def _pairs() -> list[Path]:
    return sorted(p.parent for p in CORPORA.glob("*/*/expect.json"))


def test_heldout_split_is_frozen() -> None:
    """Every held-out file is byte-identical to the manifest written when it was frozen."""
    lines = (HELDOUT / "MANIFEST.sha256").read_text(encoding="utf-8").splitlines()
    listed = {}
    for line in lines:
        digest, name = line.split(maxsplit=1)
        listed[name.lstrip("*")] = digest
    present = {
        p.relative_to(HELDOUT).as_posix()
        for p in HELDOUT.rglob("*")
        if p.is_file() and p.name != "MANIFEST.sha256"
    }
    assert present == set(listed)
    for name, digest in listed.items():
        assert hashlib.sha256((HELDOUT / name).read_bytes()).hexdigest() == digest, name


@pytest.mark.parametrize("pair", _pairs(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_rules_name_text_in_their_reports(pair: Path) -> None:
    """A rule whose strings occur in neither report could never be met: the corpus would lie."""
    expect = json.loads((pair / "expect.json").read_text(encoding="utf-8"))
    a = (pair / "a.txt").read_text(encoding="utf-8").casefold()
    b = (pair / "b.txt").read_text(encoding="utf-8").casefold()
    for kind in ("must_conflict", "must_not_conflict"):
        for rule in expect.get(kind, []):
            assert any(s.casefold() in a for s in rule["a_any"]), rule["what"]
            assert any(s.casefold() in b for s in rule["b_any"]), rule["what"]
