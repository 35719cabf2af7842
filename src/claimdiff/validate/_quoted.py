"""A claim's values against its quote: what a claim says must be what its quote says.

`value: Thirteen workers` with `quote: "Twelve workers were killed"` is a
located problem (`value-not-in-quote`), and so is a `when:` the quote does not
hold; a written date that names no day ("on 31 February 2024") is one too
(`impossible-date`). The words are compared first, with case, whitespace and
quote marks folded; a value not found so is still in its quote when the quote
holds a phrase whose reading agrees with the value's ("6500" in "almost 6,500",
"two thousand" in "2,000 soldiers", "12 June" in "June 12"; `_agree`). A
`normalized:` reading the curator gives must agree with what the quote's phrase
reads as (`reading-not-in-quote`).
"""

from __future__ import annotations

import re
from datetime import date

from claimdiff.errors import ClaimdiffError
from claimdiff.load import LoadedClaimSet, Problem
from claimdiff.model import Claim, ClaimSet, ClaimV2, ValueSpec
from claimdiff.normalization import Value, find_impossible_dates, given_value, normalize
from claimdiff.validate._agree import (
    agree,
    agreeing,
    phrase_readings,
    quote_readings,
    same_dimension,
)

QUOTED_CODES = frozenset({"value-not-in-quote", "reading-not-in-quote", "impossible-date"})
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
    """Each `when`/`value` of a claim stands in its quote (by its words or by what it reads
    as), agrees with it when a reading is given, and names a day when it is a date."""
    out: list[Problem] = []
    context = _Context(loaded.claimset)
    for i, claim in enumerate(loaded.claimset.claims):
        quoted: list[Value] | None = None  # the quote's readings, read once when needed
        for name, where, spec in _phrases(claim):
            found = [(f"{name} of claim '{claim.id}': {spec.text[start:end]!r} names no day "
                      f"({why})", "impossible-date")
                     for start, end, why in find_impossible_dates(spec.text)]
            if claim.quote is not None:
                literal = spec.text in claim.quote or _fold(spec.text) in _fold(claim.quote)
                if not literal or spec.normalized is not None:
                    if quoted is None:
                        quoted = quote_readings(claim.quote, reference=context.reference(claim))
                    found += _against_quote(claim, name, spec, literal, quoted, context)
            if found:  # positions only when needed: computing them costs more than the check
                line, col = loaded.positions.locate(("claims", i, *where, "text"))
                out.extend(Problem(loaded.path, line, col, message, code)
                           for message, code in found)
    return out


class _Context:
    """What a claim's phrases are read against: its source's date, its anchor's `when`."""

    def __init__(self, claimset: ClaimSet) -> None:
        self._published = {s.id: s.published for s in claimset.sources}
        self._claims = {c.id: c for c in claimset.claims}

    def reference(self, claim: Claim) -> date | None:
        return self._published.get(claim.source)

    def anchor(self, claim: Claim, spec: ValueSpec) -> Value | None:
        base = self._claims.get(spec.anchor) if spec.anchor else None
        if base is None or base.when is None or base is claim:
            return None
        try:
            return normalize(base.when.text, reference=self.reference(base))
        except (ClaimdiffError, ValueError, ArithmeticError):
            return None  # an anchor read relative to its own anchor: not followed here


def _against_quote(claim: Claim, name: str, spec: ValueSpec, literal: bool,
                   quoted: list[Value], context: _Context) -> list[tuple[str, str]]:
    assert claim.quote is not None
    found = []
    if not literal:
        mine = phrase_readings(spec.text, reference=context.reference(claim),
                               anchor=context.anchor(claim, spec), context=claim.quote)
        if not mine or agreeing(mine, quoted) is None:
            near = _nearest(spec.text, claim.quote)
            hint = f"; the quote says {near!r}" if near else ""
            found.append((f"{name} {spec.text!r} of claim '{claim.id}' is not in its quote"
                          f"{hint}", "value-not-in-quote"))
    # A phrase read from its anchor ("the following year" after March 3, 2024) reads
    # otherwise in the quote alone, which counts from the day of writing: no evidence.
    if spec.normalized is not None and spec.anchor is None:
        try:
            given = given_value(spec.text, spec.normalized)
        except (ClaimdiffError, ValueError):
            return found  # a reading that cannot be used is reported by the schema checks
        # The quote's reading of the phrase itself when the words stand in it, else any.
        own = [q for q in quoted if _fold(q.text) in _fold(spec.text)
               or _fold(spec.text) in _fold(q.text)] if literal else quoted
        peers = [q for q in own if same_dimension(given, q)]
        if peers and not any(agree(given, q) for q in peers):
            q = peers[0]
            found.append((f"{name} {spec.text!r} of claim '{claim.id}': the reading given "
                          f"(`normalized:` {given.render()}) does not agree with its quote, "
                          f"which reads {q.text!r} as {q.render()}", "reading-not-in-quote"))
    return found


__all__ = ["QUOTED_CODES", "check_quoted_values"]
