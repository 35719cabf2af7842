"""Every date, duration and quantity of a text, found by the normalization engine.

Time expressions come from `scan_temporal` (read against the publication date,
when there is one), quantities from `scan_quantities`; where both find the same
words, the time reading wins. Expressions that only point at the present
("now", "currently") are not claims and are dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from claimdiff.errors import ClaimdiffError
from claimdiff.extract._compared import against_bases
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
from claimdiff.extract._dates_joined import joined_dates
from claimdiff.extract._either_side import either_side
from claimdiff.extract._ellipsis import elided
from claimdiff.extract._found import Found
from claimdiff.extract._found import found_at as _found
from claimdiff.extract._joined import compound_durations
from claimdiff.extract._joined import parts_of_totals as parts_of_totals_
from claimdiff.extract._levels import change_levels
from claimdiff.extract._multiples import multiples
from claimdiff.extract._own_words import aged, doubled
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
    word_ages,
)
from claimdiff.normalization import (
    Kind,
    Value,
    find_impossible_dates,
    find_scores,
    normalize,
    scan_temporal,
)
from claimdiff.normalization._clock_en import ZONE_CAPS
from claimdiff.normalization._frequency import find_frequencies
from claimdiff.normalization._numbers import AND_FRACTION_RE
from claimdiff.normalization._ordinal_words import RANKED
from claimdiff.normalization._quantity import scan_quantities

__all__ = ["Found", "elided_values", "find_values", "relative_tail"]

_PRESENT = {"PRESENT_REF"}
_RELATIVE = re.compile(
    r"\s+(?P<link>after|before|later than|earlier than|later|earlier|since|following|"
    r"prior to|ahead of)\s+", re.IGNORECASE)


_ZONE = r"(?:\s+\(?" + ZONE_CAPS + r"\)?(?![\w(]))"
"""A zone abbreviation after a clock time ("4.30 pm IST", "0700 GMT")."""
_RESTATED = r"(?:\s*\((?:[01]\d|2[0-3])[:.]?[0-5]\d\s+" + ZONE_CAPS + r"\))"
"""The same time restated in another zone: "7pm (1800 GMT)"."""

_CLOCK = re.compile(
    r"(?<![\w:.])(?P<t>(?:(?:shortly|just|soon)\s+(?:before|after)\s+|(?:about|around|"
    r"approximately)\s+)?(?:\d{1,2}(?:[:.][0-5]\d)?(?:\s+o['’]clock)?\s+(?:in\s+the\s+(?:morning|"
    r"afternoon|evening)|at\s+night)\b|(?:\d{1,2}(?:[:.][0-5]\d)?\s*[ap]\.?\s?m\b\.?|"
    r"(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:]))" + _ZONE + "?" + _RESTATED + "?"
    r"|(?<!\()(?:[01]\d|2[0-3])[0-5]\d" + _ZONE + r"|(?<=\s)(?:noon|midday|midnight)\b))",
    re.IGNORECASE)
"""Times of day the temporal scanner leaves alone ("at 5:47 p.m.", "shortly before midnight",
"8.40 in the evening", "4.30 pm IST", "0412 GMT": four digits only with their zone, "3pm
(1400 GMT)": one time restated in another zone);
`claimdiff.measure` reads them as times of day."""

_POSITIONS = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in (
    "lane", "platform", "gate", "berth", "pier", "bay", "hole", "seat", "row", "court",
    "terminal"))
"""Numbered places in a row that someone is drawn, sent or shown to ("from lane 4", "platform
9", "Gate 12"): where they stood, which two reports can disagree on, not a count."""

_ORDINAL = re.compile(
    r"(?P<t>\b\d{1,3}(?:st|nd|rd|th)\b|\b(?:third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
    r"sixteenth|seventeenth|eighteenth|nineteenth|twentieth)\b(?!\s+(?:of|quarter)\b)|"
    r"\b(?:world\s+)?(?:number|No\.)\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|"
    r"nine|ten)\b|\b(?:[Ss]tage|[Gg]ame|[Rr]ound|[Ll]ap|" + _POSITIONS + r")\s+\d{1,3}\b)")
"""Places in a series ("the 11th storm", "ranked seventh", "stage 8", "lane 4"), not fractions
("a third") nor quarters; `claimdiff.measure` reads them as ordinals."""

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
    for s, e, twice in doubled(chunk):  # "fifteen (15) days": one figure, not "days" alone
        if free(s, e):
            out.append(replace(_found(text, start + s, start + e, twice.kind, twice),
                               in_context=True))
    quantities = list(with_rates(chunk, change_levels(chunk, scan_quantities(chunk))))
    for s, e, rate in quantities:  # "$48 a tonne": no "a tonne" of its own (below)
        if "/" in rate.dimension and free(s, e):
            out.append(_found(text, start + s, start + e, rate.kind, rate))
    for s, e, mixed in quantities:  # "three and a quarter lengths": not "a quarter" of a year
        if (mixed.noun or mixed.unit) and mixed.dimension != "time" \
                and AND_FRACTION_RE.search(chunk, s, e) and free(s, e):
            out.append(_found(text, start + s, start + e, mixed.kind, mixed))
    for s, e, every in find_frequencies(chunk, _read_or_none):  # "every 15 minutes": how
        if free(s, e):  # often, no time of one event nor "an hour" alone
            out.append(_found(text, start + s, start + e, every.kind, every))
    for s, e, part in parts_of_round(chunk):  # not "a quarter" of a year, nor "a million"
        if free(s, e):  # the draft states its reading: "some quarter of a million" alone
            # is no phrase `normalize` reads
            out.append(replace(_found(text, start + s, start + e, part.kind, part),
                               in_context=True))
    for s, e, share in shares_not_times(chunk):  # "nearly a quarter less": not 3 months
        if free(s, e):
            out.append(replace(_found(text, start + s, start + e, share.kind, share),
                               in_context=True))
    for s, e, measure in [*measures_without_figures(chunk), *duration_ranges(chunk)]:
        if free(s, e):  # "half a mile", "two to three weeks": not "three weeks" alone
            # drafted without its preposition: "for two to three weeks" reads as nothing;
            # a phrase read in other words ("the mile and a quarter") states its reading
            out.append(replace(_found(text, start + s, start + e, measure.kind, measure),
                               prep_start=start + s, in_context=measure.text != chunk[s:e]))
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
    for s, e, window in either_side(chunk):  # "two hours either side of low tide"
        if free(s, e):
            out.append(replace(_found(text, start + s, start + e, window.kind, window),
                               in_context=True))
    for s, e, change in against_bases(chunk):  # "23% below the five-year average"
        if free(s, e):
            out.append(_found(text, start + s, start + e, change.kind, change))
    for s, e, score in find_scores(chunk):  # "beat Tavora 27-19": one score, no range nor date
        if free(s, e):
            out.append(_found(text, start + s, start + e, score.kind, score))
    for s, e, speed in quantities:  # "210,000 kilometres an hour": no "an hour" of time
        if speed.dimension == "speed" and free(s, e):
            out.append(_found(text, start + s, start + e, speed.kind, speed))
    for s, e, value, joined in joined_dates(chunk, scan_temporal(chunk, reference=reference),
                                            reference, lambda a, b: taken.find(1, a, b) < 0):
        s, e, value = possessive_date(chunk, s, e, value, reference)
        if not free(s, e):
            continue
        if value is not None and (value.timex in _PRESENT or value.kind is Kind.SET):
            # "now" places nothing; a recurrence ("every day") is no time of one event.
            continue
        kind = value.kind if value is not None else _kind_of(chunk[s:e])
        dated = _found(text, start + s, start + e, kind, value)
        out.append(replace(dated, prep_start=start + s) if joined else dated)
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
        if m.group("t")[-2:] in ("st", "nd", "rd", "th") \
                and (ranked := RANKED.match(chunk, e)) is not None:
            e = ranked.end()  # "fourth-largest", "sixth in the world", "third collective sale"
        if free(s, e):
            out.append(_found(text, start + s, start + e, Kind.QUANTITY, None))  # a place
    for s, e, value in [*quantities,
                        *leading_count(chunk),
                        *parts_in_words(chunk),
                        *modifier_counts(WORD_MODIFIER, chunk),
                        *modifier_counts(NAMED_MODIFIER, chunk, ends_on_noun=True),
                        *bare_counts(chunk),
                        *word_ages(chunk)]:
        if free(s, e):
            out.append(_found(text, start + s, start + e, value.kind, value))
    out.sort(key=lambda f: (f.start, f.end))
    out = aged(text, out)  # "aged 44": an age, its lead word in its phrase
    out = compound_durations(text, out)
    out = sorted([*out, *elided_values(text, out, end)], key=lambda f: (f.start, f.end))
    out = restated(text, out)
    return parts_of_totals_(text, out) if parts_of_totals else out


def elided_values(text: str, found: list[Found], end: int) -> list[Found]:
    return elided(text, found, end)


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


def _read_or_none(phrase: str) -> Value | None:
    """`normalize`'s reading of a phrase, `None` where it reads none."""
    try:
        return normalize(phrase)
    except ClaimdiffError:
        return None
