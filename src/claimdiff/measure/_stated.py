"""What a claim or a share's base says outright of a value: a version 2 claim's modality and
sayer, and the voters a share is of (a turnout, not a vote share)."""

from __future__ import annotations

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._holder import Tok
from claimdiff.measure._holder import tokens as _tokens
from claimdiff.model import Claim, ClaimV2, Modality, Role, modality_of

_ELECTORATE = frozenset(("voter", "electorat", "elector"))


def of_voters(toks: list[Tok], last: int) -> bool:
    """A share whose base is the voters ("of the 13.8 million registered voters"): of those
    who could vote, the share who did is the turnout, not a vote share."""
    if last >= len(toks) or toks[last].key != "of":
        return False
    return any(t.key in _ELECTORATE for t in toks[last + 1:last + 7])


def stated(claim: Claim, role: str | None, attribution: str | None) -> tuple[str | None,
                                                                             str | None]:
    """What a version 2 claim states outright (its modality, who said its value) wins."""
    if not isinstance(claim, ClaimV2):
        return role, attribution
    main = next((m for m in claim.measures if m.role in (Role.AMOUNT, Role.TOTAL)), None)
    modality = modality_of(claim, main)
    if modality is not Modality.ACTUAL:
        role = modality.value
    if main is not None and main.attribution:  # a value's own sayer, as a party class
        keys = [t.key for t in _tokens(main.attribution, 0, len(main.attribution))]
        party = next((lex.PARTY_OF[k] for k in keys if k in lex.PARTY_OF), None)
        attribution = party or " ".join(keys) or attribution
    return role, attribution


__all__ = ["of_voters", "stated"]
