"""Every failure a user can cause is one line on stderr, exit 2, naming the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from claimdiff.cli._main import cli

ROOT = Path(__file__).resolve().parents[2]
SEED_TEXT = ROOT / "seeds" / "000_6396fc36ecca3174.txt"


def one_line(result: Any, *words: str) -> str:
    assert result.exit_code == 2, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return str(lines[0])


@pytest.mark.parametrize(("args", "words"), [
    (["diff", "a.txt"], ["Missing argument", "claimdiff diff --help"]),
    (["diff", "a.txt", "a.txt", "--bogus"], ["--bogus"]),
    (["diff", "a.txt", "a.txt", "--format", "pdf"], ["'pdf'", "text"]),
    (["check", "--fail-on"], ["--fail-on"]),
    (["validate"], ["Missing argument"]),
    (["nosuchcommand"], ["nosuchcommand"]),
    (["render", "r.json", "-o", "x"], ["--output must follow"]),
    (["diff", "a.txt", "a.txt", "--published-a", "12/06/2024"], ["--published-a"]),
])
def test_option_errors_take_one_line(runner: Any, tmp_path: Path, args: list[str],
                                     words: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("The war lasted 44 days.\n")
    line = one_line(runner.invoke(cli, args), *words)
    assert line.startswith("claimdiff: ")


def test_a_bad_source_id_is_one_line(runner: Any, tmp_path: Path) -> None:
    art = tmp_path / "a.txt"
    art.write_text("The war lasted 44 days.\n")
    one_line(runner.invoke(cli, ["diff", str(art), str(art), "--source-id-a", "bad id!"]),
             str(art), "source id", "'bad id!'")
    one_line(runner.invoke(cli, ["extract", str(art), "--source-id", "x y"]), "source id")


def test_a_bad_front_matter_language_is_one_line(runner: Any, tmp_path: Path) -> None:
    art = tmp_path / "a.md"
    # (a language name claimdiff knows, "English", is read as its tag: see test_language.py)
    art.write_text("---\nlanguage: Englisch\n---\nThe war lasted 44 days.\n")
    one_line(runner.invoke(cli, ["extract", str(art)]), str(art), "language", "'Englisch'")


@pytest.mark.parametrize(("raw", "where"), [
    (b"schema_version: 1\x00\n", "1:18"),
    (b"schema_version: 1\nsources: []\nclaims:\n- id: \"a\x07\"\n", "4:9"),
])
def test_a_control_character_in_yaml_is_located(runner: Any, tmp_path: Path, raw: bytes,
                                                where: str) -> None:
    f = tmp_path / "x.claims.yaml"
    f.write_bytes(raw)
    result = runner.invoke(cli, ["validate", str(f)])
    assert result.exit_code == 1
    assert result.stdout.strip().count("\n") == 0
    assert result.stdout.startswith(f"{f}:{where}: YAML syntax error: control character")


@pytest.mark.parametrize("body", ["", "   \n\n", "---\ntitle: Nothing\n---\n\n"])
def test_an_empty_article_is_refused(runner: Any, tmp_path: Path, body: str) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text(body)
    one_line(runner.invoke(cli, ["extract", str(empty)]), str(empty), "empty")
    one_line(runner.invoke(cli, ["diff", str(empty), str(SEED_TEXT), "--published-a",
                                 "2024-06-12", "--published-b", "2024-06-12"]), "empty")
    one_line(runner.invoke(cli, ["compare-all", str(empty), str(SEED_TEXT)]), "empty")


def test_an_article_without_values_warns(runner: Any, tmp_path: Path) -> None:
    art = tmp_path / "plain.txt"
    art.write_text("Nothing here can be measured.\n")
    result = runner.invoke(cli, ["extract", str(art)])
    assert result.exit_code == 0
    assert "warning" in result.stderr and "no claims" in result.stderr


def test_a_directory_given_to_diff_is_explained(runner: Any, tmp_path: Path) -> None:
    one_line(runner.invoke(cli, ["diff", str(tmp_path), str(SEED_TEXT)]),
             "is a directory", "compare-all")


def test_compare_all_takes_a_directory(runner: Any, root: Path, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["compare-all", str(root / "examples" / "karabakh"),
                                 "--format", "json"])
    assert result.exit_code in (0, 1), result.stderr
    assert result.stdout.startswith("{")
    one_line(runner.invoke(cli, ["compare-all", str(tmp_path)]), "no claim files")
    (tmp_path / "only.claims.yaml").write_text(
        (root / "seeds" / "000_6396fc36ecca3174.claims.yaml").read_text())
    one_line(runner.invoke(cli, ["compare-all", str(tmp_path)]), "at least two", "got 1")


@pytest.mark.parametrize("name", ["article.txt", "article.md", "pyproject.toml"])
def test_validate_names_a_file_that_is_not_a_claim_file(runner: Any, tmp_path: Path,
                                                         name: str) -> None:
    f = tmp_path / name
    f.write_text("x = 1\n")
    for command in (["validate"], ["check", "--no-baseline"]):
        one_line(runner.invoke(cli, [*command, str(f)]), str(f), "not a claim file")


@pytest.mark.parametrize(("args", "name", "content", "words"), [
    (["render"], "deep.json", "[" * 100_000 + "]" * 100_000, ["nested too deeply"]),
    (["render"], "big.json", '{"kind": "claimdiff-check-report", "schema_version": '
     + "9" * 5000 + "}", ["more than 100 digits"]),
    (["render"], "odd.json", '{"kind": "claimdiff-check-report", "schema_version": 1, '
     '"findings": [{"rule": "r", "severity": "error", "path": "p", "line": 1e400, '
     '"column": 1, "message": "m", "fingerprint": "f"}]}', ["malformed", "'line'"]),
    (["render"], "files.json", '{"kind": "claimdiff-check-report", "schema_version": 1, '
     '"findings": [], "files": [[1]]}', ["malformed", "'files'"]),
    (["render"], "list.json", '{"kind": "claimdiff-check-report", "schema_version": 1, '
     '"findings": [5]}', ["malformed"]),
    (["check", "--no-baseline", "--config"], "deep.toml", "x = " + "[" * 5000 + "]" * 5000,
     ["nested too deeply"]),
    (["check", "--baseline"], "deep.json", "[" * 100_000 + "]" * 100_000,
     ["nested too deeply"]),
    (["check", "--baseline"], "big.json", "[" + "1" * 5000 + "]", ["more than 100 digits"]),
])
def test_hostile_json_and_toml_are_one_line(runner: Any, root: Path, tmp_path: Path,
                                            args: list[str], name: str, content: str,
                                            words: list[str]) -> None:
    f = tmp_path / name
    f.write_text(content)
    extra = ([str(root / "seeds" / "000_6396fc36ecca3174.claims.yaml")]
             if args[0] == "check" else [])
    one_line(runner.invoke(cli, [*args, str(f), *extra]), str(f), *words)
