"""A figure of how many something can take: "a new school *with room for* 210 pupils", "*space
for* 400 cars", "*capacity for* 90 patients". A capacity is a limit, never a count of those it
holds ("Llanfaes Fach has 61 pupils"), so the two are two figures, not one in conflict."""

from __future__ import annotations

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._holder import Tok

_ROOM = lex.keyed("room space capacity places spaces")
_HEDGES = lex.keyed("up to about around some nearly almost roughly just over more than")


def room_for(toks: list[Tok], first: int) -> bool:
    """The count at `first` follows "room for", "space for", "capacity for" (a hedge between
    allowed: "room for up to 210")."""
    k = first - 1
    while k >= 0 and toks[k].key in _HEDGES:
        k -= 1
    return k >= 1 and toks[k].key == "for" and toks[k - 1].key in _ROOM


__all__ = ["room_for"]
