"""The library says, in the report, when an article's dates cannot be placed."""

from __future__ import annotations

from pathlib import Path

import claimdiff

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = str(ROOT / "seeds" / "000_6396fc36ecca3174.txt")
OTHER = str(ROOT / "tests" / "data" / "articles" / "ararat_news_2024-06-12.txt")
CLAIMS = str(ROOT / "seeds" / "000_6396fc36ecca3174.claims.yaml")
UNDATED = "has no publication date: relative dates such as 'on Wednesday' or 'June 12' " \
          "cannot be placed"


def test_diff_of_an_undated_article_warns_in_the_report() -> None:
    report = claimdiff.diff(claimdiff.load_source(ARTICLE), claimdiff.load_claimset(CLAIMS))
    assert [w for w in report.warnings if UNDATED in w] == [f"{ARTICLE} {UNDATED}; "
                                                            "give its publication date"]
    assert any(UNDATED in w for w in report.to_dict()["warnings"])
    dated = claimdiff.diff(claimdiff.load_source(ARTICLE, published="2024-06-12"),
                           claimdiff.load_claimset(CLAIMS))
    assert not any(UNDATED in w for w in dated.warnings)


def test_compare_sources_names_each_undated_article() -> None:
    report = claimdiff.compare_sources([ARTICLE, OTHER, CLAIMS])
    named = sorted(w.split(" has no", 1)[0] for w in report.warnings if UNDATED in w)
    assert named == sorted([ARTICLE, OTHER])  # a claim file's sources state their dates
