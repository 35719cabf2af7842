"""English words of periods: months, and whether two figures' periods share nothing.

Each month is a key (`_lemma_en.key`); `_lexicon_en` re-exports these names.
"""

from __future__ import annotations

import re

from claimdiff.measure._lemma_en import key

_A_YEAR = re.compile(r"(?:19|20)\d\d$|(?:this|last|next) year$")


def periods_differ(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two figures' periods share nothing: a bare "quarter" may be "the third quarter", "June"
    is no "July", March no year to date; or both name years and no year of one is the
    other's (2025 and March against 2019 and March). A year in common keeps the rest
    together: a figure's period is often its event's date, told to the month by one
    report and not the other. Two seasons are apart by their labels ("this season" and "last
    season" share none, though each may span a year the other does). A rate's span ("per
    day") is how the figure is counted, not when: it differs only from another rate's ("31,000
    riders a day" may be the third quarter's, never "a week")."""
    ra, rb = {x for x in a if x.startswith("per ")}, {y for y in b if y.startswith("per ")}
    if ra and rb and not ra & rb:
        return True
    if ra or rb:
        a, b = tuple(x for x in a if x not in ra), tuple(y for y in b if y not in rb)
    sa, sb = {x for x in a if x.startswith("season ")}, {y for y in b if y.startswith("season ")}
    if sa and sb and not sa & sb:
        return True
    wa, wb = {x for x in a if x.startswith(WITHIN)}, {y for y in b if y.startswith(WITHIN)}
    if wa or wb:
        a, b = tuple(x for x in a if x not in wa), tuple(y for y in b if y not in wb)
    ya, yb = {x for x in a if _A_YEAR.match(x)}, {y for y in b if _A_YEAR.match(y)}
    if ya and yb and not ya & yb:
        return True
    return bool(a and b) and not any(x == y or x in y.split() or y in x.split()
                                     for x in a for y in b) \
        and not _month_in_year(a, wa, b) and not _month_in_year(b, wb, a)


WITHIN = "within "
"""The mark of the year a month named without one falls in, read from the report's date
("since January" in a report of October 2026 is within 2026: `_period.dated`)."""


def _month_in_year(months: tuple[str, ...], within: set[str], years: tuple[str, ...]) -> bool:
    """Months of a year the other figure's period is the whole of: a span inside the other
    ("since January" within "this year"), not apart from it (a quarter or a month on the
    other side is a span of another kind)."""
    return bool(within and years and months) and all(m in _MONTH_NAMES for m in months) \
        and all(_A_YEAR.match(y) for y in years) \
        and {w.removeprefix(WITHIN) for w in within} <= set(years)


MONTHS = frozenset(key(w) for w in """
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec quarter half semester h1 h2 q1 q2 q3 q4
""".split()) - {"may"}
_FULL_MONTHS = [key(w) for w in """january february march april may june july august
september october november december""".split()]
_MONTH_NAMES = frozenset(_FULL_MONTHS)
_MONTH_OF = {key(w[:n]): m for w, m in zip("""january february march april may june july
august september october november december""".split(), _FULL_MONTHS, strict=True)
             for n in (3, 4)}


def month(k: str) -> str:
    """A month key as its full name's ("oct" and "october" are one period)."""
    return _MONTH_OF.get(k, k)


__all__ = ["MONTHS", "WITHIN", "month", "periods_differ"]
