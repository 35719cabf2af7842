"""The text reporter for corpus reports: totals, top conflicts, dissenting sources."""

from __future__ import annotations

from typing import Any

from claimdiff.report._corpus import CorpusReport


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {k}" for k, n in counts.items()) or "none"


def _group(g: dict[str, Any]) -> str:
    consensus = g["consensus"]
    reading = consensus["rendered"] if consensus else "no common reading"
    texts = "; ".join(f'"{t}"' for t in g["texts"][:3]) + (" ..." if len(g["texts"]) > 3 else "")
    return f"{len(g['sources'])} source(s) read {reading}: {texts} ({', '.join(g['sources'][:6])}" \
        + (" ..." if len(g["sources"]) > 6 else "") + ")"


def render_corpus_text(report: CorpusReport, *, color: bool = False) -> str:
    """Totals, where the tables are, the top conflicting clusters and the dissenting sources."""
    lines = [
        f"documents {report.documents}, skipped {report.errors}, "
        f"measurements {report.measurements}",
        f"comparisons: {_counts(report.comparisons)}",
        f"clusters: {_counts(report.clusters)}",
        "",
        "results:",
        *(f"  {name}: {path}" for name, path in sorted(report.outputs.items())),
    ]
    if report.top_conflicts:
        lines += ["", f"== top conflicts ({len(report.top_conflicts)}) =="]
        for c in report.top_conflicts:
            bold = "\x1b[1m" if color else ""
            reset = "\x1b[0m" if color else ""
            lines.append(f"{bold}CONFLICT{reset}  {c['dimension']} of {c['thing'] or '?'}, "
                         f"about {c['holder'] or '?'}, {c['window']}  "
                         f"[{c['id']}] {len(c['sources'])} sources, {c['conflicts']} "
                         "conflicting pairs")
            lines += [f"  - {_group(g)}" for g in c["groups"][:4]]
    if report.dissenters:
        lines += ["", "== sources most often outside the majority =="]
        lines += [f"  {s['source']}: {s['dissent']} of {s['clusters']} clusters, "
                  f"{s['conflict']} conflicting comparisons of {s['comparisons']}"
                  for s in report.dissenters]
    return "\n".join(lines) + "\n"


__all__ = ["render_corpus_text"]
