"""Whose a curated claim's values are, and which parties its fields name.

Read by `align_measured`: a claim's holder key (the words every one of its values leaves
as its holder), the names of its subject and predicate, of its object, the declared
entity it is about or was reported by, and the holder words as the claims write them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from claimdiff.align._entities import AliasTable
from claimdiff.align._fold import fold, fold_token
from claimdiff.measure import Measurement, word_key
from claimdiff.model import Claim

__all__ = ["holder_key", "holder_keys", "kinds_apart", "object_key", "object_names",
           "parties_apart", "proper", "written"]

_PREFIX = 6
"""Words are compared by their first letters ("Odessa's", "Odessa")."""


def holder_key(ms: Sequence[Measurement]) -> str:
    """The claim's holder: the words every one of its values leaves as its holder (a word
    one value measures, "80 *firefighters*", is no holder of the claim's other values)."""
    if not ms:
        return ""
    common = set(ms[0].holder).intersection(*(m.holder for m in ms[1:]))
    return " ".join(sorted({w[:_PREFIX] for w in common}))


def holder_keys(ms: dict[int, list[Measurement]],
                n: int) -> tuple[list[str], list[frozenset[str]]]:
    """`holder_key` of each of `n` claims (by index in `ms`), and its words as a set, read
    once per distinct combination of holders (a subject's claims share theirs)."""
    keys = [""] * n
    words = [frozenset[str]()] * n
    memo: dict[tuple[tuple[str, ...], ...], tuple[str, frozenset[str]]] = {}
    for i, xs in ms.items():
        if not xs or not 0 <= i < n:
            continue
        combo = tuple(m.holder for m in xs)
        hit = memo.get(combo)
        if hit is None:
            key = holder_key(xs)
            hit = memo[combo] = (key, frozenset(key.split()))
        keys[i], words[i] = hit
    return keys, words


_CAPITAL = re.compile(r"\b[A-Z][\w'’-]*")


def object_key(claim: Claim, aliases: AliasTable, memo: dict[str, str] | None = None) -> str:
    """The names an object gives (entities, capitalized words), aliases replaced: "returned
    villages to Azerbaijan" concerns Azerbaijan; "the villages" names no one. `memo` keeps
    each object's answer (many claims share an object)."""
    if not claim.object:
        return ""
    hit = memo.get(claim.object) if memo is not None else None
    if hit is None:
        said = [*aliases.mentions(claim.object), *_CAPITAL.findall(claim.object)]
        words = aliases.canonical_text(" ".join(said)).split()
        hit = " ".join(sorted({w[:_PREFIX] for w in words}))
        if memo is not None:
            memo[claim.object] = hit
    return hit


def written(keys: Sequence[str], claims: Sequence[Claim]) -> list[str]:
    """Holder keys ("hurican", "odesa") as the claims write them ("Hurricane", "Odessa")."""
    found: dict[str, str] = {}
    for claim in claims:
        for key, word in _keyed_words(f"{claim.subject} {claim.predicate}"):
            found.setdefault(key, word)
    order = list(found)
    written = sorted((k for k in keys if k in found), key=order.index)
    return [found[k] for k in written] or list(keys)


@lru_cache(maxsize=65_536)
def _keyed_words(text: str) -> tuple[tuple[str, str], ...]:
    """Each word of `text` with its holder key, in order (a claim is judged against many)."""
    out = []
    for word in _WORD.findall(text):
        folded = fold(word)
        if folded:
            out.append((word_key(fold_token(folded)), word))
    return tuple(out)


_WORD = re.compile(r"[^\W\d_]+")


def proper(claim: Claim, aliases: AliasTable,
            memo: dict[str, frozenset[str]]) -> frozenset[str]:
    """The proper names of a claim's subject and predicate (entities, capitalized words),
    aliases replaced: "Norvex", "Hurricane Odessa"; "the bus" has none."""
    return _names_in(f"{claim.subject} {claim.predicate}", aliases, memo)


def object_names(claim: Claim, aliases: AliasTable,
           memo: dict[str, frozenset[str]]) -> frozenset[str]:
    """The proper names of a claim's object, as `proper` reads them ("Velmora Pharma")."""
    return _names_in(claim.object, aliases, memo) if claim.object else frozenset()


def _names_in(text: str, aliases: AliasTable,
              memo: dict[str, frozenset[str]]) -> frozenset[str]:
    hit = memo.get(text)
    if hit is None:
        said = [*aliases.mentions(text), *_CAPITAL.findall(text)]
        hit = memo[text] = frozenset(
            w[:_PREFIX] for w in aliases.canonical_text(" ".join(said)).split())
    return hit


def _party(claim: Claim, aliases: AliasTable, reported: bool) -> tuple[str, str] | None:
    """A declared entity and its kind: the claim's subject ("Lumera Air"), or, `reported`,
    who reported a figure whose holder has no proper name ("the strike | passengers
    affected", said Corvane: Corvane's own figure)."""
    text = claim.attribution if reported else claim.subject
    canon = aliases.entity_of(text) if text else None
    kind = aliases.kinds.get(canon) if canon is not None else None
    return (canon, kind) if canon is not None and kind is not None else None


def parties_apart(ca: Claim, cb: Claim, proper_a: bool, proper_b: bool,
                   aliases: AliasTable) -> bool:
    """One claim's holder is a declared entity, the other's has no proper name but was
    reported by another declared entity of the same kind (two companies): two parties."""
    for x, y, named_x, named_y in ((ca, cb, proper_a, proper_b), (cb, ca, proper_b, proper_a)):
        if named_y or not named_x:
            continue
        holder, reporter = _party(x, aliases, False), _party(y, aliases, True)
        if holder is not None and reporter is not None and holder[1] == reporter[1] \
                and holder[0] != reporter[0]:
            return True
    return False


_KIND_CLASS = {
    **dict.fromkeys(("organisation", "company", "firm", "business", "corporation", "club",
                     "team", "government", "agency", "ministry", "party", "union", "bank",
                     "charity", "university", "institution", "body", "authority"),
                    "organization"),
    **dict.fromkeys(("city", "town", "village", "country", "nation", "region", "state",
                     "province", "county", "district", "area", "location"), "place"),
    **dict.fromkeys(("people", "individual"), "person"),
}
"""Declared kinds that name one kind of party in other words ("company", "organization")."""


def _kinds(claim: Claim, aliases: AliasTable, memo: dict[str, frozenset[str]]) -> frozenset[str]:
    text = f"{claim.subject} {claim.predicate}"
    hit = memo.get(text)
    if hit is None:
        kinds = (aliases.kinds.get(name) for name in aliases.mentions(text))
        hit = memo[text] = frozenset(_KIND_CLASS.get(k, k) for k in kinds if k)
    return hit


def kinds_apart(ca: Claim, cb: Claim, aliases: AliasTable,
                memo: dict[str, frozenset[str]]) -> bool:
    """The declared entities two claims' holders name are of different kinds (a skipper and
    her yacht, a race and its venue, a company and its plant): not two parties of one kind,
    whose figures never pair, but maybe one fact seen from two sides. Unknown when either
    names no declared entity of a declared kind."""
    if not aliases.kinds:
        return False
    x, y = _kinds(ca, aliases, memo), _kinds(cb, aliases, memo)
    return bool(x) and bool(y) and x.isdisjoint(y)
