"""A diff or cluster report read back from its JSON form, for `claimdiff render`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SAVED_FORMATS = ("json", "html")
"""The formats that render from the JSON form alone."""


@dataclass(frozen=True)
class SavedReport:
    """A `report.v1` JSON document (`"report": "diff"` or `"clusters"`), as it was saved."""

    data: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """The saved JSON document."""
        return self.data

    @property
    def has_conflicts(self) -> bool:
        """Whether the saved summary counts a conflict."""
        summary = self.data.get("summary")
        return isinstance(summary, dict) and bool(summary.get("conflict"))


__all__ = ["SAVED_FORMATS", "SavedReport"]
