"""The scanners' cheap pre-tests never skip a rule that would match.

`Grammar.rules_for(text)` lists the temporal rules worth running on a text and
`may_hold_quantity(text)` tells whether a quantity can start in it; both are
pure speed-ups, so every rule with a match must be listed and every text with
a quantity start must pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.normalization import scan_temporal
from claimdiff.normalization._grammar import grammar
from claimdiff.normalization._quantity_grammar import START_RE, may_hold_quantity

ROOT = Path(__file__).resolve().parents[2]
PHRASES = [
    "on Wednesday, June 12, 2024 at 3 p.m.", "the 12th of June", "mid-May", "Sept. 2023",
    "in the early 1990s", "the nineteen-nineties", "the '90s", "the 20th-century debate",
    "Q3 2023", "the third quarter of 2023", "from April to June 2024", "1988–1994",
    "25/06/2024", "2024-06-12", "12:30:05", "three weeks ago", "two years back",
    "the past six months", "almost nine months", "a six-week war", "for decades",
    "recent weeks", "every other Friday", "annually", "the day before yesterday",
    "last night", "right now", "at the moment", "recently", "in the future", "this year",
    "next weekend", "last Tues.", "WINTER 2022", "ſeptember", "one hundred and six",
    "a dozen eggs", "half a million", "tens of thousands of", "a couple of", "several",
    "twenty-one", "3bn", "$.5", "−4 °C", "No time words here at all.",
]


def _texts() -> list[str]:
    texts = list(PHRASES)
    for folder in ("tests/data/articles", "examples/karabakh", "seeds"):
        for path in sorted((ROOT / folder).glob("*.*")):
            if path.suffix in (".txt", ".md"):
                texts.extend(p for p in path.read_text(encoding="utf-8").split("\n") if p)
    return texts


@pytest.mark.parametrize("text", PHRASES)
def test_every_matching_rule_is_run(text: str) -> None:
    g = grammar()
    matching = {name for name, rule in g.rules.items() if rule.search(text)}
    assert matching <= set(g.rules_for(text))


def test_gates_hold_over_the_corpus() -> None:
    g = grammar()
    for text in _texts():
        matching = {name for name, rule in g.rules.items() if rule.search(text)}
        assert matching <= set(g.rules_for(text)), text
        if START_RE.search(text):
            assert may_hold_quantity(text), text


def test_gates_skip_rules_without_their_words() -> None:
    g = grammar()
    skipped = set(g.rules) - set(g.rules_for("The talks went on without a deal."))
    assert {"month", "duration", "year", "weekday", "century"} <= skipped
    assert not may_hold_quantity("The talks went on without a deal.")
    assert may_hold_quantity("Talks went on for twenty days.")


@pytest.mark.parametrize(("sentence", "phrase", "day"), [
    ("A fortnight ago today, the dam's spillway gave way.", "A fortnight ago today", "2026-03-17"),
    ("It was exactly a year ago yesterday that the ferry sank.", "exactly a year ago yesterday",
     "2025-03-30"),
    ("Six weeks ago last Tuesday the plant closed.", "Six weeks ago last Tuesday", "2026-02-10"),
])
def test_a_span_back_from_a_day_is_one_date(sentence: str, phrase: str, day: str) -> None:
    found = [(sentence[s:e], v) for s, e, v in scan_temporal(sentence, reference="2026-03-31")]
    assert [p for p, _ in found] == [phrase]
    assert found[0][1] is not None and found[0][1].timex == day
