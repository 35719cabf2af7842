"""Configuration: discovery, strict keys with the closest valid key, located errors, `-v`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import pytest

from claimdiff import schemas
from claimdiff.check import find_config, load_config
from claimdiff.cli._main import cli
from claimdiff.errors import ConfigError


def test_claimdiff_toml_is_found_upward(repo: Path) -> None:
    deep = repo / "claims" / "sub"
    deep.mkdir()
    assert find_config(deep) == repo / "claimdiff.toml"
    config = load_config(start=deep)
    assert config.claimsets == ("claims/*.claims.yaml",)
    assert config.base == str(repo.resolve())
    assert config.root == str(repo.resolve())


def test_pyproject_table_is_found_and_one_without_it_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.claimdiff]\nclaimsets = ["*.claims.json"]\n'
        'fail-on = ["conflict", "compatible"]\n\n[tool.claimdiff.thresholds]\nalign = 80\n',
        encoding="utf-8")
    inner = tmp_path / "pkg"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "inner"\n', encoding="utf-8")
    config = load_config(start=inner)
    assert config.path == str(tmp_path / "pyproject.toml")
    assert config.fail_on == ("conflict", "compatible")
    assert config.align == 80
    assert "[tool.claimdiff]" in config.describe()


def test_claimdiff_toml_wins_over_pyproject_in_the_same_directory(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.claimdiff]\nclaimsets = ["a"]\n')
    (tmp_path / "claimdiff.toml").write_text('claimsets = ["b"]\n')
    assert load_config(start=tmp_path).claimsets == ("b",)


def test_no_configuration_gives_defaults(tmp_path: Path) -> None:
    config = load_config(start=tmp_path)
    assert config.path is None and config.claimsets == ()
    assert config.fail_on == ("conflict",) and config.warn_on == ()
    assert config.describe() == "no configuration file; defaults"


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "claimdiff.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "message", "line"), [
    ('claimsets = ["x"]\nfail_on = ["conflict"]\n',
     "unknown key 'fail_on' in top level; did you mean 'fail-on'?", 2),
    ('claimset = ["x"]\n', "unknown key 'claimset' in top level; did you mean 'claimsets'?", 1),
    ('[thresholds]\nalgn = 50\n',
     "unknown key 'algn' in [thresholds]; did you mean 'align'?", 2),
    ('zzz = 1\n', "unknown key 'zzz' in top level; valid keys: baseline, checks, claimsets", 1),
    ('checks = ["schema", "conflicts"]\n', "did you mean 'conflict'?", 1),
    ('fail-on = ["conflikt"]\n', "did you mean 'conflict'?", 1),
    ('claimsets = "x.claims.yaml"\n', "claimsets: Input should be a valid tuple", 1),
    ('[thresholds]\nalign = 150\n', "thresholds.align: Input should be less than or equal to 100",
     2),
    ('claimsets = ["x"]\nfail-on = [conflict]\n', "TOML syntax error: Invalid value", 2),
    ('claimsets = [\n', "TOML syntax error", 1),
])
def test_configuration_errors_are_located(tmp_path: Path, text: str, message: str,
                                          line: int) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert message in err.value.message
    assert err.value.line == line
    assert str(err.value).startswith(f"{path}:{line}")


def test_pyproject_errors_name_the_tool_table(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[project]\nname = "x"\n[tool.claimdiff]\nbasline = "b.json"\n')
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert err.value.message == ("unknown key 'basline' in [tool.claimdiff]; "
                                 "did you mean 'baseline'?")
    assert err.value.line == 4
    path.write_text('[project]\nname = "x"\n')
    with pytest.raises(ConfigError, match=r"no \[tool.claimdiff\] table"):
        load_config(path)


def test_a_named_configuration_that_does_not_exist(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such configuration file"):
        load_config(tmp_path / "nope.toml")


def test_the_published_schema_accepts_valid_and_rejects_unknown_keys() -> None:
    schema = schemas.load("config")
    validator = jsonschema.Draft202012Validator(schema)
    validator.validate({"claimsets": ["a/*.claims.yaml"], "fail-on": ["conflict"],
                        "thresholds": {"align": 70}})
    assert list(validator.iter_errors({"fail_on": ["conflict"]}))
    assert list(validator.iter_errors({"checks": ["nope"]}))


def test_the_cli_reports_configuration_errors_with_exit_2(repo: Path, runner: Any) -> None:
    (repo / "claimdiff.toml").write_text('claimsets = ["claims/*.claims.yaml"]\nfail_on = []\n')
    result = runner.invoke(cli, ["check"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "claimdiff.toml:2: unknown key 'fail_on' in top level; did you mean 'fail-on'?" in (
        result.stderr)


def test_verbose_says_which_configuration_was_read(repo: Path, runner: Any) -> None:
    result = runner.invoke(cli, ["check", "-v"])
    assert f"claimdiff: configuration {repo / 'claimdiff.toml'}" in result.stderr
    assert "2 claim file(s)" in result.stderr
    other = repo / "other.toml"
    other.write_text('claimsets = ["claims/a.claims.yaml"]\n')
    result = runner.invoke(cli, ["check", "-vv", "--config", str(other)])
    assert f"configuration {other}" in result.stderr
    assert "  claims/a.claims.yaml" in result.stderr
    assert result.exit_code == 0
    result = runner.invoke(cli, ["check", "-v"], env={"CLAIMDIFF_CONFIG": str(other)})
    assert f"configuration {other}" in result.stderr


def test_no_claim_sets_is_trouble(tmp_path: Path, runner: Any, monkeypatch: Any) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["check"])
    assert result.exit_code == 2
    assert "no claim sets to check" in result.stderr
    (tmp_path / "claimdiff.toml").write_text('claimsets = ["nothing/*.claims.yaml"]\n')
    result = runner.invoke(cli, ["check"])
    assert result.exit_code == 2
    assert "match no file" in result.stderr
