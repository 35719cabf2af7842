"""Values that describe a noun rather than a verb's event: durations and measures.

"a six-week war" (the war lasted six weeks), "three decades of conflict" (the
conflict lasted three decades), "a 12.7 km long border section" and "a
17-kilometre section of the border" (the section measured 12.7 km, 17 km). The
claim is about the noun, with the `of` phrase that says whose it is.
"""

from __future__ import annotations

from types import ModuleType

from claimdiff.extract._clauses import Tok
from claimdiff.extract._found import Found
from claimdiff.extract._phrases import NP, name, np_at, with_of
from claimdiff.extract._predicate import past

Modified = tuple[str, str, int, int]
"""Subject, predicate, and the character span of the described noun phrase."""


def modified(text: str, toks: list[Tok], first: int, found: Found,
             lex: ModuleType) -> Modified | None:
    """The claim a value makes about the noun it describes, or `None`."""
    last = first
    while last + 1 < len(toks) and toks[last + 1].value == toks[first].value:
        last += 1
    j = last + 1
    if j >= len(toks) or found.kind is None:
        return None
    duration = found.kind.value == "duration"
    measure = toks[last].low in lex.DIMENSION_ADJECTIVES or _unit_before_noun(toks, j, found, lex)
    if duration and toks[j].low == "of":
        j += 1
    elif not (duration and "-" in found.text or measure):
        return None
    np = np_at(toks, j, len(toks))
    if np is None:
        return None
    np = with_of(toks, np, lex)  # "a 90-day state of emergency"
    subject = name(text, toks, np, lex)
    end = toks[np[1] - 1].end
    if measure:
        whole = _with_of(toks, np)
        if whole is not None:
            subject = name(text, toks, (np[0], whole[1]), lex)
            end = toks[whole[1] - 1].end
    if found.text.endswith("-old"):
        predicate = lex.AGE_PREDICATE  # "a 34-year-old instructor": an age, not a duration
    else:
        predicate = lex.MEASURE_PREDICATE if measure else lex.LAST_PREDICATE
    return subject, past(predicate, lex), toks[np[0]].start, end


def _unit_before_noun(toks: list[Tok], j: int, found: Found, lex: ModuleType) -> bool:
    # "a 17-kilometre section", "a 12.7 km stretch": a measure in a unit, then a noun.
    value = found.value
    return (value is not None and value.kind.value == "quantity" and value.unit in lex.MEASURE_UNITS
            and value.noun is None and toks[j].tag == "W" and toks[j].value < 0)


def _with_of(toks: list[Tok], np: NP) -> NP | None:
    """The `of` phrase after a described noun ("section | of their shared border")."""
    j = np[1]
    if j + 1 < len(toks) and toks[j].low == "of":
        return np_at(toks, j + 1, len(toks))
    return None
