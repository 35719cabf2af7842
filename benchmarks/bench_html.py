"""HTML report benchmark: a 100-source, 10,000-claim compare-all report in headless Chromium.

A synthetic cluster report (1,800 events told by 5 of 100 sources each, one in
ten with a conflicting date, plus 1,000 single-source claims) is rendered as
HTML and opened in the system's Chromium. Reported, each with a ratio against
a baseline measured in the same run:

- render time of the HTML reporter, against the JSON reporter on the same report;
- file size, against the JSON report;
- time to first render in the browser (first contentful paint, and the load
  event), against the example set's report (`examples/karabakh`);
- responsiveness: time for a verdict filter to hide the agreeing items and
  show them again, and for a mark's pop-up to show on focus.

Run: `python benchmarks/bench_html.py [--events 1800] [--sources 100] [--reps 3]`
(needs the `browser` extra and Chromium: `apt-get install chromium`).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from claimdiff.report import (
    ClaimInfo,
    Cluster,
    ClusterReport,
    OnlyFinding,
    PairFinding,
    Side,
    SourceInfo,
    ValueFinding,
    fingerprint,
)
from claimdiff.reporters import render
from claimdiff.verdicts import Verdict

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def _reading(day: date, exact: bool) -> dict[str, Any]:
    if exact:
        text = f"on {MONTHS[day.month - 1]} {day.day}, {day.year}"
        core = support = [day.isoformat(), day.isoformat()]
    else:
        first = day.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        text = f"in {MONTHS[day.month - 1]} {day.year}"
        core = [first.isoformat(), last.isoformat()]
        support = [(first - timedelta(days=5)).isoformat(), (last + timedelta(days=5)).isoformat()]
    return {"text": text, "kind": "date", "core": core, "support": support, "unit": None}


def synthetic(events: int, n_sources: int, singles: int, seed: int = 7) -> ClusterReport:
    """A cluster report of `events * 5 + singles` claims over `n_sources` sources."""
    rng = random.Random(seed)
    ids = [f"outlet-{i:03d}" for i in range(n_sources)]
    start = date(2015, 1, 1)
    sources = tuple(SourceInfo(s, f"Outlet {s}", "Synthetic", None,
                               (date(2024, 6, 1) + timedelta(days=i % 30)).isoformat(),
                               f"texts/{s}.txt") for i, s in enumerate(ids))
    infos: list[ClaimInfo] = []
    clusters: list[Cluster] = []
    for e in range(events):
        day = start + timedelta(days=rng.randrange(3400))
        conflict = rng.random() < 0.1
        members = []
        for k, s in enumerate(sorted(rng.sample(ids, 5))):
            told = day + timedelta(days=40) if conflict and k == 4 else day
            r = _reading(told, rng.random() < 0.5)
            quote = f"Event {e} took place {r['text']}, the outlet reported"
            side = Side(s, f"e{e}-{k}", f"Actor {e % 97}", f"did thing {e}", None,
                        "asserted", quote, r)
            members.append(side)
            infos.append(ClaimInfo(s, side.claim, (10 * k, 10 * k + len(quote)), r, None))
        pairs = []
        for other in members[1:]:
            lo_a, lo_b = members[0].value["core"][0], other.value["core"][0]  # type: ignore[index]
            verdict = Verdict.CONFLICT if abs(date.fromisoformat(lo_a).toordinal()
                                              - date.fromisoformat(lo_b).toordinal()) > 31 \
                else Verdict.AGREE
            fp = fingerprint("diff", members[0].claim, other.claim)
            explanation = f"when: '{members[0].value['text']}' and '{other.value['text']}'"  # type: ignore[index]
            pairs.append(PairFinding(verdict, members[0], other, explanation, 0.9, fp,
                                     (ValueFinding("when", verdict, members[0], other,
                                                   explanation, 0.9, fp),)))
        worst = min((p.verdict for p in pairs), key=lambda v: v.severity)
        clusters.append(Cluster(fingerprint("cluster", str(e)), worst,
                                tuple(m._replace(value=None) for m in members), tuple(pairs),
                                origins=5))
    only = []
    for i in range(singles):
        s = ids[i % n_sources]
        r = _reading(start + timedelta(days=rng.randrange(3400)), True)
        side = Side(s, f"single-{i}", "Someone", "said", None, "asserted",
                    f"Someone said it {r['text']}")
        only.append(OnlyFinding(side, fingerprint("only", s, side.claim)))
        infos.append(ClaimInfo(s, side.claim, (0, 30), r, None))
    clusters.sort(key=lambda c: c.verdict.severity)
    infos.sort(key=lambda c: (c.source, c.claim))
    return ClusterReport(tuple(f"{s}.claims.yaml" for s in ids), tuple(clusters), tuple(only),
                         (), (), sources, tuple(infos))


def _timed(fn: Any, reps: int) -> tuple[float, Any]:
    times, out = [], None
    for _ in range(reps):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), out


OPEN = """() => new Promise(done => {
  const nav = performance.getEntriesByType('navigation')[0];
  new PerformanceObserver(list => {
    const fcp = list.getEntriesByName('first-contentful-paint')[0];
    if (fcp) done({fcp: fcp.startTime, load: nav.loadEventEnd});
  }).observe({type: 'paint', buffered: true});
})"""
FILTER = """() => new Promise(done => {
  const box = document.querySelector('.filters input[value="agree"]');
  const t0 = performance.now();
  box.checked = false; box.dispatchEvent(new Event('change', {bubbles: true}));
  requestAnimationFrame(() => requestAnimationFrame(() => {
    const t1 = performance.now();
    box.checked = true; box.dispatchEvent(new Event('change', {bubbles: true}));
    requestAnimationFrame(() => requestAnimationFrame(() =>
      done([t1 - t0, performance.now() - t1])));
  }));
})"""
FOCUS = """() => new Promise(done => {
  const marks = document.querySelectorAll('svg.timeline .mark');
  const m = marks[Math.floor(marks.length / 2)];
  const t0 = performance.now();
  m.focus();
  requestAnimationFrame(() => requestAnimationFrame(() =>
    done([performance.now() - t0, !document.getElementById('tip').hidden])));
})"""


def browse(browser: Any, path: Path, reps: int) -> dict[str, float]:
    """Median first paint, load, filter and pop-up times (ms) of the page at `path`."""
    runs: dict[str, list[float]] = {"fcp": [], "load": [], "filter_hide": [], "filter_show": [],
                                    "focus": []}
    for _ in range(reps):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.goto(path.as_uri(), wait_until="load")
        opened = page.evaluate(OPEN)
        hide, show = page.evaluate(FILTER)
        focus, shown = page.evaluate(FOCUS)
        assert shown, "the pop-up did not show"
        for key, v in (("fcp", opened["fcp"]), ("load", opened["load"]), ("filter_hide", hide),
                       ("filter_show", show), ("focus", focus)):
            runs[key].append(float(v or 0.0))
        context.close()
    return {k: statistics.median(v) for k, v in runs.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1800)
    ap.add_argument("--sources", type=int, default=100)
    ap.add_argument("--singles", type=int, default=1000)
    ap.add_argument("--reps", type=int, default=3)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright
    from tests.browser.conftest import chromium_path

    report = synthetic(args.events, args.sources, args.singles)
    claims = len(report.claims)
    t_json, json_text = _timed(lambda: render("json", report), args.reps)
    t_html, html = _timed(lambda: render("html", report), args.reps)
    os.chdir(ROOT)
    from claimdiff.compare._sources import compare_sources

    example = render("html", compare_sources(
        [str(p.relative_to(ROOT)) for folder in ("examples/karabakh", "seeds")
         for p in sorted((ROOT / folder).glob("*.claims.yaml"))]))
    with tempfile.TemporaryDirectory() as tmp:
        big, small = Path(tmp) / "big.html", Path(tmp) / "example.html"
        big.write_text(html, encoding="utf-8")
        small.write_text(example, encoding="utf-8")
        path = chromium_path()
        if path is None:
            raise SystemExit("no Chromium found (apt-get install chromium)")
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=path, args=FLAGS)
            base = browse(browser, small, args.reps)
            seen = browse(browser, big, args.reps)
            browser.close()
    mb = len(html.encode()) / 1e6
    print(f"report: {args.sources} sources, {claims} claims, {len(report.clusters)} clusters")
    print(f"render html {t_html:.2f} s vs json {t_json:.2f} s: ratio {t_html / t_json:.1f}")
    print(f"size html {mb:.1f} MB vs json {len(json_text.encode()) / 1e6:.1f} MB: ratio "
          f"{len(html) / len(json_text):.2f}")
    for key, label in (("fcp", "first contentful paint"), ("load", "load event"),
                       ("filter_hide", "filter: hide 'agree'"),
                       ("filter_show", "filter: show 'agree'"), ("focus", "pop-up on focus")):
        ratio = seen[key] / base[key] if base[key] else float("nan")
        print(f"{label}: {seen[key]:.0f} ms (example set {base[key]:.0f} ms, ratio {ratio:.1f})")


if __name__ == "__main__":
    main()
