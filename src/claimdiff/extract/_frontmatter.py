"""Source metadata from the top of an article: YAML front matter and datelines.

Front matter is a `---` fenced YAML mapping at the very start (title,
publisher, author, published, url, language). A dateline is read from the first
line of the body: `Example Daily, 3 March 2025` (a line of its own),
`KYIV, March 3 (Agency) -`, `Baku, 12 June 2024 (Daily) —`, `TANGIER, 4 March 2024:`
(a place not in capitals only with a readable date or an agency; a colon only after a
date or an agency) or `(Baku) Russian soldiers ...` (a place, then the story). Dates
without a year are kept as month and day only: a publication date is never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import yaml

from claimdiff.normalization import impossible_day
from claimdiff.normalization._temporal_en import MONTHS

FIELDS = ("title", "publisher", "author", "published", "url", "language")

_FENCE = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_MONTH = r"(?P<month>[A-Za-z]{3,9}\.?)"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DATE_FORMS = [
    re.compile(rf"(?P<iso>{_YEAR}-(?P<m>\d\d)-(?P<d>\d\d))(?!\d)"),
    re.compile(rf"{_DAY}\s+{_MONTH},?\s+{_YEAR}"),
    re.compile(rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}"),
    re.compile(rf"{_MONTH}\s+{_DAY}(?!\d)"),
    re.compile(rf"{_DAY}\s+{_MONTH}(?![A-Za-z])"),
]
# "KYIV, March 3 (Agency) -" / "LONDON (Reuters) —" / "Baku, 12 June 2024 (Daily) —":
# a place, optional date, optional agency in brackets, then a dash. A place not in
# capitals counts only with a readable date or an agency.
_WIRE = re.compile(
    r"\A(?P<place>[A-Z][\w .'’-]{1,40}?)(?:,\s*(?P<date>[^()/\n–—-]{3,30}?))?\s*"
    r"(?:\((?P<agency>[^()\n]{1,40})\)|/(?P<slash>[A-Za-z][^/\n]{0,39})/)?(?P<dash>\s*[–—]+|\s+-+|-+(?=\s)|:(?=\s))\s*")
# (a hyphen only with a space beside it: "Morocco. Twenty-eight" holds no dateline; a colon
# as in "TANGIER, 4 March 2024: ..."; an agency in slashes: "... 2024 /PRNewswire/ --")
_PAREN_PLACE = re.compile(r"\A\((?P<place>[A-Z][\w .'’-]{1,40})\)\s*")
# "Example Daily, 3 March 2025" on a line of its own.
_LINE = re.compile(r"\A(?P<publisher>[^\n,]{2,60}),\s*(?P<date>[^\n]{5,30}?)\s*(?:\r?\n|\Z)")


@dataclass(frozen=True)
class Header:
    """What the top of an article says about the article, and where its body starts."""

    meta: dict[str, str]
    """Front-matter fields as strings (title, publisher, author, published, url, language)."""
    published: date | None = None
    """The publication date, from front matter or a dateline with a year."""
    month_day: tuple[int, int] | None = None
    """A dateline date without a year, as (month, day)."""
    place: str | None = None
    """The dateline's place ("Baku", "KYIV")."""
    body_start: int = 0
    """Offset of the first character of the story (after front matter and dateline)."""
    bad_date: tuple[int, str] | None = None
    """(offset, why) of a front-matter or dateline date that names no day ("31 February"),
    or of a front-matter `published:` that cannot be read."""


def read_date(text: str) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of the first date in `text`, in common written forms."""
    for form in _DATE_FORMS:
        m = form.search(text)
        if m is None:
            continue
        if m.groupdict().get("iso"):
            return int(m.group("year")), int(m.group("m")), int(m.group("d"))
        month = MONTHS.get(m.group("month").lower())
        if month is None:
            continue
        year = m.groupdict().get("year")
        return (int(year) if year else None), month, int(m.group("day"))
    return None


def _as_date(found: tuple[int | None, int, int] | None) -> date | None:
    if found is None or found[0] is None or impossible_day(*found) is not None:
        return None
    return date(found[0], found[1], found[2])


def _check_day(found: tuple[int | None, int, int] | None, text: str, offset: int,
               what: str) -> tuple[int, str] | None:
    """(offset, why) when the date `found` in `text` (at `offset`) names no day."""
    if found is None:
        return None
    why = impossible_day(*found)
    if why is None:
        return None
    return offset, f"the {what} date {text.strip()!r} names no day: {why}"


def _front_matter(text: str) -> tuple[dict[str, str], int]:
    m = _FENCE.match(text)
    if m is None:
        return {}, 0
    return _fields(m), m.end()


def field_offset(text: str, key: str) -> int:
    """Where the front matter's `key:` value starts (0 when not found)."""
    m = _FENCE.match(text)
    found = re.search(rf"^{key}[ \t]*:[ \t]*['\"]?", m.group(1), re.M) if m else None
    return m.start(1) + found.end() if m is not None and found is not None else 0


