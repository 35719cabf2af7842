"""`--anchor NAME=PHRASE` on `normalize` and `compare`."""

from __future__ import annotations

from typing import Any

from claimdiff.cli._main import cli

ELECTION = ["--anchor", "the election=November 5, 2024"]


def test_normalize_reads_an_anchor_given_on_the_command_line(runner: Any) -> None:
    result = runner.invoke(cli, ["normalize", "two weeks before the election", *ELECTION])
    assert result.exit_code == 0
    assert "core:    2024-10-22" in result.stdout


def test_compare_uses_the_anchor_on_both_sides(runner: Any) -> None:
    same = runner.invoke(cli, ["compare", "two weeks before the election", "October 22, 2024",
                               *ELECTION])
    assert same.exit_code == 0 and same.stdout.startswith("agree")
    other = runner.invoke(cli, ["compare", "two weeks before the election", "October 1, 2024",
                                *ELECTION])
    assert other.exit_code == 1 and other.stdout.startswith("conflict")


def test_without_the_anchor_the_message_says_how_to_give_it(runner: Any) -> None:
    result = runner.invoke(cli, ["normalize", "two weeks before the election"])
    assert result.exit_code == 2 and "--anchor NAME=PHRASE" in result.stderr


def test_a_malformed_anchor_is_a_usage_error(runner: Any) -> None:
    result = runner.invoke(cli, ["normalize", "June 12, 2024", "--anchor", "no-equals-sign"])
    assert result.exit_code == 2 and "NAME=PHRASE" in result.stderr
