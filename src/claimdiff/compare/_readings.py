"""Reading a claim set's values: each `when`/`value` phrase normalized once, anchors resolved.

A relative phrase ("almost nine months after Baku's reconquest") counts from
the `when` of its anchor claim, in the same claim set; anchors are read first
(dependency order, cycles refused). The reference date is the source's
`published` date. A phrase that cannot be read becomes a `NormalizationError`
kept as data, never raised.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Any, TypeAlias

from claimdiff.compare._given import given_value
from claimdiff.compare._when import as_curated
from claimdiff.errors import ClaimdiffError, NormalizationError, UnknownAnchor
from claimdiff.model import Claim, ClaimSet, ClaimV2, Modality, Status, ValueSpec
from claimdiff.normalization import Kind, Value, normalize

Reading: TypeAlias = "Value | NormalizationError"


class ClaimReadings:
    """The normalized `when` and `value` of every claim of one claim set, read on demand."""

    def __init__(self, claimset: ClaimSet, cache: dict[Any, Reading] | None = None) -> None:
        self._claims = {c.id: c for c in claimset.claims}
        self._published: dict[str, date | None] = {s.id: s.published for s in claimset.sources}
        self._memo: dict[tuple[str, str, str], Reading] = {}
        self._cache = cache if cache is not None else {}
        self.measure_memo: dict[str, tuple[Claim, Any]] = {}
        """Each claim's values with their readings (`_measure_readings`), by claim id."""

    def reading(self, claim: Claim, slot: str) -> Reading | None:
        """The reading of `claim.when` or `claim.value`; `None` when the claim has no such value."""
        # A version 2 claim's `value` is its first amount or total (`ClaimV2.values`).
        spec: ValueSpec | None = (claim.values().get(slot) if isinstance(claim, ClaimV2)
                                  else getattr(claim, slot))
        if spec is None:
            return None
        return self._read(claim, slot, spec, ())

    def read_spec(self, claim: Claim, slot: str, spec: ValueSpec) -> Reading:
        """The reading of a phrase `spec` of `claim` (a v2 value, an `as_of`), under `slot`."""
        return self._read(claim, slot, spec, ())

    def reference(self, claim: Claim) -> date | None:
        """The date `claim`'s relative phrases are read against: its source's publication."""
        return self._published.get(claim.source)

    @property
    def claims(self) -> dict[str, Claim]:
        """The claims of the set by id."""
        return self._claims

    def _read(self, claim: Claim, slot: str, spec: ValueSpec, stack: tuple[str, ...]) -> Reading:
        # the text is part of the key: a value read again by the figure within its words
        # ("earlier guidance of £1.6bn": "£1.6bn") is another reading of the same slot
        memo_key = (claim.id, slot, spec.text)
        hit = self._memo.get(memo_key)
        if hit is not None and self._claims.get(claim.id) is claim:
            return hit
        reading = self._compute(claim, slot, spec, stack)
        if self._claims.get(claim.id) is claim:
            self._memo[memo_key] = reading
        return reading

    def _compute(self, claim: Claim, slot: str, spec: ValueSpec,
                 stack: tuple[str, ...]) -> Reading:
        if spec.normalized is not None:  # the curator's reading wins over ours
            try:
                return given_value(spec.text, spec.normalized)
            except (ClaimdiffError, ValueError) as err:
                return NormalizationError(f"cannot use the given reading: {err}", text=spec.text)
        reference = self._published.get(claim.source)
        anchor_value: Value | None = None
        if spec.anchor is not None:
            anchor = self._claims.get(spec.anchor)
            if anchor is None or anchor.when is None:
                return NormalizationError(f"anchor '{spec.anchor}' has no `when` in this claim set",
                                          text=spec.text)
            if anchor.id in stack or anchor.id == claim.id:
                return NormalizationError(f"anchor cycle through '{anchor.id}'", text=spec.text)
            base = self._read(anchor, "when", anchor.when, (*stack, claim.id))
            if isinstance(base, NormalizationError):
                return NormalizationError(f"anchor '{anchor.id}' cannot be read: {base}",
                                          text=spec.text)
            # The claim's `anchor` says which claim "after Baku's reconquest" means.
            anchor_value = base
        # The quote is the phrase's sentence: "a strike for Thursday" looks forward; so does a
        # claim whose predicate the curator wrote in the future ("are due to arrive"), though
        # its quote reports the plan in the past ("were due to arrive Thursday"), and a
        # forecast, target or conditional claim: its `when` is when the thing is to happen.
        # A phrase dating the report of a plan ("said on Tuesday it would cut") dates the
        # saying, whatever the plan's tense.
        context = f"{claim.quote} | {claim.predicate}" if claim.quote else None
        if _said_when(spec.text, claim.quote):
            context = None
        elif isinstance(claim, ClaimV2) and claim.modality not in (None, Modality.ACTUAL):
            context = "future"
        cache_key = (spec.text, reference, spec.anchor, context,
                     None if anchor_value is None else _value_key(anchor_value))
        cached = self._cache.get(cache_key)
        if cached is not None:
            return cached
        try:
            result: Reading = normalize(spec.text, reference=reference, anchor=anchor_value,
                                        context=context)
        except UnknownAnchor as err:  # in a claim file, a claim's `anchor:` names it
            result = NormalizationError(
                f"cannot read the anchor {err.anchor!r} of {spec.text!r} as a date: set the "
                "claim's `anchor:` to the id of the claim it counts from", text=spec.text)
        except NormalizationError as err:
            result = err if claim.status is Status.DRAFT or slot in _DATES else _leading(
                spec.text, reference, context, err)
        except (ClaimdiffError, ValueError, ArithmeticError) as err:
            result = NormalizationError(f"cannot read: {err}", text=spec.text)
        except Exception as err:  # a reader bug must not stop a diff: report it as data
            result = NormalizationError(f"reader failed ({type(err).__name__}: {err})",
                                        text=spec.text)
        if claim.status is not Status.DRAFT:  # drafts: the text engine reads their times
            result = as_curated(spec.text, result, reference, context,
                                anchored=anchor_value is not None)
        self._cache[cache_key] = result
        return result


