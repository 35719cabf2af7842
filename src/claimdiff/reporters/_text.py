"""The text reporter: findings grouped by verdict, conflicts first, quotes and explanations."""

from __future__ import annotations

from typing import Any

import click

from claimdiff.report._clusters import ClusterReport
from claimdiff.report._diff import DiffReport, OnlyFinding, PairFinding, Side
from claimdiff.verdicts import Verdict

COLORS = {Verdict.CONFLICT: "red", Verdict.COMPATIBLE: "yellow", Verdict.AGREE: "green",
          Verdict.INCOMPARABLE: "blue"}
ORDER = sorted(Verdict, key=lambda v: v.severity)


def _style(text: str, color: bool, **kw: Any) -> str:
    return click.style(text, **kw) if color else text


def _claim(side: Side) -> str:
    obj = f" | {side.object}" if side.object else ""
    neg = " (denied)" if side.polarity == "denied" else ""
    return f"{side.source}#{side.claim}: {side.subject} | {side.predicate}{obj}{neg}"


def _pair(p: PairFinding, color: bool) -> list[str]:
    head = _style(f"{p.verdict.value.upper():<12}", color, fg=COLORS[p.verdict], bold=True)
    lines = [f"{head} score {p.score:.2f}  [{p.fingerprint}]"]
    for label, side in (("A", p.a), ("B", p.b)):
        lines.append(f"  {label} {_claim(side)}")
        if side.quote:
            lines.append(_style(f'      "{side.quote}"', color, dim=True))
    for v in p.values:
        tag = _style(v.verdict.value, color, fg=COLORS[v.verdict])
        if v.relation:
            tag += f", {v.relation.replace('-', ' ')}"
        texts = ""
        if v.a.value and v.b.value:
            texts = f' "{v.a.value["text"]}" vs "{v.b.value["text"]}":'
        lines.append(f"  - {v.aspect} [{tag}]{texts} {v.explanation}")
    if not p.values:
        lines.append(f"  - {p.explanation}")
    return lines


def _only(o: OnlyFinding, color: bool) -> list[str]:
    lines = [f"  {_claim(o.side)}  [{o.fingerprint}]"]
    if o.side.quote:
        lines.append(_style(f'      "{o.side.quote}"', color, dim=True))
    return lines


def _heading(text: str, color: bool) -> str:
    return _style(f"== {text} ==", color, bold=True)


def render_diff_text(report: DiffReport, *, color: bool = False) -> str:
    """The diff report as grouped text."""
    out = [f"claimdiff: A = {report.a}", f"           B = {report.b}"]
    for verdict in ORDER:
        pairs = [p for p in report.pairs if p.verdict is verdict]
        if pairs:
            out += ["", _heading(f"{verdict.value} ({len(pairs)})", color)]
            for p in pairs:
                out += _pair(p, color)
    for label, items in (("only in A", report.only_a), ("only in B", report.only_b)):
        if items:
            out += ["", _heading(f"{label} ({len(items)})", color)]
            for o in items:
                out += _only(o, color)
    s = report.summary
    out += ["", f"{s['conflict']} conflict, {s['compatible']} compatible, {s['agree']} agree, "
            f"{s['incomparable']} incomparable; {s['only_a']} only in A, {s['only_b']} only in B"]
    return "\n".join(out) + "\n"


def render_clusters_text(report: ClusterReport, *, color: bool = False) -> str:
    """The cluster report as grouped text."""
    out = ["claimdiff: " + ", ".join(report.inputs)]
    for e in report.echoes:
        out.append(f"echo: {e.a} and {e.b} repeat each other ({e.reason}, {e.overlap:.2f}): "
                   "one origin")
    for verdict in ORDER:
        clusters = [c for c in report.clusters if c.verdict is verdict]
        if not clusters:
            continue
        out += ["", _heading(f"{verdict.value} ({len(clusters)} clusters)", color)]
        for c in clusters:
            tag = _style(c.verdict.value.upper(), color, fg=COLORS[c.verdict], bold=True)
            echoed = (f" ({c.origins} independent origins: echoes count once)"
                      if c.origins < len(c.sources) else "")
            out.append(f"{tag} cluster {c.id}: {c.members[0].subject} | {c.members[0].predicate}"
                       f"  — sources: {', '.join(c.sources)}{echoed}")
            for m in c.members:
                quote = f'  "{m.quote}"' if m.quote else ""
                out.append(f"  {_claim(m)}{_style(quote, color, dim=True)}")
            agree = ", ".join(f"{a}={b}" for a, b in c.agreeing())
            if agree:
                out.append(f"  agree or compatible: {agree}")
            for p in c.conflicts():
                out.append(_style(f"  conflict: {p.a.source} vs {p.b.source}: {p.explanation}",
                                  color, fg="red"))
            for k in c.consensus:
                out.append(f"  consensus {k.slot} ({k.basis}): {k.rendered}")
    if report.singletons:
        out += ["", _heading(f"claimed by one source only ({len(report.singletons)})", color)]
        for o in report.singletons:
            out += _only(o, color)
    s = report.summary
    out += ["", f"{len(report.clusters)} clusters: {s['conflict']} conflict, "
            f"{s['compatible']} compatible, {s['agree']} agree, {s['incomparable']} incomparable; "
            f"{s['singletons']} single-source claims, {s['echoes']} echoes"]
    return "\n".join(out) + "\n"


def render_text(report: Any, *, color: bool = False) -> str:
    """Diff or cluster reports as text; ANSI colours only when `color`."""
    if isinstance(report, DiffReport):
        return render_diff_text(report, color=color)
    if isinstance(report, ClusterReport):
        return render_clusters_text(report, color=color)
    from claimdiff.report._corpus import CorpusReport

    if isinstance(report, CorpusReport):
        from claimdiff.reporters._corpus_text import render_corpus_text

        return render_corpus_text(report, color=color)
    from claimdiff.check._report import CheckReport

    if isinstance(report, CheckReport):
        from claimdiff.reporters._check_text import render_check_text

        return render_check_text(report, color=color)
    from claimdiff.reporters import unsupported

    raise unsupported("text", report)
