"""A claim's values against its quote: what a claim says must be what its quote says.

`value: Thirteen workers` with `quote: "Twelve workers were killed"` is a
located problem (`value-not-in-quote`), and so is a `when:` the quote does not
hold; a written date that names no day ("on 31 February 2024") is one too
(`impossible-date`). Text is compared with case, whitespace and quote marks
folded: the value's words must stand in the quote as written.
"""

from __future__ import annotations

import re

from claimdiff.load import LoadedClaimSet, Problem
from claimdiff.model import Claim, ClaimV2, ValueSpec
from claimdiff.normalization import find_impossible_dates

QUOTED_CODES = frozenset({"value-not-in-quote", "impossible-date"})
"""Problem codes of `check_quoted_values`."""

_WORD = re.compile(r"[\w'’.,-]+")


_MARKS = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"'})


def _fold(text: str) -> str:
    return " ".join(text.translate(_MARKS).split()).casefold()


def _nearest(value: str, quote: str) -> str | None:
    """The words of `quote` most like `value` (as many words, most shared), for a hint."""
    want = _fold(value).split()
    words = [m.group() for m in _WORD.finditer(quote)]
    if not want or len(words) < len(want):
        return None
    folded = [_fold(w) for w in words]
    best, score = None, 0
    for i in range(len(words) - len(want) + 1):
        shared = sum(1 for a, b in zip(want, folded[i:i + len(want)], strict=True) if a == b)
        if shared > score:
            best, score = " ".join(words[i:i + len(want)]), shared
    return best


def _phrases(claim: Claim) -> list[tuple[str, tuple[object, ...], ValueSpec]]:
    """(name, path in the claim, phrase) of every value a claim states: `when`, `value`;
    in version 2 `when`, `as_of` and each of `values` (`values[0]`, ...)."""
    if not isinstance(claim, ClaimV2):
        return [(name, (name,), spec) for name, spec in claim.values().items()]
    out: list[tuple[str, tuple[object, ...], ValueSpec]] = []
    for name in ("when", "as_of"):
        spec = getattr(claim, name)
        if spec is not None:
            out.append((name, (name,), spec))
    for j, m in enumerate(claim.measures):
        out.append((f"values[{j}]", ("values", j), m.spec()))
    return out


def check_quoted_values(loaded: LoadedClaimSet) -> list[Problem]:
    """Each `when`/`value` of a claim stands in its quote, and names a day when it is a date."""
    out: list[Problem] = []
    for i, claim in enumerate(loaded.claimset.claims):
        for name, where, spec in _phrases(claim):
            found = [(f"{name} of claim '{claim.id}': {spec.text[start:end]!r} names no day "
                      f"({why})", "impossible-date")
                     for start, end, why in find_impossible_dates(spec.text)]
            if claim.quote is not None and spec.text not in claim.quote \
                    and _fold(spec.text) not in _fold(claim.quote):  # (verbatim first: cheap)
                near = _nearest(spec.text, claim.quote)
                hint = f"; the quote says {near!r}" if near else ""
                found.append((f"{name} {spec.text!r} of claim '{claim.id}' is not in its quote"
                              f"{hint}", "value-not-in-quote"))
            if found:  # positions only when needed: computing them costs more than the check
                line, col = loaded.positions.locate(("claims", i, *where, "text"))
                out.extend(Problem(loaded.path, line, col, message, code)
                           for message, code in found)
    return out


__all__ = ["QUOTED_CODES", "check_quoted_values"]
