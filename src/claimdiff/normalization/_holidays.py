"""Holidays: fixed, by weekday rule, Easter-based and Islamic, placed in their year.

"Christmas", "Thanksgiving 2013", "last Easter", "Orthodox Easter 2020", "Ramadan",
"Eid al-Adha next year", "the morning of Christmas" (via the clock reader). The
rules and names are in `_holidays_en.py` and `_observances_en.py`, their dates in
`_holiday_dates.py`. A holiday without its year is placed like a month without its
year (`_yearless.pick`); "last"/"next"/"this" move it as for months.
Islamic holidays keep a support one day wider at each end: local moon sighting
can move them a day from the Umm al-Qura date.

A name transliterated from Arabic, Hebrew or Hindi is matched whatever the spelling's
habits (`_loose`): q or k ("qadr", "kadr"), ay or ai ("laylat", "lailat"), doubled
letters ("hannukah"), the article's forms ("al", "ul", "un", "e": "milad un nabi",
"shab-e-barat"). "The eve of Passover", "erev Yom Kippur", "Diwali eve" are the day
before the holiday; "early Ramadan", "the end of Lent", "mid-Hanukkah" a part of a
holiday of three days or more, cut as a month is ("early March").
"""

from __future__ import annotations

import math
import re
from datetime import date

from claimdiff.errors import NormalizationError
from claimdiff.normalization._calendar import Span
from claimdiff.normalization._context import Context, date_value, iso
from claimdiff.normalization._holiday_dates import spans
from claimdiff.normalization._holidays_en import HOLIDAYS, Rule
from claimdiff.normalization._value import Value
from claimdiff.normalization._yearless import pick

__all__ = ["read_holiday"]


_WEEKDAY_SHORT = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday",
                  "thu": "thursday", "thur": "thursday", "thurs": "thursday", "fri": "friday",
                  "sat": "saturday", "sun": "sunday"}
# A weekday in a holiday's name may be shortened as any weekday is ("Easter Mon", "Good
# Fri"), after another word of the name.
_SHORT_RE = re.compile(r"(?<=[a-z] )(?:" + "|".join(_WEEKDAY_SHORT) + r")\b\.?")


def _fold(text: str) -> str:
    text = re.sub(r"['’]s\b|['’]", "", text.lower())
    text = re.sub(r"\bst\.", "st", text)
    text = re.sub(r"\s+", " ", text).strip()
    return _SHORT_RE.sub(lambda m: _WEEKDAY_SHORT[m.group().rstrip(".")], text)


_DOUBLED = re.compile(r"([a-z])\1")
_ARTICLE = re.compile(r"(?<=[a-z] )(?:[aue][lnrsdz]|e)(?= [a-z])")


def _loose(text: str) -> str:
    """A folded name with the habits of transliteration evened out (see the module)."""
    text = _DOUBLED.sub(r"\1", text.replace("-", " ").replace("q", "k").replace("ay", "ai"))
    return _ARTICLE.sub("al", text) if " " in text else text


_ALIASES: dict[str, str] = {_fold(a): name for name, (_, _, aliases) in HOLIDAYS.items()
                            for a in aliases}
_LOOSE: dict[str, str] = {_loose(a): name for a, name in _ALIASES.items()}
_YEAR_WORDS = {"last year": -1, "this year": 0, "next year": 1}


def _phrase(names: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(a) for a in sorted(names, key=len, reverse=True))
    return re.compile(
        r"(?:(?:on|in|during|over|at|for|throughout)\s+)?"  # "on New Year's Eve"
        r"(?:(?P<part>early|mid|late|erev|(?:the\s+)?(?:start|beginning|end|middle|eve)\s+of)"
        r"(?:\s+|-))?"
        rf"(?:the\s+)?(?:(?P<shift>last|this|next|coming|past|previous)\s+)?"
        rf"(?P<name>{alternatives})(?P<eve>\s+eve)?"
        r"(?:\s*,?\s+(?:of\s+|in\s+)?(?P<year>\d{4}|last year|this year|next year))?")


_PHRASE = _phrase(list(_ALIASES))
_LOOSE_PHRASE = _phrase(list(_LOOSE))
# A part of a holiday, as of a month: its core (thirds) and support (halves).
_PARTS = {"early": "START", "start": "START", "beginning": "START", "mid": "MID",
          "middle": "MID", "late": "END", "end": "END"}


_LAST_WORDS = frozenset(a.split()[-1] for a in _ALIASES)
_LOOSE_LAST_WORDS = frozenset(a.split()[-1] for a in _LOOSE)


def _name_end(folded: str, *, keep_eve: bool = False) -> str:
    """The word a holiday's name would end with: the last, less a year and "eve" after it
    (every phrase is read here first, so the big patterns run only when it may fit)."""
    words = folded.replace(",", " ").split()
    year_words = len(words) > 2 and words[-1] == "year" and words[-2] in ("last", "this", "next")
    if words and (words[-1].isdigit() or year_words):
        words = words[:-2] if year_words else words[:-1]
        if words and words[-1] in ("of", "in"):
            words.pop()
    if len(words) > 1 and words[-1] == "eve" and not keep_eve:
        words.pop()
    return words[-1] if words else ""


# The body that keeps a day before its name, or "day" after a name that is one already.
_OWNER_OR_DAY = re.compile(r"(?:the\s+)?(?:united\s+nations|un)\s+(?P<name>\S.*)"
                           r"|(?P<day>\S.*?)\s+day(?P<year>\s*,?\s+\d{4})?")
