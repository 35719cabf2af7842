"""More ways of naming a day or a month, rewritten to a form the grammar reads.

Each kind is a rule of English (its source: Duckling's English time grammar,
`Duckling/Time/EN/Rules.hs`), not a list of phrases:

* year and month in digits, year first: "2015/06" is June 2015 (a second number no
  greater than the year's last two digits cannot be the next year, as in "2011/12");
* a day named in a period a number of weeks or months off: "Thursday in 2 weeks" is the
  Thursday of the week two weeks from the reference's, "the 3rd in 2 months" the 3rd of
  the month two months on;
* "early of June", "late of March": the part of the month, "of" adding nothing;
* a day of the month "in" its month: "the 9th in June" is June 9, as "the 9th of June" is;
* a count of time "past" a date: "3 days past Easter" is "3 days after Easter";
* a day of a period named with "'s": "next year's Easter" is "Easter next year"; a day's
  weekend: "July 4th weekend" is "the weekend of July 4th";
* two days of a month, each with its ordinal mark: "the 10th to the 12th", "10th-12th";
* a compound ordinal with a space: "the twenty first of March" is "twenty-first";
* words written as they are said: "midnite", "tomorow", "tommorrow", "yesterdays",
  "immediately" (now);
* the end of a working or school day: "after work" is after 5 p.m. today, "after school"
  after 3 p.m. today.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from claimdiff.normalization._context import Context
from claimdiff.normalization._period_names import MONTH_NAMES
from claimdiff.normalization._temporal_en import MONTHS, WEEKDAYS

__all__ = ["calendar_rewrites", "day_end"]

_I = re.IGNORECASE
_WD = "|".join(sorted((re.escape(w.rstrip(".")) for w in WEEKDAYS), key=len, reverse=True))
_MON = "|".join(sorted((re.escape(m.rstrip(".")) for m in MONTHS), key=len, reverse=True))
_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_N = r"(?P<n>\d{1,2}|a|an|one|two|three|four|five|six)"

_YEAR_SLASH_MONTH = re.compile(r"(?P<y>\d{4})\s*/\s*(?P<m>0?[1-9]|1[0-2])")
_N2 = _N.replace("?P<n>", "?P<n2>")
_WD_IN_WEEKS = re.compile(rf"(?:on\s+)?(?P<wd>{_WD})\.?\s+(?:in\s+{_N}\s+weeks?|{_N2}\s+weeks?\s+"
                          r"(?:from\s+(?:now|today)|hence))", _I)
_DOM_IN_MONTHS = re.compile(rf"(?:on\s+)?(?:the\s+)?(?P<d>[0-2]?\d|3[01])(?:st|nd|rd|th)?\s+in\s+"
                            rf"{_N}\s+months?", _I)
_PART_OF = re.compile(rf"(?P<w>early|mid|late)-?\s+of\s+(?P<m>(?:{_MON})\.?(?:\s+\d{{4}})?)", _I)
_DOM_IN_MONTH = re.compile(rf"(?P<a>(?:the\s+)?(?:[0-2]?\d|3[01])(?:st|nd|rd|th)?)\s+in\s+"
                           rf"(?P<m>(?:{_MON})\.?(?:,?\s+\d{{4}})?)", _I)
_PAST_DATE = re.compile(r"(?P<span>\S+\s+(?:days?|weeks?|months?|years?|hours?))\s+past\s+"
                        r"(?P<rest>\S.*)", _I)
# "the 10th to the 12th", "10th-12th": two days of one month, each with its ordinal mark
# (bare "10-12" stays a count range).
_DOM = r"(?:the\s+)?(?P<{}>(?:[0-2]?\d|3[01])(?:st|nd|rd|th))"
_DOM_SPAN = re.compile(rf"{_DOM.format('a')}\s*(?:-|–|\bto\b|\bthrough\b|\bthru\b|\buntil\b|"
                       rf"\btill\b)\s*{_DOM.format('b')}", _I)
# "twenty first of March": a compound ordinal written with a space is one word.
_SPACED_ORDINAL = re.compile(r"\b(?P<t>twenty|thirty)\s+(?P<o>first|second|third|fourth|fifth|"
                             r"sixth|seventh|eighth|ninth)\b", _I)
# "next year's Easter", "last week's Friday": a day of a named period ("Easter next year").
_PERIODS_DAY = re.compile(r"(?P<a>(?:this|next|last)\s+(?:year|month|week))['’]s\s+(?P<b>\S.*)",
                          _I)
# "July 4th weekend", "the Christmas weekend": the weekend of that day.
_DAY_WEEKEND = re.compile(r"(?:the\s+)?(?P<day>\S.*?)\s+weekend", _I)
_SAID = [(re.compile(r"\bmidnite\b", _I), "midnight"),
         (re.compile(r"\btomm?orr?ows?\b", _I), "tomorrow"),
         (re.compile(r"\byesterdays\b", _I), "yesterday"),
         (re.compile(r"^immediately$", _I), "now")]
_AFTER_DAY = re.compile(r"after[\s-](?P<what>work|school)", _I)
_DAY_ENDS = {"work": "5pm", "school": "3pm"}


def _weeks_on(m: re.Match[str], reference: int) -> tuple[str, str]:
    """The weekday of the week `n` weeks after the reference's week (weeks start Monday)."""
    n = m["n"] or m["n2"]
    count = int(n) if n.isdigit() else _COUNT[n.lower()]
    key = m["wd"].lower()
    wd = WEEKDAYS.get(key, WEEKDAYS.get(f"{key}.", 0))
    ref = date.fromordinal(reference)
    day = ref - timedelta(days=ref.weekday()) + timedelta(weeks=count, days=wd)
    return (f"{MONTH_NAMES[day.month - 1]} {day.day}, {day.year}",
            f"{m['wd']} of the week {count} week(s) on: {day.isoformat()}")


