"""Values written in words that the scanners leave alone, drafted whole: each case in
`cases/values_in_words.tsv` is a sentence, the value text drafted from it, and the
dimension it reads in (or `-` for a text that must not be drafted as a value)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimdiff.extract._values import find_values

CASES = [tuple(line.split("\t")) for line in
         (Path(__file__).parent / "cases" / "values_in_words.tsv").read_text("utf-8").splitlines()
         if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize(("sentence", "text", "dimension"), CASES, ids=lambda v: v[:40])
def test_a_value_in_words_is_drafted_whole(sentence: str, text: str, dimension: str) -> None:
    found = {f.text: f for f in find_values(sentence, 0, len(sentence),
                                            reference=date(2025, 3, 3))}
    if dimension == "-":
        assert not any(text in t for t in found), found
        return
    assert text in found, sorted(found)
    value = found[text].value
    got = "time of day" if value is None else value.dimension
    assert got == dimension, value
