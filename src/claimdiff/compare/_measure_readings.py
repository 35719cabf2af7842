"""Reading the values of a claim in their roles, with `relative_to` resolved.

A version 1 `value` is an `amount`. An amount (or total) with no `relative_to`
is read exactly as version 1 reads a `value` (same cache, same anchors), so a
migrated file compares as its original did. A value `relative_to` another
("half that sum") is the other's reading times the factor its words give
("half" 0.5, "double" 2, "three times" 3) or its `factor:`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from claimdiff.compare._readings import ClaimReadings
from claimdiff.errors import ClaimdiffError, NormalizationError
from claimdiff.measure._fraction_share import fraction_share
from claimdiff.model import Claim, Measure, Role, measures_of
from claimdiff.normalization import Interval, Kind, Value, normalize
from claimdiff.normalization._roles import Measured
from claimdiff.normalization._roles_api import read_measure
from claimdiff.normalization._roles_change import (
    base_period,
    en_base_starts,
    read_factor,
    signed,
)

__all__ = ["MeasureReading", "read_measures"]

MeasureReading = Measured | NormalizationError
_PLAIN = (Role.AMOUNT, Role.TOTAL)
_PERIOD_AFTER = re.compile(
    r"(?<!\bfrom)(?<!\bthan)(?<!\bon)(?<!\bover)(?<!\bagainst)\s*,?\s+(?:(?:last|this|next)"
    r"\s+year|(?:a|one)\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+year)"
    r"\s*$", re.IGNORECASE)
"""A period after a figure ("27% last year"): the value's period (its measurement reads it
from the value's words), not part of its reading; a base ("up 5% from a year earlier") stays."""


def read_measures(
    readings: ClaimReadings, claim: Claim, claims: dict[str, Claim] | None = None,
) -> list[tuple[Measure, MeasureReading]]:
    """Every value of `claim` with its reading (errors kept as data, never raised)."""
    hit = readings.measure_memo.get(claim.id)
    if hit is not None and hit[0] is claim:
        return hit[1]
    claims = claims or {}
    out = [(m, _read_within(readings, claim, i, m, claims)) for i, m in
           enumerate(measures_of(claim))]
    readings.measure_memo[claim.id] = (claim, out)
    return out


def _read_within(readings: ClaimReadings, claim: Claim, index: int, measure: Measure,
                 claims: dict[str, Claim]) -> MeasureReading:
    """The value's reading; when its words cannot be read whole because a curator wrote the
    figure with words around it ("$83.20 on Monday", "a national rate of 5.1%", "44%
    support"), the figure within them, from its first number on, said so in its steps.
    Never a multiple ("three times the share") nor a figure under a negation ("no increase
    above 6%"): their words are the reading."""
    got = _read(readings, claim, index, measure, claims, ())
    if not isinstance(got, NormalizationError) or measure.relative_to is not None \
            or measure.normalized is not None or _NOT_WITHIN.search(measure.text):
        return got
    words = measure.text.split()
    first = next((k for k, w in enumerate(words) if _NUMBER.search(w)), None)
    if first is None or len(words) > _MOST_WORDS:
        return got
    start = first - 1 if first and words[first - 1].lower() in _HEDGES else first
    for end in range(len(words), first, -1):
        if start == 0 and end == len(words) or (
                end < len(words) and words[end - 1] in _PREPOSITIONS):
            continue  # the whole, or "nine in" of "nine in Millbrook": no inches
        part = " ".join(words[start:end]).rstrip(",;:")
        inner = _read(readings, claim, index, measure.model_copy(update={"text": part}),
                      claims, ())
        if isinstance(inner, NormalizationError) or inner.value is None:
            continue
        value = replace(inner.value, steps=(
            *inner.value.steps, f"the figure '{part}' within '{measure.text}'"))
        return replace(inner, value=value)
    return got


_NUMBER = re.compile(r"\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"a\s+dozen|dozens?|hundreds?|thousands?|millions?|half|quarter)$",
                     re.IGNORECASE)
_HEDGES = frozenset("about around nearly almost some roughly over under just approximately "
                    "up to more fewer less than at least most".split())
