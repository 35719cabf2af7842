"""The HTML report's page: one file with its CSS, script, SVG and claim table inline."""

from __future__ import annotations

import json
from html import escape
from importlib.resources import files
from typing import Any

from claimdiff.reporters._html_svg import timeline, value_lines
from claimdiff.reporters._html_view import (
    LABELS,
    SINGLE,
    SYMBOLS,
    VERDICTS,
    ClaimView,
    GroupView,
    View,
    split_quote,
)


def asset(name: str) -> str:
    """The text of a file in `claimdiff/reporters/_assets/`."""
    return (files("claimdiff.reporters") / "_assets" / name).read_text(encoding="utf-8")


def document(title: str, body: str, claims: str | None = None) -> str:
    """A whole page around `body` (`title` and `body` are HTML, escaped already): the head
    with the stylesheet inline and, given `claims` (the provenance table as `script_json`),
    the pop-up, that table and the script."""
    script = "" if claims is None else (
        '<div id="tip" role="tooltip" hidden></div>\n'
        f'<script type="application/json" id="claims">{claims}</script>\n'
        f'<script>{asset("report.js")}</script>\n')
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="claimdiff">
<title>{title}</title>
<style>{asset("report.css")}</style>
</head>
<body>
{body}
{script}</body>
</html>
"""


def _e(text: Any) -> str:
    return escape(str(text), quote=True)


def badge(verdict: str, count: int | None = None) -> str:
    """The verdict as a word with its symbol; colour only repeats what they say."""
    n = "" if count is None else f" <b>{count}</b>"
    return (f'<span class="badge v-{verdict}"><span aria-hidden="true">{SYMBOLS[verdict]}</span> '
            f"{LABELS[verdict]}{n}</span>")


def script_json(data: Any) -> str:
    """JSON safe inside `<script>`: no `<` at all, so no `</script>` or `<!--`."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def claim_table(view: View) -> list[dict[str, Any]]:
    """What the provenance pop-up shows for each claim, by `data-c` index."""
    sources = {s["id"]: s for s in view.sources}
    out = []
    for c in view.claims:
        s = sources.get(c.source, {})
        phrases = [r.get("text") for r in c.readings.values() if isinstance(r.get("text"), str)]
        link = s.get("url") or s.get("text_file")
        out.append({
            "s": c.source, "k": c.claim, "t": c.title, "v": c.verdict,
            "q": split_quote(c.quote, [p for p in phrases if p]),
            "sp": c.span, "p": s.get("published"), "u": link if isinstance(link, str) else None,
            "r": [f"{slot}: {r.get('text')}" for slot, r in c.readings.items()],
        })
    return out


def _quote(c: ClaimView) -> str:
    parts = split_quote(c.quote, [str(r.get("text")) for r in c.readings.values()])
    if parts is None:
        return '<span class="noquote">no quote</span>'
    inner = "".join(f"<mark>{_e(p)}</mark>" if i % 2 else _e(p) for i, p in enumerate(parts))
    return f'<q class="quote">{inner}</q>'


def member(c: ClaimView) -> str:
    """A member line: source, claim id, the quote with its value phrases highlighted."""
    span = f' <span class="span">chars {c.span[0]}–{c.span[1]}</span>' if c.span else ""
    return (f'<li data-c="{c.index}" data-key="{_e(c.key)}" tabindex="0">'
            f'<span class="src">{_e(c.source)}</span> <code>{_e(c.claim)}</code>{span}<br>'
            f"{_quote(c)}</li>")


def group(g: GroupView) -> str:
    """An aligned group: verdict, what it is about, number lines, explanations, members."""
    head = g.members[0].title if g.members else g.id
    comps = "".join(
        f'<li class="v-{x.verdict}">{badge(x.verdict)} <span class="pair">{_e(x.a)} · '
        f'{_e(x.b)}</span>{" [" + _e(x.aspect) + "]" if x.aspect else ""}: '
        f"{_e(x.explanation)}</li>" for x in g.comparisons)
    notes = "".join(f"<p class=\"note\">{_e(n)}</p>" for n in g.notes)
    return (f'<article class="group v-{g.verdict}" id="g-{_e(g.id)}" data-verdict="{g.verdict}" '
            f'data-s="{_e(" ".join(g.sources))}"><h3>{badge(g.verdict)} {_e(head)}</h3>'
            f'<div class="lines">{"".join(value_lines(g))}</div>'
            f'<ul class="comparisons">{comps}</ul>{notes}'
            f'<ul class="members">{"".join(member(m) for m in g.members)}</ul></article>')


