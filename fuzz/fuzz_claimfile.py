"""Fuzz target: claim files (YAML and JSON) through loading and validation.

    python fuzz/fuzz_claimfile.py -max_total_time=600 [CORPUS_DIR...]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import run  # noqa: E402

from claimdiff.errors import ClaimdiffError  # noqa: E402
from claimdiff.load import parse_claimset  # noqa: E402
from claimdiff.load._read import decode  # noqa: E402
from claimdiff.validate._checks import check_claimset  # noqa: E402

NAME = "claimfile"


def test_one_input(data: bytes) -> None:
    """Load `data` as a YAML claim file (first byte even) or a JSON one; validate it."""
    path = "fuzz.claims.yaml" if not data or data[0] % 2 == 0 else "fuzz.claims.json"
    try:
        text = decode(data[1:], path)
        loaded, problems = parse_claimset(path, text)
        if loaded is not None:
            for problem in check_claimset(loaded):
                assert "\n" not in problem.message, problem.message
            loaded.positions.locate(("claims", 0))
        for problem in problems:
            assert "\n" not in problem.message, problem.message
    except ClaimdiffError as err:
        assert "\n" not in str(err), str(err)


if __name__ == "__main__":
    run(NAME, test_one_input)
