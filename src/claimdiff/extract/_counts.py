"""Shares and counts the scanners leave alone or misread, read from a chunk of text.

Each reader returns `(start, end, value)` with offsets into the chunk; `find_values`
decides the order they are tried in and what an earlier reading keeps from a later one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimdiff.errors import ClaimdiffError
from claimdiff.normalization import Interval, Kind, Value, normalize

__all__ = ["NAMED_MODIFIER", "WORD_MODIFIER", "decade_ages", "fractions", "leading_count",
           "modifier_counts", "parts_of_round", "shares_not_times"]

_LEADING = re.compile(
    r"^[\"“‘']?(?P<n>(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|"
    r"Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|"
    r"Seventy|Eighty|Ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
    r"(?=\s+[a-z])")


_SHARE_HEDGE = (r"(?:(?:nearly|almost|about|around|roughly|some|more\s+than|less\s+than|over|"
                r"under|above|below|fewer\s+than|at\s+least|up\s+to|(?:just|well)\s+(?:over|"
                r"under|above|below))\s+)")
_NUMERATOR = (r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
              r"thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|"
              r"six|seven|eight|nine))?")
_FRACTION = re.compile(
    rf"\b{_SHARE_HEDGE}?(?:a|one|two|three|four|five|six|seven|eight|nine)[\s-]+(?:half|third|"
    r"quarter|fifth|sixth|seventh|eighth|ninth|tenth)s?\b(?!-|\s+of\s+an?\s+(?:million|billion))"
    rf"|\b{_SHARE_HEDGE}?(?:{_NUMERATOR}|\d{{1,3}})(?:\s+[a-z]{{3,}})?\s+(?:in|out\s+of)\s+"
    r"(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"fifty|a\s+hundred|a\s+thousand|hundred|thousand|\d{1,3}(?:,\d{3})*)\b"
    r"(?![-–,.]?\d|\s*[-–]|\s+(?:and|or|to)\s+\d|\s+(?:second|minute|hour|day|week|month|year)s?\b)"
    rf"|(?<![\w-])(?:{_SHARE_HEDGE}half(?![\w-]|\s+(?:an?|past|time|way|dozen|century|decade|"
    r"year|month|week|day|hour|minute|mile|brother|sister)\b)"
    r"|half(?=\s+(?:of|the|its|their|his|her|our)\b))", re.IGNORECASE)
"""A share written in words: a fraction ("nearly a third", "over nine-tenths"), a count in
so many ("one in five", "more than seven in ten", "four in every thousand", "9 out of 10"),
or half of a whole ("just over half the vote", "fell by more than half"; not "the first half",
"half an hour", "half a mile")."""


_TIME_FRACTION = re.compile(
    r"\b(?:(?:nearly|almost|about|around|roughly|some|more\s+than|less\s+than|over|under|"
    r"just\s+(?:over|under))\s+)?(?P<n>a|one|two|three)[\s-]+(?P<p>quarters?|half)\b",
    re.IGNORECASE)
_SHARE_AFTER = re.compile(
    r"\s+(?:less|more|fewer|lower|higher|smaller|larger|bigger|of\s+(?!an?\s+(?:hour|day|"
    r"week|month|year|decade|century|season|mile|second|minute)\b))", re.IGNORECASE)
"""After a fraction that could be a time ("a quarter", "a half"), words that make it a share:
"a quarter less", "half of the workforce" (not "a quarter of an hour")."""


_CHANGED_BY = re.compile(
    r"\b(?:up|down|r[io]se|risen|rising|fell|fallen|falling|climbed|jumped|dropped|gained|"
    r"grew|grown|cut|slashed|increased|decreased|declined|plunged|soared|slumped|shed|lost)"
    r"\s+(?:by\s+)?$", re.IGNORECASE)
"""Before a fraction, a change it measures: "shares closed *up* nearly a quarter", "sales *fell
by* a half": a share of the level before, never a quarter of a year."""

_CHANGE_ENDS = re.compile(
    r"\s*(?:[.,;:)]|$)|\s+(?:on|in|at|from|since|against|over|to|this|last|after|before|"
    r"compared|and|but|as|while|when|with|for|year-on-year)\b", re.IGNORECASE)
"""After a change's fraction, its clause goes on or ends: not "a quarter *point*" (of a rate),
nor "half a *mile*"."""

_AND_A = re.compile(r"\band\s+$", re.IGNORECASE)


