"""Changes against a base ("up 18% from a year earlier") and multiples ("half that sum").

A change reads as a signed amount in the dimension `change:<dimension of the
amount>` ("down 3%" is −3 %, "a 12 percent increase" +12 %), so a rise compares
only with a rise or a fall, never with a level. The base ("a year earlier", "the
same quarter last year") is kept as written and folded to the period it names
(`year`, `quarter`, `month`, `week`, `day`, `estimate`), so two changes over
different bases are told apart.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimdiff.normalization import _roles_en as en
from claimdiff.normalization._change_en import change_before
from claimdiff.normalization._interval import Interval
from claimdiff.normalization._value import Value

__all__ = ["LEVEL_AGAINST", "base_period", "en_base_starts", "read_change", "read_factor",
           "signed"]

_UP_NOUNS = frozenset(en.CHANGE_NOUNS_UP.split())
_DOWN_NOUNS = frozenset(en.CHANGE_NOUNS_DOWN.split())


def base_period(base: str | None) -> str | None:
    """The period a comparison base names: "the same quarter last year" → `year`."""
    if not base:
        return None
    for name, pattern in en.BASE_PERIODS:
        if pattern.search(base):
            return name
    return None


def _split_base(rest: str) -> tuple[str | None, bool]:
    """The base after the amount (`None` when there is none), and whether `rest` was read."""
    rest = rest.strip().rstrip(".;")
    if not rest:
        return None, True
    m = en.BASE.match(rest)
    if m is None:
        return None, False
    base = m.group("base").strip() or rest.strip(" ,")
    return base, True


def _amount(text: str) -> Value | None:
    from claimdiff.normalization._quantity import parse_quantity

    text = re.sub(r"^(?:by|of)\s+", "", text.strip(), flags=re.IGNORECASE)
    return parse_quantity(text)


def signed(value: Value, text: str, direction: str, base: str | None) -> Value:
    """`value` as a change in `direction` (negated when `down`), in `change:` dimension."""
    core, support = value.core, value.support
    if direction == "down":
        core = Interval(-core.hi, -core.lo, core.hi_open, core.lo_open)
        support = Interval(-support.hi, -support.lo, support.hi_open, support.lo_open)
    step = f"a change {direction}" + (f" against {base!r}" if base else "")
    return replace(value, text=text, core=core, support=support,
                   dimension=f"change:{value.dimension}", steps=(*value.steps, step))


def read_change(text: str) -> tuple[Value | None, str, str | None] | None:
    """`(signed amount, direction, base)` of a change phrase, or `None` when it is none.

    The amount is `None` for a change with a base and no amount ("down from an
    earlier estimate of 1.6%").
    """
    phrase = text.strip().rstrip(".;")
    bare = en.DOWN_FROM.match(phrase)
    if bare:
        return None, bare.group("dir").lower(), bare.group("base")
    # "up 18% from a year earlier", "rose by 3.2 per cent on the previous quarter"
    for m in re.finditer(r"[\d$€£¥]|\b(?:" + en.NUMBER + r")\b", phrase, re.IGNORECASE):
        direction = change_before(phrase, m.start())
        if direction is None:
            continue
        rest = phrase[m.start():]
        for cut in [m2.start() for m2 in en_base_starts(rest)] + [len(rest)]:
            amount = _amount(rest[:cut])
            if amount is not None:
                base, ok = _split_base(rest[cut:])
                if ok:
                    return signed(amount, text, direction, base), direction, base
        break
    # "up nearly a quarter", "risen by two-fifths", "fell by more than half": a share in words
    if (in_words := _fraction_change(phrase, text)) is not None:
        return in_words
    # "a 12 percent increase on the same quarter last year", "5% higher than in May"
    for pattern, group in ((en.CHANGE_NOUN, "noun"), (en.CHANGE_ADJ, "adj"),
                           (en.CHANGE_PREP, "adj")):
        found = pattern.match(phrase)
        if found is None:
            continue
        word = found.group(group).lower()
        direction = ("up" if word in _UP_NOUNS or word in ("higher", "more", "up", "above")
                     else "down")
        amount = _amount(found.group("amount"))
        if amount is None or (group == "noun" and amount.noun):
            continue  # "2,000 job cuts" counts cuts; "a 3% cut" is a change
        if pattern is en.CHANGE_PREP:  # "above average": the base follows the preposition
            base, ok = found.group("rest").strip(" ,.;"), True
        else:
            base, ok = _split_base(found.group("rest"))
        if ok:
            return signed(amount, text, direction, base), direction, base
    return _level_against(phrase, text)


LEVEL_AGAINST = "a level stated against its base"
"""The step of a change read from a level against a reference ("62% of the average")."""


def _level_against(phrase: str, text: str) -> tuple[Value, str, str | None] | None:
    """ "62% of the long-term average" as the change it states, 38% below the average."""
    found = en.OF_BASE.match(phrase)
    if found is None:
        return None
    amount = _amount(found.group("amount"))
    if amount is None or amount.dimension != "percent":
        return None
    core, support = amount.core, amount.support
    if core.lo < 100 < core.hi or core.lo == core.hi == 100:
        return None  # "about 100% of normal": no direction to read
    direction = "up" if core.lo >= 100 else "down"
    base = found.group("rest").strip()
    shifted = replace(
        amount, text=text, dimension="change:percent",
        core=Interval(core.lo - 100, core.hi - 100, core.lo_open, core.hi_open),
        support=Interval(support.lo - 100, support.hi - 100, support.lo_open, support.hi_open),
        steps=(*amount.steps, f"{LEVEL_AGAINST}: a change {direction} against {base!r}"))
    return shifted, direction, base


def _fraction_change(phrase: str, text: str) -> tuple[Value, str, str | None] | None:
    """A change whose amount is a fraction in words, right after its direction word."""
    from claimdiff.normalization._fractions import PHRASE, read_fraction
    from claimdiff.normalization._quantity import parse_quantity

    for m in PHRASE.finditer(phrase):
        word_end = m.end("d") if m["d"] else m.end("half") if m["half"] else -1
        if (word_end < 0 or (m.start() and phrase[m.start() - 1].isalnum())
                or phrase[word_end:word_end + 1].isalnum()):
            continue  # "behalf", "halfway", "3/4": no fraction in words
        direction = change_before(phrase, m.start())
        if direction is None:
            continue
        rest = phrase[m.start():]
        for cut in [c.start() for c in en_base_starts(rest)] + [len(rest)]:
            amount = read_fraction(rest[:cut], parse_quantity)
            if amount is not None and amount.dimension == "percent":
                base, ok = _split_base(rest[cut:])
                if ok:
                    return signed(amount, text, direction, base), direction, base
        return None
    return None


def en_base_starts(rest: str) -> list[re.Match[str]]:
    """Where a base may start after the amount: "from", "on", "compared with", ..."""
    return list(re.finditer(r"\s*,?\s+(?=(?:than|from|on|over|compared|against|versus|vs\b|"
                            r"since|year[- ]on|month[- ]on|quarter[- ]on)\b)", rest,
                            re.IGNORECASE))


_OF_A_SCALE = re.compile(r"\s+(?:of\s+)?an?\s+(?:dozen|hundred|thousand|million|billion|trillion|"
                         r"lakh|crore)\b")


def read_factor(text: str) -> float | None:
    """The multiple a relative phrase states: "half that sum" 0.5, "double" 2, "three times" 3."""
    phrase = text.strip().lower()
    phrase = re.sub(r"^(?:about|around|roughly|nearly|almost|some|more\s+than)\s+", "", phrase)
    for word in sorted(en.FACTOR_WORDS, key=len, reverse=True):
        if re.match(re.escape(word) + r"\b", phrase):
            if _OF_A_SCALE.match(phrase, len(word)):
                return None  # "half a million", "a quarter of a billion": a number
            return en.FACTOR_WORDS[word]
    m = en.TIMES.match(phrase)
    if m:
        from claimdiff.normalization._roles import number

        return number(m.group("n"))
    return None
