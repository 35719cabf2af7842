"""Other names of periods and dates, rewritten to forms the grammar reads.

Rewrites (`period_rewrites`, read again by the whole reader and named in the steps): "the
latter/back half of" is the second half, "the front/former half" the first; "the tail end
of" is "the end of"; "the early/later part of", "the closing months of" are "early/late";
"midyear", "midsummer", "midcentury" are "mid-year" ...; "H2" alone is the reference
year's half, "3Q24" / "2H 2023" are "Q3 2024" / "H2 2023"; "the 90s" is "the '90s";
"2024 June 3" is "June 3, 2024"; "2023/24", "the 2023-24 season", "the fiscal year
2023-24" are the two years (only two years that follow each other: "2019 - 04" is no
such name); "the 2023-24 winter" is "winter 2023-24"; "the years 2020-2023" is
"2020-2023"; "the summer months" is "the summer"; "the period from X to Y" and "the
January-March quarter" are their range; "Tuesday into Wednesday" is "from Tuesday to
Wednesday"; "the Friday before last" is the Friday a week before last Friday, "March
before last" the March a year before last March; "7am (GMT+3)" drops the parentheses;
"no earlier than", "not before", "as early as" hold from the date on; "as recently as
2019" is 2019; "2023 or 2024", "in 2023 and 2024" the span of both; "two to three weeks
ago" is between the two amounts back; "the next 2 Fridays", "the last three weekends"
span them; "3 to 5 on Friday" is a clock range of that day; "this time last year", "a
year ago today" are a year back ("a year ago today" that day exactly); "a week ago Monday"
is "a week before Monday";
"Monday fortnight" two weeks after Monday; "Sunday's early hours" and "the early hours
of Tuesday morning" are the early hours of that day.

Dates that name their weekday ("June 3 (Monday)") are read by `_weekday_checked`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from claimdiff.normalization._context import Context
from claimdiff.normalization._counted_days import anniversary, before_last, n_weekdays
from claimdiff.normalization._interval import Interval
from claimdiff.normalization._temporal_en import MONTH_NAMES, MONTHS, WEEKDAYS
from claimdiff.normalization._value import Kind, Value

__all__ = ["MONTH_NAMES", "WD", "WD_LAST", "amount_choices", "period_rewrites", "read_from_on"]

WD = "|".join(sorted((re.escape(w) for w in WEEKDAYS), key=len, reverse=True))
_MON = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_YEAR = r"(?:1[0-9]\d\d|20\d\d)"
_I = re.IGNORECASE

_THE_UNIT = re.compile(r"^the\s+(?=(?:year|month|week|quarter|decade|century)$)", _I)
_HALF_NAME = re.compile(r"(?:the\s+)?(?P<w>latter|back|front|former)\s+half\s+(?P<rest>of\s+\S.*)",
                        _I)
_TAIL = re.compile(r"(?:the\s+)?(?:very\s+)?(?:tail|fag)[\s-]+end\s+of\s+(?P<rest>\S.*)", _I)
_PART_OF = re.compile(r"(?:(?:in|during)\s+)?(?:the\s+)?(?P<w>early|earlier|opening|first|later|"
                      r"latter|late|closing|final|dying|middle)\s+(?:part|stages?|months|weeks|"
                      r"days|years)\s+of\s+(?P<rest>\S.*)", _I)
_PART_WORD = {"early": "early", "earlier": "early", "opening": "early", "first": "early",
              "later": "late", "latter": "late", "late": "late", "closing": "late",
              "final": "late", "dying": "late", "middle": "mid"}
_MID_GLUED = re.compile(r"(?P<pre>.*?\b)?mid(?P<u>year|month|week|decade|century|summer|winter|"
                        r"spring|autumn|fall|quarter)\b(?P<post>.*)", _I)
# ("H2" alone is as likely hydrogen: a preposition or article makes it a half.)
_H_ALONE = re.compile(r"(?:the|in|during|for|over)\s+H(?P<h>[12])", _I)
_DECADE = re.compile(r"(?P<pre>.*?)\bthe\s+(?P<d>\d0)['’]?s\b(?P<post>.*)", _I)
_YEAR_MON_DAY = re.compile(rf"(?P<y>{_YEAR}),?\s+(?P<mon>{_MON})\.?\s+(?P<d>[12]\d|3[01]|0?[1-9])"
                           r"(?:st|nd|rd|th)?", _I)
_SPLIT_YEAR = re.compile(rf"(?:the\s+)?(?:(?:fiscal|financial|school|academic)\s+year\s+)?"
                         rf"(?P<a>{_YEAR})\s*[/–-]\s*(?P<b>\d\d(?:\d\d)?)"
                         r"(?:\s+(?:season|campaign|(?:fiscal|financial|school|academic)\s+year))?",
                         _I)
_SPLIT_SEASON = re.compile(rf"(?:the\s+)?(?P<a>{_YEAR})\s*[/–-]\s*(?P<b>\d\d(?:\d\d)?)\s+"
                           r"(?P<s>winter|summer|spring|autumn|fall)", _I)
_THE_YEARS = re.compile(rf"(?:the\s+)?years\s+(?P<rest>(?:from\s+|between\s+)?{_YEAR}\b.*)", _I)
_SEASON_MONTHS = re.compile(r"(?P<pre>.*?\b)?(?P<s>winter|summer|spring|autumn|fall)\s+months\b"
                            r"(?P<post>.*)", _I)
_INTO = re.compile(r"(?:overnight\s+|from\s+)?(?P<a>\S.*?)\s+into\s+(?P<b>\S.*)", _I)
_Q_FIRST = re.compile(r"(?P<n>[1-4])(?P<p>Q|H)\s*['’]?(?P<y>\d{4}|\d{2})", _I)
_PERIOD_OF = re.compile(r"(?:the\s+)?(?:period|time|stretch)\s+(?P<rest>(?:from|between)\s+\S.*)",
                        _I)
_MONTHS_NAMED = re.compile(rf"(?:the\s+)?(?P<r>(?:{_MON})\.?\s*[-–/]\s*(?:{_MON})\.?"
                           rf"(?:,?\s+{_YEAR})?)\s+(?:quarter|period|months|season)"
                           rf"(?P<y>,?\s+(?:of\s+)?{_YEAR})?", _I)
_ZONE_PARENS = re.compile(r"(?P<a>\S.*?)\s*\((?P<z>(?:GMT|UTC)\s*[+-−]\s*\d{1,2}(?::?\d\d)?|"
                          r"[A-Z]{2,5})\)?", re.ASCII)
_LOCAL = re.compile(r"(?P<a>\S.*?\d.*?)\s+local", _I)
# "no earlier than 2025", "as early as next week": from its start on; "as recently as
# 2019", "as late as June": the date itself (the writer places the event in it).
_FROM_ON = re.compile(r"(?:no|not)\s+(?:earlier|sooner)\s+than\s+(?P<a>\S.*)|not\s+(?:before|until)"
                      r"\s+(?P<b>\S.*)|as\s+(?:early|soon)\s+as\s+(?P<c>\S.*)", _I)
_AS_OF = re.compile(r"as\s+(?:recently|late)\s+as\s+(?P<a>\S.*)", _I)
# "2023 or 2024", "late 2023 or early 2024", "in 2023 and 2024": one of them, or both; the
# span from the first to the second holds either.
_EITHER = re.compile(r"(?:(?:in|on|during)\s+)?(?:either\s+|both\s+)?(?P<a>\S.*?)\s+(?:or|and)\s+"
                     r"(?P<b>\S.*)", _I)
# Each side of a choice must name a date ("1 and one quarter" is a number).
_MONTHISH = re.compile(rf"\b(?:{_MON})(?!\w)", _I)
_DATEISH = re.compile(rf"\b(?:1\d\d\d|20\d\d)s?\b|['’]\d0s|\b(?:{_MON}|{WD})(?!\w)|"
                      r"\d\s*[ap]\.?m\b|\b(?:today|tomorrow|yesterday)\b", _I)
# "two to three weeks ago", "10 to 15 years ago": between the two amounts back.
_RANGE_AGO = re.compile(r"(?P<a>\S+)\s*(?:to|-|–|or)\s*(?P<b>\S+)\s+(?P<u>[a-z]+)\s+ago", _I)
_WITHIN_BARE = re.compile(r"within\s+(?P<u>minutes|hours|days|weeks|months|years)", _I)
_AHEAD = re.compile(r"(?P<pre>(?:in|over|during)\s+)?the\s+(?P<u>days|weeks|months|years)\s+"
                    r"(?:ahead|to\s+come)", _I)
# A bare hour range with its day: "3 to 5 on Friday", "Friday from 3 to 5", "tomorrow
# between 9 and 11": the clock range of that day (each hour read as the clock reads it).
_H = r"(?:[01]?\d|2[0-3])(?::[0-5]\d)?"
_DAY = rf"(?:on\s+)?(?:(?:this|next|last|coming)\s+)?(?:{WD})|today|tomorrow|tonight|yesterday"
_HOURS_DAY = re.compile(rf"(?:from\s+|between\s+)?(?P<a>{_H})\s*(?:to|-|–|and|until|till)\s*"
                        rf"(?P<b>{_H})\s+(?P<day>{_DAY})", _I)
_DAY_HOURS = re.compile(rf"(?P<day>{_DAY}),?\s+(?:from\s+|between\s+)?(?P<a>{_H})\s*(?:to|-|–|"
                        rf"and|until|till)\s*(?P<b>{_H})", _I)
# "in three hours' time", "in a week's time": "in three hours".
_TIME_AHEAD = re.compile(r"(?P<span>in\s+\S.*?s)['’]?\s+time|(?P<one>in\s+\S.*?)['’]s\s+time", _I)
# "minutes ago", "years ago", "moments ago": a few of them back.
_BARE_AGO = re.compile(r"(?P<u>moments|minutes|hours|days|weeks|months|years|decades)\s+ago", _I)
# "the next two Fridays", "the last three weekends": from the first to the last of them.
_N_WEEKDAYS = re.compile(rf"(?:the\s+)?(?P<s>next|coming|upcoming|last|past|previous)"
                         rf"\s+(?P<n>\d|two|three|four|five|six)\s+(?:(?P<wd>{WD})s|"
                         rf"(?P<we>week-?ends))", _I)
# "this time last year", "the same time next week": that unit from the reference's day.
_SAME_TIME = re.compile(r"(?:at\s+)?(?:this|the\s+same)\s+time\s+(?P<s>last|next)\s+"
                        r"(?P<u>week|month|year)", _I)
# "a year ago today", "a week ago Monday", "two weeks ago yesterday": counted back from it.
_AGO_DAY = re.compile(rf"(?P<amt>\S.*?)\s+ago\s+(?P<d>today|this\s+week|this\s+month|yesterday|"
                      rf"tomorrow|(?:last\s+)?(?:{WD})\.?)", _I)
# "the early hours of Tuesday morning", "Sunday's early hours": the early hours of that day.
_EARLY_HOURS = re.compile(rf"(?:(?:in|during)\s+)?(?:the\s+)?(?:early|small|wee)\s+hours\s+of\s+"
                          rf"(?P<d>\S.*?)\s+morning|(?P<d2>{WD}|today|yesterday|tomorrow)['’]s\s+"
                          rf"(?:early|small|wee)\s+hours", _I)
# "Monday fortnight", "tomorrow fortnight": two weeks from that day (British).
_FORTNIGHT = re.compile(rf"(?P<d>{WD}|today|tomorrow)\s+fortnight", _I)
_BEFORE_LAST = re.compile(rf"(?:the\s+)?(?:(?P<wd>{WD})|(?P<mon>{_MON}))\.?\s+before\s+last",
                          _I)


# (A closing parenthesis at the end may have been cleaned off already.)
# (A weekday is a whole word: "the night of ..." holds no "th".)
WD_LAST = re.compile(rf"(?P<d>[^()]*\d[^()]*?),?\s*\(?(?<!\w)(?P<wd>{WD})\.?\)?", _I)


def period_rewrites(phrase: str, ctx: Context) -> list[tuple[str, str]]:
    """Rewritings of `phrase` the grammar may read, each with the step that explains it."""
    out: list[tuple[str, str]] = []
    if m := _HALF_NAME.fullmatch(phrase):
        which = "second" if m["w"].lower() in ("latter", "back") else "first"
        out.append((f"the {which} half {m['rest']}", f"the {m['w']} half is the {which}"))
    if m := _TAIL.fullmatch(phrase):
        out.append((f"the end of {m['rest']}", "the tail end is the end"))
    if m := _PART_OF.fullmatch(phrase):
        rest = _THE_UNIT.sub("this ", m["rest"])
        out.append((f"{_PART_WORD[m['w'].lower()]} {rest}", f"the {m['w']} part of a period"))
    if (m := _MID_GLUED.fullmatch(phrase)) and m["u"].lower() != "day":
        out.append((f"{m['pre'] or ''}mid-{m['u']}{m['post']}", "'mid' glued to its period"))
    if m := _H_ALONE.fullmatch(phrase):
        which = "first" if m["h"] == "1" else "second"
        out.append((f"the {which} half of the year", f"H{m['h']}: a half of the year"))
    if m := _DECADE.fullmatch(phrase):
        out.append((f"{m['pre']}the '{m['d']}s{m['post']}", "a decade in two digits"))
    if m := _YEAR_MON_DAY.fullmatch(phrase):
        out.append((f"{m['mon']} {int(m['d'])}, {m['y']}", "year first"))
    if (m := _SPLIT_SEASON.fullmatch(phrase)) and int(m["b"]) in (int(m["a"]) + 1,
                                                                  (int(m["a"]) + 1) % 100):
        out.append((f"{m['s']} {m['a']}-{m['b'][-2:]}", "a season of two years"))
    if (m := _SPLIT_YEAR.fullmatch(phrase)) and int(m["b"]) in (int(m["a"]) + 1,
                                                                (int(m["a"]) + 1) % 100):
        # A season or fiscal year is named by two years that follow each other; any
        # other pair ("2019 - 04") is no such name.
        out.append((f"{m['a']}–{int(m['a']) + 1}", "a season or fiscal year over two years"))
    if m := _THE_YEARS.fullmatch(phrase):
        out.append((m["rest"], "'the years' names the years that follow"))
    if m := _SEASON_MONTHS.fullmatch(phrase):
        out.append((f"{m['pre'] or ''}{m['s']}{m['post']}", "a season's months are the season"))
    if (m := _INTO.fullmatch(phrase)) and not re.match(r"\d|an?\s|the\s+(?:first|last)\b",
                                                         m["a"], _I):
        out.append((f"from {m['a']} to {m['b']}", "one day or part of it into the next"))
    if (m := _Q_FIRST.fullmatch(phrase)) and (m["p"].upper() == "Q" or int(m["n"]) <= 2):
        year = m["y"] if len(m["y"]) == 4 else f"20{m['y']}"
        out.append((f"{m['p'].upper()}{m['n']} {year}", "number first: a quarter or half"))
    if m := _PERIOD_OF.fullmatch(phrase):
        out.append((m["rest"], "'the period' names the span that follows"))
    if m := _MONTHS_NAMED.fullmatch(phrase):
        out.append((f"{m['r']}{m['y'] or ''}", "months named as a quarter or period"))
    if m := WD_LAST.fullmatch(phrase):
        out.append((f"{m['wd']}, {m['d']}", "the weekday written after its date"))
    if m := _ZONE_PARENS.fullmatch(phrase):
        out.append((f"{m['a']} {m['z']}", "a zone in parentheses"))
    if m := _LOCAL.fullmatch(phrase):
        out.append((m["a"], "local: the time as written"))
    if m := _AS_OF.fullmatch(phrase):
        out.append((m["a"], "as recently as: the date itself"))
    if (m := _EITHER.fullmatch(phrase)) and not re.search(r"\b(?:or|and|between|from)\b",
                                                           m["a"], _I) \
            and _DATEISH.search(m["a"]) and (_DATEISH.search(m["b"]) or (
                _MONTHISH.search(m["a"]) and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", m["b"]))):
        out.append((f"from {m['a']} to {m['b']}", "either of two dates: the span of both"))
    if m := _RANGE_AGO.fullmatch(phrase):
        out.append((f"between {m['b']} {m['u']} ago and {m['a']} {m['u']} ago",
                    "a range of amounts back"))
    if m := _WITHIN_BARE.fullmatch(phrase):
        out.append((f"within a few {m['u']}", "within a bare plural: a few of them"))
    if m := _AHEAD.fullmatch(phrase):
        out.append((f"{m['pre'] or ''}the coming {m['u']}", "the days ahead are the coming days"))
    if m := _HOURS_DAY.fullmatch(phrase) or _DAY_HOURS.fullmatch(phrase):
        day = m["day"] if re.match(r"on\s|to|yes", m["day"], _I) else f"on {m['day']}"
        a, b = (h if ":" in h else f"{h}:00" for h in (m["a"], m["b"]))
        out.append((f"from {a} to {b} {day}", "an hour range with its day"))
    if m := _TIME_AHEAD.fullmatch(phrase):
        out.append((m["span"] or m["one"], "in ... time: in ..."))
    if m := _BARE_AGO.fullmatch(phrase):
        unit = "minutes" if m["u"].lower() == "moments" else m["u"].lower()
        out.append((f"a few {unit} ago", "a bare plural back: a few of them"))
    if (m := _N_WEEKDAYS.fullmatch(phrase)) and ctx.reference is not None:
        out.append(n_weekdays(m, date.fromordinal(ctx.reference)))
    if m := _SAME_TIME.fullmatch(phrase):
        ahead = m["s"].lower() == "next"
        out.append((f"a {m['u']} {'from now' if ahead else 'ago'}",
                    f"this time {m['s']} {m['u']}: the reference's day a {m['u']} "
                    f"{'on' if ahead else 'back'}"))
    if m := _AGO_DAY.fullmatch(phrase):
        d = m["d"].lower()
        exact = anniversary(m["amt"], d, ctx)
        if exact is not None:
            out.append(exact)
        out.append((f"{m['amt']} ago" if d in ("today", "this week", "this month") else
                    f"{m['amt']} before {m['d']}", f"counted back from {m['d']}"))
    if m := _EARLY_HOURS.fullmatch(phrase):
        out.append((f"the early hours of {m['d'] or m['d2']}", "the early hours of that day"))
    if m := _FORTNIGHT.fullmatch(phrase):
        out.append((f"two weeks after {m['d']}", "a fortnight from that day"))
    if (m := _BEFORE_LAST.fullmatch(phrase)) and ctx.reference is not None:
        out.append(before_last(m, date.fromordinal(ctx.reference)))
    return out


def read_from_on(phrase: str, read: Callable[[str], Value | None]) -> Value | None:
    """"no earlier than 2025", "not before March", "as early as next week": from the start
    of the date on (`ON_OR_AFTER`), as "on or after" is."""
    m = _FROM_ON.fullmatch(phrase.strip())
    if m is None:
        return None
    start = read(m["a"] or m["b"] or m["c"])
    if start is None or start.kind is not Kind.DATE or start.mod is not None \
            or not math.isfinite(start.core.lo):
        return None
    return replace(start, text=phrase.strip(), core=Interval(start.core.lo, math.inf),
                   support=Interval(start.support.lo, math.inf), mod="ON_OR_AFTER",
                   steps=(*start.steps, "no earlier than it: from its start on"))


# "a day or two", "one or two weeks", "in a week or two": one to two of them.
_UNITW = r"(?:second|minute|hour|day|week|month|year|decade)"
_NUMW = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_OR_TWO = re.compile(rf"(?P<pre>(?:in|for|over|about|some|nearly|almost|within)\s+)?(?:a|an|one)"
                     rf"\s+(?P<u>{_UNITW})\s+or\s+two(?P<post>\s+ago)?", _I)
_N_OR_M = re.compile(rf"(?P<pre>(?:in|for|over|about|some|nearly|almost|within)\s+)?(?P<a>{_NUMW})"
                     rf"\s+or\s+(?P<b>{_NUMW})\s+(?P<u>{_UNITW})s(?P<post>\s+ago)?", _I)


def amount_choices(text: str) -> list[str]:
    """ "a day or two", "two or three weeks": the amounts as a range ("one to two days")."""
    phrase = text.strip()
    if m := _OR_TWO.fullmatch(phrase):
        return [f"{m['pre'] or ''}one to two {m['u']}s{m['post'] or ''}"]
    if m := _N_OR_M.fullmatch(phrase):
        return [f"{m['pre'] or ''}{m['a']} to {m['b']} {m['u']}s{m['post'] or ''}"]
    return []
