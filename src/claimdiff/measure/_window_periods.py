"""The periods and earlier levels the words around a value name: "this year", "the fourth
quarter", a fronted "A year earlier,", a span summed over ("this season"), the level a change
started from ("rose from 12%"), and "half a point" as no period."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._holder import Tok
from claimdiff.measure._window import BEFORE
from claimdiff.normalization._change_en import change_from

YEAR = re.compile(r"(?:19|20)\d\d$")
_THIS = frozenset({"this", "current"})
_LAST = frozenset({"last", "previous", "prior", "preceding"})
_PARTS = frozenset({"first", "second", "third", "fourth", "final", "last"})
_WHOLE = frozenset({"full", "whole", "entire"})


def relative_years(toks: list[Tok]) -> set[str]:
    """"this year" and "last year" as periods of their own ("up 12% from a year earlier"
    names the base of a change, not the period of the figure)."""
    out: set[str] = set()
    words = [t.text.lower() for t in toks]
    for k, w in enumerate(words):
        if w in ("quarter", "half", "round") and k and words[k - 1] in _PARTS:
            out.add(f"{words[k - 1]} {w}")  # "the fourth quarter" is no "full year"
        if w in ("runoff", "run-off"):
            out.add("second round")
        if w != "year":
            continue
        if k and words[k - 1] in _WHOLE:
            out.add("full year")
        elif k and words[k - 1] in _THIS:
            out.add("this year")
        elif k and words[k - 1] in _LAST:
            out.add("last year")
    return out


def earlier(front: Sequence[Tok]) -> bool:
    """A fronted "A year earlier," or "Two years ago,": the figure is of an earlier period
    ("up 12% from a year earlier" names the base of a change, not a fronted period)."""
    words = [t.text.lower() for t in front]
    return len(words) >= 3 and words[-1] in ("earlier", "ago", "before") \
        and lex.key(words[-2]) in ("year", "month", "quarter", "week")


def cumulative(toks: Sequence[Tok]) -> bool:
    """A figure summed over a span longer than its event: "in her career", "this season",
    "over five years", "over its ten-year term" (a year's figure is not the span's)."""
    for k, t in enumerate(toks):
        spans = t.key in _SPANS or t.key in _TERMS and k and toks[k - 1].key in _THIS_KEY
        if spans and not any(superlative(x.text) and x.key not in _MOST
                             for x in toks[max(k - 4, 0):k]):
            return True  # "our biggest crowd of the season" ranks one match's figure
        ahead = {x.text.lower() for x in toks[k + 1:k + 3]}
        if t.text.lower() in ("over", "across") and not ahead & _LOOKING_BACK \
                and any(x.key in ("year", "decade") or _YEARS.match(x.text)
                        for x in toks[k + 1:k + 5]):
            return True  # "over the past two years" is a total to date, as "has invested"
    return False


_SPANS = lex.keyed("career season lifetime all-time")
_TERMS = lex.keyed("term")
_THIS_KEY = lex.keyed("this")
"""A span said by a word of many senses only after "this": "14 goals already *this term*" is a
season's, while "a ten-year prison term" or "in the long term" spans nothing summed."""
_MOST = lex.keyed("most least top bottom")
"""Superlatives of an amount: "the most goals this season" may still be the season's sum."""


def superlative(word: str) -> bool:
    """"highest", "poorest", "worst", "most", "worst-hit", "hardest-hit": a superlative
    adjective or adverb (lemminflect knows it as an inflection of a shorter base)."""
    w = word.lower().split("-")[0]
    if w in _IRREGULAR:
        return True
    if not w.endswith("est") or len(w) < 5:
        return False
    from lemminflect import getAllLemmas  # tables load on first use, not on import

    lemmas = getAllLemmas(w)
    return any(lemma != w for pos in ("ADJ", "ADV") for lemma in lemmas.get(pos, ()))


_IRREGULAR = lex.keyed("most least worst best top bottom")
_LOOKING_BACK = frozenset({"past", "last", "previous"})
_YEARS = re.compile(r"(?i)(?!half-)\w+-years?$")
"""A span of years ("over the five-year term"); a half-year is a reporting period, as a
quarter is ("a £2.3m loss over the half-year to October")."""


def changed_from(before: Sequence[Tok]) -> bool:
    """The value is the level a change started from: "rose from 12%", "the increase from
    the current cap of £9,250" (`before`: the words before it, nearest first)."""
    keys = [t.key for t in before[:BEFORE]]
    return any(k == "from" and any(x in lex.CHANGE or lex.RELATED_OF.get(x) in ("rise", "fall")
                                   for x in keys[n + 1:n + 3])
               for n, k in enumerate(keys))


_FROM_END = re.compile(r"(?i)\bfrom\s+$")


def left_level(text: str, start: int) -> bool:
    """The value at `text[start:]` is the level a change verb leaves, however far the verb
    ("lifts the season ticket to London, a 142-kilometre commute, from £5,240 to £5,575")."""
    return _FROM_END.search(text, max(0, start - 8), start) is not None \
        and change_from(text, start)


def a_share(t: Tok, toks: Sequence[Tok]) -> bool:
    """"half a percentage point", "a quarter of the vote": a share, not a period."""
    at = next((k for k, x in enumerate(toks) if x is t), None)
    return at is not None and t.key in ("half", "quarter") and at + 1 < len(toks) \
        and toks[at + 1].key in ("a", "an", "of")


__all__ = ["YEAR", "a_share", "changed_from", "cumulative", "earlier", "left_level",
           "relative_years", "superlative"]
