"""What two aligned claims both state, compared aspect by aspect.

- `polarity`: one asserts what the other denies → conflict.
- `object`, `where`: the same entity (or alias, or spelling) → agree; two
  different declared entities of the same kind ("Azerbaijan", "Armenia") →
  conflict; anything less certain → incomparable (never a guessed conflict).
- `when`, `value`: each side's phrase normalized, then `compare_values`;
  a phrase that cannot be read → incomparable, with the reason. When the two
  claims put a value under different slots (a date as `value` against a
  `when`), values of the same kind are paired across slots.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from claimdiff.align import AliasTable, fold, key, length_threshold
from claimdiff.compare._readings import ClaimReadings, Reading, value_dict
from claimdiff.compare._when import clock_of
from claimdiff.errors import NormalizationError
from claimdiff.measure import Measurement, distinguished, kind_against_general, same_thing
from claimdiff.model import Claim, ClaimV2
from claimdiff.normalization import Interval, Value
from claimdiff.verdicts import Verdict


@dataclass(frozen=True)
class Aspect:
    """One compared aspect: its verdict, explanation and, for values, each side's reading."""

    aspect: str
    verdict: Verdict
    explanation: str
    a_value: dict[str, Any] | None = None
    b_value: dict[str, Any] | None = None
    relation: str | None = None
    """What the verdict alone does not say: `different-dates`, `update`, ... (`_measures`)."""


Comparer = Callable[..., Any]


def _comparer() -> Comparer | None:
    if _FOUND:  # looked up once: an import statement costs each of thousands of findings
        return _FOUND[0]
    try:
        from claimdiff.compare import compare_values  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return None
    fn: Comparer = compare_values
    _FOUND.append(fn)
    return fn


_FOUND: list[Comparer] = []


@lru_cache(maxsize=65536)
def compare_names(a: str, b: str, aliases: AliasTable, what: str) -> tuple[Verdict, str]:
    """Verdict on two names of a place or an object."""
    if key(a) == key(b):
        return Verdict.AGREE, f"same {what}: '{a}' and '{b}'"
    ea, eb = aliases.entity_of(a), aliases.entity_of(b)
    if ea is not None and ea == eb:
        return Verdict.AGREE, f"same {what}: '{a}' and '{b}' name one entity"
    ca, cb = aliases.canonical_text(a), aliases.canonical_text(b)
    similarity = fuzz.token_sort_ratio(ca, cb)
    if ca and cb and similarity >= length_threshold(min(len(ca), len(cb))):
        return Verdict.AGREE, f"same {what}: '{a}' and '{b}' differ only in spelling"
    if ea is not None and eb is not None:
        ka, kb = aliases.kinds.get(ea), aliases.kinds.get(eb)
        if ka == kb:
            kind = f" ({ka})" if ka else ""
            return (Verdict.CONFLICT,
                    f"different {what}: '{a}' and '{b}' are different entities{kind}")
    return Verdict.INCOMPARABLE, f"cannot tell whether '{a}' and '{b}' are the same {what}"


def _clocks(text_a: str, ra: Reading, text_b: str, rb: Reading) -> tuple[Reading, Reading]:
    """A time of day against a date with its time ("at 11.40pm" and "shortly before midnight
    Sunday"): the date's time of day is compared."""
    for x, y, text in ((ra, rb, text_b), (rb, ra, text_a)):
        if isinstance(x, Value) and x.dimension == "time of day":
            clock = clock_of(text, y)
            if clock is not None:
                return (ra, clock) if y is rb else (clock, rb)
    return ra, rb


_DAY_MINUTES = 1440


def _next_day(ra: Reading, rb: Reading) -> tuple[Reading, Reading]:
    """A window of time of day across midnight ("overnight", 22:00 to 06:00 as minutes
    1320 ... 1800) against a time after that midnight ("at 3am", 180): the time is counted
    on the window's next day (1620), so that the window holds it."""
    for x, y in ((ra, rb), (rb, ra)):
        if (isinstance(x, Value) and isinstance(y, Value) and x.dimension == "time of day"
                and y.dimension == "time of day" and x.support.hi > _DAY_MINUTES
                and y.support.hi <= _DAY_MINUTES
                and y.core.lo + _DAY_MINUTES <= x.support.hi):
            moved = replace(y, core=_shifted(y.core), support=_shifted(y.support))
            return (ra, moved) if y is rb else (moved, rb)
    return ra, rb


def _shifted(x: Interval) -> Interval:
    return Interval(x.lo + _DAY_MINUTES, x.hi + _DAY_MINUTES, x.lo_open, x.hi_open)


