"""`read_measure`: a phrase read in the role a claim gives it; `role_value`: the normalize hook."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import partial

from claimdiff.errors import NormalizationError
from claimdiff.normalization import _roles_en as en
from claimdiff.normalization._change_en import change_words
from claimdiff.normalization._multiples import CUE as _MULTIPLE_CUE
from claimdiff.normalization._multiples import read_multiple
from claimdiff.normalization._rates import ABBREVIATED_RATES, read_rate
from claimdiff.normalization._roles import (
    Measured,
    read_age,
    read_ordinal,
    read_ratio,
    read_score,
    read_zero,
)
from claimdiff.normalization._roles_change import base_period, read_change, read_factor
from claimdiff.normalization._value import Value

__all__ = ["ROLES", "read_measure", "role_value"]

_POSSESSIVE = re.compile(r"(?:its|their|his|her|our|my|your|whose)\s+(?=[\d$€£¥])",
                         re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")
# Words without which no role reader can match (cheap gate before the readers).
_CHANGE_CUES = frozenset(
    [*change_words(), *en.CHANGE_NOUNS_UP.split(), *en.CHANGE_NOUNS_DOWN.split(),
     *(n + "s" for n in (en.CHANGE_NOUNS_UP + " " + en.CHANGE_NOUNS_DOWN).split()),
     "higher", "lower", "more", "less", "above", "below", *en.LEVEL_NOUNS])
_CUES = _CHANGE_CUES | frozenset(
    "old olds aged age ages in of out every no zero not none nobody one its their his her our "
    "my your whose a an per each annum third quarter half fifth tenth thirds quarters "
    "twenties thirties forties fifties sixties seventies eighties nineties number".split()
    + list(en.ORDINAL_WORDS) + list(en.PER_ADVERBS) + list(en.PER_TIME) + list(en.AGE_CLASSES)
    + [k for k in ABBREVIATED_RATES if k.isalpha()])
_DIGIT_CUE = re.compile(r"\d(?:st|nd|rd|th)\b|\d0s\b|/", re.IGNORECASE)
ROLES = ("amount", "part", "total", "rate", "score", "ratio", "ordinal", "age", "change")


def role_value(text: str) -> Value | None:
    """The value of a phrase whose words alone give its role, or `None`.

    Called by `normalize()` before the quantity reader: ages ("a 64-year-old",
    which would otherwise read as 64 years of duration), ratios ("one in five",
    otherwise 1), zero counts ("no deaths"), ordinals ("the 87th minute"), rates
    ("40 trains a day"), changes ("up 18% from a year earlier") and multiples
    ("doubled", "three times as many": a ratio).
    """
    if _MULTIPLE_CUE.search(text) and (multiple := read_multiple(text)) is not None:
        return multiple
    words = set(_WORD.findall(text.lower()))
    if not words & _CUES and not _DIGIT_CUE.search(text):
        return None  # nothing that can start a role: the common case, kept cheap
    possessive = _POSSESSIVE.match(text.strip())
    if possessive is not None:  # "its 11 carriages": a determiner the quantity reader skips
        from claimdiff.normalization._quantity import parse_quantity

        rest = parse_quantity(text.strip()[possessive.end():])
        return None if rest is None else replace(rest, text=text)
    for reader in (read_age, read_ratio, read_zero, read_ordinal):
        value = reader(text)
        if value is not None:
            return value
    if words & _CHANGE_CUES:
        change = read_change(text)
        if change is not None and change[0] is not None:
            return change[0]
    return read_rate(text)


def read_measure(text: str, role: str | None = None, *, per: str | None = None,
                 normalize_text: object = None) -> Measured:
    """`text` read as a value in `role` (`None`: the role its words show, else `amount`).

    Raises `NormalizationError` when the phrase cannot be read in that role.
    `normalize_text` is the general reader (`normalize` with the claim's reference
    date bound), used for amounts, totals and parts.
    """
    if role is None:
        role = guess_role(text)
    if role == "score":
        pair = read_score(text, strict=False)
        if pair is None:
            raise NormalizationError(f"cannot read '{text}' as a score such as 2-1 or "
                                     "five to two", text=text)
        return Measured("score", text, score=pair)
    if role == "change":
        change = read_change(text)
        if change is None:
            raise NormalizationError(f"cannot read '{text}' as a change such as 'up 18% from a "
                                     "year earlier' (no direction word? give `direction:`)",
                                     text=text)
        value, direction, base = change
        return Measured("change", text, value=value, direction=direction, base=base,
                        base_period=base_period(base))
    readers: dict[str, Callable[[str], Value | None]] = {
        "age": partial(read_age, given=True), "ordinal": partial(read_ordinal, given=True),
        "ratio": read_ratio,
    }
    special = readers.get(role)
    if special is not None:
        value = special(text)
        if value is None:
            raise NormalizationError(f"cannot read '{text}' as {_a(role)}", text=text)
        return Measured(role, text, value=value)
    if role == "rate":
        value = read_rate(text, per)
        if value is None:
            raise NormalizationError(f"cannot read '{text}' as a rate"
                                     + (f" per {per}" if per else " such as '40 a day'"),
                                     text=text)
        return Measured("rate", text, value=value, per=per or value.unit.split("/")[-1]
                        if value.unit else per)
    if role == "part":
        m = en.PART_OF.match(text.strip())
        if m is not None:
            part, total = _general(m.group("part"), normalize_text), _general(
                m.group("total"), normalize_text)
            return Measured("part", text, value=part, total=total)
    factor = read_factor(text)
    value = None if factor is not None else _general(text, normalize_text)
    return Measured(role, text, value=value, factor=factor)


def guess_role(text: str) -> str:
    """The role a phrase's words show: a score, a change, a ratio, ..., else `amount`."""
    if read_score(text, strict=True) is not None:
        return "score"
    for role, reader in (("age", read_age), ("ratio", read_ratio), ("ordinal", read_ordinal)):
        if reader(text) is not None:
            return role
    if read_change(text) is not None:
        return "change"
    if read_rate(text) is not None:
        return "rate"
    if en.PART_OF.match(text.strip()):
        return "part"
    return "amount"


def _general(text: str, normalize_text: object) -> Value:
    if callable(normalize_text):
        value = normalize_text(text)
        assert isinstance(value, Value)
        return value
    from claimdiff.normalization._api import normalize

    return normalize(text)


def _a(role: str) -> str:
    return f"an {role}" if role[0] in "aeiou" else f"a {role}"
