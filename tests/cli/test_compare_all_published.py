"""`compare-all` dates plain-text articles (`--published [FILE=]DATE`) and says when it cannot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from claimdiff.cli._main import cli

ROOT = Path(__file__).resolve().parents[2]
SEED = str(ROOT / "seeds" / "000_6396fc36ecca3174.txt")
ARARAT = str(ROOT / "tests" / "data" / "articles" / "ararat_news_2024-06-12.txt")


def run(runner: Any, *args: str) -> Any:
    return runner.invoke(cli, ["compare-all", SEED, ARARAT, "-q", *args])


def test_undated_articles_are_named_in_a_warning(runner: Any) -> None:
    result = run(runner)
    for path in (SEED, ARARAT):
        assert f"{path} has no publication date" in result.stderr
        assert f"--published {path}=DATE" in result.stderr


def test_dated_it_finds_what_diff_finds(runner: Any) -> None:
    diff = runner.invoke(cli, ["diff", SEED, ARARAT, "-q", "--published-a", "2024-06-12",
                               "--published-b", "2024-06-12"])
    every = run(runner, "--published", "2024-06-12")
    each = run(runner, "--published", "000_6396fc36ecca3174.txt=2024-06-12",
               "--published", "ararat_news_2024-06-12=2024-06-12")
    assert diff.exit_code == every.exit_code == each.exit_code == 1
    assert "no publication date" not in every.stderr + each.stderr


def test_one_file_dated_the_other_still_warned(runner: Any) -> None:
    result = run(runner, "--published", f"{SEED}=2024-06-12")
    assert f"{SEED} has no publication date" not in result.stderr
    assert f"{ARARAT} has no publication date" in result.stderr


def test_a_date_for_no_input_is_an_error(runner: Any) -> None:
    result = run(runner, "--published", "missing.txt=2024-06-12")
    assert result.exit_code == 2
    assert "'missing.txt' is none of the inputs" in result.stderr