_NOT_WITHIN = re.compile(
    r"\b(?:times|twice|thrice|double[ds]?|triple[ds]?|quadruple[ds]?|halve[ds]?|as\s+(?:many|"
    r"much|high|large)|-?fold|no|not|never|without|each|every|per|a\s+week|a\s+year|a\s+day|"
    r"a\s+month|an\s+hour)\b", re.IGNORECASE)
_MOST_WORDS = 12
_PREPOSITIONS = frozenset("in at on of for to by from".split())
"""Words that are units too ("in", inches) but before more words are prepositions."""


def _read(readings: ClaimReadings, claim: Claim, index: int, measure: Measure,
          claims: dict[str, Claim], stack: tuple[str, ...]) -> MeasureReading:
    key = f"{claim.id}#{index}"
    if key in stack:
        return NormalizationError(f"`relative_to` cycle through '{claim.id}'", text=measure.text)
    role = measure.role.value
    bare = _PERIOD_AFTER.sub("", measure.text)
    if bare != measure.text and measure.role is not Role.CHANGE and any(
            c.isdigit() for c in bare):
        measure = measure.model_copy(update={"text": bare})
    try:
        if measure.relative_to is not None:
            return _relative(readings, claim, measure, claims, (*stack, key))
        if measure.role in _PLAIN or measure.normalized is not None:
            value = readings.read_spec(claim, f"values[{index}]", measure.spec())
            if isinstance(value, NormalizationError):
                return value
            return Measured(role, measure.text, value=value)
        reference = readings.reference(claim)
        own = _rate_of_its_own(measure, reference)
        if own is not None:
            return Measured(role, measure.text, value=own)
        try:
            measured = read_measure(
                measure.text, role, per=measure.per,
                normalize_text=lambda t: normalize(t, reference=reference))
        except NormalizationError:
            if measure.role is Role.RATE and measure.per is None:
                return _rate(measure, reference)
            if measure.role is Role.RATIO:
                return Measured(role, measure.text, value=_ratio(measure.text, reference))
            if measure.role is not Role.CHANGE or measure.direction is None:
                raise
            # "0.2 points", "4.5 per cent over two years" with `direction:`: the words
            # give the amount (and perhaps the base), not the direction.
            amount, said_base = _amount_and_base(measure.text, reference)
            base_text = measure.base.text if measure.base else said_base
            measured = Measured(role, measure.text, value=signed(
                amount, measure.text, measure.direction.value, base_text), base=base_text)
    except NormalizationError as err:
        return err
    except (ClaimdiffError, ValueError, ArithmeticError) as err:
        return NormalizationError(f"cannot read: {err}", text=measure.text)
    if measure.role is Role.CHANGE:
        direction = measure.direction.value if measure.direction else measured.direction
        base = measure.base.text if measure.base else measured.base
        measured = replace(measured, direction=direction, base=base,
                           base_period=base_period(base))
    return measured


_PER = re.compile(r"\s(?:a|an|per|each)\s+(?P<per>[^\W\d_]+)\s*$", re.IGNORECASE)


def _rate(measure: Measure, reference: date | None) -> Measured:
    """A rate without `per:` the rate readers refuse: its unit is the word after "a" or
    "per" at its end ("22 cents a share"); a speed ("almost 60mph") is a rate of its own."""
    m = _PER.search(measure.text)
    if m is not None:
        return read_measure(measure.text, "rate", per=m["per"],
                            normalize_text=lambda t: normalize(t, reference=reference))
    speed = normalize(measure.text, reference=reference)
    if speed.dimension != "speed":
        raise NormalizationError(f"cannot read '{measure.text}' as a rate such as '40 a day'",
                                 text=measure.text)
    return Measured(measure.role.value, measure.text, value=speed)


_RATES_OF_THEIR_OWN = frozenset({"percent", "set"})
"""Readings that are rates without a `per:` as they stand: a percentage rate ("a yield of
14.2%", "6.4 per cent", an interest, tax or jobless rate: never a rate per "cent"), a
recurrence ("every 15 minutes", "three times an hour", "quarterly": so many a day)."""


