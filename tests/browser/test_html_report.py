"""The HTML report in headless Chromium: marks at their dates, quotes on hover, filters.

The expected positions come from the JSON report of the same run (the claim
table's readings), not from the page: a mark drawn at the wrong date, or a
pop-up without its quote, fails. The tampering tests prove the checks can fail.
"""

from __future__ import annotations

import json
import math
import os
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from claimdiff.compare._sources import compare_sources
from claimdiff.reporters import render

from .conftest import ROOT, Tab

TOLERANCE = 1.5
"""CSS pixels a mark's edge may be off its date (rounding of the SVG coordinates)."""


@pytest.fixture(scope="module")
def example() -> tuple[str, dict[str, Any]]:
    """The example set's HTML report and its JSON form."""
    old = os.getcwd()
    os.chdir(ROOT)
    try:
        inputs = [str(p.relative_to(ROOT)) for folder in ("examples/karabakh", "seeds")
                  for p in sorted((ROOT / folder).glob("*.claims.yaml"))]
        report = compare_sources(inputs)
    finally:
        os.chdir(old)
    return render("html", report), report.to_dict()


def _write(tmp_path: Path, html: str, name: str = "report.html") -> Path:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


def _day(iso: str | None) -> int | None:
    return date.fromisoformat(iso).toordinal() if isinstance(iso, str) else None


