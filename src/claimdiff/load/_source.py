"""`load_source`: a claim file, or a plain-text article drafted into claims by `extract`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimdiff.errors import InputError
from claimdiff.load._claimfile import LoadedClaimSet, load_claimset
from claimdiff.load._read import is_dir

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
"""Suffixes read as articles, drafted into claims by `claimdiff.extract`."""
CLAIM_FILE_SUFFIXES = (".yaml", ".yml", ".json")


def load_source(
    path: str, *, published: date | None = None, source_id: str | None = None
) -> LoadedClaimSet:
    """Load a source for comparison.

    Claim files (`.yaml`, `.yml`, `.json`) go through `load_claimset`; plain
    text (`.txt`, `.md`, `.markdown`) through `claimdiff.extract.extract_file`,
    with `published` and `source_id` for the drafted source. Raises
    `InputError` when the file cannot be read.
    """
    if is_dir(path):
        raise InputError("is a directory: give two files (claim files or articles); for the "
                         "claim files of a folder use `claimdiff compare-all DIR` or "
                         "`claimdiff validate DIR`", path=path)
    suffix = Path(path).suffix.lower()
    if suffix not in TEXT_SUFFIXES + CLAIM_FILE_SUFFIXES:
        raise InputError(
            f"cannot compare a '{suffix or 'suffix-less'}' file: give a claim file "
            f"({', '.join(CLAIM_FILE_SUFFIXES)}) or an article ({', '.join(TEXT_SUFFIXES)})",
            path=path,
        )
    if suffix in TEXT_SUFFIXES:
        from claimdiff.extract import extract_file  # lazily: extract imports load

        return extract_file(path, published=published, source_id=source_id)
    return load_claimset(path)
