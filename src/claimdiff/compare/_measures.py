"""Values with roles compared as a fact-checker does.

Values pair only within their role (an amount or total with an amount or total,
a part with a part, a rate with a rate, a score with a score, ...), in the order
the claims give them; the first amount or total of each claim is its `value`,
compared exactly as version 1 compares `value`. Qualifiers then say what a bare
verdict cannot (`Aspect.relation`):

* `different-dates`: both values are as of different dates, so they are not
  compared as one fact; `update` when the later running figure is the higher one
  ("17 dead on Sunday" after "12 dead on Friday" is an update, not a conflict);
* `different-modality`: a forecast, target or conditional against an actual figure;
* `different-bases`: changes against different bases ("on a year earlier" and
  "on the previous quarter");
* `different-attributions`: differing values said by different people: by two
  sides (police and organisers, unions and government), two estimates, not a
  conflict; by two names that may be one body, the verdict stands, flagged.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from claimdiff.align import AliasTable, fold
from claimdiff.compare._aspects import Aspect
from claimdiff.compare._measure_readings import MeasureReading, plain_value, read_measures
from claimdiff.compare._modality import said_modality
from claimdiff.compare._readings import ClaimReadings, value_dict
from claimdiff.compare._values import _dimension
from claimdiff.errors import NormalizationError
from claimdiff.measure import field_words
from claimdiff.model import Claim, Measure, Role, ValueSpec, as_of_of, modality_of
from claimdiff.normalization import Kind, Value
from claimdiff.verdicts import Verdict

__all__ = ["measure_aspects", "primary_index", "qualify", "said_by", "value_aspects_v2"]

Item = tuple[Measure, MeasureReading]
_FAMILY = {Role.AMOUNT: "level", Role.TOTAL: "level"}
_NEVER_PRIMARY = frozenset({Role.CHANGE, Role.PART})
"""Roles whose values are never a level of what they measure (a change of 7%, a part)."""
ValueAspect = Callable[[str, str, "Value | NormalizationError", str,
                        "Value | NormalizationError"], Aspect]


def value_aspects_v2(ca: Claim, cb: Claim, readings_a: ClaimReadings,
                     readings_b: ClaimReadings, aliases: AliasTable,
                     value_aspect: ValueAspect) -> list[Aspect]:
    """The value aspects of two claims, one of them or both of version 2.

    `when` and the claims' `value`s (their first amounts or totals) compare as in
    version 1, across slots too (`when~value`); the other values pair by role.
    """
    items_a = read_measures(readings_a, ca, readings_a.claims)
    items_b = read_measures(readings_b, cb, readings_b.claims)
    # each side's value chosen like the other's, so that the pair reads the same both ways
    own_b = primary_index(items_b)
    first_a = primary_index(items_a, items_b[own_b] if own_b is not None else None)
    first_b = primary_index(items_b, items_a[first_a] if first_a is not None else None)
    left: dict[str, tuple[str, Value | NormalizationError]] = {}
    right: dict[str, tuple[str, Value | NormalizationError]] = {}
    for claim, items, first, readings, side in ((ca, items_a, first_a, readings_a, left),
                                                 (cb, items_b, first_b, readings_b, right)):
        when = readings.reading(claim, "when")
        if claim.when is not None and when is not None:
            side["when"] = (claim.when.text, when)
        if first is not None:
            side["value"] = (items[first][0].text, plain_value(items[first][1]))
    main_a = items_a[first_a][0] if first_a is not None else None
    main_b = items_b[first_b][0] if first_b is not None else None
    out: list[Aspect] = []
    for slot in ("when", "value"):
        if slot == "when" and _across(left, right):
            continue  # a time of day against a day: each meets the other's value below
        if slot in left and slot in right:
            (ta, ra), (tb, rb) = left.pop(slot), right.pop(slot)
            aspect = value_aspect(slot, ta, ra, tb, rb)
            out.append(qualify(aspect, ca, cb, main_a, main_b, readings_a, readings_b, aliases)
                       if slot == "value" else aspect)
    for sa, (ta, ra) in sorted(left.items()):
        for sb, (tb, rb) in sorted(right.items()):
            if isinstance(ra, Value) and isinstance(rb, Value) and ra.kind == rb.kind:
                out.append(value_aspect(f"{sa}~{sb}", ta, ra, tb, rb))
                right.pop(sb)
                break
    rest_a = [x for i, x in enumerate(items_a) if i != first_a]
    rest_b = [x for i, x in enumerate(items_b) if i != first_b]
    for aspect, ma, mb in measure_aspects(rest_a, rest_b, value_aspect):
        out.append(qualify(aspect, ca, cb, ma, mb, readings_a, readings_b, aliases))
    return out


def _across(left: dict[str, tuple[str, Value | NormalizationError]],
            right: dict[str, tuple[str, Value | NormalizationError]]) -> bool:
    """Two `when`s of two dimensions (a time of day, "5:30 a.m.", and a day, "on October
    17"), each of which has the other claim's value of its own dimension ("4 a.m."): the
    `when`s are compared with those values, not with each other."""
    wa, wb = left.get("when", ("", None))[1], right.get("when", ("", None))[1]
    if not isinstance(wa, Value) or not isinstance(wb, Value) or _dimension(wa) == _dimension(
            wb):
        return False
    va, vb = left.get("value", ("", None))[1], right.get("value", ("", None))[1]
    return (isinstance(vb, Value) and _dimension(vb) == _dimension(wa)) or (
        isinstance(va, Value) and _dimension(va) == _dimension(wb))


def _family(item: Item) -> str:
    """The values a value pairs with: amounts and totals are levels, and so is a speed a
    curator marked a rate without `per:` ("almost 60mph"); other roles pair in their role."""
    measure, reading = item
    if measure.role is Role.RATE and measure.per is None and not isinstance(
            reading, NormalizationError) and reading.value is not None \
            and reading.value.dimension == "speed":
        return "level"
    return _FAMILY.get(measure.role, measure.role.value)


def primary_index(items: list[Item], like: Item | None = None) -> int | None:
    """The claim's `value`: its first amount or total; against `like`, the one that
    measures the same thing and is said by the same people, where there is one."""
    plain = [i for i, x in enumerate(items) if _family(x) == "level"]
    if like is not None:
        # what `like` measures, said by another curator in another role ("7.8%" an amount,
        # "7.8 per cent" a ratio of one gradient), before another thing in the role
        what = _what(like)
        same = [i for i, x in enumerate(items) if what and _what(x) == what
                and x[0].role not in _NEVER_PRIMARY]
        plain = _closest(like, same or plain, items)
    return plain[0] if plain else None


def _what(item: Item) -> str:
    """What a value measures: its `measured`, else the noun its reading counts."""
    measure, reading = item
    if measure.measured:
        return fold(measure.measured)
    value = None if isinstance(reading, NormalizationError) else reading.value
    noun = value.noun if value is not None and value.noun else ""
    return fold(noun).removesuffix("s")


def _closest(like: Item, candidates: list[int], items: list[Item]) -> list[int]:
    """`candidates` narrowed to those measuring what `like` measures, then said by its sayer."""
    what = _what(like)
    if what:
        same = [j for j in candidates if _what(items[j]) == what]
        candidates = same or candidates
    if _said_by(like[0]):
        said = [j for j in candidates if _said_by(items[j][0]) == _said_by(like[0])]
        candidates = said or candidates
    return candidates


def measure_aspects(left: list[Item], right: list[Item], value_aspect: ValueAspect) -> list[
        tuple[Aspect, Measure, Measure]]:
    """Aspects of the values both claims state beyond their `value`, paired by role."""
    out: list[tuple[Aspect, Measure, Measure]] = []
    used: set[int] = set()
    names: dict[str, int] = {}
    # values measuring what one of the other claim's values measures pair first, so that
    # a value measuring nothing the other claim says ("to 5%" a future tariff) takes no
    # partner from one that does ("over five years" and "over seven years")
    wanted = {_what(x) for x in right} - {""}
    order = sorted(range(len(left)), key=lambda i: _what(left[i]) not in wanted)
    for i in order:
        ma, ra = left[i]
        family = _family((ma, ra))
        open_ = [j for j, (mb, _) in enumerate(right)
                 if j not in used and _family(right[j]) == family]
        if not open_:
            continue
        # "600 firefighters and 14 aircraft", police and unions: like with like.
        j = _closest((ma, ra), open_, right)[0]
        used.add(j)
        mb, rb = right[j]
        name = f"value:{ma.role.value}"
        names[name] = names.get(name, 0) + 1
        if names[name] > 1:
            name = f"{name}#{names[name]}"
        out.append((_told_apart(_compare(name, ma, ra, mb, rb, value_aspect), ma, mb), ma, mb))
    return out


def _told_apart(aspect: Aspect, ma: Measure, mb: Measure) -> Aspect:
    """A conflict between two values paired in their role only, whose curators said they
    measure things sharing no word ("share of employees affected", "beneficiaries in
    retail"): different things, never in conflict."""
    if aspect.verdict is not Verdict.CONFLICT or not (ma.measured and mb.measured) \
            or field_words(ma.measured) & field_words(mb.measured):
        return aspect
    return replace(aspect, verdict=Verdict.INCOMPARABLE, explanation=(
        f"'{ma.text}' measures {ma.measured} and '{mb.text}' {mb.measured}: different "
        f"measured things are never in conflict ({aspect.explanation})"))


def _said_by(m: Measure) -> str:
    return said_by(m.attribution)


def said_by(attribution: str | None) -> str:
    """An attribution folded for comparison: "the Police" and "police" are one sayer."""
    return re.sub(r"^(?:the|an?)\s+", "", fold(attribution)) if attribution else ""


def _compare(name: str, ma: Measure, ra: MeasureReading, mb: Measure, rb: MeasureReading,
             value_aspect: ValueAspect) -> Aspect:
    if ma.role is Role.SCORE and not isinstance(ra, NormalizationError) \
            and not isinstance(rb, NormalizationError) and ra.score and rb.score:
        return _scores(name, ma.text, ra.score, mb.text, rb.score,
                       value_dict(ma.text, ra.value), value_dict(mb.text, rb.value))
    if ma.role is Role.CHANGE and not isinstance(ra, NormalizationError) \
            and not isinstance(rb, NormalizationError):
        pa, pb = ra.base_period, rb.base_period
        if pa and pb and pa != pb:
            return Aspect(name, Verdict.INCOMPARABLE,
                          f"changes against different bases: '{ra.base}' and '{rb.base}'",
                          value_dict(ma.text, ra.value), value_dict(mb.text, rb.value),
                          relation="different-bases")
        if ra.value is None or rb.value is None:
            same = ra.direction == rb.direction
            return Aspect(name, Verdict.AGREE if same else Verdict.CONFLICT,
                          f"'{ma.text}' goes {ra.direction} and '{mb.text}' goes "
                          f"{rb.direction}", value_dict(ma.text, ra.value),
                          value_dict(mb.text, rb.value))
    if ma.role is Role.RATE and not isinstance(ra, NormalizationError) \
            and not isinstance(rb, NormalizationError) and ra.value and rb.value \
            and ra.value.unit != rb.value.unit:
        per_a, per_b = (str(v.unit).rpartition("/")[2] for v in (ra.value, rb.value))
        if per_a != per_b:
            return Aspect(name, Verdict.INCOMPARABLE,
                          f"a rate per {per_a} and a rate per {per_b} are not compared",
                          value_dict(ma.text, ra.value), value_dict(mb.text, rb.value))
    return value_aspect(name, ma.text, plain_value(ra), mb.text, plain_value(rb))


def _scores(name: str, ta: str, a: tuple[int, int], tb: str, b: tuple[int, int],
            va: dict[str, Any], vb: dict[str, Any]) -> Aspect:
    """Two scores side by side; each side's value keeps its phrase ("212 to 187")."""
    sa, sb = f"{a[0]}-{a[1]}", f"{b[0]}-{b[1]}"
    if a == b:
        return Aspect(name, Verdict.AGREE, f"'{ta}' and '{tb}' are both {sa}", va, vb)
    if a == (b[1], b[0]):
        return Aspect(name, Verdict.AGREE, f"'{ta}' is {sa} and '{tb}' {sb}: the same score, "
                      "its sides named in the other order", va, vb)
    return Aspect(name, Verdict.CONFLICT, f"'{ta}' is {sa} and '{tb}' is {sb}: different scores",
                  va, vb)


def qualify(aspect: Aspect, ca: Claim, cb: Claim, ma: Measure | None, mb: Measure | None,
            readings_a: ClaimReadings, readings_b: ClaimReadings,
            aliases: AliasTable | None = None) -> Aspect:
    """`aspect` with what its verdict alone would not say: dates, modality, attributions."""
    mod_a, mod_b = modality_of(ca, ma), modality_of(cb, mb)
    mod_a, mod_b = said_modality(ca, ma, mod_a, mod_b), said_modality(cb, mb, mod_b, mod_a)
    if mod_a is not mod_b:
        if aspect.verdict is Verdict.AGREE:  # as agreeing figures at different dates do
            return replace(aspect, relation="different-modality", explanation=(
                f"{aspect.explanation} One is {_as(mod_a.value)}, the other "
                f"{_as(mod_b.value)}."))
        return replace(aspect, verdict=Verdict.INCOMPARABLE, relation="different-modality",
                       explanation=f"{_as(mod_a.value)} and {_as(mod_b.value)}, not compared "
                       f"as one fact ({aspect.explanation})")
    dates = _as_of_dates(ca, ma, readings_a), _as_of_dates(cb, mb, readings_b)
    if dates[0] is not None and dates[1] is not None \
            and not dates[0][1].core.overlaps(dates[1][1].core):
        return _different_dates(aspect, dates[0], dates[1])
    attr_a = (ma.attribution if ma and ma.attribution else ca.attribution) or ""
    attr_b = (mb.attribution if mb and mb.attribution else cb.attribution) or ""
    if aspect.verdict in (Verdict.CONFLICT, Verdict.COMPATIBLE) and attr_a and attr_b \
            and not _same_sayer(attr_a, attr_b, aliases):
        pa, pb = _party(attr_a), _party(attr_b)
        if pa and pb and pa != pb:  # police against organisers: two sides' estimates
            return replace(aspect, verdict=Verdict.INCOMPARABLE,
                           relation="different-attributions",
                           explanation=f"said by {attr_a} and by {attr_b}: two sides' "
                           f"estimates, not one fact the sources disagree on "
                           f"({aspect.explanation})")
        # Two names that may be one body ("the meteorological service", "the weather
        # service"): the verdict stands, the report says who said what.
        return replace(aspect, relation="different-attributions",
                       explanation=f"{aspect.explanation} Said by {attr_a} and by {attr_b}.")
    return aspect


def _party(attribution: str) -> str | None:
    """The side an attribution names (`police`, `organiser`, `union`, `government`, ...)."""
    from claimdiff.measure._lexicon_en import PARTY_OF, key

    parties = {PARTY_OF[k] for k in (key(w) for w in re.findall(r"[\w'’-]+", attribution))
               if k in PARTY_OF}
    return next(iter(parties)) if len(parties) == 1 else None


def _same_sayer(a: str, b: str, aliases: AliasTable | None) -> bool:
    """Whether two attributions name one sayer: the same words, or one declared entity."""
    if said_by(a) == said_by(b):
        return True
    if aliases is None:
        return False
    ea, eb = aliases.entity_of(a), aliases.entity_of(b)
    return ea is not None and ea == eb


def _as(modality: str) -> str:
    return {"actual": "an actual figure", "conditional": "a conditional figure",
            "forecast": "a forecast", "target": "a target"}[modality]


def _as_of_dates(claim: Claim, measure: Measure | None,
                 readings: ClaimReadings) -> tuple[str, Value] | None:
    spec: ValueSpec | None = measure.as_of if measure and measure.as_of else as_of_of(claim)
    if spec is None:
        return None
    value = readings.read_spec(claim, "as_of", spec)
    if isinstance(value, Value) and value.kind is Kind.DATE:
        return spec.text, value
    return None


def _different_dates(aspect: Aspect, da: tuple[str, Value], db: tuple[str, Value]) -> Aspect:
    (ta, va), (tb, vb) = da, db
    when = f"as of '{ta}' ({va.render()}) and as of '{tb}' ({vb.render()})"
    if aspect.verdict is Verdict.AGREE:
        return replace(aspect, relation="different-dates",
                       explanation=f"{aspect.explanation} The figures are {when}.")
    a_core, b_core = _core(aspect.a_value), _core(aspect.b_value)
    later_b = vb.core.lo > va.core.lo
    relation, how = "different-dates", "different dates"
    if a_core is not None and b_core is not None:
        earlier, later = (a_core, b_core) if later_b else (b_core, a_core)
        if later[0] >= earlier[1]:
            relation, how = "update", "the later figure is the higher one: an update"
        else:
            how = "the later figure is the lower one: a revision to check"
    return replace(aspect, verdict=Verdict.INCOMPARABLE, relation=relation,
                   explanation=f"{when}: {how}, not a contradiction ({aspect.explanation})")


def _core(value: dict[str, object] | None) -> tuple[float, float] | None:
    core = value.get("core") if value else None
    if isinstance(core, list) and all(isinstance(x, (int, float)) for x in core):
        return float(core[0]), float(core[1])
    return None

