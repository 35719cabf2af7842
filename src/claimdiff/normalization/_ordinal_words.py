"""Ordinals in words of any size: "two hundred and tenth", "nine thousandth",
"six thousand five hundred and thirty-second".

An English ordinal is its cardinal with the last word made ordinal (first, second,
third, fifth, eighth, ninth, twelfth; -ty to -tieth; else + -th). So the reader
undoes that one word and reads the cardinal with the number reader: any number the
cardinal reader knows has its ordinal. Whole phrases only (in running text "first"
and "second" are too often no rank).
"""

from __future__ import annotations

import re

from claimdiff.normalization._interval import Interval
from claimdiff.normalization._value import Kind, Value

__all__ = ["RANKED", "is_ordinal_word", "read_ordinal_words"]

_IRREGULAR = {"first": "one", "second": "two", "third": "three", "fifth": "five",
              "eighth": "eight", "ninth": "nine", "twelfth": "twelve"}
_LAST = re.compile(r"(?P<head>.*?)(?P<sep>^|[\s-]+)(?P<last>[a-z]+)", re.IGNORECASE)
RANKED = re.compile(
    r"[-\s](?:[a-z]+est|best|worst)\b|\s+in\s+the\s+(?:world|country|nation|league|"
    r"standings|rankings|table|region|state|division|field)\b|\s+(?:consecutive|straight|"
    r"successive|collective|overall|annual)\s+[a-z]+\b|\s+(?:place|position|spot|round|"
    r"term|title|time|attempt|season)\b")
"""What an ordinal ranks, drafted with it: a superlative ("fourth-largest", "third biggest"),
the field ranked ("sixth in the world"), its noun after a word of a series ("third collective
sale", "fourth straight title") or a noun of a place in a series ("third place")."""

_SCALES = ("hundredth", "thousandth", "millionth", "billionth", "trillionth")


def _cardinal(word: str) -> str | None:
    low = word.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if low.endswith("ieth"):
        return low[:-4] + "y"  # "twentieth"
    if low.endswith("th") and len(low) > 4:
        return low[:-2]  # "fourth", "hundredth", "thousandth"
    return None


def is_ordinal_word(word: str) -> bool:
    """Whether `word` is the ordinal of a number word ("hundredth", "fortieth", "tenth")."""
    from claimdiff.normalization._numbers import read_words

    cardinal = _cardinal(word)
    return cardinal is not None and read_words(cardinal) is not None


def read_ordinal_words(text: str) -> Value | None:
    """A whole phrase that is an ordinal in words built on a cardinal of more than one
    word, as a rank (dimension `ordinal`), or `None`.

    "one hundredth" and "a thousandth" alone are fractions as often (of a second), so
    they need "the"; "one third" is a fraction. A singular "second" after a number above
    one is an ordinal, since a count of seconds takes the plural ("thirty-second").
    """
    from claimdiff.normalization._numbers import read_words

    phrase = re.sub(r"\s+", " ", text.strip())
    the = re.match(r"the ", phrase, re.IGNORECASE)
    body = phrase[the.end():] if the else phrase
    m = _LAST.fullmatch(body)
    if m is None:
        return None
    cardinal = _cardinal(m["last"])
    head = m["head"].strip()
    if not head and the and m["last"].lower() in _SCALES:
        head = "one"  # "the millionth"
    if not head:
        return None
    if cardinal is None or head.lower().endswith((",", " of")):
        return None
    if head.lower() in ("one", "a", "an") and not (the and m["last"].lower() in _SCALES):
        return None  # "one third", "a hundredth": a fraction
    sep = "-" if "-" in m["sep"] else " "
    number = read_words(f"{head}{sep}{cardinal}")
    rest = read_words(re.sub(r"\s+and$", "", head, flags=re.IGNORECASE))
    if number is None or rest is None or not number.value.is_integer() or number.value <= 0:
        return None
    if number.value == rest.value:
        return None  # the last word added nothing: no cardinal of the whole phrase
    n = number.value
    point = Interval.point(n)
    return Value(kind=Kind.QUANTITY, text=phrase, core=point, support=point, unit=None,
                 dimension="ordinal", granularity="1",
                 steps=(f"an ordinal in words: the cardinal {head} {cardinal} is {n:g}",))
