"""Noun phrases over tagged tokens: find them, name them, find their head and event."""

from __future__ import annotations

from types import ModuleType

from claimdiff.extract import _lexicon_en
from claimdiff.extract._clauses import Tok

_NP_TAGS = {"DET", "W", "CAP", "NUM", "VAL"}
NP = tuple[int, int]
"""A noun phrase as token indices `[lo, hi)`."""


def np_at(toks: list[Tok], i: int, hi: int) -> NP | None:
    """The base noun phrase starting at token `i` (before `hi`): determiners,
    adjectives, nouns, names joined by `and` ("Baku and Yerevan")."""
    j = i
    while j < hi and (toks[j].tag in _NP_TAGS or _title_dot(toks, j)
                      or (toks[j].low == "and" and j > i and toks[j - 1].tag == "CAP"
                          and j + 1 < hi and toks[j + 1].tag == "CAP")):
        j += 1
    while j > i and (toks[j - 1].tag == "DET" or toks[j - 1].value >= 0):
        j -= 1
    if j == i or all(t.tag in ("DET", "VAL", "NUM") for t in toks[i:j]):
        return None
    return (i, j)


def np_ending(toks: list[Tok], end: int, lo: int) -> NP | None:
    """The base noun phrase that ends just before token `end` (not before `lo`)."""
    i = end
    while i > lo and (toks[i - 1].tag in _NP_TAGS or _title_dot(toks, i - 1)):
        i -= 1
    if i == end:
        return None
    return np_at(toks, i, end)


def _title_dot(toks: list[Tok], j: int) -> bool:
    return toks[j].text.endswith(".") and toks[j].text[0].isupper() and len(toks[j].text) <= 5


def of_chain(toks: list[Tok], np: NP, hi: int) -> list[NP]:
    """The phrase and the `of` phrases after it: "the process | of complete withdrawal | of ..."."""
    out = [np]
    j = np[1]
    while j + 1 < hi and toks[j].low in ("of", "in") and toks[j].value < 0:
        nxt = np_at(toks, j + 1, hi) or _value_run(toks, j + 1, hi)
        if nxt is None:
            break
        out.append(nxt)
        j = nxt[1]
        while j + 1 < hi and toks[j].text == "," and toks[j + 1].tag in ("W", "CAP"):
            more = np_at(toks, j + 1, hi)  # "of personnel, weapons and equipment"
            if more is None:
                break
            j = more[1]
            if j < hi and toks[j].low == "and":
                more = np_at(toks, j + 1, hi)
                j = more[1] if more else j
    return out


def _value_run(toks: list[Tok], i: int, hi: int) -> NP | None:
    j = i
    while j < hi and toks[j].value >= 0 and toks[j].value == toks[i].value:
        j += 1
    return (i, j) if j > i else None


def head(toks: list[Tok], np: NP) -> Tok:
    """The head word of a phrase: its last word that is not part of a value."""
    for k in range(np[1] - 1, np[0] - 1, -1):
        if toks[k].tag in ("W", "CAP"):
            return toks[k]
    return toks[np[1] - 1]


def name(text: str, toks: list[Tok], np: NP, lex: ModuleType = _lexicon_en) -> str:
    """The phrase as a subject or object: as written, without leading determiners,
    possessives and values ("their withdrawal" -> "withdrawal", "a six-week war" -> "war")."""
    lo, hi = np
    while lo < hi and (toks[lo].tag in ("DET", "VAL", "NUM") or toks[lo].low in lex.PRONOUNS):
        lo += 1
    if lo >= hi:
        lo = np[0]
    last_value = max((k for k in range(lo, hi - 1) if toks[k].value >= 0), default=None)
    if last_value is not None and toks[hi - 1].tag == "W":
        lo = last_value + 1  # "magnitude 7.1 earthquake": the values describe it
    words = text[toks[lo].start:toks[hi - 1].end]
    return " ".join(words.split())


def event_of(toks: list[Tok], np: NP, lex: ModuleType = _lexicon_en) -> str | None:
    """The event a phrase names ("the pull-out" -> "withdrawal"), or `None`."""
    return lex.EVENT_NOUNS.get(head(toks, np).low.rstrip("'’s"))


def is_light(toks: list[Tok], np: NP, lex: ModuleType = _lexicon_en) -> bool:
    """Whether the phrase's head only points at its `of` complement ("the process of ...")."""
    h = head(toks, np).low
    return h in lex.LIGHT_NOUNS or h.endswith(lex.DEVERBAL_SUFFIXES) and h not in lex.EVENT_NOUNS


def is_entity(toks: list[Tok], np: NP) -> bool:
    """Whether the phrase holds a capitalised word (a name)."""
    return any(toks[k].tag == "CAP" for k in range(*np))


def with_of(toks: list[Tok], np: NP, lex: ModuleType = _lexicon_en) -> NP:
    """The phrase with its `of` phrase when its head needs it ("a state | of emergency")."""
    j = np[1]
    if head(toks, np).low in lex.OF_HEADS and j + 1 < len(toks) and toks[j].low == "of":
        more = np_at(toks, j + 1, len(toks))
        if more is not None:
            return (np[0], more[1])
    return np
