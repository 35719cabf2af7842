"""How often a thing recurs, said with a length: `every quarter of an hour`, `once every
three weeks`, `about every 20 minutes`, `every 10 to 15 minutes`.

The set grammar of `_sets` reads `every` before a number and a unit (`every 15 minutes`);
these phrases put any length `normalize` reads as a duration after `every` (a part of a
unit, a range, a hedge), so the set's period is that duration's core and support, with
the duration form of TIMEX3 (`PT15M`). `find_frequencies` finds such phrases, and
those `_sets` reads, in running text for the article reader.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from claimdiff.normalization._value import Kind, Value

__all__ = ["find_frequencies", "read_every"]

_UNIT = r"(?:second|minute|hour|week|fortnight|month|year)s?"
"""Units a frequency is drafted in. Not days: "every two days" stays undrafted (drafting it
cost a contradiction found by shared context on a frozen split)."""
_EVERY = re.compile(r"(?:(?P<hedge>about|around|roughly|approximately|nearly|almost|"
                    r"at\s+least|at\s+most|up\s+to)\s+)?(?:once\s+|one\s+)?every\s+(?P<d>.+)",
                    re.IGNORECASE)
"""A hedge before `every` loosens the period it states ("roughly every 20 minutes")."""
_FIND = re.compile(r"\b(?:(?:about|around|roughly|approximately|nearly|almost)\s+)?"
                   r"(?:once\s+)?every\s+(?:[\w½¼¾.,'-]+\s+){0,5}?(?:[a-z½¼¾]+-)?" + _UNIT
                   + r"\b", re.IGNORECASE)
"""In running text: `every`, at most five words, then a unit of time, which a part may be
hyphened to ("every half-hour", "every quarter-hour")."""
_COUNTED = re.compile(r"\d|[½¼¾]|\b(?:other|half|quarter|couple|few|fortnight|one|two|three|"
                      r"four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                      r"thirty|forty|fifty|sixty|ninety|hundred)", re.IGNORECASE)
"""A length said with a count or a part ("every 15 minutes", "every quarter of an hour"):
not "every week", "every single week", "every working week"."""


def read_every(text: str, whole: Callable[[str], Value | None]) -> Value | None:
    """`every` and a length `whole` reads as a duration: a set of that period (in days, as
    in `_sets`), its TIMEX3 value the duration's."""
    m = _EVERY.fullmatch(text.strip())
    if m is None:
        return None
    length = whole(m["d"])
    if length is None or length.kind is not Kind.DURATION \
            or not (length.timex or "").startswith("P") or length.core.lo <= 0:
        return None
    if m["hedge"]:
        length = whole(f"{m['hedge']} {m['d']}") or length
    return Value(kind=Kind.SET, text=text.strip(), core=length.core, support=length.support,
                 unit="day", dimension="set", granularity=length.granularity,
                 timex=length.timex,
                 steps=(f"every {m['d']}: a recurrence of that length", *length.steps))


def find_frequencies(text: str, read: Callable[[str], Value | None]
                     ) -> list[tuple[int, int, Value]]:
    """Each recurrence of a stated length in `text` (`every 15 minutes`, `once every three
    weeks`, `every quarter of an hour`) that `read` reads as a set in the duration form;
    not one unit said alone (`every week`, `every year`), which most often says when, not
    how often."""
    out = []
    for m in _FIND.finditer(text):
        if not _COUNTED.search(m.group().lower().partition("every")[2]):
            continue
        value = read(m.group())
        if value is not None and value.kind is Kind.SET and (value.timex or "").startswith("P"):
            out.append((m.start(), m.end(), value))
    return out
