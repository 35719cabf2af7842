"""Article-pair and claim-pair corpora: the held-out splits stay frozen; every rule names text in
its reports; every curated claim file is valid."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

CORPORA = Path(__file__).resolve().parents[1] / "corpora" / "article-pairs"
CLAIM_PAIRS = CORPORA.parent / "claim-pairs"


def _pairs() -> list[Path]:
    return sorted(p.parent for p in CORPORA.glob("*/*/expect.json"))


_FROZEN = sorted(
    [*CORPORA.glob("heldout*"), *CLAIM_PAIRS.glob("heldout*")], key=lambda p: p.as_posix()
)


@pytest.mark.parametrize("heldout", _FROZEN,
                         ids=lambda p: f"{p.parent.name}/{p.name}")
def test_heldout_split_is_frozen(heldout: Path) -> None:
    """Every held-out file is byte-identical to the manifest written when it was frozen."""
    lines = (heldout / "MANIFEST.sha256").read_text(encoding="utf-8").splitlines()
    listed = {}
    for line in lines:
        digest, name = line.split(maxsplit=1)
        listed[name.lstrip("*")] = digest
    present = {
        p.relative_to(heldout).as_posix()
        for p in heldout.rglob("*")
        if p.is_file() and p.name != "MANIFEST.sha256"
    }
    assert present == set(listed)
    for name, digest in listed.items():
        assert hashlib.sha256((heldout / name).read_bytes()).hexdigest() == digest, name


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


def test_claim_pairs_curate_every_article_pair_and_validate() -> None:
    """Each article pair of a split the curators covered has both curators' claim files, and
    all of them are valid claim files whose quotes occur in the article they point at."""
    from claimdiff.validate import validate_files

    curated = {p.name for p in CLAIM_PAIRS.iterdir() if p.is_dir()}
    assert {"tune", "tune2", "tune3", "tune4", "tune5", "tune6", "tune7", "tune8", "tune9",
            "tune10", "tune11", "tune12", "tune13", "tune14", "tune15", "tune16", "tune17",
            "tune18", "tune19", "tune20", "tune21", "tune22", "tune23", "tune24", "heldout",
            "heldout2", "heldout3", "heldout4", "heldout5"} <= curated
    expected = {p.relative_to(CORPORA).as_posix() for p in _pairs() if p.parent.name in curated}
    files = sorted(CLAIM_PAIRS.glob("*/*/*.claims.yaml"))
    cases = {f.parent.relative_to(CLAIM_PAIRS).as_posix() for f in files}
    assert cases == expected
    assert len(files) == 2 * len(expected)
    result = validate_files(str(f) for f in files)
    assert (result.files, result.problems) == (len(files), ()), result.problems[:3]
