"""Scores and vote splits written with a dash ("beat Tavora 27-19", "voted 112-64") as their
two figures.

A result written as two numbers is two claims: the winner's figure and the other's. Read
as one number, "27-19" is nothing (or a range from 19 to 27, which a 27-16 would overlap),
so two reports of one result are compared figure by figure.
"""

from __future__ import annotations

import re

from claimdiff.errors import ClaimdiffError
from claimdiff.normalization import Kind, Value, normalize

__all__ = ["scores"]

_N = r"\d{1,3}"
_CUE = (r"\b(?:beat|beats|beaten|won|wins|lost|loses|defeated|downed|edged|thrashed|routed|"
        r"drew|drawn|voted|votes|led|leads|trailed|trails)\b(?:\s+(?!(?:by|in|on|at|for|with|"
        r"from)\b)[\w'’.-]+){0,3}?\s+")
_SCORE = re.compile(rf"(?<![\w.,/:-])(?P<a>{_N})\s?[-–]\s?(?P<b>{_N})"
                    r"(?![\d/:%-]|[.,]\d|\s*(?:per|a\.?m\b|p\.?m\b))", re.IGNORECASE)
_BEFORE = re.compile(_CUE + r"$", re.IGNORECASE)
_AFTER = re.compile(
    r"\s+(?:win|victory|defeat|loss|draw|vote|votes|verdict|majority|scoreline|result)\b",
    re.IGNORECASE)
_ENDS = re.compile(
    r"\s*(?:[.,;:)]|$)|\s+(?:in|on|at|against|to|over|with|after|before|and|but|for|as|"
    r"when|thanks|away|last|this|late|early)\b", re.IGNORECASE)
"""A result's clause goes on or ends after it: not "aged 18-24 *voters*", "3-4 *days*"."""


def _count(words: str) -> Value | None:
    try:
        value = normalize(words)
    except ClaimdiffError:
        return None
    return value if value.kind is Kind.QUANTITY and value.dimension == "count" else None


def scores(chunk: str) -> list[tuple[int, int, Value]]:
    """The two figures of every result in `chunk`: a split after a verb of winning or voting
    ("beat Tavora 27-19", "voted 7-2") or before a result's noun ("the 27-16 win")."""
    out: list[tuple[int, int, Value]] = []
    for m in _SCORE.finditer(chunk):
        cued = _BEFORE.search(chunk, max(0, m.start() - 60), m.start()) is not None
        named = _AFTER.match(chunk, m.end()) is not None
        if not (named or (cued and _ENDS.match(chunk, m.end()))):
            continue  # a range ("18-24 year-olds", "3-4 days"), a code or a date
        a, b = _count(m.group("a")), _count(m.group("b"))
        if a is not None and b is not None:
            out.append((m.start("a"), m.end("a"), a))
            out.append((m.start("b"), m.end("b"), b))
    return out
