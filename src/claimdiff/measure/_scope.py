"""Whose a figure is when its sentence names no holder: a whole, or the one who said it.

A figure for a whole ("Nationwide, 7,400 patients waited", "In all, 41 schools closed",
"the national total") is no figure of one named part ("At Kelburn General Hospital, 212
patients waited"): `whole` marks the first, `named_in` gives the names of a sentence,
places too, that tell the part. A company or an authority reporting its own operations is
the holder of its figures ("Corvane said 59,400 passengers had been affected": Corvane's),
but not one reporting an event's toll ("Police said 12 died"), nor a person speaking
("Lena Brandt said 640 jobs would go"): `own_sayer` gives such a sayer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._frame import dateline_end, fronted_end
from claimdiff.measure._holder import Tok, common_word, is_name, written

_WHOLE = frozenset(lex.key(w) for w in """
nationwide nationally countrywide overall altogether total combined national
""".split())
"""Words saying a figure is of a whole: the country's, everyone's, all taken together."""
_ADVERBS = frozenset(lex.key(w) for w in
                     "nationwide nationally countrywide overall altogether".split())
"""Those that open a sentence as themselves ("Overall, ..."), not as a name ("National Grid")."""
_WIDE = re.compile(r"[a-z]+-wide|(?:state|nation|country|city|province|world)wide")
_ACROSS = frozenset(lex.key(w) for w in "country nation state region island world".split())
_OWN_REPORT = frozenset(("report", "announc", "confirm", "post"))
_TOLLS = lex.OUTCOMES - {"jobs"}
"""What befell people in an event: counted by whoever reports it, held by no sayer."""


def whole(toks: Sequence[Tok], first: int, last: int) -> bool:
    """The value at `toks[first:last]` is a figure of a whole: "nationwide", "overall", "in
    all", "in total", "across the country", "the national total" opening its sentence or
    close by in its clause (not "a total of 14", which only says how many, nor a sayer's
    "the national weather service said")."""
    head = fronted_end(toks)
    for k, t in enumerate(toks):
        if not (k < max(head, 1) or _close(toks, k, first, last)):
            continue
        low = t.text.lower()
        if t.key in _WHOLE and (t.text[0].islower() or k == 0 and t.key in _ADVERBS):
            if t.key == "total" and k and toks[k - 1].key == "a" or any(
                    x.key in lex.REPORTING or x.key in lex.PARTY_OF for x in toks[k + 1:k + 4]):
                continue
            return True
        if low == "all" and k and toks[k - 1].key == "in":
            return True
        if _WIDE.fullmatch(low):  # "the Scotland-wide jobless rate", "statewide", "EU-wide"
            return True
        if low == "across" and _across_all(toks[k + 1:k + 4]):
            return True
    return False


def named_whole(toks: Sequence[Tok], first: int, last: int) -> frozenset[str]:
    """The name a sentence calls a whole close to the value: "*Ngorova* as a whole holds
    around 610", "across Tarvia as a whole", as keys; empty when there is none."""
    for k in range(2, len(toks) - 1):
        if [t.text.lower() for t in toks[k - 1:k + 2]] == ["as", "a", "whole"] \
                and toks[k - 2].text[0].isupper() and _close(toks, k, first, last):
            names = []
            for t in toks[k - 2::-1]:
                if not t.text[0].isupper():
                    break
                names.append(t.key)
            return frozenset(names)
    return frozenset()


def _across_all(after: Sequence[Tok]) -> bool:
    """"across the country", "across the whole region": a whole; "across the Greywater
    region" names one part of it."""
    for t in after:
        if t.key in _ACROSS:
            return True
        if t.text[0].isupper():
            return False
    return False


def _close(toks: Sequence[Tok], k: int, first: int, last: int) -> bool:
    """`toks[k]` lies within a few words of the value, no clause mark between."""
    lo, hi = (k, first) if k < first else (last, k)
    return hi - lo <= _REACH and not any(t.text in ",;:()" for t in toks[lo:hi])


_REACH = 6


def named_in(toks: Sequence[Tok], start: int, proper: frozenset[str]) -> frozenset[str]:
    """The names a sentence writes (people, companies, places: "Kelburn", "Harlow"), as
    keys (as `proper_nouns` gives a text's)."""
    head = dateline_end(toks)  # "NEW HALSTEAD, Ohio" is where it was filed, no holder
    return frozenset(t.key for k, t in enumerate(toks) if k >= head and t.key not in _WHOLE
                     and is_name(t, start, proper) and not _label(toks, k))