def _one_unit(a: Value, b: Value) -> bool:
    """The values' nouns count in one unit (people, households), or one says none."""
    from claimdiff.measure import count_unit

    ua, ub = (count_unit(v.noun) if v.noun else None for v in (a, b))
    return ua is None or ub is None or ua == ub


def _value_aspect(
    name: str, text_a: str, ra: Reading, text_b: str, rb: Reading, reference: date | None,
    comparer: Comparer | None, *, one_thing: bool = False,
) -> Aspect:
    ra, rb = _clocks(text_a, ra, text_b, rb)
    da, db = value_dict(text_a, ra), value_dict(text_b, rb)
    ra, rb = _next_day(ra, rb)
    if fold(text_a) == fold(text_b):
        return Aspect(name, Verdict.AGREE, f"same words: '{text_a}'", da, db)
    for text, reading in ((text_a, ra), (text_b, rb)):
        if isinstance(reading, NormalizationError):
            return Aspect(name, Verdict.INCOMPARABLE,
                          f"'{text}' cannot be read: {reading}", da, db)
    if comparer is None:
        return Aspect(name, Verdict.INCOMPARABLE, "value comparison is not available", da, db)
    if one_thing and isinstance(ra, Value) and isinstance(rb, Value) and _one_unit(ra, rb):
        # the sentences say both count one thing ("640 jobs", "640 workers set to lose their
        # jobs"): the nouns the values carry no longer keep them apart, unless they count
        # in two units ("150 residents", "46 families" evacuated)
        ra, rb = replace(ra, noun=None), replace(rb, noun=None)
    result = comparer(ra, rb, reference=reference)
    return Aspect(name, Verdict(result.verdict), str(result.explanation), da, db)


def compare_claims(
    ca: Claim, cb: Claim, readings_a: ClaimReadings, readings_b: ClaimReadings,
    aliases: AliasTable, *, reference: date | None = None, names: bool = True,
    one_thing: bool = False,
) -> list[Aspect]:
    """Every aspect both claims state, compared (`names=False`: not their objects and places;
    `one_thing`: the claims' `value`s measure one thing, whatever nouns they carry)."""
    out: list[Aspect] = []
    if ca.polarity is not cb.polarity:
        out.append(Aspect("polarity", Verdict.CONFLICT,
                          f"'{ca.id}' is {ca.polarity.value}, '{cb.id}' is {cb.polarity.value}"))
    if names and ca.object and cb.object:
        verdict, why = compare_names(ca.object, cb.object, aliases, "object")
        out.append(Aspect("object", verdict, why))
    if names and ca.where and cb.where:
        verdict, why = compare_names(ca.where, cb.where, aliases, "place")
        out.append(Aspect("where", verdict, why))
    comparer = _comparer()
    if isinstance(ca, ClaimV2) or isinstance(cb, ClaimV2):
        from claimdiff.compare._measures import value_aspects_v2

        def value_aspect(name: str, ta: str, ra: Reading, tb: str, rb: Reading) -> Aspect:
            return _value_aspect(name, ta, ra, tb, rb, reference, comparer,
                                 one_thing=one_thing and name == "value")

        out.extend(value_aspects_v2(ca, cb, readings_a, readings_b, aliases, value_aspect))
    else:
        left = {s: (v.text, readings_a.reading(ca, s)) for s, v in ca.values().items()}
        right = {s: (v.text, readings_b.reading(cb, s)) for s, v in cb.values().items()}
        for slot in ("when", "value"):
            if slot in left and slot in right:
                (ta, ra), (tb, rb) = left.pop(slot), right.pop(slot)
                assert ra is not None and rb is not None
                out.append(_value_aspect(slot, ta, ra, tb, rb, reference, comparer,
                                         one_thing=one_thing and slot == "value"))
        for sa, (ta, ra) in sorted(left.items()):
            for sb, (tb, rb) in sorted(right.items()):
                if isinstance(ra, Value) and isinstance(rb, Value) and ra.kind == rb.kind:
                    out.append(_value_aspect(f"{sa}~{sb}", ta, ra, tb, rb, reference, comparer))
                    right.pop(sb)
                    break
    if not out and names:
        # Aligned on their words with nothing else stated: the subject is what was compared.
        verdict, why = compare_names(ca.subject, cb.subject, aliases, "subject")
        out.append(Aspect("subject", verdict, why))
    return out


