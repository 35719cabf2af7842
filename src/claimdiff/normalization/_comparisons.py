"""Bounds written as comparisons: "less than or equal to 100", "≥ 30", "equals 20", "20~100".

Each form is rewritten to the hedge it means and the phrase is read again ("less than or
equal to 100" is "at most 100", "> 10" is "more than 10", "equal to 5000" is "exactly
5000"): one reading for every way of writing a bound, and the hedge rules stay the
numbers' (`_hedges`). Two bounds set apart by a comma are joined by "and" ("higher or
equal than one hundred, lower or equal than three hundred"), which `_compound` reads as
the range both allow.
"""

from __future__ import annotations

import re

__all__ = ["comparison_rewrites"]

_GREATER = r"(?:greater|more|higher|larger|bigger)"
_LESS = r"(?:less|fewer|lower|smaller)"
# (pattern, the hedge it means); the number follows.
_PREFIXES: list[tuple[str, str]] = [
    (rf"{_GREATER}\s+than\s+or\s+equal\s+to|{_GREATER}\s+or\s+equal\s+(?:than|to)|"
     rf"equal\s+to\s+or\s+{_GREATER}\s+than|(?:at\s+least|no\s+less\s+than)\s+or\s+equal\s+to|"
     r"≥|>\s?=|=>|⩾", "at least"),
    (rf"{_LESS}\s+than\s+or\s+equal\s+to|{_LESS}\s+or\s+equal\s+(?:than|to)|"
     rf"equal\s+to\s+or\s+{_LESS}\s+than|(?:at\s+most|no\s+more\s+than)\s+or\s+equal\s+to|"
     r"≤|<\s?=|=<|⩽", "at most"),
    (r">", "more than"),
    (r"<", "less than"),
    (r"(?:is\s+)?equal\s+to|equals|equall?ing(?:\s+to)?|=", "exactly"),
]
_PREFIX_RES = [(re.compile(rf"(?P<pre>^|,\s*|\s+and\s+)(?:{p})\s*(?=[\d\-−$€£a-z])",
                           re.IGNORECASE), h) for p, h in _PREFIXES]
# "more than 5000 or equal (to)", "equal to 5000 or less (than)", "200 or greater (than)"
_SUFFIXES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"^(?:{_GREATER}\s+than\s+)(?P<n>.+?)\s+or\s+equal(?:\s+to)?$", re.I),
     "at least"),
    (re.compile(rf"^(?:{_LESS}\s+than\s+)(?P<n>.+?)\s+or\s+equal(?:\s+to)?$", re.I),
     "at most"),
    (re.compile(rf"^(?:equal\s+to\s+)?(?P<n>.+?)\s+or\s+(?:{_GREATER}|above)(?:\s+than)?$",
                re.I), "at least"),
    (re.compile(rf"^(?:equal\s+to\s+)?(?P<n>.+?)\s+or\s+(?:{_LESS}|below)(?:\s+than)?$", re.I),
     "at most"),
]
# "20~100": a tilde between two numbers is a range ("~100" alone is "about 100").
_TILDE_RANGE = re.compile(r"(?<=\d)\s*[~〜]\s*(?=\d)")
# Two bounds set apart by a comma: "at least 100, at most 300".
_COMMA_BOUNDS = re.compile(r",\s*(?=(?:at\s+(?:least|most)|more|less|fewer|over|under|above|"
                           r"below|exactly)\b)", re.IGNORECASE)
_CUE = re.compile(r"equal|[<>≤≥⩽⩾=~〜]|\bor\s+(?:greater|more|higher|larger|bigger|less|fewer|"
                  r"lower|smaller|above|below)\b", re.IGNORECASE)


def comparison_rewrites(text: str) -> list[str]:
    """The phrase with its comparisons written as hedges, or `[]` when it has none."""
    phrase = re.sub(r"\s+", " ", text.strip())
    if not _CUE.search(phrase):
        return []
    out = phrase
    for pattern, hedge in _SUFFIXES:
        if (m := pattern.fullmatch(out)) is not None:
            out = f"{hedge} {m['n']}"
            break
    for pattern, hedge in _PREFIX_RES:
        out = pattern.sub(rf"\g<pre>{hedge} ", out)
    out = _TILDE_RANGE.sub(" to ", out)
    out = _COMMA_BOUNDS.sub(" and ", out)
    out = re.sub(r"\s+", " ", out).strip()
    return [] if out == phrase else [out]