def summary(view: View) -> str:
    """Counts by verdict, then single-source claims and echoes."""
    counts = [badge(v, view.summary.get(v, 0)) for v in VERDICTS]
    singles = view.summary.get("singletons", view.summary.get("only_a", 0)
                               + view.summary.get("only_b", 0))
    counts.append(badge(SINGLE, singles))
    unit = "aligned pairs" if view.kind == "diff" else "clusters"
    return (f'<p class="summary" aria-label="Summary">{len(view.groups)} {unit}: '
            f'{" ".join(counts)}</p>')


def filters(view: View) -> str:
    """Checkboxes by verdict and by source (the script hides what they leave out)."""
    verdicts = "".join(
        f'<label><input type="checkbox" data-filter="verdict" value="{v}" checked> '
        f"{badge(v)}</label>" for v in (*VERDICTS, SINGLE))
    sources = "".join(
        f'<label><input type="checkbox" data-filter="source" value="{_e(s["id"])}" checked> '
        f'{_e(s["id"])}</label>' for s in view.sources)
    return (f'<form class="filters" aria-label="Filters" hidden><fieldset><legend>Verdicts'
            f'</legend>{verdicts}</fieldset><fieldset><legend>Sources</legend>{sources}'
            f'</fieldset></form>')


def sources_table(view: View) -> str:
    """Each source with its publisher, publication date and address."""
    rows = []
    for s in view.sources:
        where = " ".join(f'<a href="{_e(link)}">{_e(link)}</a>'
                         for link in (s.get("url"), s.get("text_file")) if isinstance(link, str))
        rows.append(f'<tr data-s="{_e(s["id"])}"><td>{_e(s["id"])}</td>'
                    f'<td>{_e(s.get("title") or "")}</td><td>{_e(s.get("publisher") or "")}</td>'
                    f'<td>{_e(s.get("published") or "unknown")}</td><td>{where}</td></tr>')
    return ('<table class="sources"><thead><tr><th>source</th><th>title</th><th>publisher</th>'
            '<th>published</th><th>address and text</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>')


def page(view: View) -> str:
    """The whole document."""
    singles = "".join(
        f'<li class="single" data-verdict="{SINGLE}" data-s="{_e(c.source)}" data-c="{c.index}" '
        f'data-key="{_e(c.key)}" tabindex="0"><span class="src">{_e(c.source)}</span> '
        f'<code>{_e(c.claim)}</code>: {_e(c.title)}<br>{_quote(c)}</li>' for c in view.singles)
    notes = "".join(f'<p class="warning">{_e(w)}</p>' for w in (*view.echoes, *view.warnings))
    body = f"""<a class="skip" href="#groups">Skip to the comparisons</a>
<header>
<h1>claimdiff: {_e(view.title)}</h1>
<p class="inputs">{" · ".join(f"<code>{_e(i)}</code>" for i in view.inputs)}</p>
{summary(view)}
{notes}
{filters(view)}
</header>
<main>
<section id="timeline" aria-labelledby="timeline-h">
<h2 id="timeline-h">Timeline</h2>
<p class="legend">Each lane is a source. A solid bar is what the source literally says (the
core); the lighter band around it is the loosest fair reading (the support); a diamond is a
single day; an arrow is an open end; a notch at the top of a lane is its publication date.
Lines link claims aligned across sources; conflicts are dashed and marked ✕.</p>
<div class="scroll">{timeline(view)}</div>
</section>
<section id="groups" aria-labelledby="groups-h">
<h2 id="groups-h">Comparisons, conflicts first</h2>
{"".join(group(g) for g in view.groups) or '<p class="empty">No aligned claims.</p>'}
</section>
<section id="singles" aria-labelledby="singles-h">
<h2 id="singles-h">{badge(SINGLE)} claims ({len(view.singles)})</h2>
<ul class="singles">{singles}</ul>
</section>
<section id="sources" aria-labelledby="sources-h">
<h2 id="sources-h">Sources</h2>
<div class="scroll">{sources_table(view)}</div>
</section>
</main>"""
    return document(f"claimdiff: {_e(view.title)}", body, script_json(claim_table(view)))


__all__ = ["asset", "badge", "document", "page", "script_json"]