def compare_measured(
    ca: Claim, cb: Claim, measured: tuple[tuple[Measurement, Measurement], ...], *,
    reference: date | None = None,
    figures: Sequence[tuple[Measurement, Measurement]] = (),
    counted: tuple[frozenset[str], frozenset[str]] | None = None,
) -> list[Aspect]:
    """The paired measurements of two claims compared, each with its own reading
    (`figures`: every pair of the two sources, whose periods the claims' dates may be;
    `counted`: the measured nouns of every count each source gives, which say when a kind
    and its general word count one set of things)."""
    out: list[Aspect] = []
    if ca.polarity is not cb.polarity:
        # one asserts what the other denies only when they speak of one thing
        one = any(same_thing(ma, mb) is not None and distinguished(ma, mb) is None
                  for ma, mb in measured)
        out.append(Aspect("polarity", Verdict.CONFLICT if one else Verdict.INCOMPARABLE,
                          f"'{ca.id}' is {ca.polarity.value}, '{cb.id}' is {cb.polarity.value}"
                          + ("" if one else ", but nothing says both speak of one thing")))
    comparer = _comparer()
    # Two figures told apart (last year's and this year's) make their dates differ by design.
    apart = next((why for ma, mb in measured if ma.dimension != "date"
                  and (why := distinguished(ma, mb)) is not None), None)
    if apart is None:  # "40,000 visitors this year" and "52,000 last year" in claims of
        # their own: the dates are the periods of two figures told apart
        apart = next((why for da, db in measured if da.dimension == "date"
                      for fa, fb in figures if fa.dimension != "date"
                      and _period_of(da, fa) and _period_of(db, fb) and _differ(fa, fb)
                      and (why := distinguished(fa, fb)) is not None), None)
    for ma, mb in measured:
        name = ma.slot if ma.slot == mb.slot else f"{ma.slot}~{mb.slot}"
        ra: Reading = ma.value if ma.value is not None else NormalizationError(
            "no reading", text=ma.phrase)
        rb: Reading = mb.value if mb.value is not None else NormalizationError(
            "no reading", text=mb.phrase)
        aspect = _value_aspect(name, ma.phrase, ra, mb.phrase, rb, reference, comparer,
                               one_thing=ma.classed and mb.classed and ma.measured == mb.measured)
        if aspect.verdict is Verdict.CONFLICT:
            aspect = _unless_different(aspect, ma, mb, apart, counted)
        out.append(aspect)
    return out


def _period_of(d: Measurement, figure: Measurement) -> bool:
    """The date `d` is written as a period of `figure` from the same source ("this year"
    of "40,000 visitors this year")."""
    words = d.phrase.lower().split()
    while words and words[0] in ("in", "on", "during", "for", "over", "the"):
        words = words[1:]
    timex = d.value.timex if d.value is not None else None
    return d.source == figure.source and d.claim != figure.claim and bool(words) and (
        " ".join(words) in figure.period or (len(words) == 1 and words[0][:3] in {
            p[:3] for p in figure.period}) or timex in figure.period)  # "last year": 2024


def _differ(a: Measurement, b: Measurement) -> bool:
    """Two figures that differ: one figure said of two periods is a contradiction on its
    period, two figures of two periods are not."""
    return a.value is not None and b.value is not None and not a.value.support.overlaps(
        b.value.support)


def _unless_different(
    aspect: Aspect, ma: Measurement, mb: Measurement, figures: str | None,
    counted: tuple[frozenset[str], frozenset[str]] | None = None,
) -> Aspect:
    """A conflict only between two figures of one measured thing, nothing telling them apart
    (`figures`: what tells the claims' other figures apart, which their dates follow)."""
    apart = distinguished(ma, mb) or (figures if ma.dimension == "date" else None)
    if apart is not None:
        why = f"they are two figures ({apart}), so they are not in conflict."
    elif same_thing(ma, mb) is None:
        kinds = None if counted is None else kind_against_general(ma, mb, *counted)
        if kinds is not None:  # "412 fencers" and "520 athletes" of one championships
            return replace(aspect, explanation=f"{aspect.explanation} One counts a kind of "
                           f"the other's things, the only kind either report counts ({kinds}).")
        why = ("nothing says both measure the same thing (no measured noun, holder or event "
               "in common), so they are not in conflict.")
    else:
        return aspect
    return replace(aspect, verdict=Verdict.INCOMPARABLE, explanation=(
        f"{aspect.explanation} Paired as the closest values, but {why}"))


def pair_verdict(aspects: list[Aspect]) -> Verdict:
    """The most severe verdict; incomparable when nothing was compared (agree needs evidence)."""
    comparable = [a.verdict for a in aspects if a.verdict is not Verdict.INCOMPARABLE]
    if comparable:
        return min(comparable, key=lambda v: v.severity)
    return Verdict.INCOMPARABLE
