"""`Measurement`: one value mention, read as a measurement of something held by someone."""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields
from typing import Any, TypeVar

from claimdiff.normalization import Value

_T = TypeVar("_T")


def _dict_init(cls: type[_T]) -> type[_T]:
    """Give the frozen dataclass `cls` an `__init__` that writes its fields into the new
    instance's dict: the one `dataclass` writes for a frozen class sets each field through a
    call of `object.__setattr__`, most of the cost of the ~20,000 measurements of a
    10k x 10k diff. Same parameters, order and defaults (immutable defaults only); the
    instance stays frozen (assigning a field still raises)."""
    params, lines, defaults = [], [], {}
    for f in fields(cls):  # type: ignore[arg-type]
        assert f.init and f.default_factory is MISSING, f"{cls.__name__}.{f.name}"
        if f.default is MISSING:
            params.append(f.name)
        else:
            defaults[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        lines.append(f"    d[{f.name!r}] = {f.name}")
    code = f"def __init__(self, {', '.join(params)}):\n    d = self.__dict__\n" + "\n".join(lines)
    scope: dict[str, Any] = {}
    exec(code, defaults, scope)  # noqa: S102 - field names only, from the class itself
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    init.__annotations__ = cls.__init__.__annotations__
    cls.__init__ = init  # type: ignore[method-assign]
    return cls


@_dict_init
@dataclass(frozen=True)
class Measurement:
    """A value of one source, with what it measures and what qualifies it.

    Two measurements are compared only when they have the same `dimension` and
    do not measure different things (`measured`). Every field is a plain,
    hashable value; `to_dict` gives its JSON form.
    """

    source: str
    claim: str
    """The id of the claim the value belongs to."""
    slot: str
    """The claim field holding the value: `value` or `when`."""
    phrase: str
    """The value as written ("at least 14 people")."""
    dimension: str
    """What kind: `date`, `duration`, `count`, `length`, `percent`, `currency:USD`, ..."""
    measured: str | None = None
    """What is measured, folded through the synonym classes (`dead` for killed, deaths,
    fatalities), or the lemma of the measured noun; `None` when nothing says it."""
    measured_words: str | None = None
    """The words `measured` was read from, as written ("killing", "storm surge")."""
    classed: bool = False
    """`measured` is a synonym class (not a bare lemma or a generic noun like "people")."""
    holder: tuple[str, ...] = ()
    """The names in the value's sentence: whose measurement it is (lemmas, sorted)."""
    role: str | None = None
    """`forecast`, `limit`, `target`, `sought`, `offer`, `previous`, ... when a role word qualifies
    it; `cumulative` for a sum over a span ("this season", "over five years")."""
    period: tuple[str, ...] = ()
    """Months, quarters and years qualifying it ("in July", "first quarter"), sorted."""
    attribution: str | None = None
    """The party it is attributed to (`police`, `organiser`, `union`, `government`, ...)."""
    modality: str | None = None
    """`negated` or `modal` when the statement is not a plain assertion."""
    event: str | None = None
    """The lemma of the claim's predicate: the event the value belongs to."""
    context: frozenset[str] = frozenset()
    """Content lemmas of the sentence (synonym classes folded), for context similarity."""
    near: frozenset[str] = frozenset()
    """Content lemmas of the words right around the value: the closest context."""
    value: Value | None = None
    """The normalized reading, when the phrase could be read."""
    surface: tuple[tuple[str, str], ...] = ()
    """Each context lemma with a word that wrote it (`("collaps", "collapsed")`), sorted: the
    reason for a pair is given in words, not stems."""
    contrast: frozenset[tuple[str, int]] = frozenset()
    """Poles of contrasts qualifying the value from close by: ("open", 0) for "opened at",
    ("open", 1) for "closed at"; two values on opposite poles measure different things."""
    subject: tuple[str, ...] = ()
    """The names the value's clause is said of, read strictly ("Harwick scored 3 against
    Dunmore" is Harwick's): its subject or possessor, empty when no name is (the words as
    written, in order). Two different ones tell two figures apart."""
    part: frozenset[str] = frozenset()
    """For a part of a group ("40 of the passengers were children"), the content lemmas of
    what is said of the part (`child`): a count of the group that says none of it is of
    another thing."""
    whole: bool = False
    """The figure is of a whole ("nationwide", "in all", "across the country"): no figure
    of one named part of it."""
    named: frozenset[str] = frozenset()
    """The names the value's sentence writes, places too (keys): what a part is."""
    around: frozenset[str] = frozenset()
    """For a figure of a whole, the names its whole report writes: a name it writes too may
    be the whole itself ("in Albrey" against "nationally", in a report about Albrey)."""
    regions: frozenset[str] = frozenset()
    """The names the sentence gives as parts of a country ("the *Ostra* region"), as keys."""
    befell: str | None = None
    """For a date or a time of day, what it says befell people then when the verb it follows
    is of such a class ("was *arrested* on 8 May": `arrested`)."""
    origin: str | None = None
    """For a distance, the place it is measured from ("69 km from *Sarn*"), as a key."""
    who: str | None = None
    """For an age, the noun of the person it is said of when no name is ("the *victim*, 12",
    "a 41-year-old *man*"), folded like context."""
    lasting: str | None = None
    """For a duration, the event said to last it ("the *strike* lasted 31 hours", "a 12-day
    *strike*"), folded like context."""
    bridge: Value | None = None
    """A second reading in another dimension, for a counterpart that uses it ("since 2017"
    as a length of years, "1 in 3,000" as a percent): `claimdiff.measure._bridge`."""
    base: frozenset[str] = frozenset()
    """For a share, the group it is of ("62% *of residents*"), folded like context: two
    shares of groups with no word in common are two figures."""
    labels: frozenset[tuple[str, str]] = frozenset()
    """The nouns its sentence designates by a letter or number ("Band A", "Zone 2"), with
    their designators: `claimdiff.measure._labels`."""
    groups: frozenset[str] = frozenset()
    """For people of two kinds counted as one ("212 riders and pedestrians had been
    injured"), both kinds, folded like context: a count of one of them is a part of it."""
    implied: frozenset[str] = frozenset()
    """For a figure in no role, the roles its sentence names ("accept the *offer*, put at 11.8
    million pounds"), none its report gives another figure of its kind: `_implied`."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form (the reading as `Value.to_dict`, the context sorted)."""
        return {
            "source": self.source, "claim": self.claim, "slot": self.slot,
            "phrase": self.phrase, "dimension": self.dimension, "measured": self.measured,
            "measured_words": self.measured_words, "classed": self.classed,
            "holder": list(self.holder), "role": self.role, "period": list(self.period),
            "attribution": self.attribution, "modality": self.modality, "event": self.event,
            "context": sorted(self.context), "near": sorted(self.near),
            "value": None if self.value is None else self.value.to_dict(),
            "surface": dict(self.surface),
            "contrast": sorted(f"{name}:{pole}" for name, pole in self.contrast),
            "subject": list(self.subject), "part": sorted(self.part),
            "whole": self.whole, "named": sorted(self.named),
            "around": sorted(self.around), "regions": sorted(self.regions),
            "befell": self.befell, "origin": self.origin, "who": self.who,
            "lasting": self.lasting,
            "bridge": None if self.bridge is None else self.bridge.to_dict(),
            "base": sorted(self.base),
            "labels": sorted(f"{noun} {mark}" for noun, mark in self.labels),
            "groups": sorted(self.groups), "implied": sorted(self.implied),
        }


@dataclass(frozen=True)
class MeasurementPair:
    """Two measurements paired across sources: indexes, score (0–1) and why."""

    a: int
    b: int
    score: float
    reason: str


__all__ = ["Measurement", "MeasurementPair"]
