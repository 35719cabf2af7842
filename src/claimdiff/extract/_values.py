"""Every date, duration and quantity of a text, found by the normalization engine.

Time expressions come from `scan_temporal` (read against the publication date,
when there is one), quantities from `scan_quantities`; where both find the same
words, the time reading wins. Expressions that only point at the present
("now", "currently") are not claims and are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from claimdiff.errors import ClaimdiffError
from claimdiff.extract._counts import (
    NAMED_MODIFIER,
    WORD_MODIFIER,
    decade_ages,
    fractions,
    leading_count,
    modifier_counts,
    parts_of_round,
    shares_not_times,
)
from claimdiff.extract._levels import change_levels
from claimdiff.extract._multiples import multiples
from claimdiff.extract._partitive import parts_in_words
from claimdiff.extract._per import with_rates
from claimdiff.extract._possessive import possessive_date
from claimdiff.extract._reftime_en import IN_TEXT
from claimdiff.extract._restated import restated
from claimdiff.extract._words import (
    bare_counts,
    clock_words,
    duration_ranges,
    holidays,
    measures_without_figures,
    race_times,
)
from claimdiff.normalization import (
    Kind,
    Value,
    find_impossible_dates,
    normalize,
    scan_temporal,
)
from claimdiff.normalization._quantity import scan_quantities

_PRESENT = {"PRESENT_REF"}
_PREPOSITION = re.compile(
    r"(?:\b(?:on|in|since|until|till|by|from|at|during|for|over|after|before|as of))\s+$",
    re.IGNORECASE)
_RELATIVE = re.compile(
    r"\s+(?P<link>after|before|later than|earlier than|later|earlier|since|following|"
    r"prior to|ahead of)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Found:
    """One value expression: where it is, what the engine read, and how to record it."""

    start: int
    end: int
    text: str
    kind: Kind | None
    """`date`, `duration` or `quantity`; `None` for a time phrase that could not be placed."""
    value: Value | None
    prep_start: int
    """Start of the phrase with its preposition ("on Wednesday"), for the claim's value text."""
    problem: str | None = None
    """Why the phrase names no day ("February 2024 has 29 days"): kept whole, never read."""
    in_context: bool = False
    """`value` was read with words `normalize` does not see in the phrase alone ("nearly a
    quarter *less*" is a share, not three months): the draft states the reading."""
    anchor: tuple[int, int] | None = None
    """Where the date this one was read from stands ("the next day" after "on Monday"):
    the article's reference time (`_reftime`)."""

    @property
    def slot(self) -> str:
        """The claim field the value goes in: `when` for dates, `value` otherwise."""
        return "value" if self.kind in (Kind.DURATION, Kind.QUANTITY) else "when"


_CLOCK = re.compile(
    r"(?<![\w:.])(?P<t>(?:(?:shortly|just|soon)\s+(?:before|after)\s+|(?:about|around|"
    r"approximately)\s+)?(?:\d{1,2}(?:[:.][0-5]\d)?\s*[ap]\.?\s?m\b\.?|(?:[01]?\d|2[0-3]):[0-5]\d"
    r"(?![\d:])|(?<=\s)(?:noon|midday|midnight)\b))", re.IGNORECASE)
"""Times of day the temporal scanner leaves alone ("at 5:47 p.m.", "shortly before midnight");
`claimdiff.measure` reads them as times of day."""

_ORDINAL = re.compile(
    r"(?P<t>\b\d{1,3}(?:st|nd|rd|th)\b|\b(?:third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
    r"sixteenth|seventeenth|eighteenth|nineteenth|twentieth)\b(?!\s+(?:of|quarter)\b)|"
    r"\b(?:world\s+)?(?:number|No\.)\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|"
    r"nine|ten)\b|\b(?:[Ss]tage|[Gg]ame|[Rr]ound|[Ll]ap)\s+\d{1,3}\b)")
"""Places in a series ("the 11th storm", "ranked seventh", "stage 8"), not fractions ("a third")
nor quarters; `claimdiff.measure` reads them as ordinals."""

_FRACTION_BEFORE = re.compile(r"\b(?:a|one|two|three)\s+$", re.IGNORECASE)
_FRACTION_AFTER = re.compile(r"s?(?:\s+(?:of|less|more|fewer|lower|higher)\b|\s*(?:[.,;:)]|$))")


