"""What a value read in its sentence measures, and the noun it is of.

`_read` reads a value's sentence; this module says from those words what the value
counts or measures ("14 *injured*", "nine *counts of attempted murder*", "a team of
140", "the number of *schools*", "212 riders and pedestrians *injured*"), kept apart so
the reading of a sentence and the choice of the measured thing each stay short. An age,
a date and a length of time measure no noun. Without the value's text, the words are
the claim's fields.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._counted import befell_both, number_of
from claimdiff.measure._holder import Tok
from claimdiff.measure._ordinal import ORDINAL
from claimdiff.measure._source import SourceText
from claimdiff.measure._stated import of_voters
from claimdiff.measure._traits import attribute, kind_counted
from claimdiff.measure._what import (
    counted_of,
    dimension_of,
    modifier,
    said_of,
    share_noun,
    what_measured,
)
from claimdiff.measure._window import ahead, words_after
from claimdiff.normalization import Kind, Value

_BEFELL = 8
"""How far after people counted what befell them may be said: "640 workers are set to lose
their jobs"."""
_FOLLOWING = re.compile(r"[-\s]+([A-Za-z]+)")


def measured_thing(value: Value, phrase: str, elided: str | None, age: Value | None,
                   founded: Value | None, text: SourceText | None,
                   where: tuple[int, int] | None, toks: list[Tok], first: int, last: int,
                   after: Sequence[Tok], before: Sequence[Tok],
                   ) -> tuple[str | None, str | None, str | None, bool,
                              tuple[str, str] | None, frozenset[str]]:
    """The value's noun, what it measures, the words that say so, whether those are of a
    synonym class, the two groups it counts as one ("riders and pedestrians") and their
    kinds; `toks[first:last]` are the value's words in its sentence when `text` locates
    it at `where`."""
    noun = value.noun if value.kind is Kind.QUANTITY else None
    if noun is None and elided is not None and elided.isalpha() and value.unit is None:
        noun = elided  # "Dunmore 24" after "30 points": points too
    if value.dimension == "ordinal":  # "the fourth floor", "a seventh-floor flat", "stage 8"
        rank = ORDINAL.search(phrase)
        label = re.match(r"(?:world\s+)?([A-Za-z]+)\s+\w+$", phrase) \
            if rank is None or rank.group("label") else None  # not "fourth title"
        follow = _FOLLOWING.match(text.text, where[1]) if text and where else None
        noun = (label.group(1) if label else follow.group(1) if follow
                and lex.key(follow.group(1)) not in lex.STOP else None)
    both: tuple[str, str] | None = None  # what befell two groups counted as one
    groups = frozenset[str]()
    if age is not None or founded is not None:
        measured, words, classed = "age", phrase, True
    elif value.kind in (Kind.DATE, Kind.DURATION) or value.dimension == "time of day":
        measured, words, classed = None, None, False  # when and how long: of an event, not a noun
    else:
        if text is not None and where is not None:
            noun = modifier(noun, toks[first:last]) or noun or attribute(
                toks[first:last], dimension_of(value))
        measured, words, classed = what_measured(
            noun, after, before,
            words_after(toks, last, _BEFELL) if text is not None and where is not None else (),
            # a sum is no length ("won by two lengths in the €450,000 Oaks"), and a length
            # no one dead ("the ore body 450 metres below the valley")
            # a count per a span of time counts its noun too ("48,000 passengers a day")
            unitless=dimension_of(value).partition("/")[0] == "count"
            or dimension_of(value).startswith("currency"),
            of_people=dimension_of(value).partition("/")[0] in ("count", "percent", "ratio"),
            money=dimension_of(value).startswith("currency"))
        counted = counted_of(noun, toks, last) if text is not None and where is not None \
            else None
        if counted is None and value.dimension == "percent" and text is not None \
                and where is not None:
            counted = share_noun(toks, first, last)  # "a 50% refund" is a share of a refund
        if counted is not None:  # "nine counts of attempted murder" counts murders
            measured, words = lex.CLASS_OF.get(counted.key, counted.key), counted.text
            classed = counted.key in lex.CLASS_OF and counted.key not in lex.GENERIC
        if measured == "vote" and value.dimension == "percent" and text is not None \
                and where is not None and of_voters(toks, last):
            measured = "turnout"  # "61 per cent of registered voters cast a ballot"
        said = said_of(toks, first, last, value.dimension) if noun is None \
            and text is not None and where is not None else None
        if said is not None:  # "a team of 140", "Turnout was 71% of the 84,000 members"
            measured, words = lex.CLASS_OF.get(said.key, said.key), said.text
            classed = said.key in lex.CLASS_OF
        numbered = number_of(toks, first) if noun is None and said is None \
            and value.unit is None and text is not None and where is not None else None
        if numbered is not None and numbered.key not in lex.GENERIC \
                and lex.CLASS_OF.get(numbered.key) not in lex.PEOPLE:
            # "the number of schools rated inadequate climbed to 188" counts schools (people
            # are still counted by what befell them: "the number of passengers hurt")
            measured, words = lex.CLASS_OF.get(numbered.key, numbered.key), numbered.text
            classed = numbered.key in lex.CLASS_OF
        both = befell_both(toks, last) if noun is not None and value.unit is None \
            and text is not None and where is not None and (
                not classed or measured in lex.PEOPLE) else None
        if both is not None:  # "212 riders and pedestrians had been injured"
            measured, classed = both[0], True
            groups = kind_counted(f"{noun} {both[1]}", measured, value.dimension)
        if measured == "share" and value.dimension.startswith("currency"):
            measured = "price"  # money a share ("€24 apiece", "$48.50 a share") is a price
        if measured is None and noun is None and value.unit is None and where is not None \
                and text is not None:
            # a bare count: "Nine of the 14 aid workers", "Eleven foreign and local aid workers"
            measured, words, classed = what_measured(None, ahead(toks, last), [], unitless=True)
    return noun, measured, words, classed, both, groups


__all__ = ["measured_thing"]
