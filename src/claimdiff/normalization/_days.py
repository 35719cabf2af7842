"""Days that do not exist: "31 February 2024", `2024-02-31`, "June 31".

Such a date has the right form and names no day. It is refused with the
reason ("February 2024 has 29 days"), never dropped silently or read as a
coarser date ("February 2024").
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from claimdiff.normalization._temporal_en import MONTHS

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_MONTH = r"(?P<mon>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
# Without a year, "June 31" must end its phrase ("on June 31", "June 31,"): "in June 31
# people died" names a month and a count.
_END = r"(?=\s*(?:[,.;:!?)\"”’]|$))"
_END_RE = re.compile(_END)
_FORMS = [
    re.compile(rf"(?<![\w-])(?P<iso>{_ISO.pattern})(?![\w-])"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(rf"(?:\bon\s+(?:the\s+)?)?\b{_DAY}\s+(?:of\s+)?{_MONTH}(?![\w-])", re.I),
    re.compile(rf"(?:\bon\s+)?\b{_MONTH}\s+{_DAY}(?![\w-])(?!\s*,?\s*\d)", re.I),
]


def impossible_day(year: int | None, month: int, day: int) -> str | None:
    """Why (year, month, day) names no day, or `None` when it does.

    Without a year, 29 February counts as possible (it exists in leap years).
    """
    if year is not None and not 1 <= year <= 9999:
        return f"there is no year {year}"
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    name = _NAMES[month]
    longest = calendar.monthrange(2024 if year is None else year, month)[1]
    if 1 <= day <= longest:
        return None
    return f"{name} has {longest} days" if year is None else f"{name} {year} has {longest} days"


def parse_date(text: str) -> date:
    """A `YYYY-MM-DD` date; `ValueError` naming the problem (form, or a day that does not exist)."""
    m = _ISO.fullmatch(text.strip())
    if m is None:
        raise ValueError(f"{text!r} is not a date in the form YYYY-MM-DD")
    year, month, day = (int(g) for g in m.groups())
    why = impossible_day(year, month, day)
    if why is not None:
        raise ValueError(f"{text!r} is not a date: {why}")
    return date(year, month, day)


def _parts(m: re.Match[str], text: str, *,
           yearless_needs_end: bool) -> tuple[int | None, int, int] | None:
    """(year, month, day) of a match; `None` when it is not a date after all."""
    if m.groupdict().get("iso"):
        return int(m.group(2)), int(m.group(3)), int(m.group(4))
    written = m["mon"].lower()
    month = MONTHS.get(written) or MONTHS.get(written[:3])
    if month is None or not _WRITTEN[month].fullmatch(written):
        return None  # "marching 31" is no month
    year = int(m["year"]) if m.groupdict().get("year") else None
    if year is None and yearless_needs_end and not (
            m.group().lower().startswith("on ") or _END_RE.match(text, m.end())):
        return None
    return year, month, int(m["day"])


_SUSPECT = re.compile(r"(?<!\d)(?:00|29|3\d|[4-9]\d|1[3-9])(?!\d)|\d{4}-\d")
"""A number that can make a date impossible (day 00 or 29 and over, month 13 and over), or
an ISO date: text without one is passed over cheaply."""
_NAMES = tuple(calendar.month_name)
_WRITTEN = {m: re.compile(rf"[a-z]{{3}}\.?|{_NAMES[m].lower()}\.?|sept\.?") for m in range(1, 13)}
"""How month `m` may be written: its name, or three letters ("Feb", "Feb.", "Sept.")."""


def find_impossible_dates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, why) of each written date in `text` that names no day, in text order."""
    out: list[tuple[int, int, str]] = []
    if _SUSPECT.search(text) is None:
        return out
    for n, form in enumerate(_FORMS):
        for m in form.finditer(text):
            if any(m.start() < e and s < m.end() for s, e, _ in out):
                continue
            parts = _parts(m, text, yearless_needs_end=n >= 3)
            if parts is None:
                continue
            year, month, day = parts
            if not 1 <= day <= 31:
                continue
            why = impossible_day(year, month, day)
            if why is not None:  # the date itself, without a leading "on" or "the"
                start = min(m.start(g) for g in ("iso", "day", "mon") if g in m.re.groupindex)
                out.append((start, m.end(), why))
    return sorted(out)


__all__ = ["find_impossible_dates", "impossible_day", "parse_date"]
