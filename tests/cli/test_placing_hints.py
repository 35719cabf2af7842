"""`normalize` and `compare` name the option that places a phrase they cannot place."""

from __future__ import annotations

from typing import Any

import pytest

from claimdiff.cli._main import cli


@pytest.mark.parametrize(("args", "hint"), [
    (["normalize", "June 12"], "give --reference DATE"),
    (["normalize", "on Wednesday"], "give --reference DATE"),
    (["compare", "12 June", "June 12"], "give --reference DATE"),
    (["normalize", "two days later"], "give the earlier event with --anchor previous=PHRASE"),
])
def test_an_unplaced_phrase_names_the_option(runner: Any, args: list[str], hint: str) -> None:
    result = runner.invoke(cli, args)
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith("claimdiff: cannot place ") and line.endswith(hint)
    assert "anchors[" not in line  # the Python spelling is not the command line's


@pytest.mark.parametrize("args", [
    ["normalize", "June 12", "--reference", "2024-06-15"],
    ["compare", "12 June", "June 12", "-r", "2024-06-15"],
    ["normalize", "two days later", "--anchor", "previous=June 12, 2024"],
])
def test_given_the_option_it_is_placed(runner: Any, args: list[str]) -> None:
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
