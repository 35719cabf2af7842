"""The population a share is of: "62% *of residents* supported", "88% *of primaries*".

Two shares of two groups ("62% of residents" against "38% of farmers") are two figures,
whatever they measure: each report names its own base, and bases with no word in common
are two populations. A base that names no group ("of them", "of people", "of those
asked") is no evidence either way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._holder import Tok
from claimdiff.measure._what import content

__all__ = ["share_base"]

_SKIP = lex.keyed("the all its their his her our a an those these this that some every each "
                  "million billion thousand hundred")
_ANYONE = lex.keyed("people person individual adult respondent population public them those "
                    "one total all everyone everybody sample number")
_GROUPS = frozenset(("population", "member", "house", "student", "worker", "passenger"))
"""Classes of measured things that are groups of people or homes a share may be of."""
_GROUP_NOUNS = lex.keyed("""children men women adults pupils patients staff nurses businesses
firms companies schools primaries secondaries academies colleges universities hospitals
practices councils households homes families parishes towns villages""")
_AGENT = re.compile(r"(?:er|or|ist|ent|ant|ian|ee|ar)$")
"""Agent nouns: people named by what they do or are ("farmer", "resident", "voter")."""
_PLURALS = lex.keyed("children men women people staff police personnel")
_REACH = 4


def share_base(toks: Sequence[Tok], last: int) -> frozenset[str]:
    """The words of the group a share is of, right after its "of" (`toks[last]`), folded
    like context, up to its plural head noun; empty when the share has no "of" or its
    base names no group. A word in -ed or -ing is the base's only before another word
    ("registered voters"); else it is the verb said of the base ("residents supported")."""
    if last >= len(toks) or toks[last].key != "of":
        return frozenset()
    k = last + 1
    while k < len(toks) and (toks[k].key in _SKIP or toks[k].text[0].isdigit()):
        k += 1
    words: list[Tok] = []
    while k < len(toks) and len(words) < _REACH:
        t = toks[k]
        if not t.text[0].isalpha() or t.key in lex.STOP or t.key in ("be", "have", "do"):
            break
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if t.text.endswith(("ed", "ing")) and not (
                nxt is not None and nxt.text[0].isalpha() and nxt.key not in lex.STOP):
            break
        words.append(t)
        k += 1
        if t.text.endswith("s") and not t.text.endswith("ss") or t.key in _PLURALS:
            break  # the group's head noun: "of Varden households recycle" ends at it
    base = content(words)
    if not base or any(t.key in _ANYONE for t in words) or not _group(words[-1]):
        return frozenset()  # "of the goods traded", "of the vote": what is measured
    return base


def _group(head: Tok) -> bool:
    """A noun of people or of the bodies they form: an agent noun ("residents", "farmers",
    "voters"), a class of such, or one of the listed groups ("children", "schools")."""
    return head.key in _GROUP_NOUNS or lex.CLASS_OF.get(head.key) in _GROUPS or (
        head.text[0].islower() and _AGENT.search(head.key) is not None)
