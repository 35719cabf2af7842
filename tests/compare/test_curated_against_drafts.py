"""A curated claim file diffed against an article: the curated claims pair with the drafts.

Drafts are paired by what their values measure; a curated claim facing them is measured
too, else the README's library example (a seed claim file against an article) pairs nothing.
"""

from __future__ import annotations

from pathlib import Path

import claimdiff

ROOT = Path(__file__).resolve().parents[2]
SEED = str(ROOT / "seeds" / "000_6396fc36ecca3174.claims.yaml")
ARTICLE = str(ROOT / "examples" / "karabakh" / "caucasus_wire_2024-06-12.txt")


def test_the_readme_library_example_pairs_claims_and_finds_the_planted_toll_conflict() -> None:
    seed = claimdiff.load_claimset(SEED)
    article = claimdiff.load_source(ARTICLE, published="2024-06-12")
    for a, b, flip in ((seed, article, False), (article, seed, True)):
        report = claimdiff.diff(a, b)
        assert len(report.pairs) >= 5
        tolls = [p for p in report.pairs
                 if (p.b if flip else p.a).claim == "war-2020-deaths"]
        assert [p.verdict for p in tolls] == ["conflict"]  # 6,500 against about 3,000
        agreed = {((p.b if flip else p.a).claim, (p.a if flip else p.b).claim)
                  for p in report.pairs if p.verdict == "agree"}
        assert ("withdrawal-completed-june-12", "c003-completed-withdrawal") in agreed


def test_two_curated_files_are_still_aligned_by_their_words() -> None:
    other = str(ROOT / "examples" / "karabakh" / "caucasus_wire_2024-06-12.claims.yaml")
    report = claimdiff.diff(SEED, other)
    assert all("paired because" not in p.explanation for p in report.pairs)