_PENCE = re.compile(r"(?<![\w.:,])\d{2,4}p\b(?!\.\s?m\b)")
"""A price in pence as markets write it ("212p"); a time says "2:12pm" or "2.12pm"."""

_RELATIVE_DAY = re.compile(
    r"\b(?:the\s+(?:following|next|previous)\s+day|(?:a|one|two|three|four|five|six|seven|"
    r"\d{1,2})\s+days?\s+(?:later|earlier)(?!\s+than))\b", re.IGNORECASE)
"""Days counted from the day told before: "the following day", "two days later"."""


def _from_writing(phrase: str, reference: date | None) -> Value | None:
    """A time named from the reference time, read from the day of writing (what it is when
    the article has named no date before it: "the following year"); `None` for a day
    counted from the day before ("the next day"), which the day of writing never places."""
    if _RELATIVE_DAY.fullmatch(phrase.strip()) or reference is None:
        return None
    try:
        value = normalize(phrase, reference=reference)
    except ClaimdiffError:
        return None
    return value if value.kind is Kind.DATE else None


_RECURRING_DAYS = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:s\b|\s+(?:morning|afternoon|evening|"
    r"night)s\b)")
"""A weekday that recurs ("on Sundays", "Monday nights": TimeML SETs): not the date of
one event, so neither it nor its weekday is drafted as one."""


def _kind_of(phrase: str) -> Kind:
    # An unplaceable time phrase: a duration only if it counts units and does not point.
    if re.search(r"\b(?:ago|after|before|later|earlier|since)\b", phrase, re.IGNORECASE):
        return Kind.DATE
    if re.search(r"\b(?:second|minute|hour|day|week|month|year|decade|centur)", phrase,
                 re.IGNORECASE) and not re.search(r"\b(?:last|next|this|that)\b", phrase,
                                                  re.IGNORECASE):
        return Kind.DURATION
    return Kind.DATE


