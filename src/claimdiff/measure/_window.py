"""The words around a value in its sentence: after it, before it, its clause, its copula's
subject, and the compounds they name. The periods they name are `_window_periods`', what
they say of a value's role and holder `_window_roles`'."""

from __future__ import annotations

from collections.abc import Sequence

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._holder import Tok

_STOP_AT = frozenset(",;:()[]—–\"“”«»")
AFTER, BEFORE = 5, 6
TIGHT = 3
"""A role word qualifies a value only from close by: "a forecast of 3%", "expected to hit 3%"."""


def compounds(toks: list[Tok]) -> list[Tok]:
    """A noun read with the word before it when the two name another measured thing:
    "consumer *prices*" rising is inflation, "borrowing *costs*" a rate, the "jobless *rate*"
    unemployment; "before *tax*" and "after *tax*" are the poles of gross and net."""
    out = list(toks)
    for k in range(1, len(out)):
        if out[k].key == "tax" and (pole := out[k - 1].text.lower()) in ("before", "after"):
            t = out[k]
            out[k] = Tok(t.start, t.end, t.text, lex.key(f"{pole}-tax"))
            continue
        said = lex.COMPOUND_OF.get((out[k - 1].key, out[k].key))
        if said is not None:
            t = out[k]
            out[k] = Tok(t.start, t.end, t.text, said)
    return out


def words_after(toks: list[Tok], i: int, reach: int = AFTER) -> list[Tok]:
    out: list[Tok] = []
    for k in range(i, min(i + reach, len(toks))):
        t = toks[k]
        if t.text in _STOP_AT or t.text == "." or t.text[0].isdigit():
            break
        if t.key in lex.CONJUNCTIONS or t.key in _SUBORDINATORS:
            break  # "14 people and injuring 200", "injuring 127 as houses collapsed"
        out.append(t)
    return out


def words_before(toks: list[Tok], i: int) -> list[Tok]:
    out: list[Tok] = []
    k = i - 1
    while k >= 0 and len(out) < BEFORE:
        t = toks[k]
        if t.text == "," and all(x.key in lex.CHANGE for x in out):
            # "revenue of $4.8 billion, up 12%": a change is of what came before;
            # "the missing, about 46 people": an apposition is of the noun before
            k -= 1
            continue
        if t.text == "," and (opened := _relative_opening(toks, k)) is not None:
            k = opened - 1  # "Core inflation, which excludes food, slowed to 3.2%"
            continue
        if not out and t.key == "to" and (left := _level_left(toks, k)) is not None:
            k = left - 1  # "rose from 64 to 67": the level reached is said of what the level
            continue  # left is said of ("the retirement age"), not of the other number
        if t.text in _STOP_AT or t.text[0].isdigit() or t.key in lex.CONJUNCTIONS:
            break
        out.append(t)
        k -= 1
    return out


def _level_left(toks: list[Tok], to: int) -> int | None:
    """The "from" of "from 64 to 67" whose "to" is at `to`, with a number between."""
    for k in range(to - 1, max(to - 6, -1), -1):
        if toks[k].text in _STOP_AT:
            return None
        if toks[k].key == "from":
            return k if any(t.text[0].isdigit() for t in toks[k + 1:to]) else None
    return None


def _relative_opening(toks: list[Tok], comma: int) -> int | None:
    """The comma opening a relative clause that the comma at `comma` closes, if any."""
    for k in range(comma - 1, max(comma - _SUBJECT, 0) - 1, -1):
        if toks[k].text in _STOP_AT:
            ok = toks[k].text == "," and k + 1 < comma and toks[k + 1].key in ("which", "who")
            return k if ok else None
    return None


def copula_subject(toks: list[Tok], first: int) -> list[Tok]:
    """The subject a value is said of by a copula ("The speed limit on the line *is* 30 km/h",
    "the forecast for this year *stood at* 1.2%"), back to the clause's start; else none."""
    k = first - 1
    if k >= 1 and toks[k].key == "at" and toks[k - 1].key in _COPULAS:
        k -= 1
    if k < 0 or toks[k].key not in _COPULAS:
        return []
    out: list[Tok] = []
    for t in reversed(toks[max(k - _SUBJECT, 0):k]):
        if t.text in _QUOTES:
            continue  # a subject's words in quotes: 'Its so-called "final offer" is 6 per cent'
        if t.text in _STOP_AT or t.text == "." or t.text[0].isdigit() \
                or t.key in lex.CONJUNCTIONS:
            break
        out.append(t)
    return out


