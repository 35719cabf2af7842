"""The HTML reporter: one self-contained page (inline CSS, script and SVG; no network).

Diff and cluster reports, and saved ones (anything whose `to_dict()` is such a
report), get a timeline of every dated claim, a number line per aligned group
and the provenance of every mark; check reports get their findings with
filters; corpus reports their top conflicting clusters. The same report gives
the same bytes.
"""

from __future__ import annotations

from typing import Any

from claimdiff.reporters._html_page import page
from claimdiff.reporters._html_view import build_view


def render_html(report: Any, *, color: bool = False) -> str:
    """The report as one HTML document (never ANSI-coloured: `color` is ignored)."""
    from claimdiff.check._report import CheckReport

    if isinstance(report, CheckReport):
        from claimdiff.reporters._html_check import render_check_html

        return render_check_html(report)
    from claimdiff.report._corpus import CorpusReport

    if isinstance(report, CorpusReport):
        from claimdiff.reporters._corpus_html import render_corpus_html

        return render_corpus_html(report)
    data = report.to_dict() if callable(getattr(report, "to_dict", None)) else None
    if not isinstance(data, dict) or data.get("report") not in ("diff", "clusters"):
        from claimdiff.reporters import unsupported

        raise unsupported("html", report)
    return page(build_view(data))


__all__ = ["render_html"]
