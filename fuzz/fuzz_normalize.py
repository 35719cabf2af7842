"""Fuzz target: `normalize` and `compare_values` on arbitrary phrases, with invariants.

    python fuzz/fuzz_normalize.py -max_total_time=600 [CORPUS_DIR...]

Each input is two phrases separated by a NUL byte; the first byte picks the
reference date (or none).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import run  # noqa: E402

from claimdiff.compare import compare_values  # noqa: E402
from claimdiff.errors import ClaimdiffError  # noqa: E402
from claimdiff.normalization import Value, normalize  # noqa: E402

NAME = "normalize"
REFERENCES = [None, "2024-06-12", "2000-02-29", "0001-01-01", "9999-12-31", "1970-01-01"]


def _read(phrase: str, reference: str | None) -> Value | None:
    try:
        value = normalize(phrase, reference=reference)
    except ClaimdiffError as err:
        assert "\n" not in str(err).strip(), str(err)
        return None
    assert value.support.contains(value.core), (phrase, value)
    value.to_dict()
    value.render()
    return value


def test_one_input(data: bytes) -> None:
    """Read both phrases; compare them both ways: the same verdict either way."""
    reference = REFERENCES[data[0] % len(REFERENCES)] if data else None
    text = data[1:].decode("utf-8", errors="replace")
    left, _, right = text.partition("\x00")
    a, b = _read(left, reference), _read(right, reference)
    if a is not None and b is not None:
        ab, ba = compare_values(a, b), compare_values(b, a)
        assert ab.verdict == ba.verdict, (left, right, ab.verdict, ba.verdict)
        assert compare_values(a, a).verdict.value in ("agree", "incomparable"), left


if __name__ == "__main__":
    run(NAME, test_one_input)
