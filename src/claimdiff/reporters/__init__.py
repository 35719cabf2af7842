"""Reporters: pure functions `(report, *, color=False) -> str`, registered by name.

`REPORTERS` is the one table of output formats. A reporter renders the report
types it knows and raises `ClaimdiffError("format X does not render Y
reports")` for the others, so reporters for diff, cluster and check reports
share the table.
"""

from __future__ import annotations

from typing import Any, Protocol

from claimdiff.errors import ClaimdiffError
from claimdiff.reporters._github import render_github
from claimdiff.reporters._gitlab import render_gitlab
from claimdiff.reporters._html import render_html
from claimdiff.reporters._json import render_json
from claimdiff.reporters._junit import render_junit
from claimdiff.reporters._markdown import render_markdown
from claimdiff.reporters._sarif import render_sarif
from claimdiff.reporters._text import render_text


class Reporter(Protocol):
    """Renders a report as text."""

    def __call__(self, report: Any, *, color: bool = False) -> str: ...


REPORTERS: dict[str, Reporter] = {
    "text": render_text,
    "json": render_json,
    "markdown": render_markdown,
    "sarif": render_sarif,
    "github": render_github,
    "gitlab": render_gitlab,
    "junit": render_junit,
    "html": render_html,
}


def render(fmt: str, report: Any, *, color: bool = False) -> str:
    """`report` in format `fmt`; raises `ClaimdiffError` for an unknown format."""
    reporter = REPORTERS.get(fmt)
    if reporter is None:
        raise ClaimdiffError(f"no format named '{fmt}' (known: {', '.join(sorted(REPORTERS))})")
    return reporter(report, color=color)


def unsupported(fmt: str, report: object) -> ClaimdiffError:
    """The error a reporter raises for a report type it does not render."""
    return ClaimdiffError(f"format {fmt} does not render {type(report).__name__} reports")


__all__ = ["REPORTERS", "Reporter", "render", "unsupported"]
