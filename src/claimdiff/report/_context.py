"""What a report says about its sources and claims beyond the findings: for pictures.

A reporter that draws a timeline needs every claim's reading, not only the
compared ones, and each source's publication date and address. These tables
carry them; they are sorted like everything else in a report.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import Any


@dataclass(frozen=True)
class SourceInfo:
    """One source of the compared claim sets: who, when published, where its text is."""

    id: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: str | None = None
    """ISO date, or `None` when the claim file does not give one."""
    text_file: str | None = None
    """The source text's path, relative to where the claim file was read from."""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"id": self.id, "title": self.title, "publisher": self.publisher,
                "url": self.url, "published": self.published, "text_file": self.text_file}


@dataclass(frozen=True)
class ClaimInfo:
    """One claim's place in its source and what its values were read as."""

    source: str
    claim: str
    span: tuple[int, int] | None = None
    """Character offsets `[start, end)` of the quote in the source text."""
    when: dict[str, Any] | None = None
    """The `value` object (`text`, `kind`, `core`, `support`, `unit`) of the claim's `when`."""
    value: dict[str, Any] | None = None
    """The same for the claim's `value`."""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"source": self.source, "claim": self.claim,
                "span": list(self.span) if self.span is not None else None,
                "when": self.when, "value": self.value}


def rebase_text_files(sources: tuple[SourceInfo, ...], directory: str) -> tuple[SourceInfo, ...]:
    """The sources with relative `text_file` paths made relative to `directory` instead.

    A report written to another folder than the one it was made in keeps its
    links to the source texts working. Absolute paths stay as they are.
    """
    out = []
    for s in sources:
        if s.text_file and not os.path.isabs(s.text_file):
            moved = os.path.relpath(s.text_file, directory or ".").replace(os.sep, "/")
            s = replace(s, text_file=moved)
        out.append(s)
    return tuple(out)


__all__ = ["ClaimInfo", "SourceInfo", "rebase_text_files"]