def calendar_rewrites(phrase: str, ctx: Context) -> list[tuple[str, str]]:
    """Rewritings of `phrase` the grammar may read, each with the step that explains it."""
    out: list[tuple[str, str]] = []
    if (m := _YEAR_SLASH_MONTH.fullmatch(phrase)) and int(m["m"]) <= int(m["y"][2:]):
        out.append((f"{MONTH_NAMES[int(m['m']) - 1]} {m['y']}", "year/month in digits"))
    if (m := _WD_IN_WEEKS.fullmatch(phrase)) and ctx.reference is not None:
        out.append(_weeks_on(m, ctx.reference))
    if (m := _DOM_IN_MONTHS.fullmatch(phrase)) and ctx.reference is not None:
        ref = date.fromordinal(ctx.reference)
        count = int(m["n"]) if m["n"].isdigit() else _COUNT[m["n"].lower()]
        y, mon = divmod(ref.month - 1 + count, 12)
        out.append((f"{int(m['d'])} {MONTH_NAMES[mon]} {ref.year + y}",
                    f"the day of the month {count} month(s) on"))
    if m := _PART_OF.fullmatch(phrase):
        out.append((f"{m['w']} {m['m']}", f"'{m['w']} of': the part of the month"))
    if m := _DOM_IN_MONTH.fullmatch(phrase):
        out.append((f"{m['a']} of {m['m']}", "a day of the month 'in' its month"))
    if m := _PAST_DATE.fullmatch(phrase):
        out.append((f"{m['span']} after {m['rest']}", "'past' a date: after it"))
    if m := _DOM_SPAN.fullmatch(phrase):
        out.append((f"from the {m['a']} to the {m['b']}", "two days of a month"))
    if (joined := _SPACED_ORDINAL.sub(r"\g<t>-\g<o>", phrase)) != phrase:
        out.append((joined, "a compound ordinal is one word"))
    if m := _PERIODS_DAY.fullmatch(phrase):
        out.append((f"{m['b']} {m['a']}", f"{m['a']}'s: of {m['a']}"))
    if (m := _DAY_WEEKEND.fullmatch(phrase)) and not re.search(
            r"\b(?:this|next|last|past|coming|previous|following|a|one|every|each)$", m["day"], _I):
        out.append((f"the weekend of {m['day']}", "a day's weekend"))
    said = phrase
    for pattern, written in _SAID:
        said = pattern.sub(written, said)
    if said != phrase:
        out.append((said, "a word as it is said"))
    return out


def day_end(phrase: str) -> tuple[str, str] | None:
    """"after work" -> "after 5pm": read before "after X" takes "work" for an anchor."""
    if m := _AFTER_DAY.fullmatch(phrase):
        what = m["what"].lower()
        return f"after {_DAY_ENDS[what]}", f"after {what}: when it ends, {_DAY_ENDS[what]}"
    return None
