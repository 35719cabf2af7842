"""Ranks and places ("11th", "eleventh", "world number seven", "stage 8") read as ordinals.

An ordinal says where in a series something stands; "the eleventh storm" and
"the 11th storm" agree, and neither is a count of anything. Ordinals are
measured on their own axis, `ordinal`, so they never meet counts.
"""

from __future__ import annotations

import re

from claimdiff.normalization import Interval, Kind, Value

_WORDS = ("third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
          "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
_NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen "
                 "fourteen fifteen sixteen seventeen eighteen nineteen twenty").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_RANK_OF = {w: n for n, w in enumerate(_WORDS, start=3)} | {"first": 1, "second": 2}
_COUNT_OF = {w: n for n, w in enumerate(_NUMBER_WORDS, start=1)}

ORDINAL = re.compile(
    r"\b(?:(?P<digits>\d{1,3})(?:st|nd|rd|th)\b"
    r"|(?:(?P<tens>twenty|thirty|forty|fifty)-)?(?P<word>" + "|".join(_WORDS) + r")\b"
    r"|(?P<label>(?:world\s+)?(?:number|no\.)|stage|game|round|lap|leg|seed|lane|platform|gate|berth|pier|bay|hole|seat"
    r"|row|court|terminal)\s+"
    r"(?P<n>\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")\b)", re.IGNORECASE)
"""An ordinal: "11th", "eleventh", "twenty-first", "number seven", "stage 8", "game 11"; a
numbered place in a row ("lane 4", "platform 9", "gate 12") too: where someone stood."""


def ordinal_reading(text: str) -> tuple[str, Value] | None:
    """The first ordinal of `text`: the words read, and the place as a number."""
    m = ORDINAL.search(text)
    if m is None:
        return None
    if m.group("digits"):
        n = int(m.group("digits"))
    elif m.group("word"):
        n = _RANK_OF[m.group("word").lower()] + _TENS.get((m.group("tens") or "").lower(), 0)
    else:
        raw = m.group("n").lower()
        n = int(raw) if raw.isdigit() else _COUNT_OF[raw]
    phrase = m.group()
    iv = Interval(float(n), float(n))
    return phrase, Value(kind=Kind.QUANTITY, text=phrase, core=iv, support=iv, unit=None,
                         dimension="ordinal", granularity="1",
                         steps=(f"'{phrase}': a place in a series, number {n}",))


__all__ = ["ORDINAL", "ordinal_reading"]