def shares_not_times(chunk: str) -> list[tuple[int, int, Value]]:
    """Fractions the temporal scanner would take for times, as shares where the words after
    them make them one ("nearly a quarter less", "a quarter of the workforce"), or a change
    before them ("up nearly a quarter", "fell by half")."""
    out = []
    for m in _TIME_FRACTION.finditer(chunk):
        changed = _CHANGED_BY.search(chunk, max(0, m.start() - 20), m.start()) \
            and _CHANGE_ENDS.match(chunk, m.end())
        if not (_SHARE_AFTER.match(chunk, m.end()) or changed) \
                or _AND_A.search(chunk, 0, m.start()):
            continue  # "a year and a half of talks": a span and its half
        n, part = m.group("n").lower(), m.group("p").lower().removesuffix("s")
        share = {"two": "one-half", "three": "three-quarters"}.get(n, f"one-{part}")
        try:
            value = normalize(f"{chunk[m.start():m.start('n')]}{share}")
        except ClaimdiffError:
            continue
        if value.dimension == "percent":
            out.append((m.start(), m.end(), replace(value, text=m.group())))
    return out


_NOT_A_SHARE = re.compile(r"\b(?:a|an|the|first|second|last|latter|other|its|in|one|and)\s+$",
                          re.IGNORECASE)


_SCALE_CUE = re.compile(r"\b(?:scor|rat(?:ed|ing|es)|mark|grad|points?\b|stars?\b)[\w\s,]*$",
                        re.IGNORECASE)


def fractions(chunk: str) -> list[tuple[int, int, Value]]:
    """Shares written in words (`_FRACTION`) that `normalize` reads; the scanner leaves them
    alone or reads a count ("seven in ten" as 7 and 10)."""
    out = []
    for m in _FRACTION.finditer(chunk):
        phrase = m.group().strip()
        if phrase.lower().endswith("half") and _NOT_A_SHARE.search(chunk, 0, m.start()):
            continue  # "the first half", "in half", "two and a half"
        if _SCALE_CUE.search(chunk, max(0, m.start() - 40), m.start()) \
                and re.search(r"\s(?:in|out\s+of)\s", phrase):
            continue  # "a score of 91 out of 100", "rated 4 out of 5": a mark on a scale
        try:
            value = normalize(phrase)
        except ClaimdiffError:
            continue
        if value.dimension == "percent":
            s = m.start() + (len(m.group()) - len(m.group().lstrip()))
            out.append((s, s + len(phrase), value))
    return out


def leading_count(chunk: str) -> list[tuple[int, int, Value]]:
    """A number word opening a sentence, before words in lower case: "Nine of the 14 were
    freed", "Three remain in captivity", "Eleven foreign and local aid workers were freed"
    (the scanner wants a noun right after a number word)."""
    m = _LEADING.match(chunk.lstrip())
    if m is None:
        return []
    s = len(chunk) - len(chunk.lstrip()) + m.start("n")
    try:
        value = normalize(m.group("n"))
    except ClaimdiffError:
        return []
    return [(s, s + len(m.group("n")), value)]


_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
WORD_MODIFIER = re.compile(
    rf"\b(?:(?:{_TENS})(?:-(?:{_UNITS}))?|{_UNITS}|ten|eleven|twelve|thirteen|fourteen|"
    rf"fifteen|sixteen|seventeen|eighteen|nineteen)-(?!(?:{_UNITS}|year-old|old)\b)"
    r"[a-z]{3,}\b", re.IGNORECASE)


_STRONG = re.compile(r"-strong$", re.IGNORECASE)
"""A group's size said as its strength ("a six-strong shortlist", "a forty-strong crew"):
the number of its members, with no noun of its own."""

NAMED_MODIFIER = re.compile(
    r"(?<![\w.,:/-])(?:(?:about|around|nearly|almost|some|roughly|more\s+than|over|at\s+least|"
    r"up\s+to|fewer\s+than|less\s+than)\s+)?(?!(?:1[89]|20)\d\d\b)\d{1,3}(?:,\d{3})*(?:\.\d+)?\s+"
    r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+){1,3}[a-z]{3,}\b")


def modifier_counts(pattern: re.Pattern[str], chunk: str, *,
                     ends_on_noun: bool = False) -> list[tuple[int, int, Value]]:
    """Counts whose number is joined to its noun where the scanner stops: a number word
    ("a twelve-storey block", `WORD_MODIFIER`) or names used as adjectives between number
    and noun ("the tour's 40 North American dates", `NAMED_MODIFIER`: the scanner stops at
    the capital letter). `ends_on_noun`: the count must end on its noun and carry no unit."""
    out = []
    for m in pattern.finditer(chunk):
        try:
            value = normalize(m.group())
        except ClaimdiffError:
            continue
        strong = value.noun is None and _STRONG.search(m.group()) is not None
        if value.kind is Kind.QUANTITY and (value.noun or strong) and (not ends_on_noun or (
                value.unit is None and m.group().endswith(value.noun or "-strong"))):
            out.append((m.start(), m.end(), value))
    return out


