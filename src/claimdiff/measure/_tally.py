"""A running tally: a count or sum told at a time of day before its event is over.

"14 people had been arrested *by 10am*", "about 9,000 signatures *by Wednesday evening*",
"more than 12,000 *as of Thursday morning*", "*By midday*, 40 flights were cancelled": the
time is the figure's period, so that two tallies at two times are two figures. A day alone
("as of Thursday") is the day's figure, which the other report gives as the day's too; a
year or a month after "by" is a deadline or a span's end. A tally against a figure told at
no time is not told apart: reports of one day often leave the hour unsaid.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._holder import Tok

__all__ = ["tally_time"]

_REACH = 12
"""How many words after the figure (or before it, to its clause's start) a tally's time is
read in: "14 people had been arrested by 10am"."""
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_PARTS = frozenset("morning afternoon evening night lunchtime".split())
_MOMENTS = frozenset("""noon midday midnight nightfall dawn dusk daybreak lunchtime teatime
mid-morning mid-afternoon""".split())
_DEICTIC = frozenset({"this", "yesterday", "last", "tonight"})
_CLOCK = frozenset({"am", "pm", "a", "p", "o'clock", "gmt", "bst", "utc", "hours", "hrs"})
_ENDS = frozenset({".", ";", "!", "?"})


def tally_time(toks: Sequence[Tok], first: int, last: int) -> str | None:
    """The time the figure at `toks[first:last]` is a tally at ("by 10am" as "10am",
    "as of Thursday morning" as "thursday morning"), read in the figure's own clause after it
    or at the opening of its sentence ("By midday, 40 flights ..."); `None` when there is
    none."""
    for n in range(last, min(last + _REACH, len(toks))):
        said = _after_by(toks, n)
        if said is not None:
            return said
        t = toks[n]
        if t.text in _ENDS or t.text == "," or t.key in lex.CONJUNCTIONS \
                or t.text[0].isdigit():
            break  # "12 aircraft deployed, and teams had treated 18,000 hectares by Wednesday"
    k = first - 1
    while k >= 0 and first - k <= _REACH and toks[k].text not in _ENDS:
        k -= 1
    return _after_by(toks, k + 1) if k + 1 < first else None


def _after_by(toks: Sequence[Tok], n: int) -> str | None:
    """The time told after "by" or "as of" at `toks[n]`."""
    word = toks[n].text.lower()
    if word == "as" and n + 1 < len(toks) and toks[n + 1].text.lower() == "of":
        return _time_at(toks, n + 2)
    return _time_at(toks, n + 1) if word == "by" else None


def _time_at(toks: Sequence[Tok], n: int) -> str | None:
    """The time of day told at `toks[n]`: a clock time, a moment of the day, a weekday with
    its part of the day, "this morning", "last night"."""
    words = [t.text.lower() for t in toks[n:n + 3]]
    if not words:
        return None
    head = words[0]
    if head[0].isdigit() and (":" in head or len(words) > 1 and words[1] in _CLOCK):
        return head + (words[1] if len(words) > 1 and words[1] in _CLOCK else "")
    if head in _MOMENTS:
        return head
    if head in _WEEKDAYS and len(words) > 1 and words[1] in _PARTS:
        return f"{head} {words[1]}"  # "as of Thursday" alone is the day's figure
    if head in _DEICTIC and len(words) > 1 and words[1] in _PARTS | {"night"}:
        return f"{head} {words[1]}"
    return None