def _rate_of_its_own(measure: Measure, reference: date | None) -> Value | None:
    """A value marked a rate, with no `per:`, whose plain reading is already a rate of its
    own (`_RATES_OF_THEIR_OWN`), else `None` (then read as "40 a day" is)."""
    if measure.role is not Role.RATE or measure.per is not None:
        return None
    try:
        plain = normalize(measure.text, reference=reference)
    except (ClaimdiffError, ValueError, ArithmeticError):
        return None
    return plain if plain.dimension in _RATES_OF_THEIR_OWN else None


def _ratio(text: str, reference: date | None) -> Value:
    """A value a curator calls a ratio that the ratio reader refuses: a share written as a
    percentage ("94%", "almost 8 per cent"), a multiple ("fifteen times", "more than
    double") or a fraction a calendar would read as a quarter of a year ("roughly a
    quarter", "three quarters": a share, as the role says)."""
    value = normalize(text, reference=reference)
    if value.dimension in ("percent", "ratio"):
        return value
    share = fraction_share(value, text, "")
    if share is None:
        raise NormalizationError(f"cannot read '{text}' as a ratio", text=text)
    return share


def _amount_and_base(text: str, reference: date | None) -> tuple[Value, str | None]:
    """The amount a change phrase starts with, and the base after it ("over two years")."""
    text = re.sub(r"^by\s+", "", text, flags=re.IGNORECASE)  # "by a fifth": the amount
    try:
        return normalize(text, reference=reference), None
    except NormalizationError:
        for cut in en_base_starts(text):
            try:
                amount = normalize(text[:cut.start()], reference=reference)
            except NormalizationError:
                continue
            base = re.sub(r"^\W*(?:than|from|on|over|compared\s+(?:with|to)|against|versus|"
                          r"vs\.?|since)\s+", "", text[cut.end():], flags=re.IGNORECASE)
            return amount, base.strip() or None
        raise


def _relative(readings: ClaimReadings, claim: Claim, measure: Measure,
              claims: dict[str, Claim], stack: tuple[str, ...]) -> MeasureReading:
    assert measure.relative_to is not None
    claim_id, _, value_id = measure.relative_to.partition("#")
    target = claim if claim_id == claim.id else claims.get(claim_id)
    if target is None:
        return NormalizationError(f"`relative_to` names no claim '{claim_id}' in this file",
                                  text=measure.text)
    found = [(i, m) for i, m in enumerate(measures_of(target))
             if (m.id == value_id if value_id else m.role in _PLAIN)]
    if not found:
        return NormalizationError(f"`relative_to` '{measure.relative_to}' names no value",
                                  text=measure.text)
    i, other = found[0]
    base = _read(readings, target, i, other, claims, stack)
    if isinstance(base, NormalizationError):
        return NormalizationError(f"the value it is relative to cannot be read: {base}",
                                  text=measure.text)
    factor = measure.factor if measure.factor is not None else read_factor(measure.text)
    if factor is None:
        return NormalizationError(f"cannot tell what multiple of '{other.text}' this is; "
                                  "give `factor:`", text=measure.text)
    if base.value is None or base.value.kind is not Kind.QUANTITY:
        return NormalizationError(f"'{other.text}' is no quantity to take a multiple of",
                                  text=measure.text)
    v = base.value
    scaled = replace(v, text=measure.text, core=_times(v.core, factor),
                     support=_times(v.support, factor),
                     steps=(*v.steps, f"{factor:g} × '{other.text}' (relative_to "
                                      f"{measure.relative_to})"))
    return Measured(measure.role.value, measure.text, value=scaled, factor=factor)


def _times(iv: Interval, factor: float) -> Interval:
    return Interval(iv.lo * factor, iv.hi * factor, iv.lo_open, iv.hi_open)


def plain_value(reading: MeasureReading) -> Value | NormalizationError:
    """The single value of a reading, or why there is none (a score is a pair)."""
    if isinstance(reading, NormalizationError):
        return reading
    if reading.value is None:
        return NormalizationError(f"'{reading.text}' has no single value ({reading.role})",
                                  text=reading.text)
    return reading.value
