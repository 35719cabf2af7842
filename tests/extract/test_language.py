"""Articles not in English are refused, not drafted as English nonsense."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from claimdiff.cli._main import cli
from claimdiff.extract import read_header
from claimdiff.extract._language import detect_language

ROOT = Path(__file__).resolve().parents[2]
CASES = [tuple(line.split("\t", 1)) for line in
         (Path(__file__).parent / "cases" / "languages.tsv").read_text("utf-8").splitlines()
         if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize(("expected", "text"), CASES, ids=lambda v: v[:12])
def test_detector(expected: str, text: str) -> None:
    found = detect_language(text)
    if expected == "en":
        assert found.english, found
    elif expected == "script":
        assert found.tag is None and "script" in found.description, found
    else:
        assert found.tag == expected, found


def test_the_projects_english_articles_are_english() -> None:
    paths = sorted(p for folder in ("seeds", "examples", "tests/data", "corpora")
                   for suffix in ("*.txt", "*.md") for p in (ROOT / folder).rglob(suffix)
                   if p.name not in ("README.md", "PLANTED.md", "EXPECTED.md"))
    assert len(paths) >= 5
    for path in paths:
        text = path.read_text("utf-8")
        assert detect_language(text[read_header(text).body_start:]).english, path


@pytest.mark.parametrize(("expected", "text"),
                         [c for c in CASES if c[0] != "en"][:6], ids=lambda v: v[:12])
def test_extract_and_diff_refuse_an_article_in_another_language(
        runner: Any, tmp_path: Path, expected: str, text: str) -> None:
    article = tmp_path / "story.txt"
    article.write_text(text, encoding="utf-8")
    for args in (["extract", str(article)], ["diff", str(article), str(article)]):
        result = runner.invoke(cli, args)
        assert result.exit_code == 2
        assert result.stderr.startswith(f"{article}: the article seems to be written in ")
        assert "English text only" in result.stderr and "`language: en`" in result.stderr
    # Declared English, it is read (the reader knows best).
    article.write_text(f"---\nlanguage: en\n---\n{text}", encoding="utf-8")
    assert runner.invoke(cli, ["extract", str(article)]).exit_code == 0


@pytest.mark.parametrize(("declared", "message"), [
    ("ru", "4:11: the article is in Russian (language: ru)"),
    ("fr-CA", "4:11: the article is in French (language: fr-CA)"),
    ("Russian", "4:11: the article is in Russian (language: Russian)"),
    ("Russisch", "4:11: language 'Russisch' is not a language tag such as en, fr or ru"),
])
def test_front_matter_language_is_read(runner: Any, tmp_path: Path, declared: str,
                                       message: str) -> None:
    article = tmp_path / "story.md"
    article.write_text(f"---\ntitle: Fire\npublished: 2024-03-05\nlanguage: {declared}\n---\n"
                       "Twelve workers were killed on Monday.\n", encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(article)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{article}:{message}")


@pytest.mark.parametrize("declared", ["en", "en-GB", "English"])
def test_english_declared_any_way_is_kept_as_a_tag(runner: Any, tmp_path: Path,
                                                   declared: str) -> None:
    article = tmp_path / "story.md"
    article.write_text(f"---\nlanguage: {declared}\n---\nTwelve workers died on Monday.\n",
                       encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(article)])
    assert result.exit_code == 0
    assert f"language: {'en' if declared == 'English' else declared}" in result.stdout
