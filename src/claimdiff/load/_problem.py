"""A problem found in an input file: data, not an exception."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a claim file, at a 1-based line and column."""

    path: str
    line: int
    column: int
    message: str
    code: str
    """Stable rule id: `syntax`, `schema`, `unknown-key`, `duplicate-id`, `quote-mismatch`, ..."""

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready form."""
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "message": self.message,
            "code": self.code,
        }
