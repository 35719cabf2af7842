"""`diff` says when a side's dates cannot be placed, and when a date option goes unused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from claimdiff.cli._main import cli

ROOT = Path(__file__).resolve().parents[2]
SEED_TEXT = str(ROOT / "seeds" / "000_6396fc36ecca3174.txt")
SEED_CLAIMS = str(ROOT / "seeds" / "000_6396fc36ecca3174.claims.yaml")


def test_an_undated_article_is_named(runner: Any) -> None:
    result = runner.invoke(cli, ["diff", SEED_TEXT, SEED_CLAIMS, "-q"])
    assert f"{SEED_TEXT} has no publication date" in result.stderr
    assert "give its publication date (--published-a)" in result.stderr
    dated = runner.invoke(cli, ["diff", SEED_TEXT, SEED_CLAIMS, "-q", "--published-a",
                                "2024-06-12"])
    assert "publication date" not in dated.stderr


def test_a_date_option_for_a_claim_file_is_reported(runner: Any) -> None:
    result = runner.invoke(cli, ["diff", SEED_CLAIMS, SEED_CLAIMS, "--published-b", "2024-06-12"])
    assert result.exit_code == 0
    assert "--published-b applies to plain-text sources" in result.stderr


def test_brief_says_differ_when_differences_fail(runner: Any, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Paris, 3 March 2025 (Daily) — The museum reopened on Monday after "
                     "a two-year renovation that cost 40 million euros.\n", encoding="utf-8")
    result = runner.invoke(cli, ["diff", SEED_CLAIMS, str(other), "-q", "--fail-on",
                                 "difference"])
    assert result.exit_code == 1
    assert result.stdout.strip().endswith("differ")
