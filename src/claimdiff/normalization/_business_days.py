"""Business days: the weekdays, Monday to Friday, counted from a day.

"in 3 business days", "5 working days from now", "two business days ago", "10 business
days after June 3, 2024", "the next business day", "the previous working day", "the
first business day of July", "the last trading day of 2024". Public holidays differ by
country and market and are not known here: the core skips weekends only, and the support
reaches one business day further for each ten counted (a holiday in the stretch moves
the day on), at least one; a first or last business day of a period may be one later or
earlier (New Year's Day, a bank holiday at a month's end).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date

from claimdiff.normalization._context import Context, date_value, iso
from claimdiff.normalization._interval import Interval
from claimdiff.normalization._value import Kind, Value

__all__ = ["BUSINESS", "read_business_days", "scan_business_days"]

_UNIT = r"(?:business|working|work|trading)"
# Days counted from now in business days are stepped over weekends here, not a length.
BUSINESS = re.compile(rf"\b{_UNIT}\s+(?:day|week)", re.IGNORECASE)
# A count in digits or words ("three", "twenty-one"); `_count` reads it or gives 0.
_COUNT = r"(?P<n>\d{1,3}|[a-z]+(?:[\s-][a-z]+)?)"
_I = re.IGNORECASE
_IN = re.compile(rf"in\s+{_COUNT}\s+{_UNIT}\s+days?", _I)
_FROM_NOW = re.compile(rf"{_COUNT}\s+{_UNIT}\s+days?\s+(?:from\s+(?:now|today)|hence)", _I)
_AGO = re.compile(rf"{_COUNT}\s+{_UNIT}\s+days?\s+ago", _I)
_FROM_DAY = re.compile(rf"{_COUNT}\s+{_UNIT}\s+days?\s+(?P<dir>after|before|from)\s+(?P<rest>\S.*)",
                       _I)
# A length: "10 business days", "one working day's", "within two working weeks".
_LENGTH = re.compile(rf"(?P<within>within\s+)?(?:a\s+single|a|one|{_COUNT})\s+(?:full\s+)?"
                     rf"{_UNIT}\s+(?P<u>day|week)s?(?:['’]s?)?", _I)
_NEXT = re.compile(rf"(?:the\s+)?(?P<rel>next|following|previous|preceding|prior|last)\s+{_UNIT}"
                   r"\s+day", _I)
_EDGE = re.compile(rf"(?:the\s+)?(?P<edge>first|last|final)\s+{_UNIT}\s+day\s+(?:of|in)\s+"
                   r"(?P<rest>\S.*)", _I)


# In running text: a count of them, with what makes it a day ("within 15 working days", "in
# three business days", "two trading days ago"; "a" only after within/in: "on a working day" is
# no length), or the next or previous one. The bare "days" the grammar would find alone is a
# few days, a wrong reading of "15 working days".
_SCAN = re.compile(rf"\b(?:(?:(?P<within>within|in)\s+(?:a|an)|(?:(?:within|in)\s+)?(?:a\s+single|"
                   rf"\d{{1,3}}|(?!an?\s)[a-z]+(?:-[a-z]+)?))\s+(?:full\s+)?{_UNIT}\s+(?:day|week)s?"
                   r"(?:\s+(?:from\s+(?:now|today)|hence|ago))?"
                   rf"|(?:the\s+)?(?:next|following|previous|preceding|prior)\s+{_UNIT}\s+day)\b",
                   _I)


def _count(text: str) -> int:
    if text.isdigit():
        return int(text)
    from claimdiff.normalization._numbers import read_words

    if text.lower() in ("a", "an"):
        return 1
    value = read_words(text)
    return int(value.value) if value is not None else 0


def _step(day: int, n: int) -> int:
    """The day `n` business days after `day` (before it when n < 0)."""
    sign = 1 if n > 0 else -1
    for _ in range(abs(n)):
        day += sign
        while date.fromordinal(day).weekday() >= 5:
            day += sign
    return day


def _counted(text: str, start: int, n: int, steps: tuple[str, ...]) -> Value | None:
    if not 0 < abs(n) <= 999:
        return None
    day = _step(start, n)
    slack = _step(day, int(math.copysign(max(1, math.ceil(abs(n) / 10)), n)))
    support = (day, slack) if n > 0 else (slack, day)
    return date_value(text, (day, day), support, timex=iso(day), granularity="day",
                      steps=(*steps, f"{abs(n)} business day{'s' if abs(n) > 1 else ''} "
                             f"{'on' if n > 0 else 'back'}, weekends skipped: {iso(day)}; "
                             "a public holiday may move it on"))


def read_business_days(phrase: str, ctx: Context,
                       read: Callable[[str], Value | None]) -> Value | None:
    """The phrase as a day counted in business days, or `None`."""
    low = phrase.lower()
    if "work" not in low and "business" not in low and "trading" not in low:
        return None
    if (m := _LENGTH.fullmatch(phrase)) and (length := _length(phrase, m)) is not None:
        return length
    ref = ctx.reference
    if ref is not None and (m := _IN.fullmatch(phrase) or _FROM_NOW.fullmatch(phrase)
                            or _AGO.fullmatch(phrase)):
        n = _count(m["n"])
        return _counted(phrase, ref, -n if m.re is _AGO else n, ())
    if m := _FROM_DAY.fullmatch(phrase):
        anchor = read(m["rest"])
        if anchor is None or anchor.kind is not Kind.DATE or anchor.core.lo != anchor.core.hi \
                or anchor.sub_day:
            return None
        n = _count(m["n"])
        return _counted(phrase, int(anchor.core.lo), -n if m["dir"].lower() == "before" else n,
                        anchor.steps)
    if (m := _NEXT.fullmatch(phrase)) and ref is not None:
        ahead = m["rel"].lower() in ("next", "following")
        return _counted(phrase, ref, 1 if ahead else -1, ())
    if m := _EDGE.fullmatch(phrase):
        # "of the month": the reference's, as "the first of the month" is
        period = read(re.sub(r"^the\s+(?=(?:week|month|quarter|year)$)", "this ", m["rest"],
                             flags=_I))
        if period is None or period.kind is not Kind.DATE or not all(
                map(math.isfinite, (period.core.lo, period.core.hi))):
            return None
        lo, hi = int(period.core.lo), int(period.core.hi)
        first = m["edge"].lower() == "first"
        day = _step(lo - 1, 1) if first else _step(hi + 1, -1)
        if not lo <= day <= hi:
            return None
        other = _step(day, 1 if first else -1)
        support = (day, other) if first else (other, day)
        return date_value(phrase, (day, day), support, timex=iso(day), granularity="day",
                          steps=(*period.steps, f"its {m['edge'].lower()} weekday, {iso(day)}; "
                                 "a public holiday may move it a business day"))
    return None


def _length(text: str, m: re.Match[str]) -> Value | None:
    """N business days as calendar days: core from N plus the weekends N must cross when
    it starts on a Monday to N plus those it crosses at most; the support from N (no
    weekend) to that plus a weekend and the holidays (one per ten). A working week is five."""
    n = _count(m["n"]) if m["n"] else 1  # 0: not a count ("the next business day")
    if m["u"].lower() == "week":
        n *= 5
    if not 0 < n <= 999:
        return None
    lo, hi = n + 2 * ((n - 1) // 5), n + 2 * math.ceil(n / 5)
    core, support = Interval(lo, hi), Interval(n, hi + 2 + math.ceil(n / 10))
    step = f"{n} business day{'s' if n > 1 else ''}: {lo} to {hi} calendar days"
    mod = None
    if m["within"]:
        support, mod = Interval(0, support.hi), "EQUAL_OR_LESS"
        step += ", or fewer"
    return Value(kind=Kind.DURATION, text=text, core=core, support=support, unit="day",
                 dimension="time", mod=mod, granularity="day", timex=None, steps=(step,))


def scan_business_days(text: str, ctx: Context) -> list[tuple[int, int, Value]]:
    """The business-day phrases of running `text` that read (`read_business_days`), as
    spans: a length, or a day counted from the reference."""
    found = []
    for m in _SCAN.finditer(text):
        value = read_business_days(m.group(0), ctx, lambda _rest: None)
        if value is not None:
            found.append((m.start(), m.end(), value))
    return found