def _dated(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out = {}
    for c in data["claims"]:
        for slot in ("when", "value"):
            r = c.get(slot)
            if r and r.get("kind") == "date" and r.get("core"):
                out[f"{c['source']}#{c['claim']}"] = r
                break
    return out


GEOMETRY = """svg => {
  const box = e => { const r = e.getBoundingClientRect(); return [r.left, r.right]; };
  const all = s => [...svg.querySelectorAll(s)];
  return {
    ticks: all('.tick').map(t => [t.dataset.date, box(t.querySelector('line'))]),
    marks: all('.mark').map(m => [m.dataset.key, box(m.querySelector('.core')),
                                  m.querySelector('.core').classList.contains('point')]),
  };
}"""


def misplaced(page: Any, data: dict[str, Any]) -> tuple[list[str], int]:
    """Marks whose core is not where the JSON report's dates put it, and how many were checked."""
    dated = _dated(data)
    wrong, checked = [], 0
    for svg in page.query_selector_all("svg.timeline"):
        g = svg.evaluate(GEOMETRY)
        ticks = [(_day(d), (a + b) / 2) for d, (a, b) in g["ticks"]]
        (d0, x0), (d1, x1) = ticks[0], ticks[-1]
        per_day = (x1 - x0) / (d1 - d0)
        first, last = _day(svg.get_attribute("data-from")), _day(svg.get_attribute("data-to"))
        for key, (left, right), point in g["marks"]:
            r = dated.get(key)
            if r is None:
                wrong.append(f"{key}: drawn but the report gives it no date")
                continue
            lo, hi = _day(r["core"][0]), _day(r["core"][1])
            if lo is None or hi is None or lo < first or hi + 1 > last:
                continue  # open, or clipped at the edge of a close-up
            want = (x0 + (lo - d0) * per_day, x0 + (hi + 1 - d0) * per_day)
            checked += 1
            if point:
                got, centre = (left + right) / 2, sum(want) / 2
                if abs(got - centre) > TOLERANCE:
                    wrong.append(f"{key}: point at {got:.1f}, want {centre:.1f}")
            elif abs(left - want[0]) > TOLERANCE or abs(right - want[1]) > TOLERANCE:
                wrong.append(f"{key}: core {left:.1f}..{right:.1f}, "
                             f"want {want[0]:.1f}..{want[1]:.1f}")
    return wrong, checked


NUMBER_LINES = """() => [...document.querySelectorAll('figure.numberline svg')].map(svg => {
  const box = e => { const r = e.getBoundingClientRect(); return [r.left, r.right]; };
  const all = s => [...svg.querySelectorAll(s)];
  return {
    slot: svg.dataset.slot, kind: svg.dataset.kind, log: svg.dataset.scale === 'log',
    ticks: all('.tick').map(t => [+t.dataset.at, box(t.querySelector('line'))]),
    marks: all('.mark').map(m => [m.dataset.key, box(m.querySelector('.core')),
                                  m.querySelector('.core').classList.contains('point')]),
  };
})"""


def misplaced_values(page: Any, data: dict[str, Any]) -> tuple[list[str], int]:
    """Number-line marks whose core is not where the JSON report's readings put it."""
    readings = {(f"{c['source']}#{c['claim']}", slot): c[slot]
                for c in data["claims"] for slot in ("when", "value") if c.get(slot)}
    wrong, checked = [], 0
    for line in page.evaluate(NUMBER_LINES):
        f = (lambda v: math.log10(v)) if line["log"] else (lambda v: v)
        (a0, (l0, r0)), (a1, (l1, r1)) = line["ticks"][0], line["ticks"][-1]
        x0, x1 = (l0 + r0) / 2, (l1 + r1) / 2

        def px(v: float, a0: float = a0, a1: float = a1, x0: float = x0, x1: float = x1,
               f: Any = f) -> float:
            return x0 + (f(v) - f(a0)) * (x1 - x0) / (f(a1) - f(a0))

        for key, (left, right), point in line["marks"]:
            r = readings.get((key, line["slot"]))
            if r is None:
                wrong.append(f"{key}: drawn on a {line['slot']} line it has no reading for")
                continue
            lo, hi = r["core"]
            if lo is None or hi is None:
                continue
            if r["kind"] == "date":
                lo, hi = _day(lo), _day(hi) + 1  # type: ignore[operator]
            want = (px(lo), px(hi))
            checked += 1
            if point:
                if abs((left + right) / 2 - sum(want) / 2) > TOLERANCE:
                    wrong.append(f"{key}: point off its value on the {line['slot']} line")
            elif abs(left - want[0]) > TOLERANCE or abs(right - want[1]) > TOLERANCE:
                wrong.append(f"{key}: core {left:.1f}..{right:.1f} on the {line['slot']} line, "
                             f"want {want[0]:.1f}..{want[1]:.1f}")
    return wrong, checked


def _quotes(data: dict[str, Any]) -> dict[str, str | None]:
    sides = [m for c in data["clusters"] for m in c["members"]] + data["singletons"]
    return {f"{s['source']}#{s['claim']}": s.get("quote") for s in sides}


def missing_quotes(page: Any, data: dict[str, Any], how: str = "hover") -> list[str]:
    """Marks whose pop-up, on hover or focus, lacks the claim's quote or its source."""
    quotes, dated = _quotes(data), _dated(data)
    bad = []
    page.mouse.move(0, 0)  # else scrolling to a focused mark slides another under the mouse
    for m in page.query_selector_all('svg.timeline[data-view="overview"] .mark'):
        key = m.get_attribute("data-key")
        if how == "hover":
            m.hover()
        else:
            m.focus()
        tip = page.locator("#tip")
        tip.wait_for(state="visible")
        text = " ".join(tip.inner_text().split())
        quote = quotes.get(key)
        if quote and " ".join(quote.split()) not in text:
            bad.append(f"{key}: pop-up lacks the quote")
        if key.split("#")[0] not in text:
            bad.append(f"{key}: pop-up lacks the source")
        phrase = dated[key]["text"]
        if quote and phrase.lower() in quote.lower():
            hl = [x.lower() for x in tip.locator("mark").all_inner_texts()]
            if phrase.lower() not in hl:
                bad.append(f"{key}: '{phrase}' is not highlighted")
    return bad


def test_marks_sit_at_their_dates(tab: Tab, example: Any, tmp_path: Path,
                                  artifacts: Path) -> None:
    html, data = example
    page = tab.open(_write(tmp_path, html))
    wrong, checked = misplaced(page, data)
    assert not wrong
    assert checked >= len(_dated(data)), "every closed mark of the overview is measured"
    keys = set(page.eval_on_selector_all('svg[data-view="overview"] .mark',
                                         "ms => ms.map(m => m.dataset.key)"))
    assert keys == set(_dated(data)), "every dated claim once in the overview"
    page.screenshot(path=str(artifacts / "report-desktop.png"), full_page=True)


def test_values_sit_on_their_number_lines(tab: Tab, example: Any, tmp_path: Path) -> None:
    html, data = example
    page = tab.open(_write(tmp_path, html))
    wrong, checked = misplaced_values(page, data)
    assert not wrong
    assert checked >= sum(len(c["members"]) for c in data["clusters"]
                          if any(m.get("value") for p in c["pairs"] for m in (p["a"], p["b"])))
    # Each group says the verdict the report gives it.
    for c in data["clusters"]:
        assert page.locator(f"#g-{c['id']}").get_attribute("data-verdict") == c["verdict"]


def test_a_log_scale_keeps_values_in_place(tab: Tab, tmp_path: Path) -> None:
    from claimdiff.report._saved import SavedReport

    def side(s: str, n: float, text: str) -> dict[str, Any]:
        return {"source": s, "claim": "c", "subject": "x", "predicate": "counted",
                "quote": f"they counted {text}",
                "value": {"text": text, "kind": "quantity", "core": [n, n * 1.1],
                          "support": [n * 0.8, n * 1.3], "unit": "people"}}

    a, b = side("a", 12, "a dozen"), side("b", 12000, "12,000")
    data = {"schema_version": 1, "report": "diff", "a": "a", "b": "b", "summary": {},
            "pairs": [{"verdict": "conflict", "a": a, "b": b, "explanation": "far apart",
                       "score": 1.0, "fingerprint": "0" * 16, "values": []}],
            "only_a": [], "only_b": [],
            "claims": [{"source": x["source"], "claim": "c", "span": None, "when": None,
                        "value": x["value"]} for x in (a, b)]}
    html = render("html", SavedReport(data))
    page = tab.open(_write(tmp_path, html))
    assert page.locator('figure.numberline svg[data-scale="log"]').count() == 1
    assert "people (log scale)" in page.locator("figure.numberline figcaption").inner_text()
    wrong, checked = misplaced_values(page, data)
    assert not wrong and checked == 2
    # Had the page drawn "a dozen" where 24 belongs, the check would say so.
    moved = json.loads(json.dumps(data))
    moved["claims"][0]["value"]["core"] = [24, 26.4]
    wrong, _ = misplaced_values(page, moved)
    assert [w.split(":")[0] for w in wrong] == ["a#c"]


def test_a_mark_at_the_wrong_date_is_caught(tab: Tab, example: Any, tmp_path: Path) -> None:
    html, data = example
    key = "armenia-mfa-2024-06-13#mfa-withdrawal-completed"
    # Move that claim's diamond 40 units right in every timeline.
    pattern = re.compile(rf'(data-key="{re.escape(key)}"[^>]*><rect [^>]*/>'
                         r'<path class="core point" d="M)([\d.]+)')
    tampered, n = pattern.subn(lambda m: m.group(1) + f"{float(m.group(2)) + 40:.1f}", html)
    assert n >= 1
    wrong, _ = misplaced(tab.open(_write(tmp_path, tampered)), data)
    assert any(w.startswith(key) for w in wrong)


def test_hover_and_focus_show_the_quote(tab: Tab, example: Any, tmp_path: Path,
                                        artifacts: Path) -> None:
    html, data = example
    page = tab.open(_write(tmp_path, html))
    assert missing_quotes(page, data, "hover") == []
    page.locator('svg[data-view="overview"] .mark.v-conflict').first.hover()
    page.screenshot(path=str(artifacts / "report-hover.png"))
    assert missing_quotes(page, data, "focus") == []
    page.keyboard.press("Escape")
    assert page.locator("#tip").is_hidden()


def test_a_missing_quote_is_caught(tab: Tab, example: Any, tmp_path: Path) -> None:
    html, data = example
    key = "caucasus-wire-2024-06-12#cw-withdrawal-began"
    quote = _quotes(data)[key]
    assert quote
    head, _, tail = html.partition('<script type="application/json" id="claims">')
    table, _, rest = tail.partition("</script>")
    rows = json.loads(table)
    for row in rows:
        if f"{row['s']}#{row['k']}" == key:
            row["q"] = None
    blanked = head + '<script type="application/json" id="claims">' + json.dumps(rows) + \
        "</script>" + rest
    bad = missing_quotes(tab.open(_write(tmp_path, blanked)), data, "hover")
    assert f"{key}: pop-up lacks the quote" in bad
    assert all(b.startswith(key) for b in bad)


def test_the_keyboard_reaches_the_marks(tab: Tab, example: Any, tmp_path: Path) -> None:
    html, _ = example
    page = tab.open(_write(tmp_path, html))
    page.locator(".filters input").last.focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('mark')")
    assert page.locator("#tip").is_visible()
    assert page.evaluate("document.activeElement.getAttribute('aria-describedby')") == "tip"


def test_filters_hide_and_show(tab: Tab, example: Any, tmp_path: Path) -> None:
    html, data = example
    page = tab.open(_write(tmp_path, html))
    conflicts = page.locator('main :is(article, .mark)[data-verdict="conflict"]')
    others = page.locator('main article[data-verdict="agree"]')
    assert conflicts.count() > 0 and conflicts.first.is_visible()
    page.locator('.filters input[value="conflict"]').uncheck()
    assert all(not conflicts.nth(i).is_visible() for i in range(conflicts.count()))
    assert others.first.is_visible()
    page.locator('.filters input[value="conflict"]').check()
    assert conflicts.first.is_visible()
    source = data["sources"][0]["id"]
    page.locator(f'.filters input[value="{source}"]').uncheck()
    assert page.locator(f'.lane[data-s="{source}"]').first.is_hidden()
    assert page.locator(f'.mark[data-s="{source}"]').first.is_hidden()
    groups = page.locator("article.group")
    for i in range(groups.count()):
        srcs = groups.nth(i).get_attribute("data-s").split()
        assert groups.nth(i).is_visible() == (srcs != [source])
    page.locator(f'.filters input[value="{source}"]').check()
    assert page.locator(f'.mark[data-s="{source}"]').first.is_visible()


def test_dark_phone_and_print(browser: Any, example: Any, tmp_path: Path,
                              artifacts: Path) -> None:
    html, _ = example
    path = _write(tmp_path, html)
    context = browser.new_context(viewport={"width": 390, "height": 844},
                                  color_scheme="dark", device_scale_factor=1)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    bg = page.evaluate("getComputedStyle(document.body).backgroundColor")
    rgb = [int(x) for x in re.findall(r"\d+", bg)[:3]]
    assert sum(rgb) < 150, f"dark mode background is {bg}"
    assert page.evaluate("document.documentElement.scrollWidth") <= 391, \
        "the page scrolls sideways at phone width (only the timeline may)"
    page.screenshot(path=str(artifacts / "report-phone-dark.png"))
    page.emulate_media(media="print", color_scheme="light")
    assert page.locator(".filters").is_hidden()
    page.pdf(path=str(artifacts / "report.pdf"))
    context.close()
    assert not errors


def test_readme_screenshot(browser: Any, artifacts: Path) -> None:
    """The picture in the README (`docs/report-screenshot.png` is a copy of `readme.png`)."""
    context = browser.new_context(viewport={"width": 1000, "height": 640}, color_scheme="light")
    page = context.new_page()
    page.goto((ROOT / "examples/karabakh/report.html").as_uri())
    close_up = page.locator('svg[data-view="close-up"]')
    close_up.scroll_into_view_if_needed()
    page.evaluate("window.scrollBy(0, -40)")
    close_up.locator(".mark.v-conflict").last.hover()
    page.screenshot(path=str(artifacts / "readme.png"))
    context.close()


def _random_report(seed: int) -> dict[str, Any]:
    """A saved diff report of random dated claims: days, ranges, open ends, far-apart years."""
    import random

    rng = random.Random(seed)
    sources = [f"src-{i}" for i in range(rng.randint(2, 5))]
    claims, only = [], []
    for n in range(rng.randint(5, 40)):
        start = date(rng.choice([1950, 1991, 2015, 2023, 2024]), 1, 1).toordinal()
        lo = start + rng.randrange(700)
        hi = lo + rng.choice([0, 0, 6, 30, 364])
        wide = rng.choice([0, 3, 20])
        core = [date.fromordinal(lo).isoformat(), date.fromordinal(hi).isoformat()]
        support = [date.fromordinal(lo - wide).isoformat(), date.fromordinal(hi + wide).isoformat()]
        if rng.random() < 0.15:  # "since ...": open at the end
            core[1] = support[1] = None  # type: ignore[call-overload]
        source = rng.choice(sources)
        reading = {"text": f"phrase {n}", "kind": "date", "core": core, "support": support,
                   "unit": None}
        claims.append({"source": source, "claim": f"c{n}", "span": [0, 9], "when": reading,
                       "value": None})
        only.append({"source": source, "claim": f"c{n}", "subject": "s", "predicate": "p",
                     "quote": f"it was phrase {n}", "fingerprint": f"{n:016x}"})
    return {"schema_version": 1, "report": "diff", "a": "a", "b": "b", "summary": {},
            "pairs": [], "only_a": only, "only_b": [], "claims": claims,
            "sources": [{"id": s, "published": "2024-06-12"} for s in sources]}


@pytest.mark.parametrize("seed", range(4))
def test_random_readings_sit_at_their_dates(tab: Tab, tmp_path: Path, seed: int) -> None:
    from claimdiff.report._saved import SavedReport

    data = _random_report(seed)
    page = tab.open(_write(tmp_path, render("html", SavedReport(data))))
    wrong, checked = misplaced(page, {**data, "clusters": [], "singletons": data["only_a"]})
    assert not wrong and checked > 0
    open_ended = sum(1 for c in data["claims"] if c["when"]["core"][1] is None)
    arrows = page.locator('svg[data-view="overview"] .mark .open').count()
    assert arrows == open_ended
