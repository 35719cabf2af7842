"""Article source ids: readable, deterministic, and never shared between inputs."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from claimdiff.cli._main import cli
from claimdiff.extract import source_id_for, unique_source_ids
from claimdiff.load import load_sources

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "examples" / "karabakh" / "caucasus_wire_2024-06-12.txt"
OTHER = ROOT / "tests" / "data" / "articles" / "ararat_news_2024-06-12.txt"
ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:/-]*$")

NAMES = st.text(st.characters(codec="utf-8", exclude_characters="/\\\0"), min_size=1,
                max_size=12).filter(lambda s: s not in (".", ".."))


def test_non_ascii_names_are_transliterated_not_collapsed() -> None:
    assert source_id_for("доклад.txt") == "doklad"
    assert source_id_for("Ελληνικά.md") == "Ellinika"
    assert source_id_for("报告.txt") != source_id_for("記事.txt")
    assert source_id_for("article-a.txt") == "article-a"


@given(st.lists(st.lists(NAMES, min_size=1, max_size=3).map(
    lambda parts: "/".join(parts) + ".txt"), min_size=1, max_size=6),
       st.sets(st.sampled_from(["report", "text", "a", "doklad"])))
def test_ids_are_unique_valid_and_deterministic(paths: list[str], taken: set[str]) -> None:
    ids = unique_source_ids(paths, taken)
    assert len(set(ids)) == len(ids) == len(paths)
    assert not set(ids) & taken
    assert all(ID.match(i) for i in ids), ids
    assert unique_source_ids(paths, taken) == ids


def test_equal_names_in_different_folders_take_their_folders() -> None:
    assert unique_source_ids(["d1/report.txt", "d2/report.txt", "notes.txt"]) == [
        "d1-report", "d2-report", "notes"]
    assert unique_source_ids(["x/a/r.txt", "y/a/r.txt"]) == ["x-a-r", "y-a-r"]
    assert unique_source_ids(["r.txt", "r.txt"]) == ["r", "r-2"]


def test_compare_all_never_compares_a_source_with_itself(runner: Any, tmp_path: Path) -> None:
    for folder, article in (("d1", ARTICLE), ("d2", OTHER)):
        (tmp_path / folder).mkdir()
        shutil.copy(article, tmp_path / folder / "report.txt")
    paths = [str(tmp_path / "d1" / "report.txt"), str(tmp_path / "d2" / "report.txt")]
    result = runner.invoke(cli, ["compare-all", *paths, "--published", "2024-06-12",
                                 "--color", "never"])
    assert result.exit_code == 1
    assert "d1-report vs d2-report" in result.stdout
    assert "report vs report" not in result.stdout
    loaded = load_sources(paths)
    assert [item.claimset.sources[0].id for item in loaded] == ["d1-report", "d2-report"]


def test_diff_gives_equal_names_their_folders(runner: Any, tmp_path: Path) -> None:
    for folder, article in (("d1", ARTICLE), ("d2", OTHER)):
        (tmp_path / folder).mkdir()
        shutil.copy(article, tmp_path / folder / "report.txt")
    a, b = str(tmp_path / "d1" / "report.txt"), str(tmp_path / "d2" / "report.txt")
    result = runner.invoke(cli, ["diff", a, b, "--published-a", "2024-06-12",
                                 "--published-b", "2024-06-12", "-f", "json"])
    assert result.exit_code == 1
    assert '"source": "d1-report"' in result.stdout and '"source": "d2-report"' in result.stdout
    named = runner.invoke(cli, ["diff", a, b, "--source-id-a", "wire", "--source-id-b", "wire2",
                                "--published-a", "2024-06-12", "--published-b", "2024-06-12",
                                "-f", "json"])
    assert '"source": "wire"' in named.stdout and '"source": "wire2"' in named.stdout
