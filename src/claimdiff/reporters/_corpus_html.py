"""The HTML page of a corpus report: totals, the top conflicting clusters, dissenting sources.

One self-contained file (the HTML reporter's stylesheet inline, no script, no
network) written as `report.html` beside the result tables, which it links by
their names in the same folder.
"""

from __future__ import annotations

from html import escape
from pathlib import PurePath
from typing import Any

from claimdiff.report._corpus import CorpusReport
from claimdiff.reporters._html_page import badge, document
from claimdiff.reporters._html_view import VERDICTS

SOURCES_SHOWN = 12


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _names(names: list[str]) -> str:
    shown = ", ".join(_e(s) for s in names[:SOURCES_SHOWN])
    more = len(names) - SOURCES_SHOWN
    return shown + (f" and {more} more" if more > 0 else "")


def _group(g: dict[str, Any], majority: bool) -> str:
    consensus = g["consensus"]
    reading = _e(consensus["rendered"]) if consensus else "no common reading"
    texts = "; ".join(f"<q>{_e(t)}</q>" for t in g["texts"][:6])
    more = " …" if len(g["texts"]) > 6 else ""
    tag = " (majority)" if majority else ""
    return (f"<li><b>{len(g['sources'])} source(s){tag}</b> read <code>{reading}</code>: "
            f"{texts}{more}<br><span class=\"src\">{_names(g['sources'])}</span></li>")


def _qualifiers(c: dict[str, Any]) -> str:
    parts = [f"{k} {_e(c[k])}" for k in ("role", "attribution", "period") if c.get(k)]
    return f" · {' · '.join(parts)}" if parts else ""


def _cluster(c: dict[str, Any]) -> str:
    head = (f"{_e(c['dimension'])} of {_e(c['thing'] or '?')}, about "
            f"{_e(c['holder'] or '?')}, {_e(c['window'])}{_qualifiers(c)}")
    groups = "".join(_group(g, n == 0) for n, g in enumerate(c["groups"]))
    return (f'<article class="group v-conflict" id="c-{_e(c["id"])}">'
            f"<h3>{badge('conflict')} {head}</h3>"
            f'<p class="note">{len(c["sources"])} sources, {c["members"]} values, '
            f'{c["conflicts"]} conflicting example pairs; dissent: {_names(c["dissent"])}; '
            f'cluster <code>{_e(c["id"])}</code></p>'
            f'<ul class="members">{groups}</ul></article>')


def _dissenters(rows: tuple[dict[str, Any], ...]) -> str:
    body = "".join(
        f"<tr><td>{_e(s['source'])}</td><td>{s['documents']}</td><td>{s['clusters']}</td>"
        f"<td>{s['dissent']}</td><td>{s['comparisons']}</td><td>{s['conflict']}</td>"
        f"<td>{'' if s['conflict_rate'] is None else _e(s['conflict_rate'])}</td></tr>"
        for s in rows)
    return ('<div class="scroll"><table class="sources"><thead><tr><th>source</th>'
            "<th>documents</th><th>clusters</th><th>outside the majority</th>"
            "<th>comparisons</th><th>conflicting</th><th>conflict rate</th></tr></thead>"
            f"<tbody>{body}</tbody></table></div>")


def _counts(counts: dict[str, int]) -> str:
    return " ".join(badge(v, counts.get(v, 0)) for v in VERDICTS)


def render_corpus_html(report: CorpusReport) -> str:
    """The corpus report as one HTML document; tables linked by file name."""
    files = "".join(f'<li><a href="{_e(PurePath(path).name)}">{_e(PurePath(path).name)}</a> '
                    f"({_e(name)})</li>" for name, path in sorted(report.outputs.items()))
    top = "".join(_cluster(c) for c in report.top_conflicts) \
        or '<p class="empty">No conflicting cluster.</p>'
    dissent = _dissenters(report.dissenters) if report.dissenters \
        else '<p class="empty">No source outside a majority.</p>'
    body = f"""<a class="skip" href="#top-conflicts">Skip to the conflicts</a>
<header>
<h1>claimdiff corpus: {report.documents} documents</h1>
<p class="inputs">{" · ".join(f"<code>{_e(i)}</code>" for i in report.inputs)}</p>
<p class="summary">{report.documents} documents ({report.errors} skipped),
{report.measurements} values. Comparisons: {_counts(report.comparisons)}</p>
<p class="summary">Clusters: {_counts(report.clusters)}</p>
</header>
<main>
<section id="top-conflicts" aria-labelledby="top-h">
<h2 id="top-h">Conflicting clusters with the most sources ({len(report.top_conflicts)})</h2>
{top}
</section>
<section id="dissenters" aria-labelledby="dissent-h">
<h2 id="dissent-h">Sources most often outside the majority</h2>
{dissent}
</section>
<section id="results" aria-labelledby="results-h">
<h2 id="results-h">Result tables</h2>
<ul>{files}</ul>
</section>
</main>"""
    return document(f"claimdiff corpus: {report.documents} documents", body)


__all__ = ["render_corpus_html"]
