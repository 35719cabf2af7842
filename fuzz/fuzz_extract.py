"""Fuzz target: drafting claims from article text (front matter, dateline, sentences).

    python fuzz/fuzz_extract.py -max_total_time=600 [CORPUS_DIR...]

The first byte picks the publication date (or none); the rest is the article.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import run  # noqa: E402

from claimdiff.errors import ClaimdiffError  # noqa: E402
from claimdiff.extract import dump_claimset, extract_text  # noqa: E402
from claimdiff.load import loads_claimset  # noqa: E402

NAME = "extract"
PUBLISHED = [None, "2024-06-12", "2000-02-29", "0001-01-01", "9999-12-31"]


def test_one_input(data: bytes) -> None:
    """Draft claims; each quote is the text at its span, and the dump loads back."""
    published = PUBLISHED[data[0] % len(PUBLISHED)] if data else None
    text = data[1:].decode("utf-8", errors="replace")
    try:
        claimset = extract_text(text, published=published, source_id="fuzz")
    except ClaimdiffError as err:
        assert "\n" not in str(err), str(err)
        return
    for claim in claimset.claims:
        assert claim.span is not None and text[claim.span[0]:claim.span[1]] == claim.quote
    loads_claimset(dump_claimset(claimset, "json"), "fuzz.claims.json")


if __name__ == "__main__":
    run(NAME, test_one_input)
