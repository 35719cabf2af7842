"""The reported case: a strike called "for Thursday" on a Wednesday is the next day,
and agrees with a later article's "on Thursday, June 13" (extract, then diff)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from claimdiff.cli._main import cli


def test_a_planned_strike_agrees_with_the_day_it_happened(runner: CliRunner,
                                                           tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Unions have called a strike for Thursday at the port of Dover.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Dover strike\n\nThe strike at the port of Dover began on Thursday, June 13, "
        "workers said.\n", encoding="utf-8")
    for name, day in (("a", "2024-06-12"), ("b", "2024-06-14")):
        result = runner.invoke(cli, ["extract", str(tmp_path / f"{name}.txt"), "--published",
                                     day, "-o", str(tmp_path / f"{name}.claims.yaml")])
        assert result.exit_code == 0, result.stderr
    result = runner.invoke(cli, ["diff", str(tmp_path / "a.claims.yaml"),
                                 str(tmp_path / "b.claims.yaml")])
    assert "0 conflict" in result.stdout
    assert 'both read as 2024-06-13' in result.stdout
