"""Multiples as ratios: "doubled", "three times as many", "a fourfold rise", "by a factor of 3".

A multiple says how a value stands to another (the old level, or what it is compared
with), not how much there is: it reads in its own dimension, `ratio` (unit `×`), as the
factor new / old. "doubled" is 2, "halved" 0.5, "three times as many" 3, "a tenfold
decrease" 0.1, "x3" and "3x" 3. A ratio compares only with a ratio, so "doubled" is
incomparable with "2 people" and never in conflict with it; `ratio_between` gives the
ratio of two levels ("from 20 to 40" is 2), for comparing "doubled to 40" with "rose from
20 to 40". The hedge rules are the numbers' (`_hedges.hedge_interval`), at the granularity
of the multiple as written (1 for "doubled", "three times"); a fall is the reciprocal of
the rise it mirrors ("nearly halved" is 1 / "nearly doubled"). "n times more", "n times
higher" and "an n-fold increase" are read as n (their common use) with a support reaching
n + 1 (the literal reading, the base plus n times it).
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimdiff.normalization import _multiples_en as en
from claimdiff.normalization._hedges import PREFIX_HEDGES_EN, Hedge, alternation, hedge_interval
from claimdiff.normalization._interval import INF, Interval
from claimdiff.normalization._value import Kind, Value

__all__ = ["read_multiple", "ratio_between", "CUE"]

CUE = re.compile(r"times|twice|thrice|fold|factor|doubl|tripl|trebl|quadrupl|quintupl|sextupl|"
                 r"septupl|octupl|halv|(?:half|third|quarter)\s+as\s|\d\s?[x×]|[x×]\s?\d",
                 re.IGNORECASE)
"""Without one of these no phrase is a multiple (a cheap gate)."""

_HEDGE = alternation(PREFIX_HEDGES_EN)
_H = rf"(?:(?P<{{}}>{_HEDGE})\s+)?"
_AUX = rf"(?:{en.AUXILIARIES}\s+)?"
_VERBS = "|".join(sorted([*en.MULTIPLY_VERBS, *en.DIVIDE_VERBS], key=len, reverse=True))
_NUM = r"(?P<n>\d+(?:\.\d+)?|[a-z]+(?:[- ](?:and[- ])?(?:a[- ])?[a-z]+){0,3})"
_UPDOWN = "|".join(sorted(en.UP_WORDS | en.DOWN_WORDS, key=len, reverse=True))

_VERB = re.compile(rf"{_AUX}{_H.format('h')}{_AUX}(?:an?\s+)?(?P<verb>{_VERBS})"
                   r"(?:\s+(?:in\s+(?:size|number|value|price|volume|length|cost)|over|again))?",
                   re.IGNORECASE)
_TIMES = re.compile(
    rf"{_H.format('h')}(?:{_NUM}\s+times|(?P<adv>twice|thrice)|(?P<half>half|a\s+third|a\s+quarter)"
    rf"(?=\s+as\s))"
    rf"(?:\s+(?:(?P<as>as\s+{en.AS_WORDS}(?:\s+as)?)|(?P<more>{en.COMPARATIVES}(?:\s+than)?)|"
    rf"(?:the|its|their)\s+{en.THE_NOUNS}(?:\s+of)?|that(?:\s+of)?))?", re.IGNORECASE)
_FOLD = re.compile(
    rf"(?:(?P<verb>{_UPDOWN})\s+(?:by\s+)?)?{_H.format('h')}(?:an?\s+)?{_H.format('h2')}"
    r"(?P<n>\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s?-?\s?fold"
    rf"(?:\s+(?P<noun>{_UPDOWN}|difference))?", re.IGNORECASE)
_FACTOR = re.compile(
    rf"(?:(?P<verb>{_UPDOWN})\s+)?(?:by\s+)?{_H.format('h')}(?:a\s+)?factor\s+of\s+"
    rf"{_H.format('h2')}(?P<n>\d+(?:\.\d+)?|[a-z]+(?:[- ][a-z]+)?)", re.IGNORECASE)
_X = re.compile(rf"{_H.format('h')}(?:[x×]\s?(?P<n>\d+(?:\.\d+)?)|(?P<m>\d+(?:\.\d+)?)\s?[x×])",
                re.IGNORECASE)


def read_multiple(text: str) -> Value | None:
    """The ratio a whole phrase states ("more than doubled", "3x"), or `None`."""
    phrase = re.sub(r"\s+", " ", text.strip().rstrip(".,;:"))
    if not CUE.search(phrase):
        return None
    if m := _VERB.fullmatch(phrase):
        verb = m["verb"].lower()
        if verb in en.DIVIDE_VERBS:
            return _ratio(text, en.DIVIDE_VERBS[verb], 0.5, m["h"], down=True, why=verb)
        return _ratio(text, en.MULTIPLY_VERBS[verb], 0.5, m["h"], why=verb)
    if m := _TIMES.fullmatch(phrase):
        if m["adv"]:
            n, u = en.MULTIPLE_ADVERBS[m["adv"].lower()], 0.5
        elif m["half"]:  # "half as many": the reciprocal of "twice as many"
            if not m["as"]:
                return None
            n = {"half": 2.0, "a third": 3.0, "a quarter": 4.0}[
                re.sub(r"\s+", " ", m["half"].lower())]
            return _ratio(text, n, 0.5, m["h"], down=True, why=m["half"])
        elif (read := _number(m["n"])) is None:
            return None
        else:
            n, u = read
        return _ratio(text, n, u, m["h"], plus_one=bool(m["more"]), why=f"{n:g} times")
    if m := _FOLD.fullmatch(phrase):
        read = _number(m["n"])
        if read is None or (m["verb"] and m["noun"]) or (m["h"] and m["h2"]):
            return None
        word = (m["verb"] or m["noun"] or "").lower()
        down = word in en.DOWN_WORDS
        return _ratio(text, read[0], read[1], m["h"] or m["h2"], down=down,
                      plus_one=word in en.UP_WORDS, why=f"{read[0]:g}-fold")
    if m := _FACTOR.fullmatch(phrase):
        read = _number(m["n"])
        if read is None or (m["h"] and m["h2"]):
            return None
        down = bool(m["verb"]) and m["verb"].lower() in en.DOWN_WORDS
        return _ratio(text, read[0], read[1], m["h"] or m["h2"], down=down,
                      why=f"a factor of {read[0]:g}")
    if m := _X.fullmatch(phrase):
        read = _number(m["n"] or m["m"])
        return None if read is None else _ratio(text, read[0], read[1], m["h"],
                                                why=f"× {read[0]:g}")
    return None


def _number(word: str) -> tuple[float, float] | None:
    """A multiple as written, with its granularity: "3" (1), "2.5" (0.1), "ten" (1)."""
    from claimdiff.normalization._numbers import read_digits, read_words

    word = word.strip()
    if word[:1].isdigit():
        num = read_digits(word)
    else:
        try:
            num = read_words(word.replace("-", " "))
        except (ValueError, IndexError):
            return None
    if num is None or num.value <= 0:
        return None
    # A multiple is said loosely but not coarsely: "doubled" is no 1.5 (granularity at
    # most one half, as written for "2.5 times").
    return num.value, min(num.granularity, 0.5)


def _ratio(text: str, n: float, u: float, hedge_word: str | None, *, down: bool = False,
           plus_one: bool = False, why: str) -> Value:
    hedge = PREFIX_HEDGES_EN[re.sub(r"\s+", " ", hedge_word.lower())] if hedge_word \
        else Hedge.BARE
    core, support = hedge_interval(n, u, hedge)
    steps = [f"{why!r} is a multiple: the ratio {n:g} of the new level to the old "
             f"(or to what it is compared with), hedge {hedge.value}"]
    if plus_one:
        support = support.hull(Interval(n, n + 1))
        steps.append(f"'{n:g} times more' is {n:g} times as used, or {n + 1:g} read "
                     "literally (the base and n times it): the support holds both")
    if down:
        core, support = _reciprocal(core), _reciprocal(support)
        steps.append(f"a fall: the reciprocal, 1/{n:g}")
    return Value(kind=Kind.QUANTITY, text=text.strip(), core=core, support=support, unit="×",
                 dimension="ratio", mod=hedge.timex_mod, granularity=f"{u:g}",
                 steps=tuple(steps))


def _reciprocal(iv: Interval) -> Interval:
    lo = 1 / iv.hi if iv.hi not in (0, INF) else (0.0 if iv.hi == INF else INF)
    hi = 1 / iv.lo if iv.lo > 0 else INF
    return Interval(lo, hi, iv.hi_open, iv.lo_open)


def ratio_between(before: Value, after: Value) -> Value:
    """The ratio `after / before` of two levels of one dimension ("rose from 20 to 40" is
    2): core from the cores' extreme quotients, support from the supports'. Raises
    `ValueError` for different dimensions or a level that may be zero or less."""
    if before.dimension != after.dimension or before.kind is not Kind.QUANTITY \
            or after.kind is not Kind.QUANTITY:
        raise ValueError(f"no ratio between {before.text!r} and {after.text!r}: "
                         f"{before.dimension} and {after.dimension}")
    if before.support.lo <= 0 or after.support.lo < 0:
        raise ValueError(f"no ratio from {before.text!r}: it may be zero or less")

    def quotient(a: Interval, b: Interval) -> Interval:
        return Interval(b.lo / a.hi, b.hi / a.lo if a.lo > 0 else INF)

    return replace(after, text=f"{before.text} → {after.text}", unit="×", dimension="ratio",
                   noun=None, mod=None, core=quotient(before.core, after.core),
                   support=quotient(before.support, after.support),
                   steps=(f"the ratio of {after.text!r} to {before.text!r}",))