def find_values(text: str, start: int, end: int, *, reference: date | None,
                parts_of_totals: bool = False) -> list[Found]:
    """The value expressions of `text[start:end]`, in text order, offsets into `text`;
    with `parts_of_totals`, "9 of the 14 workers" is one value, else two."""
    chunk = text[start:end]
    out: list[Found] = []
    # Characters inside an impossible date or a time expression: nothing overlapping
    # one is read again (one lookup per expression, not one per expression found).
    taken = bytearray(len(chunk))

    def free(s: int, e: int) -> bool:
        if taken.find(1, s, e) >= 0:
            return False
        taken[s:e] = b"\x01" * (e - s)
        return True

    for s, e, why in find_impossible_dates(chunk):  # "31 February 2024" is not February 2024
        out.append(replace(_found(text, start + s, start + e, Kind.DATE, None), problem=why))
        taken[s:e] = b"\x01" * (e - s)
    for s, e, part in parts_of_round(chunk):  # not "a quarter" of a year, nor "a million"
        if free(s, e):
            out.append(_found(text, start + s, start + e, part.kind, part))
    for s, e, share in shares_not_times(chunk):  # "nearly a quarter less": not 3 months
        if free(s, e):
            out.append(replace(_found(text, start + s, start + e, share.kind, share),
                               in_context=True))
    for s, e, measure in [*measures_without_figures(chunk), *duration_ranges(chunk)]:
        if free(s, e):  # "half a mile", "two to three weeks": not "three weeks" alone
            # drafted without its preposition: "for two to three weeks" reads as nothing
            out.append(replace(_found(text, start + s, start + e, measure.kind, measure),
                               prep_start=start + s))
    for s, e, race in race_times(chunk):  # "1:59.41": not the clock's 1:59
        if free(s, e):
            out.append(replace(_found(text, start + s, start + e, race.kind, race),
                               in_context=True))
    for s, e, told in clock_words(chunk, reference):  # not "a quarter" of a year
        if free(s, e):
            out.append(_found(text, start + s, start + e, Kind.DATE, told))
    for s, e, told in holidays(chunk, reference):  # not "Sunday" of "Easter Sunday"
        if free(s, e):  # drafted without "from", which `normalize` reads before no holiday
            out.append(replace(_found(text, start + s, start + e, Kind.DATE, told),
                               prep_start=start + s))
    for m in _RECURRING_DAYS.finditer(chunk):  # "meets Monday nights": no day of one event
        free(m.start(), m.end())
    for m in IN_TEXT.finditer(chunk):  # read from the article's reference time (`_reftime`)
        if free(m.start(), m.end()):
            out.append(_found(text, start + m.start(), start + m.end(), Kind.DATE,
                              _from_writing(m.group(), reference)))
    for m in _PENCE.finditer(chunk):  # "closed at 212p": pence, not 2:12 p.m.
        if free(m.start(), m.end()):
            pence = replace(normalize(f"{m.group()[:-1]} pence"), text=m.group())
            out.append(replace(_found(text, start + m.start(), start + m.end(), pence.kind,
                                      pence), in_context=True))
    for s, e, age in decade_ages(chunk):  # "in his mid-forties": an age, not the 1940s
        if free(s, e):
            out.append(_found(text, start + s, start + e, age.kind, age))
    for s, e, ratio in multiples(chunk):  # "3.4 times": a ratio, not a count of 3.4
        if free(s, e):
            out.append(_found(text, start + s, start + e, ratio.kind, ratio))
    for s, e, value in scan_temporal(chunk, reference=reference):
        s, e, value = possessive_date(chunk, s, e, value, reference)
        if not free(s, e):
            continue
        if value is not None and (value.timex in _PRESENT or value.kind is Kind.SET):
            # "now" places nothing; a recurrence ("every day") is no time of one event.
            continue
        kind = value.kind if value is not None else _kind_of(chunk[s:e])
        out.append(_found(text, start + s, start + e, kind, value))
    for m in _CLOCK.finditer(chunk):
        if free(m.start("t"), m.end("t")):  # a time of day, no day
            out.append(_found(text, start + m.start("t"), start + m.end("t"), None, None))
    for s, e, value in fractions(chunk):  # before the scanner reads "one in five" as five
        if free(s, e):
            out.append(_found(text, start + s, start + e, value.kind, value))
    for m in _ORDINAL.finditer(chunk):
        s, e = m.start("t"), m.end("t")
        if _FRACTION_BEFORE.search(chunk, max(0, s - 5), s) and _FRACTION_AFTER.match(chunk, e):
            continue  # "a third of", "up by a seventh": a fraction
        if free(s, e):
            out.append(_found(text, start + s, start + e, Kind.QUANTITY, None))  # a place
    for s, e, value in [*with_rates(chunk, change_levels(chunk, scan_quantities(chunk))),
                        *leading_count(chunk),
                        *parts_in_words(chunk),
                        *modifier_counts(WORD_MODIFIER, chunk),
                        *modifier_counts(NAMED_MODIFIER, chunk, ends_on_noun=True),
                        *bare_counts(chunk)]:
        if free(s, e):
            out.append(_found(text, start + s, start + e, value.kind, value))
    out.sort(key=lambda f: (f.start, f.end))
    out = _compound_durations(text, out)
    out = sorted([*out, *elided_values(text, out, end)], key=lambda f: (f.start, f.end))
    out = restated(text, out)
    return _parts_of_totals(text, out) if parts_of_totals else out


_JOIN = re.compile(r"\s*(?:and\s+)?")
"""Between the parts of one duration: a space or "and"; a comma may end one ("lasted two
days, 3 hours later it ended")."""


