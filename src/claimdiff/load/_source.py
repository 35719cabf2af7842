"""`load_source`: a claim file, or a plain-text article drafted into claims by `extract`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

from claimdiff.errors import InputError
from claimdiff.load._claimfile import LoadedClaimSet, load_claimset
from claimdiff.load._read import is_dir

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
"""Suffixes read as articles, drafted into claims by `claimdiff.extract`."""
CLAIM_FILE_SUFFIXES = (".yaml", ".yml", ".json")


def load_source(
    path: str, *, published: date | str | None = None, source_id: str | None = None
) -> LoadedClaimSet:
    """Load a source for comparison.

    Claim files (`.yaml`, `.yml`, `.json`) go through `load_claimset`; plain
    text (`.txt`, `.md`, `.markdown`) through `claimdiff.extract.extract_file`,
    with `published` (a `date` or `YYYY-MM-DD`; without it, an article is dated
    by its front matter or dateline, else its relative dates stay unplaced) and
    `source_id` for the drafted source. Raises
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


def is_article(path: str | Path) -> bool:
    """Whether `path` is read as an article (by its suffix)."""
    return Path(path).suffix.lower() in TEXT_SUFFIXES


def load_sources(
    paths: Sequence[str | Path], *,
    published: Mapping[str, date] | Sequence[date | None] | None = None,
    source_ids: Sequence[str | None] | None = None,
) -> list[LoadedClaimSet]:
    """Load several sources; each article gets a source id no other input uses.

    Ids come from file names (`claimdiff.extract.unique_source_ids`): two
    `report.txt` in different folders become `d1-report` and `d2-report`, and
    an article never takes a source id that a claim file among `paths` declares
    or that `source_ids` gives. `published` maps a path, as given, to its
    article's publication date, or lists one date (or `None`) per path;
    `source_ids` lists an id (or `None`: from the file name) per path.
    """
    if published is None or isinstance(published, Mapping):
        by_path = published or {}
        dates = [by_path.get(str(p)) for p in paths]
    else:
        dates = list(published)
    given = list(source_ids) if source_ids is not None else [None] * len(paths)
    loaded: dict[int, LoadedClaimSet] = {}
    for n, path in enumerate(paths):
        if not is_article(path) or given[n] is not None:
            loaded[n] = load_source(str(path), published=dates[n], source_id=given[n])
    articles = [n for n in range(len(paths)) if n not in loaded]
    if articles:
        from claimdiff.extract import unique_source_ids  # lazily: extract imports load

        taken = {s.id for item in loaded.values() for s in item.claimset.sources}
        ids = unique_source_ids([paths[n] for n in articles], taken)
        for n, source_id in zip(articles, ids, strict=True):
            loaded[n] = load_source(str(paths[n]), published=dates[n], source_id=source_id)
    return [loaded[n] for n in range(len(paths))]
