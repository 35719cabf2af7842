"""Dates read in their article's context: a reference-time tracker.

An article names times in order, and some of them count from the one named before
rather than from the day of writing (TimeML 1.2.1: a TIMEX3's `anchorTimeID`):

* **Sets the reference time**: every date the text places, absolute ("June 12, 2012",
  "in 2009") or counted from the day of writing ("on Monday", "last July"), of one
  calendar period at most (a day, week, month, quarter, season, half or year; a time of
  day sets its day). Not a range, a decade, an open end ("since 2009"), "now", and not a
  date right after a verb of saying ("officials said Friday": the time of the report).
* **Reads from the reference time**: a period named from it ("that day", "the same
  week", "the following year", "later that evening", "the night before", "the day") and
  a time counted from it ("two days later", "a year earlier", "three weeks on", "the
  year-earlier quarter"); a part of "the year" or "the month" in a sentence that does
  not look ahead ("peaked by the end of the year" after "early December" of 2012);
  the second year of a pair written short ("1957-58").
* **Reads from the day of writing**: everything else ("tomorrow", "next week", "two
  days ago", "on Tuesday" by the tense of its sentence), as `normalize` reads it.

A period finer than the reference time ("the next day" after "in July 2012") is known
only to lie in it: its core is the reference time moved by the count, its TIMEX3 value
the reference's with the finer fields unknown (`2012-07-XX`, as TimeML writes it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from claimdiff.errors import ClaimdiffError
from claimdiff.extract import _reftime_en as en
from claimdiff.extract._reftime_calendar import (
    DAYS,
    day_of,
    deictic_value,
    first_day,
    render,
    shift,
    short_year,
    year_part,
)
from claimdiff.normalization import Interval, Kind, Value, normalize

__all__ = ["ReferenceTime", "grain", "read_in_context"]

_GRAINS = [(re.compile(r"\d{4}-\d\d-\d\dT.*"), "time"),
           (re.compile(r"\d{4}-\d\d-\d\d"), "day"),
           (re.compile(r"\d{4}-W\d\d-WE"), "weekend"),
           (re.compile(r"\d{4}-W\d\d"), "week"),
           (re.compile(r"\d{4}-\d\d"), "month"),
           (re.compile(r"\d{4}-Q\d"), "quarter"),
           (re.compile(r"\d{4}-(?:SP|SU|FA|WI)"), "season"),
           (re.compile(r"\d{4}-H\d"), "half"),
           (re.compile(r"\d{4}"), "year")]
_RANK = {"time": 0, "morning": 0, "afternoon": 0, "evening": 0, "night": 0, "day": 1,
         "weekend": 2, "week": 2, "month": 3, "quarter": 4, "season": 4, "half": 5,
         "year": 6, "decade": 7}
_WIDEST = {"time": 1.5, "day": 1.5, "weekend": 3.5, "week": 7.5, "month": 31.5,
           "quarter": 92.5, "season": 95.5, "half": 184.5, "year": 366.5}
"""The widest core a value of each grain has: a wider one is a range, no one period."""
_PART_CODE = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def grain(value: Value) -> str | None:
    """The calendar period a date value names, from its TIMEX3 value; `None` for a
    value that names no one period (a decade, "now", a range, no value)."""
    if value.kind is not Kind.DATE or not value.timex or not value.core.bounded:
        return None
    for pattern, name in _GRAINS:
        if pattern.fullmatch(value.timex):
            return name if value.core.width <= _WIDEST[name] else None
    return None


@dataclass
class ReferenceTime:
    """The reference time of one article as its time expressions are read in order."""

    published: date | None
    current: Value | None = None
    """The last date the text placed that may anchor what follows."""
    origin: object = None
    """The key of the expression that set `current` (the caller's: an offset, an id)."""

    def read(self, text: str, start: int, end: int, value: Value | None, *,
             sentence: tuple[int, int] | None = None, forward: bool = False,
             key: object = None, temporal: bool = False) -> tuple[Value | None, object]:
        """The expression `text[start:end]`, read by `normalize` as `value`, read in its
        context (its `sentence`, which looks `forward` or not; `temporal`: known to be a time
        expression, so "the first half" is no share): returns the value and, when
        it was read from the reference time, the key of the expression that set it (else
        `None`). Then moves the reference time."""
        phrase = text[start:end].strip()
        origin = None
        lo, hi = sentence or (start, end)
        past = not forward and en.in_past(en.clause_of(text, lo, hi, start, end))
        own = self._from_reference(phrase, forward, past) if self.current is not None else None
        if own is None and value is not None and self.current is not None:
            own = self._time_of_day(phrase, value)
        if own is not None:
            origin = self.origin
        else:
            own = short_year(text, start, phrase)
            if own is None and (temporal or value is None or value.kind is Kind.DATE):
                own = self._of_the_year(phrase, forward)
        if own is not None:
            value = own
        if value is not None and grain(value) is not None \
                and not self._keeps(text, start, phrase, value):
            self.current, self.origin = value, key
        return value, origin

    def _keeps(self, text: str, start: int, phrase: str, value: Value) -> bool:
        """Whether the date at `start` leaves the reference time where it is: the date of a
        report ("said Friday"), a time of day that names no day (it is on the reference
        day or the day of writing, and moves no narrative), a look back ("a year earlier",
        "the previous day": a comparison or a flashback, after which the text goes on
        from where it was)."""
        if en.REPORTING.search(text, max(0, start - 60), start):
            return True
        if self.current is not None and grain(value) == "time" \
                and not en.NAMES_A_DAY.search(phrase):
            return True
        return en.LOOK_BACK.search(phrase) is not None

    def _from_reference(self, phrase: str, forward: bool, past: bool) -> Value | None:
        m = en.ANAPHORIC.fullmatch(phrase)
        if m is not None:
            if m["same"]:
                ref = self.current
                assert ref is not None
                return replace(ref, text=phrase, steps=(
                    f"the reference time itself: {ref.render()} ({ref.text!r})",))
            if m["det"]:
                det, unit = " ".join(m["det"].lower().split()), m["unit"].lower()
            elif m["bunit"]:
                det, unit = m["tail"].lower(), m["bunit"].lower()
            else:
                det, unit = "the", m["tunit"].lower()
            if det == "the next" and forward and unit in ("week", "month", "quarter", "year"):
                return None  # "in the next year", said of the future: the coming one
            return self._period(phrase, unit, en.SHIFTS[det])
        m = en.COUNTED.fullmatch(phrase)
        if m is not None:
            if m["yperiod"]:
                return self._counted(phrase, -1, "year")
            sign = 1 if m["dir"].lower() in en.LATER else -1
            return self._counted(phrase, sign * en.count(m["n"]), m["unit"].lower())
        m = en.NAMED.fullmatch(phrase)
        if m is not None:
            return self._named(phrase, m["name"], en.SHIFTS[" ".join(m["det"].lower().split())])
        m = en.YEAR_END.fullmatch(phrase)
        if m is not None and past and not re.search(r"\d", phrase):
            unit = m["unit"].lower()
            return self._deictic(phrase, f"{m['head']}this {unit}", unit)
        return None

    def _of_the_year(self, phrase: str, forward: bool) -> Value | None:
        """A part of a year with its year first or none ("last year's second half", "in
        the second half": `year_part`), and "the year-ago quarter" with no quarter named
        before it (financial news: a year before the last quarter reported)."""
        if self.published is None:
            return None
        m = en.COUNTED.fullmatch(phrase)
        if m is None or not m["yperiod"] or self.current is not None:
            return year_part(phrase, forward, self.published, self.current)
        last = deictic_value("last quarter", self.published)
        if last is None:
            return None
        self.current = last
        try:
            return self._counted(phrase, -1, "year")
        finally:
            self.current = None

    def _time_of_day(self, phrase: str, value: Value) -> Value | None:
        """A time of day that names no day ("at 8 p.m.", "in the morning"), on the day of
        the reference time when that one is a day."""
        ref = self.current
        assert ref is not None
        if grain(value) != "time" or grain(ref) not in ("day", "time") \
                or en.NAMES_A_DAY.search(phrase) or int(value.core.lo) == int(ref.core.lo):
            return None
        return self._deictic(phrase, phrase, "time")

    def _named(self, phrase: str, name: str, k: int) -> Value | None:
        """A month or season named from the reference time: of its year ("that summer"),
        the first after it ("the following March"), the last before it."""
        ref = self.current
        assert ref is not None
        first = date.fromordinal(int(ref.core.lo))
        last = date.fromordinal(int(ref.core.hi))
        month = en.START_MONTH[name.lower()]
        year = first.year if k <= 0 else last.year
        if k > 0 and month <= last.month:
            year += 1
        elif k < 0 and month >= first.month:
            year -= 1
        try:
            value = normalize(f"{name} {year}")
        except (ClaimdiffError, ValueError, OverflowError):
            return None
        return replace(value, text=phrase, steps=(
            f"the reference time is {ref.render()} ({ref.text!r})", *value.steps))

    def _period(self, phrase: str, unit: str, k: int) -> Value | None:
        """A period named from the reference time, `k` periods on."""
        ref = self.current
        assert ref is not None
        g = grain(ref) or "day"
        fine_ok = unit in _PART_CODE and g in ("day", "time")
        if fine_ok or _RANK[unit] >= _RANK[g]:
            table = en.PERIOD_OF if k == 0 else en.NEXT_OF if k > 0 else en.LAST_OF
            deictic = table.get(unit) or f"{'next' if k > 0 else 'last'} {unit}"
            return self._deictic(phrase, deictic, unit)
        return self._within(phrase, unit, k * DAYS[unit])

    def _deictic(self, phrase: str, deictic: str, unit: str) -> Value | None:
        """`deictic` ("tomorrow", "this week") read with the reference time as its day."""
        ref = self.current
        assert ref is not None
        g = grain(ref) or "day"
        if _RANK.get(unit, 6) < _RANK[g] and not (
                unit in (*_PART_CODE, "time") and g in ("day", "time")):
            return None
        day = first_day(ref)
        try:
            value = normalize(deictic, reference=day)
        except (ClaimdiffError, ValueError, OverflowError):
            return None
        return replace(value, text=phrase, steps=(
            f"the reference time is {ref.render()} ({ref.text!r})",
            f"read as {deictic!r} said on {day.isoformat()}", *value.steps))

    def _counted(self, phrase: str, n: int, unit: str) -> Value | None:
        """A time `n` units from the reference time, as precise as the reference."""
        ref = self.current
        assert ref is not None
        g = grain(ref) or "day"
        if _RANK[unit] < _RANK[g]:
            return self._within(phrase, unit, n * DAYS[unit])
        if g in ("day", "time"):
            try:
                value = normalize(phrase, anchors={"previous": day_of(ref)})
            except (ClaimdiffError, ValueError, OverflowError):
                value = None
            if value is not None and value.kind is Kind.DATE:
                return replace(value, steps=(
                    f"the reference time is {ref.render()} ({ref.text!r})", *value.steps))
        lo, hi = shift(ref.core.lo, ref.core.hi, n, unit)
        slo, shi = shift(ref.support.lo, ref.support.hi, n, unit)
        return Value(kind=Kind.DATE, text=phrase, core=Interval(lo, hi),
                     support=Interval(min(slo, lo), max(shi, hi)), unit="day",
                     dimension="date", granularity=ref.granularity,
                     timex=render(lo, g, ref.timex or ""), steps=(
                         f"the reference time is {ref.render()} ({ref.text!r})",
                         f"{n:+d} {unit}(s) from it, as precise as it is"))

    def _within(self, phrase: str, unit: str, shift: float) -> Value:
        """A period finer than the reference time: somewhere in it, moved by `shift` days."""
        ref = self.current
        assert ref is not None
        g = grain(ref) or "year"
        lo, hi = ref.core.lo + shift, ref.core.hi + shift
        pad = DAYS[unit]
        year = date.fromordinal(int(lo)).year
        if unit in ("day", *_PART_CODE):
            timex = (f"{(ref.timex or '')[:7]}-XX" if g == "month" and shift == 0
                     else f"{year}-XX-XX")
            timex += f"T{_PART_CODE[unit]}" if unit in _PART_CODE else ""
        elif unit in ("week", "weekend"):
            timex = f"{year}-WXX" + ("-WE" if unit == "weekend" else "")
        else:
            timex = f"{year}-XX" if unit == "month" else f"{year}-QX"
        return Value(kind=Kind.DATE, text=phrase, core=Interval(lo, hi),
                     support=Interval(min(lo, ref.support.lo + shift) - pad,
                                      max(hi, ref.support.hi + shift) + pad),
                     unit="day", dimension="date", granularity=g, timex=timex, steps=(
                         f"the reference time is {ref.render()} ({ref.text!r})",
                         f"a {unit} in it" if shift == 0 else
                         f"a {unit} {shift:+g} days from a day in it"))


def read_in_context(text: str, spans: list[tuple[int, int]], *,
                    published: date | str | None) -> list[Value | None]:
    """The time expressions at `spans` of the article `text` (in text order), each read
    with its sentence (its tense) and the reference time the text has set before it;
    `None` where an expression cannot be read."""
    from claimdiff.extract._sentences import split_sentences
    from claimdiff.normalization._tense import reads_forward

    sentences = split_sentences(text, 0)
    tracker = ReferenceTime(published if not isinstance(published, str)
                            else date.fromisoformat(published[:10]))
    out: list[Value | None] = []
    for start, end in spans:
        lo, hi = next(((a, b) for a, b in sentences if a <= start < b), (0, len(text)))
        sentence = text[lo:hi]
        try:
            value: Value | None = normalize(text[start:end], reference=tracker.published,
                                            context=sentence)
        except (ClaimdiffError, ValueError, OverflowError):
            value = None
        forward = reads_forward(sentence, start - lo)
        out.append(tracker.read(text, start, end, value, sentence=(lo, hi), forward=forward,
                                key=start, temporal=True)[0])
    return out