def _compound_durations(text: str, found: list[Found]) -> list[Found]:
    """Durations written in parts ("4 hours 32 minutes 10 seconds", "1min 52sec", "2 hours
    and 45 minutes") as one value: a part alone is no reading of the whole."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and _of_time(prev) and _of_time(f) and prev.end < f.start \
                and f.start - prev.end <= 6 and _JOIN.fullmatch(text, prev.end, f.start):
            try:
                whole = normalize(text[prev.start:f.end])
            except ClaimdiffError:
                whole = None
            if whole is not None and (whole.kind is Kind.DURATION or whole.dimension == "time"):
                # The whole's preposition is found again for its own kind: "by" is kept
                # before a quantity but not before a duration.
                out[-1] = _found(text, prev.start, f.end, whole.kind, whole)
                continue
        out.append(f)
    return out


def _of_time(f: Found) -> bool:
    return f.value is not None and (f.kind is Kind.DURATION or f.value.dimension == "time")


# Between a part and its total: "9 of the 14 workers", "eight out of its 11 carriages".
_PART_OF = re.compile(r"(?:\s+|^)(?:out\s+)?of\s+(?:the|its|their|his|her|our|these|those|all"
                      r"(?:\s+the)?)\s+$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"[\w,.’'-]+\s*$")


def _parts_of_totals(text: str, found: list[Found]) -> list[Found]:
    """A part and its total ("9 of the 14 workers", "nine of the 14 workers") as one
    value, not two: the total is no figure the source states on its own (version 2 drafts
    give it the `total` role). The part is the last one to three words before "of the"."""
    out: list[Found] = []
    for f in found:
        merged = _with_part(text, f, out) if f.kind is Kind.QUANTITY else None
        if merged is None:
            out.append(f)
            continue
        while out and out[-1].end > merged.start:
            out.pop()  # the part, when it was found on its own ("9")
        out.append(merged)
    return out


_OLD = re.compile(r"-old\b")


def _with_part(text: str, total: Found, before: list[Found]) -> Found | None:
    gap = _PART_OF.search(text, max(0, total.start - 24), total.start)
    if gap is None:
        return None
    # The part may be a value found on its own ("9"), never one found before it.
    ends = [f.end for f in before if f.end <= gap.start()]
    floor = ends[-2] if len(ends) > 1 and ends[-1] == gap.start() else ends[-1] if ends \
        and ends[-1] < gap.start() else 0
    starts, at = [], gap.start()
    for _ in range(3):  # the part: "nine", "about 9", "nearly two hundred"
        m = _WORD_BEFORE.search(text, max(0, at - 40), at)
        if m is None or m.start() < min(floor, at):
            break
        starts.append(at := m.start())
    for start in reversed(starts):  # the longest reading that is a part of the total
        phrase = text[start:total.end]
        try:
            value = normalize(phrase)
        except (ClaimdiffError, ValueError, ArithmeticError):
            continue
        if value.steps and value.steps[-1].startswith("a part of"):
            return replace(total, start=start, text=phrase, value=value,
                           prep_start=start)
    return None


def elided_values(text: str, found: list[Found], end: int) -> list[Found]:
    from claimdiff.extract._ellipsis import elided  # it reads `Found`, defined here

    return elided(text, found, end)


def _found(text: str, s: int, e: int, kind: Kind | None, value: Value | None) -> Found:
    if kind is Kind.DURATION and _OLD.match(text, e):
        e += 4  # "a 34-year-old": the age is written whole
    while e > s + 1 and text[e - 1] in ".,;:" and (e == len(text) or text[e].isspace()) \
            and not (text[e - 1] == "." and re.search(r"\b[ap]\.m\.$", text[s:e], re.I)):
        e -= 1  # a sentence's full stop is not part of "mid-May"
    prep = _PREPOSITION.search(text, max(0, s - 12), s)
    if prep is not None and kind is Kind.DURATION and prep.group().split()[0].lower() not in (
            "for", "over", "during"):
        prep = None  # "after decades" is not a duration
    if prep is not None and re.match(r"['’]s\b", text[e:e + 3]):
        prep = None  # "after Sunday's vote": the preposition governs the vote, not the day
    return Found(s, e, text[s:e], kind, value, prep.start() if prep else s)


def relative_tail(text: str, found: Found, limit: int) -> int | None:
    """End of "after <event>" following a duration ("two months after the first units
    departed" -> the end of "the first units"), or `None` when no anchor follows."""
    if found.kind is not Kind.DURATION:
        return None
    m = _RELATIVE.match(text, found.end, limit)
    if m is None:
        return None
    tail = re.match(r"[\w’'-]+(?:\s+[\w’'-]+){0,5}?(?=\s*[,;:.”\"]|\s+(?:of|and|but|which|"
                    r"who|that|when|as|while|for|in|on|by)\b|\s*$)", text[m.end():limit])
    if tail is None or not tail.group().strip():
        return None
    return m.end() + len(tail.group().rstrip())
