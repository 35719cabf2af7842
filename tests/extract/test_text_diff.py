"""`claimdiff diff` between plain-text articles: exactly the planted conflicts, no others.

Each article of `tests/data/articles` is diffed against the seed article (both as
text, through the real command line) and the conflicts found are compared with
the ones `EXPECTED.md` plants, by the value phrases involved, never by claim ids.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from claimdiff.cli._main import cli
from claimdiff.extract import read_header

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_6396fc36ecca3174.txt"
ARTICLES = ROOT / "tests" / "data" / "articles"
EXPECTED = (ARTICLES / "EXPECTED.md").read_text(encoding="utf-8")
SEED_PUBLISHED = "2024-06-12"
NAMES = sorted(p.name for p in ARTICLES.iterdir() if p.suffix in (".txt", ".md")
               and p.name != "EXPECTED.md")


def _quoted(cell: str) -> list[str]:
    return re.findall(r"\"([^\"]+)\"", cell)


def planted(name: str) -> list[tuple[list[str], list[str]]]:
    """The planted conflicts of one article: (its phrases, the seed's phrases) per row."""
    section = EXPECTED.split(f"## `{name}`", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 4 and cells[3] == "**conflict**":
            rows.append((_quoted(cells[1]), _quoted(cells[2])))
    return rows


def published(name: str) -> str:
    """The article's publication date as `EXPECTED.md` gives it."""
    row = next(line for line in EXPECTED.splitlines() if line.startswith(f"| `{name}`"))
    found = re.search(r"\d{4}-\d\d-\d\d", row.split("|")[3])
    assert found is not None
    return found.group()


def diff_args(name: str) -> list[str]:
    """`claimdiff diff` arguments for the seed against one article. An article whose
    text gives no year (a wire dateline "YEREVAN, June 12") gets its date from the
    caller, as a user must give it: extraction never guesses a year."""
    args = ["diff", str(SEED), str(ARTICLES / name), "--published-a", SEED_PUBLISHED,
            "--format", "json"]
    header = read_header((ARTICLES / name).read_text(encoding="utf-8"))
    if header.published is None:
        args += ["--published-b", published(name)]
    else:
        assert header.published.isoformat() == published(name)
    return args


def _phrase(side: dict[str, Any]) -> str:
    value = side.get("value")
    return str(value["text"]) if value else str(side["quote"])


def conflicts(report: dict[str, Any]) -> list[tuple[str, str]]:
    """(seed phrase, article phrase) of every conflicting aspect of the report."""
    return [(_phrase(v["a"]), _phrase(v["b"])) for p in report["pairs"]
            for v in p["values"] if v["verdict"] == "conflict"]


def _matches(found: tuple[str, str], row: tuple[list[str], list[str]]) -> bool:
    seed_text, article_text = found
    article, seed = row
    return any(seed_text in s for s in seed) and any(article_text in a for a in article)


def run(args: list[str]) -> tuple[int, dict[str, Any]]:
    result = CliRunner().invoke(cli, args)
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.stdout)


def test_every_article_plants_what_the_table_says() -> None:
    assert NAMES == ["ararat_news_2024-06-12.txt", "caspian_daily_2024-06-12.txt",
                     "kavkaz_observer_2024-06-13.md"]
    assert sum(len(planted(n)) for n in NAMES) == 3  # "Exactly three planted conflicts"


@pytest.mark.parametrize("name", NAMES)
def test_diff_against_the_seed_finds_exactly_the_planted_conflicts(name: str) -> None:
    code, report = run(diff_args(name))
    rows = planted(name)
    found = conflicts(report)
    for f in found:
        assert any(_matches(f, r) for r in rows), f"conflict not planted: {f}"
    for r in rows:
        assert sum(_matches(f, r) for f in found) == 1, f"planted conflict not found once: {r}"
    assert code == (1 if rows else 0)
    assert report["summary"]["conflict"] == len(rows)


def test_the_control_article_exits_zero() -> None:
    code, report = run(diff_args("caspian_daily_2024-06-12.txt"))
    assert code == 0 and report["summary"]["conflict"] == 0
    # and the values it shares with the seed are compared, not left unpaired
    assert report["summary"]["agree"] >= 3


def test_a_real_process_gives_the_same_report() -> None:
    args = diff_args("kavkaz_observer_2024-06-13.md")
    proc = subprocess.run([sys.executable, "-m", "claimdiff", *args], capture_output=True,
                          text=True, check=False, cwd=ROOT)
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout) == run(args)[1]


def _write(tmp: Path, name: str, text: str) -> str:
    path = tmp / name
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def test_completion_dates_meet_completion_dates_and_start_dates_start_dates(
        tmp_path: Path) -> None:
    a = _write(tmp_path, "left.txt", "Russian peacekeepers left Azerbaijan on Wednesday, "
               "completing a pullout that began in mid-April.")
    b = _write(tmp_path, "finished.txt", "The pullout of the Russian peacekeepers finished on "
               "June 11, two months after the first units departed on April 17.")
    code, report = run(["diff", a, b, "--published-a", "2024-06-12", "--published-b",
                        "2024-06-12", "--format", "json"])
    compared = {(v["a"]["value"]["text"], v["b"]["value"]["text"]): (
        v["a"]["predicate"], v["b"]["predicate"], v["verdict"])
        for p in report["pairs"] for v in p["values"] if v["a"].get("value")}
    assert compared == {
        ("on Wednesday", "on June 11"): ("completed withdrawal", "completed withdrawal",
                                         "conflict"),
        ("in mid-April", "on April 17"): ("began withdrawal", "began withdrawal", "agree"),
    }
    starts, ends = {"in mid-April", "on April 17"}, {"on Wednesday", "on June 11"}
    for x, y in compared:
        assert (x in starts) == (y in starts) and (x in ends) == (y in ends)
    assert code == 1


def test_values_of_different_events_are_never_compared(tmp_path: Path) -> None:
    # Same subject, dates on both sides, different events: better unpaired than compared.
    a = _write(tmp_path, "a.txt", "Armenia and Azerbaijan faced each other in a war in the 1990s.")
    b = _write(tmp_path, "b.txt", "Armenia and Azerbaijan agreed on the border in mid-May.")
    code, report = run(["diff", a, b, "--published-a", "2024-06-12", "--published-b",
                        "2024-06-12", "--format", "json"])
    assert report["pairs"] == [] and code == 0
    assert len(report["only_a"]) == 1 and len(report["only_b"]) == 1


def test_between_the_articles_only_planted_values_conflict() -> None:
    # Each article's planted phrases ("finished on June 11", "more than 10,000 ...",
    # "a 17-kilometre section"): every conflict between two articles involves one.
    wrong = [p for n in NAMES for row in planted(n) for p in row[0]]
    found = []
    for i, x in enumerate(NAMES):
        for y in NAMES[i + 1:]:
            args = ["diff", str(ARTICLES / x), str(ARTICLES / y), "--published-a", published(x),
                    "--published-b", published(y), "--format", "json"]
            for a, b in conflicts(run(args)[1]):
                assert sum(any(t in w for w in wrong) for t in (a, b)) == 1, (x, y, a, b)
                found.append((x, y))
    # June 11 against June 12; 10,000 against 6,500; 17 km against 12.7 km (twice)
    assert len(found) >= 4
