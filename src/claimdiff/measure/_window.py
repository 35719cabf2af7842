"""The words around a value in its sentence: after it, before it, its clause, its copula's
subject, and the periods and compounds they name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._holder import Tok, verb
from claimdiff.normalization._change_en import change_from

_STOP_AT = frozenset(",;:()[]—–\"“”«»")
AFTER, BEFORE = 5, 6
TIGHT = 3
"""A role word qualifies a value only from close by: "a forecast of 3%", "expected to hit 3%"."""
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
        spans = t.key in _SPANS or t.key in _TERMS and k and toks[k - 1].key in _THIS
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
_THIS = lex.keyed("this")
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


def own_words(after: Sequence[Tok]) -> list[Tok]:
    """`after` (nearest first) up to a preposition opening a phrase of its own: a role noun
    there is another noun's ("19 projects of 2.2 gigawatts *from bids* totalling 9.6GW",
    "a deviation of 11 mm *against the planned* line"), not the value's ("a 5% *target*",
    "£300 *as a deposit*", "1.2% *in its latest forecast*"); nor up to a comma before a
    participle, which opens a clause of what was done next ("lit the burn on Monday, *planning*
    to treat 400 hectares": the plan is the hectares', not the day's)."""
    k = next((n for n, t in enumerate(after) if t.key in _OTHER_PHRASE or t.text == ","
              and n + 1 < len(after) and _participle(after[n + 1].text)), len(after))
    return list(after[:k])


def _participle(word: str) -> bool:
    """A lower-case word in "-ing" ("planning", "expecting"), not "during" or "king"."""
    return word.islower() and word.endswith("ing") and len(word) > 5 and word != "during"


_OTHER_PHRASE = lex.keyed("from with against for at on by to into onto toward towards across")


def acting(after: Sequence[Tok], words: str | None) -> list[Tok]:
    """`after` (the words after a count, nearest first) without the verb its people or
    bodies do when that verb is a role word: "only six *firms* had bid", "12 *countries*
    pledged", "30 *economists* expect" count who bid, pledge or expect, not a bid, a pledge
    or a forecast. A passive ("300 jobs were offered") or a thing counted ("5 million
    tonnes expected") keeps its role."""
    noun = lex.key(words.split()[-1]) if words else ""
    if not (lex.CLASS_OF.get(noun) in lex.PEOPLE or noun in _AGENTS
            or lex.RELATED_OF.get(noun) == "company"):
        return list(after)
    k = 0
    while k < len(after) and k < 2 and after[k].key in _ACTIVE_AUX:
        k += 1
    if k < len(after) and after[k].key in lex.ROLE_OF and after[k].text.islower():
        return [*after[:k], *after[k + 1:]]
    return list(after)


_ACTIVE_AUX = lex.keyed("have has had will would did do does could may might also all")
"""Auxiliaries of an active verb (no "be": "were offered" is done to the value)."""
_AGENTS = lex.keyed("""
people person individual man woman resident customer family household country nation state
bidder donor analyst economist investor lender bank club team party union council
""")
"""Who acts: people and bodies, a count of whom may bid, pledge or expect."""


def presupposed(toks: Sequence[Tok], first: int, last: int) -> bool:
    """The value describes a thing a definite phrase names ("defend *the* £2.3 billion
    signalling contract", "did not win *its* 12-month extension"): what the thing is, taken
    as given, whatever the verb's negation or modal says of it."""
    if not first or last >= len(toks):
        return False
    det, head = toks[first - 1], toks[last]
    return (det.key in _DEFINITE or det.text.endswith(("'s", "’s"))) \
        and head.text.isalpha() and head.key not in lex.STOP and not verb(head.text,
                                                                         noun_too=False)


_DEFINITE = frozenset(("the", "its", "their", "his", "her", "our", "this", "that"))


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
_INDEFINITE = frozenset(("a", "an", "one", "another"))
_POSSESSIVE = frozenset(("his", "her", "their", "my", "our", "your"))


def unnamed(toks: Sequence[Tok], first: int) -> bool:
    """An age said of someone introduced as no one named: "one 19-year-old survivor", "a
    logistics officer aged 24", someone's relative ("her 81-year-old mother")."""
    if first and toks[first - 1].text.lower() in _POSSESSIVE:
        return True
    for t in reversed(toks[max(first - 5, 0):first]):
        if t.key in _INDEFINITE:
            return True
        if t.text in _STOP_AT or t.text[0].isupper():
            return False
    return False
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


__all__ = ["AFTER", "BEFORE", "TIGHT", "YEAR", "a_share", "acting", "after_share", "ahead",
           "changed_from", "clause_words", "compounds", "copula_subject", "elided_from",
           "left_level", "own_words", "presupposed", "relative_years", "superlative", "unnamed",
           "words_after", "words_before"]