_FEAST = re.compile(r"(?:(?:on|the)\s+)*feast(?:\s+day)?\s+of\s+(?:the\s+)?(?P<rest>\S.*)")


def read_holiday(text: str, ctx: Context) -> Value | None:
    """The phrase as a holiday in its year, or `None` when it names none."""
    folded = _fold(text)
    end = _name_end(folded)
    # "All Hallows' Eve": a name may end in "eve" itself.
    m = _PHRASE.fullmatch(folded) if end in _LAST_WORDS or (
        "eve" in _LAST_WORDS and _name_end(folded, keep_eve=True) == "eve") else None
    names = _ALIASES
    if m is None and not end.isdigit() \
            and _loose(end.rpartition("-")[2]) in _LOOSE_LAST_WORDS:
        m, names = _LOOSE_PHRASE.fullmatch(_loose(folded)), _LOOSE
    if m is None and (rest := _OWNER_OR_DAY.fullmatch(folded)) is not None:
        # "United Nations' World Health Day", "Halloween day": the name itself.
        return read_holiday(rest["name"] or rest["day"] + (rest["year"] or ""), ctx)
    if m is None:
        # "the feast of the Epiphany", "the feast day of St Nicholas": the holiday itself.
        feast = _FEAST.fullmatch(folded)
        return None if feast is None else (read_holiday(feast["rest"], ctx)
                                           or read_holiday(re.sub(r"(\s+\d{4})?$", r" day\1",
                                                                  feast["rest"], count=1), ctx))
    name = names[m["name"]]
    rule, length, _ = HOLIDAYS[name]
    year_text = m["year"]
    steps = [f"{name}: {_describe(rule)}"]
    if year_text and year_text.isdigit():
        years = range(int(year_text), int(year_text) + 1)
    else:
        ref_year = date.fromordinal(ctx.ref(text)).year
        if year_text:
            ref_year += _YEAR_WORDS[year_text]
            years = range(ref_year, ref_year + 1)
        else:
            years = range(ref_year - 1, ref_year + 2)
    found = spans(rule, length, years)
    if not found:
        if rule[0] == "hijri":
            raise NormalizationError(f"cannot place {text!r}: the Umm al-Qura calendar "
                                     "covers 1924-2077 only", text=text)
        return None
    if len(found) == 1:
        core, support = found[0]
    else:
        chosen = pick(ctx, text, [c for c, _ in found], m["shift"], steps, near=True)
        core, support = next(pair for pair in found if pair[0] == chosen)
        if year_text and year_text.isdigit():
            # A lunar holiday can fall twice in one Gregorian year (Eid al-Adha 1974, in
            # January and December): the year names both, so the support holds both.
            support = (min(s[0] for _, s in found), max(s[1] for _, s in found))
            steps.append(f"it falls {len(found)} times in {year_text}: the support holds all")
    mod = None
    if m["part"] or m["eve"]:
        word = (m["part"] or "eve").split()[-2 if (m["part"] or "").endswith("of") else -1]
        if word in ("eve", "erev"):
            core = support = (core[0] - 1, core[0] - 1)
            steps.append("its eve: the day before")
        elif core[1] - core[0] < 2:
            return None  # "the end of Christmas": a day has no parts of days
        else:
            mod = _PARTS[word]
            core, support = _part(core, mod)
            steps.append(f"its {mod.lower()}: as for a month")
    timex = iso(core[0]) if core[0] == core[1] else None
    return date_value(text, core, support, timex=timex, granularity="day", mod=mod,
                      steps=tuple(steps))


def _part(days: Span, mod: str) -> tuple[Span, Span]:
    """The start, middle or end of a holiday's days: a third (core) in a half (support)."""
    lo, hi = days
    n = hi - lo + 1
    third, half = math.ceil(n / 3), math.ceil(n / 2)
    if mod == "START":
        return (lo, lo + third - 1), (lo, lo + half - 1)
    if mod == "END":
        return (hi - third + 1, hi), (hi - half + 1, hi)
    return (lo + n // 3, hi - n // 3), (lo + n // 4, hi - n // 4)


_HINDU_MONTHS = ("Chaitra", "Vaishakha", "Jyeshtha", "Ashadha", "Shravana", "Bhadrapada",
                 "Ashvin", "Kartika", "Margashirsha", "Pausha", "Magha", "Phalguna")


def _describe(rule: Rule) -> str:
    kind = rule[0]
    if kind == "fixed":
        return f"every {date(2000, int(rule[1]), int(rule[2])):%B} {rule[2]}"
    if kind == "nth":
        return "a weekday rule of its month"
    if kind in ("easter", "orthodox"):
        return f"{int(rule[1]):+d} days from {'Orthodox ' if kind == 'orthodox' else ''}Easter"
    if kind == "hebrew":
        return "the Hebrew calendar (the day begins at the eve)"
    if kind == "hindu":
        return (f"lunar day {rule[2]} of the {_HINDU_MONTHS[int(rule[1])]} month"
                " (amanta, Lahiri), a day either way by region")
    if kind == "sankranti":
        return "the Sun's entry into its sidereal sign, a day either way by region"
    if kind == "nakshatra":
        return "the Moon's mansion at sunrise in a solar month (Lahiri), a day either way"
    if kind == "chinese":
        return "the Chinese calendar's first new moon (UTC+8), a day either way"
    if kind == "observed":
        return f"every {date(2000, int(rule[1]), int(rule[2])):%B} {rule[2]}, off the weekend"
    if kind == "parsi":
        return "the Shahenshahi calendar's 365-day year"
    return "the Umm al-Qura calendar (local sighting may move it a day)"
