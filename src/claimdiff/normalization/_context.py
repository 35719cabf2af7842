"""What a resolver needs besides the match: the reference day and the anchors,
plus the helpers that build date and duration values."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from claimdiff.errors import NormalizationError
from claimdiff.normalization._calendar import Span
from claimdiff.normalization._interval import Interval
from claimdiff.normalization._value import Kind, Value

NOT_READ = "cannot read {text!r} as a date, duration or quantity"


class Unsaid:
    """A direction nobody gave (no sentence, no tense): reads as back, the news
    reading, and remembers whether a reader asked, so that `normalize` can hold the
    forward reading in the support too."""

    __slots__ = ("asked",)

    def __init__(self) -> None:
        self.asked = False

    def __bool__(self) -> bool:
        self.asked = True
        return False

    def __repr__(self) -> str:
        return "Unsaid()"


class NeedsReference(NormalizationError):
    """A phrase that is a time expression but cannot be placed without a
    reference date or an anchor."""


@dataclass(frozen=True)
class Context:
    """The reading context: reference day (ordinal) and named anchors."""

    reference: int | None = None
    anchors: Mapping[str, Value | str] = field(default_factory=dict)
    future: bool | Unsaid = False
    """Read a date without its year forward (the scanner sets it in future-tense
    sentences); an `Unsaid` when no sentence or tense was given."""
    default_anchor: Value | str | None = None
    """What a relative phrase counts from when its words name no known anchor."""
    utc_offset: int | None = None
    """The reference's offset from UTC in minutes, when it was given with one:
    clock times written with a zone ("0700 GMT") are converted to it."""
    ref_time: float | None = None
    """The reference's time of day (a fraction of the day), when it was given with one."""

    def ref(self, text: str) -> int:
        """The reference ordinal, or raise `NeedsReference` for `text`."""
        if self.reference is None:
            raise NeedsReference(
                f"cannot place {text!r} without a reference date (the publication date)",
                text=text)
        return self.reference

    @property
    def ref_date(self) -> date:
        """The reference as a `date` (only call after `ref`)."""
        assert self.reference is not None
        return date.fromordinal(self.reference)


def fold_name(name: str) -> str:
    """An anchor name as looked up: case-folded, apostrophes and spaces unified,
    a leading `the` dropped."""
    name = re.sub(r"[’‘`´]", "'", name).casefold().strip(" .,;:\"'")
    name = re.sub(r"\s+", " ", name)
    return re.sub(r"^the ", "", name)


def to_interval(span: Span | Interval) -> Interval:
    """A closed interval from a `(first, last)` ordinal pair."""
    if isinstance(span, Interval):
        return span
    return Interval(float(span[0]), float(span[1]))


def date_value(
    text: str,
    core: Span | Interval,
    support: Span | Interval | None = None,
    *,
    timex: str | None,
    granularity: str,
    mod: str | None = None,
    steps: tuple[str, ...] = (),
) -> Value:
    """A date value: `core` inside `support` (both default to the same span)."""
    core_iv = to_interval(core)
    support_iv = to_interval(support) if support is not None else core_iv
    return Value(kind=Kind.DATE, text=text, core=core_iv, support=support_iv.hull(core_iv),
                 unit="day", dimension="date", mod=mod, granularity=granularity,
                 timex=timex, steps=steps)


def iso(day: float) -> str:
    """An ordinal day as `YYYY-MM-DD`."""
    return date.fromordinal(int(day)).isoformat()
