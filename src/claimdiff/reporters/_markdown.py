"""The Markdown reporter: a summary table, then one table per verdict."""

from __future__ import annotations

from typing import Any

from claimdiff.report._clusters import ClusterReport
from claimdiff.report._diff import DiffReport, OnlyFinding, PairFinding, Side
from claimdiff.verdicts import Verdict

ORDER = sorted(Verdict, key=lambda v: v.severity)


def _cell(text: str | None) -> str:
    return (text or "").replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _side(side: Side) -> str:
    quote = f"<br>“{_cell(side.quote)}”" if side.quote else ""
    return f"`{_cell(side.source)}#{_cell(side.claim)}`{quote}"


def _pairs_table(pairs: list[PairFinding]) -> list[str]:
    rows = ["| A | B | explanation | score | fingerprint |", "|---|---|---|---|---|"]
    for p in pairs:
        rows.append(f"| {_side(p.a)} | {_side(p.b)} | {_cell(p.explanation)} | "
                    f"{p.score:.2f} | `{p.fingerprint}` |")
    return rows


def _only_table(items: tuple[OnlyFinding, ...]) -> list[str]:
    rows = ["| claim | subject | predicate | object |", "|---|---|---|---|"]
    for o in items:
        s = o.side
        rows.append(f"| {_side(s)} | {_cell(s.subject)} | {_cell(s.predicate)} | "
                    f"{_cell(s.object)} |")
    return rows


def render_diff_markdown(report: DiffReport) -> str:
    """The diff report as Markdown."""
    s = report.summary
    out = [f"# claimdiff: `{_cell(report.a)}` against `{_cell(report.b)}`", "",
           "| conflict | compatible | agree | incomparable | only in A | only in B |",
           "|---|---|---|---|---|---|",
           f"| {s['conflict']} | {s['compatible']} | {s['agree']} | {s['incomparable']} | "
           f"{s['only_a']} | {s['only_b']} |"]
    for verdict in ORDER:
        pairs = [p for p in report.pairs if p.verdict is verdict]
        if pairs:
            out += ["", f"## {verdict.value} ({len(pairs)})", "", *_pairs_table(pairs)]
    for label, items in (("Only in A", report.only_a), ("Only in B", report.only_b)):
        if items:
            out += ["", f"## {label} ({len(items)})", "", *_only_table(items)]
    return "\n".join(out) + "\n"


def render_clusters_markdown(report: ClusterReport) -> str:
    """The cluster report as Markdown."""
    out = ["# claimdiff: " + ", ".join(f"`{_cell(i)}`" for i in report.inputs), ""]
    for e in report.echoes:
        out.append(f"- **echo**: `{e.a}` and `{e.b}` repeat each other ({e.reason}, "
                   f"{e.overlap:.2f}): one origin")
    for verdict in ORDER:
        clusters = [c for c in report.clusters if c.verdict is verdict]
        if not clusters:
            continue
        out += ["", f"## {verdict.value} ({len(clusters)})"]
        for c in clusters:
            out += ["", f"### `{c.id}` {_cell(c.members[0].subject)} — "
                    f"{_cell(c.members[0].predicate)}", "",
                    f"Sources: {', '.join(f'`{s}`' for s in c.sources)}", ""]
            out += _pairs_table(list(c.pairs))
            for k in c.consensus:
                out += ["", f"Consensus {k.slot} ({k.basis}): {_cell(k.rendered)}"]
    if report.singletons:
        out += ["", f"## Claimed by one source only ({len(report.singletons)})", "",
                *_only_table(report.singletons)]
    return "\n".join(out) + "\n"


def render_markdown(report: Any, *, color: bool = False) -> str:
    """Diff or cluster reports as Markdown (never coloured)."""
    if isinstance(report, DiffReport):
        return render_diff_markdown(report)
    if isinstance(report, ClusterReport):
        return render_clusters_markdown(report)
    from claimdiff.reporters import unsupported

    raise unsupported("markdown", report)