_PART_OF_ROUND = re.compile(
    r"(?<!\w)(?<!the\s)(?:(?:nearly|almost|about|around|roughly|some|more\s+than|over|"
    r"under|just)\s+)?(?:(?P<f>a|one|two|three|four|nine)[\s-]+)?"
    r"(?P<p>half|third|quarter|fifth|tenth)s?\s+of\s+a\s+"
    r"(?P<n>thousand|million|billion|trillion)(?P<rest>\s+[a-z]+)?", re.IGNORECASE)
"""The count may go unsaid after a hedge or at a phrase's start ("some quarter of a
million"), never after "the" ("the first quarter of a million", a part in order)."""
_PARTS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "nine": 9}


def parts_of_round(chunk: str) -> list[tuple[int, int, Value]]:
    """A share of a round number: "a quarter of a million", "three-quarters of a billion
    dollars", "some quarter of a million people" read as "a million" is, scaled (the
    scanner sees only "a million")."""
    out = []
    for m in _PART_OF_ROUND.finditer(chunk):
        said = m.group("f")
        if said is None and re.search(r"(?i)\b(?:first|second|last|final|next)\s+$",
                                      chunk[max(0, m.start() - 8):m.start("p")]):
            continue  # "the last quarter of a million": a part in order, no share
        share = (_COUNTS[said.lower()] if said else 1) / _PARTS[m.group("p").lower()]
        hedge = chunk[m.start():m.start("f") if said else m.start("p")]
        if hedge.strip():  # "some quarter of a million": the hedge is of the figure's size
            got = _hedged_part(m, hedge, share)
            if got is not None:
                out.append((m.start(), m.end(), got))
                continue
        try:
            whole = normalize(f"{hedge}a {m.group('n')}{m.group('rest') or ''}")
        except ClaimdiffError:
            continue
        if whole.kind is not Kind.QUANTITY or not whole.core.bounded or share >= 1:
            continue
        out.append((m.start(), m.end(), replace(
            whole, text=m.group(), core=_scaled(whole.core, share),
            support=_scaled(whole.support, share),
            steps=(*whole.steps, f"{m.group('f')} {m.group('p')} of it: x {share:.4g}"))))
    return out


_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def _hedged_part(m: re.Match[str], hedge: str, share: float) -> Value | None:
    """A hedged share of a round number read as the hedged figure it comes to ("some
    quarter of a million" as "some 250,000"), not as a share of a hedged million."""
    figure = share * _SCALES[m.group("n").lower()]
    if not figure.is_integer():
        return None  # "a third of a million" is no figure written so
    try:
        value = normalize(f"{hedge}{figure:,.0f}{m.group('rest') or ''}")
    except ClaimdiffError:
        return None
    if value.kind is not Kind.QUANTITY:
        return None
    return replace(value, text=m.group(), steps=(
        f"{m.group()!r}: {hedge.strip()} {figure:,.0f}", *value.steps))


def _scaled(iv: Interval, k: float) -> Interval:
    return Interval(iv.lo * k, iv.hi * k, lo_open=iv.lo_open, hi_open=iv.hi_open)


_DECADE_AGE = re.compile(
    r"\bin\s+(?:his|her|their)\s+(?:(?:early|mid|late)[-\s]?)?(?:[1-9]0['’]?s|teens|twenties|"
    r"thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"
    r"|\b(?:an?|the)\s+(?:teenager|(?:sexa|septua|octo|nona)genarian|centenarian)\b",
    re.IGNORECASE)


def decade_ages(chunk: str) -> list[tuple[int, int, Value]]:
    """Ages said by their decade ("a man in his thirties", "in her mid-forties"), which the
    time scanner would read as the 1930s or the mid-1940s, or by a noun of an age class
    ("a teenager", "in her teens", "the octogenarian"; `normalization._roles_en.AGE_CLASSES`)."""
    out = []
    for m in _DECADE_AGE.finditer(chunk):
        try:
            value = normalize(m.group())
        except ClaimdiffError:
            continue
        if value.dimension == "age":
            out.append((m.start(), m.end(), value))
    return out
