"""The inputs of a diff: claim sets or paths, loaded, named and checked for provenance.

Paths go through `claimdiff.load` (claim files, or plain text through `claimdiff.extract`);
the warnings say what a report should carry about an input (quotes that no longer match
their source, an article without a publication date).
"""

from __future__ import annotations

from collections.abc import Sequence
from os import PathLike
from typing import Union

from claimdiff.load import LoadedClaimSet
from claimdiff.model import ClaimSet

__all__ = ["ClaimsInput", "as_loaded", "as_loaded_all", "name_of", "provenance_warnings",
           "undated_warning"]

ClaimsInput = Union[LoadedClaimSet, ClaimSet, str, "PathLike[str]"]


def as_loaded(item: ClaimsInput) -> LoadedClaimSet | ClaimSet:
    """A claim set from any accepted input; paths go through `load_source`."""
    if isinstance(item, (LoadedClaimSet, ClaimSet)):
        return item
    from claimdiff.load._source import load_source

    return load_source(str(item))


def as_loaded_all(items: Sequence[ClaimsInput]) -> list[LoadedClaimSet | ClaimSet]:
    """`as_loaded` of each input; articles among the paths get source ids no other input uses."""
    from claimdiff.load import load_sources

    paths = [n for n, x in enumerate(items) if not isinstance(x, (LoadedClaimSet, ClaimSet))]
    loaded = dict(zip(paths, load_sources([str(items[n]) for n in paths]), strict=True))
    return [loaded[n] if n in loaded else as_loaded(x) for n, x in enumerate(items)]


def name_of(item: LoadedClaimSet | ClaimSet) -> str:
    """A side's name: its path, or its source ids."""
    if isinstance(item, LoadedClaimSet):
        return item.name
    return ", ".join(s.id for s in item.sources)


def provenance_warnings(item: LoadedClaimSet | ClaimSet) -> list[str]:
    """One line per quote that no longer matches its source text (empty for bare claim sets)."""
    if not isinstance(item, LoadedClaimSet):
        return []
    from claimdiff.validate import QUOTED_CODES, check_provenance

    problems = sorted(check_provenance(item), key=lambda p: (p.line, p.column, p.code))
    if not problems:
        return []
    first = problems[0]
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    what = ("quotes do not match the source text"
            if all(p.code not in QUOTED_CODES for p in problems)
            else "quotes or values do not match the source text or their quotes")
    return [f"{item.name}: {what}{more}; compared anyway, "
            f"run `claimdiff check` for provenance (first: {first})"]


def undated_warning(item: LoadedClaimSet | ClaimSet) -> str | None:
    """The warning for an article read without a publication date, or `None`.

    An article's relative dates ("on Wednesday", "June 12") are read against its
    publication date; without one they cannot be placed, and their pairs come out
    `incomparable`. Claim files state `published` per source and are not warned about.
    """
    if not isinstance(item, LoadedClaimSet) or item.origin is None:
        return None
    if all(s.published is not None for s in item.claimset.sources):
        return None
    return (f"{item.name} has no publication date: relative dates such as 'on Wednesday' "
            "or 'June 12' cannot be placed; give its publication date")