_SAID = re.compile(r"\b(?:said|says|announced|told|reported|confirmed|stated|warned|"
                   r"disclosed|revealed|unveiled)\b(?:\s+[\w’'-]+){0,3}?\s*,?\s*$", re.IGNORECASE)
"""A reporting verb with at most three words after it ("said on", "told reporters")."""


def _said_when(text: str, quote: str | None) -> bool:
    """The phrase dates the report of a plan, not the plan: "Norveth said on Tuesday it would
    cut 2,400 jobs" (a forecast claim whose `when` is the day it was said)."""
    if not quote:
        return False
    at = quote.lower().find(text.lower())
    return at > 0 and _SAID.search(quote[:at]) is not None


_DATES = frozenset({"when", "as_of"})
"""Slots of dates: a date's words past its figure are its own ("two weeks earlier")."""


_PREPOSITIONS = frozenset("in at on of for to by from".split())
"""Words that are units too ("in", inches) but before more words are prepositions."""


def _leading(text: str, reference: date | None, context: str | None,
             err: NormalizationError) -> Reading:
    """A curator's value with words around its figure ("Eleven foreign and local aid
    workers", "the limit is 60 km/h", "nine in Millbrook") read by its figure: the longest
    run of its words that reads as a quantity, with the phrase's last word as its noun when
    that reads too ("Eleven workers"). Never when the words left out hold a digit (the
    figure may be there: "the five-year average of 5.3 million hl"). A run with a unit of
    time said of a thing ("two days' travel", "48 hours of travel") reads as that length of
    time, never as the bare count of its first word."""
    words = text.split()
    n = len(words)
    for size in range(n - 1, 0, -1):
        for start in range(n - size + 1):
            end = start + size
            left = " ".join(words[:start] + words[end:])
            if any(c.isdigit() for c in left):
                continue
            if end < n and words[end - 1] in _PREPOSITIONS:
                continue  # "nine in Millbrook": a preposition before a place, no inches
            run = " ".join(words[start:end])
            tries = [(f"{run} {words[-1]}", True)] if end < n else []
            for phrase, noun in (*tries, (run, False)):
                try:
                    value = normalize(phrase, reference=reference, context=context)
                except (ClaimdiffError, ValueError, ArithmeticError):
                    continue
                if (value.kind is Kind.QUANTITY and (value.noun or not noun)) or (
                        value.kind is Kind.DURATION and not noun and size > 1
                        and _of_time(words, end)):
                    return replace(value, text=text, steps=(
                        f"{text!r} read by its figure: {phrase!r}", *value.steps))
    return err


def _of_time(words: list[str], end: int) -> bool:
    """The words up to `end` are a length of time said of what follows it: "48 hours of
    travel", "12 weeks' pay", or nothing follows. Not "two hours either side of low tide"
    (a window twice as long) nor "four hours at each tide"."""
    return end == len(words) or words[end].lower() == "of" or words[end - 1].endswith(
        ("'", "’", "'s", "’s"))


def _value_key(value: Value) -> tuple[object, ...]:
    return (value.kind, value.core, value.support, value.unit)


def value_dict(text: str, reading: Reading | None) -> dict[str, Any]:
    """The `value` object of a report side: the phrase as written and what it was read as."""
    # by the reading's identity first: a claim's reading is asked for by every finding and
    # the report's claim table, and hashing or comparing a `Value` field by field costs more
    # than the lookup (the entry keeps the reading alive, so its id is never reused)
    key = (text, id(reading))
    hit = _BY_IDENTITY.get(key)
    if hit is None or hit[0] is not reading:
        if len(_BY_IDENTITY) >= _IDENTITIES:
            _BY_IDENTITY.clear()
        hit = _BY_IDENTITY[key] = (reading, _value_dict(text, reading))
    return dict(hit[1])


_IDENTITIES = 16384
_BY_IDENTITY: dict[tuple[str, int], tuple[Reading | None, dict[str, Any]]] = {}


@lru_cache(maxsize=16384)
def _value_dict(text: str, reading: Reading | None) -> dict[str, Any]:
    if isinstance(reading, Value):
        full = reading.to_dict()
        return {"text": text, "kind": full["kind"], "core": full["core"],
                "support": full["support"], "unit": full["unit"]}
    return {"text": text, "kind": None, "core": None, "support": None, "unit": None}
