"""Fuzz target: saved JSON reports (`claimdiff render`: check, diff and cluster reports)
into every output format they render to.

    python fuzz/fuzz_report.py -max_total_time=600 [CORPUS_DIR...]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import run  # noqa: E402

from claimdiff.check._report import CheckReport  # noqa: E402
from claimdiff.cli._render import _saved  # noqa: E402
from claimdiff.errors import ClaimdiffError  # noqa: E402
from claimdiff.load._read import decode, load_json  # noqa: E402
from claimdiff.report._saved import SAVED_FORMATS  # noqa: E402
from claimdiff.reporters import REPORTERS, render  # noqa: E402

NAME = "report"


def test_one_input(data: bytes) -> None:
    """Read a saved report as `render` does; every format it renders to renders it."""
    report: Any
    try:
        value = load_json(decode(data, "fuzz.json"), "fuzz.json")
        if isinstance(value, dict) and value.get("report") in ("diff", "clusters"):
            report, formats = _saved(value, "fuzz.json"), list(SAVED_FORMATS)
        else:
            report, formats = CheckReport.from_dict(value, path="fuzz.json"), sorted(REPORTERS)
    except ClaimdiffError as err:
        assert "\n" not in str(err), str(err)
        return
    for fmt in formats:
        try:
            render(fmt, report)
        except ClaimdiffError as err:  # a format that does not take this kind of report
            assert "\n" not in str(err), str(err)


if __name__ == "__main__":
    run(NAME, test_one_input)
