"""A record the grammar dates before the report: "The record for Ossel, 36 degrees, *was set
in 1976*", "the hill record of 143 metres *set in 2014*", "the 1976 record of 36 degrees",
"the *old* record, 2:05:11".

A "record" alone says nothing of when ("hit a record 47 gigawatts" is today's figure, and a
"record high" is as often today's as an old one): only a record named as the value's own
(the value in its noun phrase: "record of N", "record for X, N,", "record ... was N",
"N, a record set in ...") and placed in an earlier time (set, established, dating or
standing from a year before the report's, or called old, previous, former, existing,
standing, N years old) is an earlier figure than the report's own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._holder import Tok

__all__ = ["earlier_record"]

_RECORD = frozenset(("record", "records"))
_OLD = frozenset(("old", "previous", "former", "earlier", "existing", "standing",
                  "long-standing", "longstanding", "prior", "original"))
_SET = lex.keyed("set established dating dates dated stood standing held made achieved "
                 "recorded")
_FROM = frozenset(("in", "since", "from", "back", "to", "during", "on", "at", "the", "of"))
_AT = frozenset(("in", "on", "during"))
_NEW = frozenset(("new", "fresh", "current"))
_YEAR = re.compile(r"(?:1[89]|20)\d\d$")
_AGED = re.compile(r"(?i)(?:\w+-)?years?-old$")
"""An age before the record ("the eight-year-old course record", "the 12-year-old record")."""
_BREAK = frozenset(("and", "but", "while", "as", "when", "which", "who", "after", "before",
                    "than", ";", "."))
"""Words that open another clause: a figure after them is no longer the record's."""
_VERBISH = re.compile(r"(?i)[a-z]{3,}(?:ed|ing)$")
_REACH = 12


def _past_year(tok: Tok, year: int | None) -> bool:
    return year is not None and _YEAR.match(tok.text) is not None and int(tok.text) < year


def _dated_earlier(toks: Sequence[Tok], r: int, year: int | None) -> bool:
    """The record at `toks[r]` is placed before the report: called old or previous, a year
    before the report's in front of it, or set / dating / standing from such a year."""
    front = toks[max(r - 4, 0):r]
    if any(t.text.lower() in _NEW for t in front):
        return False  # "a new record of ...": today's
    if any(t.text.lower() in _OLD or _AGED.match(t.text) or _past_year(t, year)
           for t in front):
        return True
    for k in range(r + 1, min(r + _REACH + 4, len(toks))):
        if toks[k].key in _SET or toks[k].text.lower() in _SET:
            for t in toks[k + 1:k + 4]:
                if _past_year(t, year) or t.text.lower() in ("ago", "earlier"):
                    return True
                if t.text.lower() not in _FROM:
                    break
        if toks[k].text in ".;":
            break
    return False


def _own_record(toks: Sequence[Tok], first: int, last: int) -> int | None:
    """Where the record the value is the figure of stands: before it in one noun phrase
    ("the record for Ossel, 36 degrees", "record of 143 metres", "The old record for the
    Halm marathon, set in 2009, was 50 minutes"), or right after it ("36 degrees, a record
    set in 1976"); None when no record names the value."""
    for r in range(first - 1, max(first - _REACH, 0) - 1, -1):
        if toks[r].text.lower() in _RECORD:
            between = toks[r + 1:first]
            if any(t.text.lower() in _BREAK or t.text[0].isdigit() and not _YEAR.match(t.text)
                   or _VERBISH.match(t.text) and t.text.lower() not in _SET for t in between):
                return None  # "the record, which Halvik broke, ... jumping 146 metres"
            return r
        if toks[r].text[0].isdigit() and not _YEAR.match(toks[r].text):
            return None  # another figure stands between: the record is its
    if last + 1 < len(toks) and toks[last].text == ",":
        for r in range(last + 1, min(last + 4, len(toks))):
            if toks[r].text.lower() in _RECORD:
                return r
            if toks[r].text.lower() not in ("a", "an", "the", "its", "then", "previous", "old",
                                             "former", "standing") and not _YEAR.match(
                    toks[r].text):
                break
    return None


def _record_set(toks: Sequence[Tok], first: int, last: int, year: int | None) -> bool:
    """A date before the report that a record was set on: "The hill record of 143 metres was
    *set in 2011*" dates the old record, not the day the report tells of."""
    at = first + 1 if first < last and toks[first].text.lower() in _AT else first
    if at < 2 or toks[at - 1].text.lower() not in _AT or toks[at - 2].text.lower() not in _SET \
            or not any(_YEAR.match(t.text) and (year is None or int(t.text) < year)
                       for t in toks[at:last]):  # a date read without the report's day
        return False
    for t in toks[max(at - 2 - _REACH, 0):at - 2][::-1]:
        if t.text.lower() in _RECORD:
            return True
        if t.text.lower() in _BREAK:
            return False
    return False


def earlier_record(toks: Sequence[Tok], first: int, last: int, year: int | None) -> bool:
    """The value (`toks[first:last]`) is an earlier record's figure or the date it was set,
    the report dated in `year`: its own record is set, dated or called old before the
    report."""
    if _record_set(toks, first, last, year):
        return True
    r = _own_record(toks, first, last)
    return r is not None and _dated_earlier(toks, r, year)
