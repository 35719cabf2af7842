"""The period a figure is of: the months, quarters and years its own clause names.

"Revenue rose to $4bn in 2025" is 2025's figure, "Visits fell to 410,000 last year" last
year's, "27,000 notes have turned up so far this year" this year's, and in "fallen 33%
since 2019, when they recorded 615,000" the 615,000 is 2019's. A year is read in the
value's clause, on either side of it up to a clause mark; one that only starts a span
("since 2019", "from 2019") or is compared with ("than in 2019") is no period of the figure.
With the report's date, "this year" and "last year" become years, so that "last year" in
a report of 2026 and "in 2025" in another are one period ("*Last year's* show drew 2,650"
too); "finished sixth last season" is of the years the last season may span, and "last
September" of the year it fell in.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from datetime import date

from claimdiff.measure._holder import Tok
from claimdiff.measure._lexicon_en import WITHIN
from claimdiff.measure._lexicon_en import month as full_month
from claimdiff.measure._window_periods import YEAR

__all__ = ["clause_years", "dated", "month_years", "over_years", "span_starts"]

_MARKS = frozenset(",;:()[]—–\"“”«».!?")
_REACH = 12
"""How many words a clause is searched for its year, each way."""
_NOT_OF = frozenset({"since", "from", "than", "after", "before", "until", "till", "by", "to",
                     "between", "versus", "vs"})
"""Words before a year that make it a span's end, a comparison or a deadline, not the
figure's own period ("since 2019", "than in 2019", "by 2030")."""
_ACROSS = frozenset({"when", "where"})
"""A relative clause after a time names the time: "in 2019, when it recorded 615,000"."""
_OTHER_CLAUSE = frozenset({"and", "or", "but", "while", "whereas", "who", "which", "that",
                           "after", "before", "because", "as", "when", "where", "if"})
_MONTH_NAMES = frozenset("""january february march april may june july august september
october november december jan feb mar apr jun jul aug sep sept oct nov dec""".split())
_SHIFT = {"this": 0, "current": 0, "last": -1, "previous": -1, "prior": -1, "next": 1,
          "coming": 1}


def _own_year(toks: Sequence[Tok], k: int, *, named: bool = False) -> str | None:
    """The year at `toks[k]`, or "this/last/next year" ending at it, as the figure's period
    (`named`: a time a relative clause names, whatever the span it ends)."""
    t = toks[k]
    prev = [x.text.lower() for x in toks[max(k - 3, 0):k]]
    if prev and prev[-1] in _MONTH_NAMES:
        prev = prev[:-1]  # "since January 2022" starts a span as "since 2022" does
    if YEAR.fullmatch(t.text):
        if not named and prev and (prev[-1] in _NOT_OF
                                   or prev[-2:] in (["than", "in"], ["compared", "with"])):
            return None
        return _two_year_season(toks, k) or t.text
    word = _POSSESSIVE.sub("", t.text.lower())  # "last year's show" is last year's
    if word == "year" and prev and prev[-1] in _SHIFT:
        if len(prev) > 1 and prev[-2] in _NOT_OF - {"to"}:
            return None  # "since last year", "than last year": a base, not the period
        return {0: "this year", -1: "last year", 1: "next year"}[_SHIFT[prev[-1]]]
    if word == "season" and prev and _SHIFT.get(prev[-1]) == -1:
        if len(prev) > 1 and prev[-2] in _NOT_OF - {"to"}:
            return None  # "since last season"
        return "last season"
    if word == "season" and k >= 3:
        return _two_year_season(toks, k - 3)  # "the 2026/27 season", read back from its noun
    return None


def _two_year_season(toks: Sequence[Tok], k: int) -> str | None:
    """A season across two years whose first year is `toks[k]` ("the 2026/27 season",
    "the 2025-2026 season"), as its label "season 2026-27"."""
    words = [x.text.lower() for x in toks[k:k + 4]]
    if len(words) < 4 or not YEAR.fullmatch(words[0]) or words[1] not in ("/", "-", "–") \
            or _POSSESSIVE.sub("", words[3]) != "season":
        return None
    first, then = int(words[0]), words[2]
    if not (then.isdigit() and len(then) in (2, 4) and int(then[-2:]) == (first + 1) % 100):
        return None
    return f"season {first}-{then[-2:]}"


_POSSESSIVE = re.compile("['\u2019]s?$")


