"""Exit statuses, as GNU diff: defined here once."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit statuses of every claimdiff command."""

    OK = 0
    """Nothing to report."""
    FINDINGS = 1
    """Findings (conflicts, invalid claim files, new check findings)."""
    TROUBLE = 2
    """Trouble: unreadable input, bad arguments, bad configuration."""
