"""The roles a value's sentence says beyond the words right beside it, for `_read`.

`sentence_roles` reads the value's clause: its copula's subject, a fronted phrase, the
clause before it, a part or whole, a capacity, a margin, a sum claimed; `later_role`, once
the rest is read, a date when it was said or planned, a ranking, a cumulative figure or a
tally, and an earlier figure or level.
"""

from __future__ import annotations

import re
from datetime import date

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._capacity import room_for
from claimdiff.measure._dated import arranged
from claimdiff.measure._earlier import said_earlier
from claimdiff.measure._frame import (
    added,
    fronted,
    horizon,
    part_of,
    partitive,
    sequence,
    side,
    transition,
)
from claimdiff.measure._holder import Tok
from claimdiff.measure._norm_clause import norm_clause
from claimdiff.measure._period import over_years
from claimdiff.measure._ranked import ranked
from claimdiff.measure._record import earlier_record
from claimdiff.measure._roles_said import qualifiers
from claimdiff.measure._source import SourceText
from claimdiff.measure._tally import tally_time
from claimdiff.measure._traits import (
    NEAR_CONTRASTS,
    claimed_sum,
    far_role,
    first_said,
    margin,
    one_of_several,
    part_marked,
    planned,
    ruled_age,
    said_on,
    subgroup,
    summed,
)
from claimdiff.measure._what import FUTURE, content
from claimdiff.measure._window import clause_before, copula_subject
from claimdiff.measure._window_periods import changed_from, cumulative, earlier, left_level
from claimdiff.normalization import Kind, Value

_CONTESTED = lex.keyed("margin lead advantage won win beat beaten ahead behind clear")
"""Words saying a length is one contestant's lead over another ("won by a gap of 3 metres")."""
_OF_AMOUNTS = frozenset({"limit", "offer", "minimum", "maximum", "nominal", "real", "average",
                         "median", "margin", "one-off", "ranking"})
"""Roles only an amount has (a cap, a bid, a peak, a margin): a date in their sentence is
when, not which figure."""
_RANKED = re.compile(r"(?i)(?:-ranked|-seeded|\s+in\s+the\s+(?:world|rankings?)\b)")
"""An ordinal said of a ranking: "fourth-ranked Tavora", "seventh in the rankings"."""


def sentence_roles(toks: list[Tok], first: int, last: int, phrase: str, value: Value,
                   before: list[Tok], tail: list[Tok], noun: str | None, words: str | None,
                   measured: str | None, classed: bool, role: str | None,
                   modality: str | None, agent: bool, opened: bool, parts: frozenset[str],
                   ) -> tuple[str | None, str | None, list[Tok], frozenset[tuple[str, int]],
                              frozenset[str], str | None, str | None, bool]:
    """The role, modality, fronted words, framing, parts and measured thing a value's
    sentence says, read from its tokens `toks` (the value at `first:last`)."""
    if role is None and not agent:  # a role, not a negation, of the copula's subject
        role = qualifiers(copula_subject(toks, first), toks)[0]
    front = fronted(toks, first)  # "In real terms, wages rose 1%"
    if role is None and front:
        role = qualifiers(front, toks)[0]
    lead = clause_before(toks, first)
    if modality is None and not opened and qualifiers(lead, toks)[1] == FUTURE:
        modality = FUTURE  # "The move will save the cash-strapped council about £1.5m"
    if role is None and not agent and not opened:  # "The union is *demanding* a 12% rise"
        role = far_role(lead, toks)
    framing = sequence(front) | side(toks[max(first - 2, 0):last + 2]) | horizon(
        toks[max(first - 4, 0):last + 6]) | transition(toks, first) | {
        lex.CONTRAST_OF[t.key] for t in (*front, *copula_subject(toks, first),
                                         *toks[first:last])
        if t.key in lex.CONTRAST_OF} | {  # "10 million domestic passengers"
        lex.CONTRAST_OF[t.key] for t in lead  # "The *men's* team won 12 medals"
        if lex.CONTRAST_OF.get(t.key, ("scope",))[0] not in NEAR_CONTRASTS} | {
        lex.CONTRAST_OF[t.key] for t in toks[last:last + 2]  # "12,000 jobs *during
        if lex.CONTRAST_OF.get(t.key, ("",))[0] == "tenure"}  # construction*"
    part = partitive(toks, first, last, phrase) if value.dimension == "count" else None
    what = part_of(toks, last) if part == "part" else []
    said = next((t for t in what if t.key in lex.CLASS_OF and t.key not in lex.GENERIC),
                None)
    if said is not None:  # "Nine of the 14 aid workers were killed" counts the dead
        measured, words, classed = lex.CLASS_OF[said.key], said.text, True
    else:  # "40 of the passengers were children": what the part is
        parts = content(what)
    if role is None and part == "whole":
        role = part
    parts |= subgroup(toks, first, words) | (part_marked(
        toks, first, last, noun, value.dimension == "percent")
        if value.dimension in ("count", "percent") else frozenset()) | (ranked(
        toks, first, last) if value.dimension == "count" else frozenset())
    if role is None and value.dimension == "count" and room_for(toks, first):
        role = "limit"  # "a new school with room for 210 pupils": its capacity
    if role is None and margin(before, toks[last:last + 2]):
        role = "margin"  # "won by 12 votes"
    if role is None and value.dimension == "count" and (
            one_of_several(toks, last) or added(toks, first, last)):
        role = "part"  # "nine in Millbrook and three more in Carver Springs"
    if role is None and claimed_sum(before, value.dimension or ""):
        role = "sought"  # "claimed $12 in damages"
    if role is None and first_said(toks[first - 1::-1] if first else []):
        role = "previous"  # "first put its losses at $12 million"
    if role == "margin" and value.dimension in ("length", "area") and not any(
            t.key in _CONTESTED for t in (*toks[max(first - 8, 0):first], *tail)):
        role = None  # "leaving a gap of about 90m in its deck": a gap in a thing, no lead
    return role, modality, front, framing, parts, measured, words, classed


