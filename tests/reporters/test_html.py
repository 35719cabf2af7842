"""The HTML reporter without a browser: self-contained, deterministic, every claim and quote."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from claimdiff.cli._main import cli
from claimdiff.compare._sources import compare_sources
from claimdiff.reporters import render
from claimdiff.reporters._html_scale import Scale, date_ticks, make_scale, number_ticks
from claimdiff.reporters._html_view import build_view, split_quote

ROOT = Path(__file__).resolve().parents[2]
INPUTS = [str(p.relative_to(ROOT)) for folder in ("examples/karabakh", "seeds")
          for p in sorted((ROOT / folder).glob("*.claims.yaml"))]


class _Page(HTMLParser):
    """Tags with their attributes, and the text of each `<script>`."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in = dict(attrs)
            self.scripts.append((self._in, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)


def _parse(text: str) -> _Page:
    page = _Page()
    page.feed(text)
    return page


def _claims_json(page: _Page) -> list[dict[str, Any]]:
    (text,) = [t for a, t in page.scripts if a.get("id") == "claims"]
    data: list[dict[str, Any]] = json.loads(text)
    return data


@pytest.fixture(scope="module")
def report() -> Any:
    import os

    old = os.getcwd()
    os.chdir(ROOT)
    try:
        return compare_sources(INPUTS)
    finally:
        os.chdir(old)


def test_same_report_same_bytes_and_nothing_fetched(report: Any) -> None:
    first = render("html", report)
    assert first == render("html", report)
    page = _parse(first)
    for tag, attrs in page.tags:
        assert tag not in ("link", "iframe", "img", "object", "embed"), tag
        assert "src" not in attrs, (tag, attrs)
    assert not re.search(r"@import|url\(", first), "the stylesheet must not load anything"
    # Only the sources' own addresses are links out, and nothing loads them.
    outside = {a["href"] for t, a in page.tags
               if t == "a" and str(a.get("href")).startswith("http")}
    urls = {s.url for s in report.sources if s.url}
    assert outside <= urls


def test_every_dated_claim_is_drawn_and_every_quote_is_there(report: Any) -> None:
    text = render("html", report)
    page = _parse(text)
    marks = {a["data-key"] for t, a in page.tags
             if t == "g" and "mark" in str(a.get("class")).split() and a.get("data-slot")}
    dated = {f"{c.source}#{c.claim}" for c in report.claims
             if (c.when or {}).get("kind") == "date" or (c.value or {}).get("kind") == "date"}
    assert dated and dated <= marks
    table = _claims_json(page)
    quotes = {f"{c['s']}#{c['k']}": "".join(c["q"]) for c in table if c["q"]}
    for cluster in report.clusters:
        for m in cluster.members:
            if m.quote:
                assert quotes[f"{m.source}#{m.claim}"] == m.quote
    for s in report.singletons:
        assert f'data-key="{s.side.source}#{s.side.claim}"' in text
    assert text.count('class="group v-conflict"') == report.summary["conflict"]


def test_conflicts_come_first(report: Any) -> None:
    verdicts = re.findall(r'<article class="group v-(\w+)"', render("html", report))
    order = ["conflict", "compatible", "agree", "incomparable"]
    assert verdicts == sorted(verdicts, key=order.index)


def test_a_saved_report_renders_the_same_page(report: Any, tmp_path: Path, runner: Any) -> None:
    saved = tmp_path / "report.json"
    saved.write_text(render("json", report), encoding="utf-8")
    result = runner.invoke(cli, ["render", str(saved), "-f", "html"])
    assert result.exit_code == 1  # the example set holds conflicts
    assert result.stdout == render("html", report)


def test_a_bare_saved_report_still_renders() -> None:
    # An older or foreign report without the source and claim tables.
    data = {"schema_version": 1, "report": "diff", "a": "a", "b": "b", "summary": {},
            "pairs": [{"verdict": "conflict", "explanation": "x",
                       "a": {"source": "s1", "claim": "c1", "quote": "in May"},
                       "b": {"source": "s2", "claim": "c2"}}],
            "only_a": [], "only_b": []}
    view = build_view(data)
    assert [g.verdict for g in view.groups] == ["conflict"]
    assert {s["id"] for s in view.sources} == {"s1", "s2"}


def test_a_check_report_renders(tmp_path: Path, runner: Any,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    out = tmp_path / "check.html"
    result = runner.invoke(cli, ["check", "--format", "html", "--output", str(out)],
                                catch_exceptions=False)
    assert result.exit_code in (0, 1)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "claimdiff check" in text


@given(st.text(max_size=60), st.lists(st.text(min_size=1, max_size=8), max_size=3))
def test_quote_cuts_keep_the_quote_and_mark_the_phrases(quote: str, phrases: list[str]) -> None:
    parts = split_quote(quote, phrases)
    if not quote:
        assert parts is None
        return
    assert parts is not None and "".join(parts) == quote
    folded = {p.lower() for p in phrases}
    assert all(p.lower() in folded for p in parts[1::2])


@given(st.text(max_size=40))
def test_claim_table_survives_any_quote(quote: str) -> None:
    data = {"schema_version": 1, "report": "diff", "a": "a", "b": "b",
            "pairs": [], "only_a": [{"source": "s", "claim": "c", "subject": "x",
                                     "predicate": "y", "quote": "</script><!--" + quote}],
            "only_b": []}
    from claimdiff.report._saved import SavedReport

    page = _parse(render("html", SavedReport(data)))
    (entry,) = _claims_json(page)
    assert "".join(entry["q"]) == "</script><!--" + quote


@given(st.lists(st.floats(min_value=-1e6, max_value=1e9, allow_nan=False), min_size=1,
                max_size=6))
@example([1.0, 5e-324])  # 10 ** -324 underflows to 0: once a math domain error
@example([5e-324, 1e-323])  # a subnormal span whose sixth is 0
def test_scales_keep_order_and_ticks_lie_on_the_axis(values: list[float]) -> None:
    scale = make_scale(values, 100.0, 900.0, kind="quantity")
    xs = [scale.x(v) for v in sorted(values)]
    assert xs == sorted(xs) and all(100.0 <= x <= 900.0 for x in xs)
    ticks = [v for v, _ in number_ticks(scale)]
    assert ticks == sorted(ticks) and all(scale.lo - 1e-6 <= v <= scale.hi + 1e-6 for v in ticks)


@given(st.dates(min_value=date(1, 1, 1), max_value=date(9000, 1, 1)),
       st.integers(min_value=0, max_value=40000))
def test_date_ticks_fall_on_their_dates(start: date, days: int) -> None:
    lo = float(start.toordinal())
    scale = Scale(lo, lo + days + 1, 0.0, 1000.0)
    ticks = date_ticks(scale)
    assert [v for v, _, _ in ticks] == sorted(v for v, _, _ in ticks)
    for v, _, iso in ticks:
        assert date.fromisoformat(iso).toordinal() == v
        assert lo <= v <= lo + days + 1
    assert date.fromordinal(int(lo)) + timedelta(days=days) >= start


def test_html_written_elsewhere_links_the_texts_from_there(tmp_path: Path, runner: Any,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    out = tmp_path / "deep" / "report.html"
    out.parent.mkdir()
    result = runner.invoke(cli, ["diff", INPUTS[0], INPUTS[-1], "-f", "html", "-o", str(out)])
    assert result.exit_code in (0, 1), result.stderr
    page = _parse(out.read_text(encoding="utf-8"))
    texts = [a["href"] for t, a in page.tags if t == "a" and str(a.get("href")).endswith(".txt")]
    assert texts
    for href in texts:
        assert (out.parent / str(href)).resolve().is_file(), href


_BOUND = st.one_of(st.none(), st.integers(-10**6, 10**9), st.floats(allow_nan=True),
                   st.sampled_from(["2024-06-12", "1991-01-01", "0001-01-01", "9999-12-31",
                                    "not a date", ""]))
_VALUE = st.one_of(st.none(), st.fixed_dictionaries({
    "text": st.text(max_size=10),
    "kind": st.sampled_from(["date", "duration", "quantity", "set", None, "weird"]),
    "core": st.one_of(st.none(), st.lists(_BOUND, min_size=0, max_size=3)),
    "support": st.one_of(st.none(), st.lists(_BOUND, min_size=2, max_size=2)),
    "unit": st.one_of(st.none(), st.text(max_size=5)),
}))
_SIDE = st.fixed_dictionaries({"source": st.sampled_from(["s1", "s2", "s3"]),
                               "claim": st.sampled_from(["c1", "c2", "c3"])},
                              optional={"quote": st.one_of(st.none(), st.text(max_size=20)),
                                        "subject": st.text(max_size=5), "value": _VALUE,
                                        "polarity": st.sampled_from(["asserted", "denied"])})
_PAIR = st.fixed_dictionaries({"a": _SIDE, "b": _SIDE},
                              optional={"verdict": st.sampled_from(["conflict", "agree", "x"]),
                                        "explanation": st.text(max_size=10),
                                        "values": st.lists(st.fixed_dictionaries(
                                            {"a": _SIDE, "b": _SIDE, "aspect": st.just("when"),
                                             "verdict": st.just("compatible")}), max_size=2)})


@given(st.lists(_PAIR, max_size=4), st.lists(_SIDE, max_size=3),
       st.lists(st.fixed_dictionaries({"source": st.sampled_from(["s1", "s2", "s4"]),
                                       "claim": st.sampled_from(["c1", "c2"]),
                                       "when": _VALUE, "value": _VALUE,
                                       "span": st.one_of(st.none(), st.lists(
                                           st.integers(0, 99), min_size=2, max_size=2))}),
                max_size=5),
       st.sampled_from(["diff", "clusters"]))
def test_any_shape_of_report_renders_the_same_twice(pairs: list[Any], singles: list[Any],
                                                    claims: list[Any], kind: str) -> None:
    """Fields missing, null or odd (a newer or hand-edited report) never break the page."""
    from claimdiff.report._saved import SavedReport

    data: dict[str, Any] = {"schema_version": 1, "report": kind, "claims": claims,
                            "sources": [{"id": "s1", "published": "2024-06-12"}, {"id": 3}]}
    if kind == "diff":
        data.update(pairs=pairs, only_a=singles)
    else:
        data.update(clusters=[{"id": "c", "verdict": "conflict", "members": [p["a"], p["b"]],
                               "pairs": [p]} for p in pairs], singletons=singles)
    first = render("html", SavedReport(data))
    assert first == render("html", SavedReport(data))
    _claims_json(_parse(first))
