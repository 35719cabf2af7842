"""Fuzz target: saved JSON check reports (`claimdiff render`) into every output format.

    python fuzz/fuzz_report.py -max_total_time=600 [CORPUS_DIR...]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import run  # noqa: E402

from claimdiff.check._report import CheckReport  # noqa: E402
from claimdiff.errors import ClaimdiffError  # noqa: E402
from claimdiff.load._read import decode, load_json  # noqa: E402
from claimdiff.reporters import REPORTERS, render  # noqa: E402

NAME = "report"


def test_one_input(data: bytes) -> None:
    """Read a check report; every reporter renders it."""
    try:
        data_json = load_json(decode(data, "fuzz.json"), "fuzz.json")
        report = CheckReport.from_dict(data_json, path="fuzz.json")
    except ClaimdiffError as err:
        assert "\n" not in str(err), str(err)
        return
    for fmt in sorted(REPORTERS):
        try:
            render(fmt, report)
        except ClaimdiffError as err:  # a format that does not take check reports
            assert "\n" not in str(err), str(err)


if __name__ == "__main__":
    run(NAME, test_one_input)