_QUOTES = frozenset("\"“”«»")


def clause_before(toks: list[Tok], first: int) -> list[Tok]:
    """The words of the value's clause before it, back to a comma, a conjunction or a word
    opening another clause: its subject and verb ("The *men's* team from Ostrava won 12
    medals", "*Preliminary* results gave Brandt 12%"), which say which figure it is."""
    out: list[Tok] = []
    for t in reversed(toks[max(first - _SUBJECT, 0):first]):
        if t.text in _STOP_AT or t.text == "." or t.text[0].isdigit() \
                or t.key in lex.CONJUNCTIONS or t.key in _SUBORDINATORS:
            break
        out.append(t)
    return out


_SUBORDINATORS = lex.keyed("as when because although though if unless whereas until once")
"""Words opening another clause: what follows them is not what a value measures."""
_CONTRASTING = lex.keyed("while whilst whereas but")
"""Conjunctions opening a clause of its own ("and" may join two adjectives of one noun)."""
_COPULAS = frozenset(("be", "stand", "remain"))
_SUBJECT = 16  # a subject with its relative clause: "the limit on the curve where ... is"


def clause_words(toks: list[Tok], first: int, last: int) -> list[Tok]:
    """The words of the clause a value sits in, between the clause marks around it: "Arrieta
    served 19 aces, Varenko 12" holds Arrieta's aces and Varenko's apart."""
    lo, hi = first, last
    while lo > 0 and toks[lo - 1].text not in _STOP_AT:
        lo -= 1
    while hi < len(toks) and toks[hi].text not in _STOP_AT:
        hi += 1
    return [*toks[lo:first], *toks[last:hi]]


def ahead(toks: list[Tok], last: int) -> list[Tok]:
    """The words after a bare count, past a partitive ("of the 14") and the adjectives and
    conjunctions before its noun, up to a verb-like word or a clause mark."""
    out: list[Tok] = []
    for t in toks[last:last + 8]:
        if t.text in _STOP_AT or t.text == "." or t.key in ("be", "have") \
                or t.key in _SUBORDINATORS or t.key in _CONTRASTING:
            break  # "counted 127 while soldiers searched": the soldiers are another clause's
        if t.text[0].isalpha() and t.key not in lex.STOP:
            out.append(t)
    return out


def after_share(toks: list[Tok], last: int) -> list[Tok]:
    """The words after a share, past its base: "8 per cent of the workforce *is unemployed*"
    measures the unemployed, not the workforce."""
    k = last
    if k >= len(toks) or toks[k].key != "of":
        return words_after(toks, last)
    k += 1
    for _ in range(4):
        if k >= len(toks) or toks[k].key in ("be", "have", "do") or toks[k].text in _STOP_AT \
                or toks[k].text.endswith(("ed", "ing")):
            break
        k += 1
    return words_after(toks, k)


_LINKS = lex.keyed("and while whilst but whereas to against with versus vs ,")
_TITLES = lex.keyed("the mr ms mrs dr 's ’s")
_CLAUSE_END = lex.keyed("and in on at for respectively while whilst but after before")


def elided_from(toks: Sequence[Tok], first: int, last: int) -> int | None:
    """For a bare number ending an elliptical clause ("Yes took 52.4 per cent and *No 47.6*",
    "Harwick scored 30 points and *Dunmore 24*"), the index of the figure before it whose
    verb and unit the clause leaves out; `None` for any other value."""
    if last < len(toks) and not (toks[last].text in _STOP_AT or toks[last].text == "."
                                 or toks[last].key in _CLAUSE_END):
        return None
    k = first - 1
    named = 0
    while k >= 0 and named < 4 and (toks[k].text[0].isupper() or toks[k].key in _TITLES
                                    or toks[k].text in ("'", "’", "s")):
        named += toks[k].text[0].isupper()
        k -= 1
    if not named or k < 1 or toks[k].key not in _LINKS:
        return None
    for j in range(k - 1, max(k - 8, -1), -1):
        if toks[j].text in (".", ";"):
            return None
        if toks[j].text[0].isdigit():
            return j
    return None


__all__ = ["AFTER", "BEFORE", "TIGHT", "after_share", "ahead", "clause_before", "clause_words",
           "compounds", "copula_subject", "elided_from", "words_after", "words_before"]