def _label(toks: Sequence[Tok], k: int) -> bool:
    """A capitalized word before a number labels something: "Chapter 11", "Article 5"."""
    return k + 1 < len(toks) and toks[k + 1].text[0].isdigit()


def regions(toks: Sequence[Tok], start: int, proper: frozenset[str]) -> frozenset[str]:
    """The names a sentence gives as parts of a country ("the *Ostra* region", "the province
    of *Ostra*", "*Harlow* County"), as keys; `SOME_REGION` for a part it names only by its
    kind ("coverage in the district": the one the report named elsewhere)."""
    out = set()
    for k, t in enumerate(toks):
        if t.key not in _SUBDIVISIONS or t.text.endswith("s"):
            continue  # a plural names no one part: "the United States", "the Gulf states"
        if k + 1 < len(toks) and toks[k + 1].key in _OFFICES:
            continue  # "the Johor state executive said": who spoke, not where it was
        if k and is_name(toks[k - 1], start, proper):
            out.add(toks[k - 1].key)
        elif k + 2 < len(toks) and toks[k + 1].key == "of" \
                and is_name(toks[k + 2], start, proper):
            out.add(toks[k + 2].key)
        elif k and toks[k - 1].key in ("the", "this"):
            out.add(SOME_REGION)
    return frozenset(out)


SOME_REGION = "*"
"""A part of a country named by its kind alone ("the district"), in `regions`."""

_SUBDIVISIONS = frozenset(lex.key(w) for w in """
region province state county district prefecture canton department municipality oblast
""".split())

# The bodies a part of a country has: its name before them names who acted or spoke.
_OFFICES = frozenset(lex.key(w) for w in """
executive council government governor assembly legislature parliament premier minister
ministry mayor authority official officials board court police agency office treasury
""".split())


def own_sayer(toks: Sequence[Tok], first: int, start: int, proper: frozenset[str],
              text: str, measured: str | None) -> tuple[str, ...]:
    """The organisation heading the sentence that said the figure at `toks[first]` of its
    own operations ("Corvane said 59,400 passengers had been affected"); `()` for a person
    (a name whose last word no lexicon knows, "Lena Brandt", or a surname the text writes
    after a first name, "Ilse Marrow"), for a party (police, officials) and for a toll."""
    if measured in _TOLLS:
        return ()
    run = _heading(toks, first, start, proper) or _trailing(toks, first, start, proper)
    if not run:
        return ()
    if any(lex.PARTY_OF.get(lex.key(t.text), "company") != "company" for t in run):
        return ()  # "Merrow Police said": an authority counting, not its own figures
    last = written(run[-1])
    if len(run) > 1 and not common_word(last):
        return ()  # "Lena Brandt said"
    if len(run) == 1 and re.search(rf"\b[A-Z][\w’'-]+ {re.escape(last)}\b", text) and any(
            not common_word(m.group(1)) for m in re.finditer(
                rf"\b([A-Z][\w’'-]+) {re.escape(last)}\b", text)):
        return ()  # "Marrow said", after "Ilse Marrow": a person named by the surname
    return tuple(written(t) for t in run)


def _heading(toks: Sequence[Tok], first: int, start: int,
             proper: frozenset[str]) -> list[Tok]:
    """The names opening the sentence before a reporting verb and the value: "Corvane said
    59,400 passengers" (not "The company said", which refers back, nor "Norvex reported
    revenue of", whose figure is Norvex's already)."""
    k = fronted_end(toks)
    if k < len(toks) and toks[k].key == "the":
        return []
    run: list[Tok] = []
    while k < first and is_name(toks[k], start, proper):
        run.append(toks[k])
        k += 1
    if k >= first or toks[k].key not in lex.REPORTING or toks[k].key in _OWN_REPORT:
        return []
    return run


def _trailing(toks: Sequence[Tok], first: int, start: int,
              proper: frozenset[str]) -> list[Tok]:
    """The names saying, after a comma past the value, what came before: "Some 60,000
    passengers were affected, Corvane said" or ", said Corvane"."""
    for c in range(first + 1, len(toks) - 1):
        if toks[c].text != ",":
            continue
        k, run = c + 1, []
        said_first = toks[k].key in lex.REPORTING
        k += said_first
        while k < len(toks) and is_name(toks[k], start, proper):
            run.append(toks[k])
            k += 1
        if run and (said_first or k < len(toks) and toks[k].key in lex.REPORTING):
            return run
    return []


__all__ = ["SOME_REGION", "named_in", "named_whole", "own_sayer", "regions", "whole"]
