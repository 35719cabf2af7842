"""What the words around a value say of its role and its holder: a role noun that is another
phrase's, the verb its people do, a definite thing it describes, someone no one names."""

from __future__ import annotations

from collections.abc import Sequence

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._holder import Tok, verb
from claimdiff.measure._window import _STOP_AT


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


__all__ = ["acting", "own_words", "presupposed", "unnamed"]
