"""Measurements: what a value measures, pairing across sources, and the rules they keep."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import claimdiff
from claimdiff.cli._main import cli
from claimdiff.measure import Measurement, measured_class
from claimdiff.measure import _lexicon_en as lex
from claimdiff.model import ClaimSet
from claimdiff.verdicts import Verdict

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpora" / "article-pairs" / "shared"

# Nouns a count can stand before, by synonym class (the lexicon's own members).
_NOUNS: dict[str, list[str]] = {}
for _w, _c in sorted(lex.CLASS_OF.items()):
    if _w.isalpha() and _w not in lex.GENERIC and measured_class(_w) == _c:
        _NOUNS.setdefault(_c, []).append(_w)
CLASSES = sorted(c for c, ws in _NOUNS.items() if ws)


def test_dead_against_injured_is_incomparable_and_names_both() -> None:
    result = claimdiff.compare_values("12 dead", "41 injured")
    assert result.verdict is Verdict.INCOMPARABLE
    assert "dead" in result.explanation and "injured" in result.explanation


def test_synonyms_of_one_measured_thing_are_compared() -> None:
    assert claimdiff.compare_values("12 killed", "14 fatalities").verdict is Verdict.CONFLICT
    assert claimdiff.compare_values("2,000 soldiers", "1,960 servicemen").verdict is Verdict.AGREE


@settings(max_examples=60)
@given(st.sampled_from(CLASSES), st.sampled_from(CLASSES), st.data(),
       st.integers(2, 9999), st.integers(2, 9999))
def test_a_value_never_conflicts_with_a_value_of_another_measured_thing(
    ca: str, cb: str, data: st.DataObject, x: int, y: int
) -> None:
    wa = data.draw(st.sampled_from(_NOUNS[ca]))
    wb = data.draw(st.sampled_from(_NOUNS[cb]))
    try:
        result = claimdiff.compare_values(f"{x} {wa}", f"{y} {wb}")
    except claimdiff.NormalizationError:
        return
    if ca != cb:
        assert result.verdict is not Verdict.CONFLICT, result.explanation


@settings(max_examples=15)
@given(st.integers(2, 500), st.integers(2, 500))
def test_diff_never_pairs_dead_with_injured(tmp_path_factory: pytest.TempPathFactory,
                                            dead: int, hurt: int) -> None:
    d = tmp_path_factory.mktemp("pair")
    (d / "a.txt").write_text(f"Wire, 3 March 2025\n\nThe blast killed {dead} people, "
                             "police said.\n", encoding="utf-8")
    (d / "b.txt").write_text(f"Herald, 3 March 2025\n\n{hurt} people were injured in the "
                             "blast, police said.\n", encoding="utf-8")
    report = claimdiff.diff(str(d / "a.txt"), str(d / "b.txt"))
    assert not report.has_conflicts


def test_the_same_measured_thing_pairs_across_wordings(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Wire, 3 March 2025\n\nThe storm killed at least 14 people and injured 60 on Monday. "
        "Forecasters had predicted winds of 150 km/h.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Herald, 4 March 2025\n\nNine people died when the storm struck. "
        "Gusts reached 200 km/h at the coast.\n", encoding="utf-8")
    report = claimdiff.diff(str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    pairs = {(v.a.value["text"], v.b.value["text"]): v for p in report.pairs for v in p.values
             if v.a.value and v.b.value}
    dead = pairs[("at least 14 people", "Nine people")]
    assert dead.verdict is Verdict.CONFLICT
    assert "both measure dead" in dead.explanation  # the reason is stated
    # the forecast is never set against the measured gusts
    assert not any(a.startswith("150") for a, _ in pairs)


def test_measurement_is_a_frozen_value_with_a_json_form() -> None:
    m = Measurement("a", "c1", "value", "12 dead", "count", "dead", "dead", True)
    with pytest.raises(AttributeError):
        m.measured = "injured"  # type: ignore[misc]
    assert json.loads(json.dumps(m.to_dict()))["measured"] == "dead"


def test_compare_cli_says_incomparable_for_different_things(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["compare", "12 dead", "41 injured"])
    assert result.exit_code == 0
    assert result.output.startswith("incomparable")


_WORDS = st.sampled_from(["Armenia", "Azerbaijan", "returned", "villages", "signed", "deal",
                          "Baku", "Yerevan", "troops", "withdrew"])


@settings(max_examples=40)
@given(st.lists(st.tuples(_WORDS, _WORDS, st.one_of(st.none(), _WORDS),
                          st.one_of(st.none(), st.sampled_from(["4 villages", "6 villages",
                                                                "on June 12", "in May"]))),
                min_size=1, max_size=4), st.data())
def test_agree_means_something_was_compared(rows: list[tuple[str, str, str | None, str | None]],
                                            data: st.DataObject) -> None:
    def claimset(src: str, items: list[tuple[str, str, str | None, str | None]]) -> ClaimSet:
        claims = []
        for n, (s, p, o, v) in enumerate(items):
            c: dict[str, object] = {"id": f"{src}{n}", "source": src, "subject": s,
                                    "predicate": p}
            if o is not None:
                c["object"] = o
            if v is not None:
                c["when" if v.startswith(("on", "in")) else "value"] = v
            claims.append(c)
        return ClaimSet.model_validate({"schema_version": 1, "claims": claims, "sources": [
            {"id": src, "published": "2024-06-12"}]})

    other = data.draw(st.permutations(rows))
    report = claimdiff.diff(claimset("a", rows), claimset("b", list(other)))
    for pair in report.pairs:
        if pair.verdict is Verdict.AGREE:
            assert any(v.verdict is not Verdict.INCOMPARABLE for v in pair.values), pair


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the article-pair corpus is absent")
def test_tuning_corpus_keeps_its_figures() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import eval_articles
    finally:
        sys.path.pop(0)
    tally = eval_articles.Tally()
    for folder in eval_articles.pair_folders(CORPUS)[CORPUS.name]:
        tally.add(eval_articles.evaluate_pair(folder))
    # floors under today's figures (18/48 found, 2 traps, 105/162 paired): a regression guard
    assert tally.found >= 16
    assert tally.fallen <= 3
    assert tally.false_conflicts <= 2
    assert tally.paired >= 95