def clause_years(toks: Sequence[Tok], first: int, last: int) -> set[str]:
    """The years the value's clause names as its period (`toks[first:last]` the value)."""
    out: set[str] = set()
    for k in range(last, min(last + _REACH, len(toks))):
        if toks[k].text in _MARKS:
            break
        if (year := _own_year(toks, k)) is not None:
            out.add(year)
            break  # the nearest: "$4bn in 2025 and $3bn in 2024" keeps each its own
        if toks[k].text[0].isdigit():
            break  # another figure, with a year of its own
    for k in range(first - 1, max(first - _REACH, -1), -1):
        t = toks[k]
        if t.text.lower() in _ACROSS and k >= 2 and toks[k - 1].text == ",":
            return out | {y for y in (_own_year(toks, k - 2, named=True),) if y is not None}
        if t.text in _MARKS or t.text[0].isdigit() and not YEAR.fullmatch(t.text) \
                or t.text.lower() in _OTHER_CLAUSE:
            break  # "arrested in 2023 and sentenced to 12 years": the arrest's year
        if (year := _own_year(toks, k)) is not None:
            out.add(year)
            break
    return out


def dated(periods: Collection[str], reference: date | None) -> frozenset[str]:
    """Periods with "this year", "last year" and "next year" as years of `reference`, and
    "last season" as the years the last season may span: a season runs within a year or
    across two, and the last one ended within the year before the report ("last season" in
    September 2026 is 2025, or 2025-26; in March 2026, 2025 or 2024-25), and a season named
    by its two years ("the 2026/27 season") as them. Each season also keeps its labels
    ("season 2025", "season 2025-26"), which tell it from another season
    (`lexicon.periods_differ`): in November 2026 "the 2026/27 season" is no "last season",
    though both span 2026."""
    if reference is None:
        return frozenset(p for p in periods if not p.startswith(_SINCE))
    years = {"this year": reference.year, "last year": reference.year - 1,
             "next year": reference.year + 1}
    ended = reference.year if reference.month >= _SEASONS_TURN else reference.year - 1
    out = {str(years[p]) if p in years else p for p in periods if p != "last season"}
    if "last season" in periods:  # labelled as a season within a year and one across two
        out |= {str(ended - 1), str(ended), f"season {reference.year - 1}",
                f"season {ended - 1}-{ended % 100:02d}"}
    for p in periods:
        if p.startswith("season "):  # "the 2026/27 season" is of both its years
            start = int(p.split()[1][:4])
            out |= {str(start), str(start + 1)}
    out -= {p for p in periods if p.startswith(_SINCE)}
    if not any(YEAR.fullmatch(p) for p in out):
        # a span from a month named alone to the report's day ("since January") starts at
        # its latest one, and runs within that year: inside "this year", not apart from it
        # (`lexicon.periods_differ`); "in March" stays a month's figure
        out |= {f"{WITHIN}{reference.year - (n > reference.month)}"
                for p in periods if (n := _MONTH_NUMBER.get(p.removeprefix(_SINCE), 0))
                and p.startswith(_SINCE)}
    return frozenset(out)


_SINCE = "since "
_STARTING = frozenset(("since", "from"))


def span_starts(toks: Sequence[Tok]) -> set[str]:
    """The months a span to the report's day starts at ("*since* January", "*from* March"),
    as "since january": read by `dated`, never a period of their own."""
    return {f"{_SINCE}{full_month(t.text.lower())}"
            for k, t in enumerate(toks) if k and t.text[0].isupper()
            and t.text.lower() in _MONTH_NAMES and toks[k - 1].text.lower() in _STARTING}


def month_years(toks: Sequence[Tok], near: Collection[Tok], reference: date | None) -> set[str]:
    """The year of each month of `near` said "last" or "this" ("killed 61 people *last
    September*" in a report of June 2026 is of 2025): a month with its year is no other year's
    figure, and "last year's" figure may be of it."""
    if reference is None:
        return set()
    at = {t.start: k for k, t in enumerate(toks)}
    out: set[str] = set()
    for t in near:
        k = at.get(t.start)
        month = _MONTH_NUMBER.get(t.text.lower())
        if k is None or month is None or not k or toks[k - 1].text.lower() not in ("last", "this"):
            continue
        back = toks[k - 1].text.lower() == "last" and month >= reference.month
        out.add(str(reference.year - 1 if back else reference.year))
    return out


_MONTH_NUMBER = {m: n for n, m in enumerate("""january february march april may june july august
september october november december""".split(), 1)}


_SEASONS_TURN = 7
"""From July, a season that spans two years has ended in the report's year."""


_OVER_YEARS = re.compile(
    r"(?i)\b(?:[\w-]+-(?:year|decade)|long-(?:term|run)|multi-year)\s+(?:rolling\s+)?"
    r"(?:average|mean|norm)\b[^,;:.!?]{0,24}$")


def over_years(text: str, start: int) -> bool:
    """The figure at `text[start]` is an average over several years ("the *five-year
    average* of 42 tonnes", "the long-term mean of 610mm"): no figure of one year or season,
    nor a plain average of one ("average yields reached 38 tonnes")."""
    return _OVER_YEARS.search(text, max(start - 80, 0), start) is not None
