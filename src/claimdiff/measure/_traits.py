"""What tells a figure apart, read in its sentence: a role said far in its clause, a plan,
an age a rule sets, a span it sums over, a rate's period, the attribute its own words end on,
what befell people at a date, whose age an unnamed person's is (`_read` builds each
`Measurement` with them)."""

from __future__ import annotations

import re

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._holder import Tok
from claimdiff.measure._what import content, qualifiers
from claimdiff.measure._window import copula_subject
from claimdiff.normalization import Kind, Value

ROLE_REACH = 4
"""How far from a value a role word qualifies it."""
RATE_PERIOD = re.compile(r"(?i)(?:a|an|per|each)\s+[a-z]+$")
AMOUNT_BEFORE = re.compile(r"(?i)(?:\d|million|billion|thousand|bn|m|per\s?cent|%)\s*$")
"""A duration written "a year" right after an amount ("$12 million a year") is the period of
a rate, read as no duration of its own."""
SPAN = 10
"""How far after a value its span may be said: "$41 million on the Arden plant over five
years"."""
PER = re.compile(r"(?i)\s+(?:a|an|per|each)\s+(hour|day|week|month|year)s?\b")
"""A rate's period after its amount: "$12 *a month*" is no "$41 *a year*"."""
NEAR_CONTRASTS = frozenset({"scope", "direction"})
"""Contrasts read only beside the value or in its own words: "95 prisoners *each* on
Wednesday" says how many each side freed, not which day; "*rose* 12%" is the change's own."""


def origin_of(toks: list[Tok], last: int) -> str | None:
    """The place a distance is measured from, named within a few words after it: "69 km
    *from* Sarn", "33 km from the capital, *Vell*", "20 km north *of* Sarn" (as a key)."""
    ahead = toks[last:last + 3]
    at = next((k for k, t in enumerate(ahead) if t.text.lower() in ("from", "of")), None)
    if at is None:
        return None
    for t in toks[last + at + 1:last + at + 6]:
        if t.text in ".;:()":
            return None
        if t.text[0].isupper():
            return t.key
    return None


def far_role(lead: list[Tok], toks: list[Tok]) -> str | None:
    """A role said in the value's clause before it, out of the close window: what a party
    demands or offers. Not a forecast ("The company *expects* to book a charge of $310m" is
    its own figure, against "put the cost at $240m"), nor a role a report often leaves
    unsaid (a subject's "maximum sustained winds" is no maximum of a pressure)."""
    role = qualifiers(lead, toks)[0]
    return None if role in lex.UNSAID_ROLES or role == "forecast" else role


def befell_at(toks: list[Tok], first: int) -> str | None:
    """What befell people at a date or time, from the verb it follows: "was *arrested* on 8
    May", "were *evacuated* at 3 a.m." (a class of `lex.OUTCOMES`), else `None`."""
    for t in reversed(toks[max(first - 4, 0):first]):
        if t.key in lex.STOP or t.text[0].isupper():
            continue
        said = lex.CLASS_OF.get(t.key)
        return said if said in lex.OUTCOMES else None
    return None


def whose_age(toks: list[Tok], first: int, last: int) -> str | None:
    """The noun of the unnamed person an age is said of: "The *victim*, 12", "a 41-year-old
    *man*", "the youngest *victim* was 15" (folded like context)."""
    def noun(t: Tok) -> bool:
        return t.text.isalpha() and t.text.islower() and t.key not in lex.STOP
    if first >= 2 and toks[first - 1].text == "," and noun(toks[first - 2]):
        return next(iter(content([toks[first - 2]])), None)
    head = None  # "a 34-year-old ski instructor who": the last noun of the run is its head
    for t in toks[last:last + 3]:
        if not noun(t) or t.text.endswith(("ed", "ing")):
            break
        head = t
    if head is not None:
        return next(iter(content([head])), None)
    said = [t for t in reversed(copula_subject(toks, first))
            if noun(t) and t.key not in lex.CONTRAST_OF]  # not "youngest"
    return next(iter(content(said[:1])), None)


def planned(before: list[Tok]) -> bool:
    """"due to" before a verb, close before the value: "had been *due to* leave Monday" (not
    "cancelled due to the storm")."""
    words = [t.text.lower() for t in reversed(before[:ROLE_REACH + 1])]
    return any(w == "due" and words[k + 1:k + 2] == ["to"] and k + 2 < len(words)
               and _base_verb(words[k + 2]) for k, w in enumerate(words))


def _base_verb(word: str) -> bool:
    from lemminflect import getAllLemmas  # its tables load on first use, not on import

    return getAllLemmas(word).get("VERB", ("",))[0] == word


_RULED = frozenset(lex.key(w) for w in """
voting retirement pension drinking driving legal minimum consent marriage criminal
""".split())
"""Ages a rule sets ("the voting age", "the retirement age"): limits, not anyone's age."""


def ruled_age(before: list[Tok]) -> bool:
    keys = [t.key for t in before[:ROLE_REACH + 1]]
    return any(k == "age" and keys[n + 1:n + 2] and keys[n + 1] in _RULED
               for n, k in enumerate(keys))


def summed(value: Value) -> bool:
    """A count or a sum of money: what a span adds up ("41 goals this season"); not a time
    taken ("her first gold of her career in 10.71 seconds")."""
    return value.kind is Kind.QUANTITY and (value.dimension in (None, "count")
                                            or value.dimension.startswith("currency"))


def attribute(inside: list[Tok], dimension: str) -> str | None:
    """The attribute a quantity's own words end on: "12 metres *high*", "41 metres *deep*";
    not one naming its own dimension ("12.7 km *long*" says only that it is a length)."""
    last = inside[-1] if inside else None
    if last is None or not last.text.isalpha() or last.key not in lex.CLASS_OF \
            or last.key in lex.GENERIC or lex.CLASS_OF[last.key] == dimension:
        return None
    return last.text


__all__ = ["AMOUNT_BEFORE", "NEAR_CONTRASTS", "PER", "RATE_PERIOD", "ROLE_REACH", "SPAN",
           "attribute", "befell_at", "far_role", "origin_of", "planned", "ruled_age", "summed",
           "whose_age"]