def _fields(m: re.Match[str]) -> dict[str, str]:
    try:
        data = yaml.load(m.group(1), Loader=yaml.BaseLoader)  # every scalar a string
    except yaml.YAMLError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: str(v).strip() for k, v in data.items()
            if k in FIELDS and isinstance(v, str) and str(v).strip()}


def _skip_blank(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


def read_header(text: str) -> Header:
    """Front matter and dateline of an article; `body_start` is where the story begins."""
    meta, pos = _front_matter(text)
    pos = _skip_blank(text, pos)
    published: date | None = None
    bad: tuple[int, str] | None = None
    if "published" in meta:
        found = read_date(meta["published"])
        published = _as_date(found)
        at = field_offset(text, "published")
        bad = _check_day(found, meta["published"], at, "front matter's")
        if found is None:
            bad = (at, f"the front matter's date {meta['published']!r} cannot be read as "
                       "YYYY-MM-DD")
    month_day: tuple[int, int] | None = None
    place: str | None = None
    rest = text[pos:]
    wire = _WIRE.match(rest)
    paren = _PAREN_PLACE.match(rest)
    line = _LINE.match(rest)
    if wire is not None and _is_dateline(wire):
        place = wire.group("place").strip()
        found = read_date(wire.group("date") or "")
        bad = bad or _check_day(found, wire.group("date") or "", pos + wire.start("date"),
                                "dateline")
        agency = wire.group("agency") or wire.group("slash")
        if agency:
            meta.setdefault("publisher", agency.strip())
        pos += wire.end()
        published, month_day = _merge(published, found)
    elif paren is not None:
        place = paren.group("place").strip()
        pos += paren.end()
    elif line is not None and (found := read_date(line.group("date"))) is not None \
            and _dateline_only(line.group("date")):
        meta.setdefault("publisher", line.group("publisher").strip())
        bad = bad or _check_day(found, line.group("date"), pos + line.start("date"), "dateline")
        pos = _skip_blank(text, pos + line.end())
        published, month_day = _merge(published, found)
        # wire copy under a publication line: "KESSA, 19 November (PRNA) - Eleven ..."
        body = text[pos:]
        wire, paren = _WIRE.match(body), _PAREN_PLACE.match(body)
        if wire is not None and _is_dateline(wire):
            place, pos = wire.group("place").strip(), pos + wire.end()
        elif paren is not None:
            place, pos = paren.group("place").strip(), pos + paren.end()
    return Header(meta=meta, published=published, month_day=month_day, place=place,
                  body_start=pos, bad_date=bad)


def _is_dateline(wire: re.Match[str]) -> bool:
    """A wire dateline: a date or an agency; a place not in capitals needs a readable date
    or an agency ("Baku, 12 June 2024 (Caspian Daily) —", not "Moscow, which ... —")."""
    when, agency = wire.group("date"), wire.group("agency") or wire.group("slash")
    if wire.group("dash") == ":" and not (when and read_date(when) or agency):
        return False  # "Police: ..." is a sentence; a colon needs a date or an agency
    if wire.group("place").isupper():
        return bool(when or agency)
    return bool(agency) and not when or when is not None and read_date(when) is not None


def _dateline_only(s: str) -> bool:
    # The date part of "Publisher, <date>" holds nothing but the date.
    return re.fullmatch(r"[\w ,.]+", s) is not None and len(re.findall(r"[A-Za-z]+", s)) <= 3


def _merge(published: date | None,
           found: tuple[int | None, int, int] | None) -> tuple[date | None, tuple[int, int] | None]:
    if published is not None or found is None or impossible_day(*found) is not None:
        return published, None
    as_date = _as_date(found)
    if as_date is not None:
        return as_date, None
    return None, (found[1], found[2])
