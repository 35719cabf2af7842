"""`Found`: one value expression of a text, with where it stands and what was read."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimdiff.normalization import Kind, Value

__all__ = ["Found", "found_at"]

_PREPOSITION = re.compile(
    r"(?:\b(?:on|in|since|until|till|by|from|at|during|for|over|after|before|as of))\s+$",
    re.IGNORECASE)
_OLD = re.compile(r"-old\b|\s+(?:old|of\s+age)\b(?![-'’])")
"""An age written after a length: "a 34-year-old", "just 39 years old", "60 years of age"."""


@dataclass(frozen=True)
class Found:
    """One value expression: where it is, what the engine read, and how to record it."""

    start: int
    end: int
    text: str
    kind: Kind | None
    """`date`, `duration` or `quantity`; `None` for a time phrase that could not be placed."""
    value: Value | None
    prep_start: int
    """Start of the phrase with its preposition ("on Wednesday"), for the claim's value text."""
    problem: str | None = None
    """Why the phrase names no day ("February 2024 has 29 days"): kept whole, never read."""
    in_context: bool = False
    """`value` was read with words `normalize` does not see in the phrase alone ("nearly a
    quarter *less*" is a share, not three months): the draft states the reading."""
    anchor: tuple[int, int] | None = None
    """Where the date this one was read from stands ("the next day" after "on Monday"):
    the article's reference time (`_reftime`)."""

    @property
    def slot(self) -> str:
        """The claim field the value goes in: `when` for dates, `value` otherwise."""
        return "value" if self.kind in (Kind.DURATION, Kind.QUANTITY) else "when"


def found_at(text: str, s: int, e: int, kind: Kind | None, value: Value | None) -> Found:
    if kind is Kind.DURATION and (old := _OLD.match(text, e)) is not None:
        e = old.end()  # "a 34-year-old", "just 39 years old": the age is written whole
    while e > s + 1 and text[e - 1] in ".,;:" and (e == len(text) or text[e].isspace()) \
            and not (text[e - 1] == "." and re.search(r"\b[ap]\.m\.$", text[s:e], re.I)):
        e -= 1  # a sentence's full stop is not part of "mid-May"
    prep = _PREPOSITION.search(text, max(0, s - 12), s)
    if prep is not None and kind is Kind.DURATION and prep.group().split()[0].lower() not in (
            "for", "over", "during"):
        prep = None  # "after decades" is not a duration
    if prep is not None and re.match(r"['’]s\b", text[e:e + 3]):
        prep = None  # "after Sunday's vote": the preposition governs the vote, not the day
    return Found(s, e, text[s:e], kind, value, prep.start() if prep else s)