def later_role(role: str | None, value: Value, phrase: str, text: SourceText | None,
               where: tuple[int, int] | None, toks: list[Tok], first: int, last: int,
               before: list[Tok], front: list[Tok], span: list[Tok], age: Value | None,
               modality: str | None, reference: date | None) -> tuple[str | None, str | None]:
    """The role read once the rest of the value is, and the time of day a running tally
    is at, if any."""
    if role is None and value.kind is Kind.DATE and text is not None and where is not None \
            and said_on(toks, first):
        role = "said"  # "the weather service said Monday": when it was said
    if role is None and (planned(before) or value.kind is Kind.DATE and arranged(phrase, before)):
        role = "target"  # "had been due to leave Monday": the plan, not the departure
    if role is None and text is not None and where is not None:
        role = norm_clause(toks, first)  # "the standard that patients wait under 62 days"
    if role is None and age is not None and ruled_age(before):
        role = "limit"  # "lowering the voting age to 16" is no one's age
    if role is None and value.dimension == "ordinal" and (
            phrase.lower().startswith("world ") or text is not None and where is not None
            and _RANKED.match(text.text, where[1])):
        role = "ranking"  # "the world number 12", "fourth-ranked", "seventh in the rankings"
    if role is None and summed(value) and cumulative(span):
        role = "cumulative"  # "41 goals this season" against "12 goals in the match"
    tallied = None
    if role is None and summed(value) and text is not None and where is not None \
            and modality is None and (at := tally_time(toks, first, last)) is not None:
        tallied = at  # "9,000 signatures by Wednesday evening": a tally at that time
    if role is None and earlier(front):
        role = "previous"  # "A year earlier, revenue was $12 million"
    if role is None and text is not None and where is not None \
            and said_earlier(toks, first, last) and not value.dimension.startswith("change"):
        role = "previous"  # "Modal prices were ₹3,100 a quintal a month earlier"
    if role is None and text is not None and where is not None and earlier_record(
            toks, first, last, reference.year if reference is not None else None):
        role = "previous"  # "The record for Ossel, 36 degrees, was set in 1976"
    if changed_from(before) or text is not None and where is not None and left_level(
            text.text, where[0]):
        role = "previous"  # "the increase from the current cap of £9,250": the old level
    if (value.kind is Kind.DATE or value.dimension == "time of day") and role in _OF_AMOUNTS:
        role = None  # "within the 3 per cent ceiling by 2029": the ceiling is the share's;
        # "where the limit is 70mph, at 11.40pm": the limit is the speed's, the time is when
    if role in (None, "average") and text is not None and where is not None \
            and over_years(text.text, where[0]):
        role = "multi-year average"  # "below the five-year average of 42 tonnes"
    return role, tallied


__all__ = ["later_role", "sentence_roles"]
