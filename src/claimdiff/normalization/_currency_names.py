"""Currency names as English writes them after an amount, from the Unicode CLDR.

"42 Kuwaiti dinars", "42 Lebanese Pounds", "10 Saudi riyals": a name of several
words (a nationality and a currency) names one ISO 4217 currency. The names, in
the singular and the plural, are CLDR's English display names, read through
Babel (imported only when such a name follows an amount). Names of one word
("dinar", "peso") are shared by several countries and stay in
`_quantity_en.CURRENCY_NAMES`; "egyptianpound", "Saudiriyal" written as one word
are matched with their spaces removed. A country's CLDR name before the last word of
its currency's name names it too ("42 Malaysia ringgit", "10 Saudi Arabia riyals").
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

__all__ = ["currency_at", "ends_in_currency_noun", "HEAD_NOUNS", "territories"]

# The last word of a currency name ("pound" of "Lebanese pound"), singular: only a word
# ending so can end a name, which keeps Babel out of reading "42 Kuwaiti soldiers".
HEAD_NOUNS = frozenset("""dollar pound dinar riyal rial peso franc krona krone kroner kronor
    shilling rupee rupiah lira dirham mark ruble rouble real dram lev leu lek won yen yuan rand
    dong kip kyat taka manat som sum tenge lari zloty forint koruna kuna naira cedi kwacha
    birr nakfa ariary ouguiya pula loti lilangeni escudo colon cordoba lempira quetzal sol
    boliviano guarani bolivar gourde florin guilder afghani ngultrum rufiyaa riel pataca
    ringgit baht hryvnia somoni tugrik vatu tala kina paanga denar dobra dalasi leone
    shekel euro kwanza metical balboa""".split())
# CLDR's irregular plurals ("Albanian lekë", "Romanian lei", "Icelandic krónur").
_PLURALS = frozenset("leke leva lei kronur soles denari emalangeni ariaries".split())
_SUFFIXES = HEAD_NOUNS | {h + "s" for h in HEAD_NOUNS} | _PLURALS
_WORDS = re.compile(r"\s?(?P<name>[^\W\d_][\wʻ’'&.-]*(?:\s+(?:&|[^\W\d_][\wʻ’'&.-]*)){0,4})")


def _key(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


@cache
def _names() -> dict[str, str]:
    """Every CLDR English currency name, singular and plural, without spaces -> its code;
    and a country's name with the last word of its currency's ("Malaysia ringgit")."""
    from babel import Locale
    from babel.numbers import get_currency_name, get_territory_currencies, list_currencies

    out: dict[str, str] = {}
    # A currency in use before the one it replaced: "Turkish Lira (1922–2005)" (TRL) keys
    # as "turkishlira" too, and "100 Turkish lira" is TRY.
    for historic in (False, True):
        for code in sorted(list_currencies()):
            for count in (1, 2):
                name = get_currency_name(code, count=count, locale="en")
                if ("(" in name) is historic and (len(name.split()) > 1
                                                  or name.lower() != name):
                    out.setdefault(_key(name), code)
    for territory in territories():
        country = Locale("en").territories[territory]
        for code in get_territory_currencies(territory):
            for count in (1, 2):
                noun = get_currency_name(code, count=count, locale="en").split()[-1]
                out.setdefault(_key(f"{country} {noun}"), code)
    return out


@cache
def territories() -> tuple[str, ...]:
    """CLDR's two-letter territories, sorted (regions such as "001", "419" hold no currency
    of their own)."""
    from babel import Locale

    return tuple(t for t in sorted(Locale("en").territories) if t.isalpha() and len(t) == 2)


def _head(word: str) -> bool:
    """Whether `word` ends in a currency noun ("riyals", "Saudiriyal", "colóns"): a few set
    lookups, accents folded."""
    low = _key(unicodedata.normalize("NFKD", word))
    return any(low[-k:] in _SUFFIXES for k in range(3, min(len(low), 11) + 1))


def ends_in_currency_noun(text: str) -> bool:
    """Whether the last word of `text` ends in a currency noun (a cheap test first)."""
    last = text.rstrip(" .").rsplit(None, 1)
    return bool(last) and _head(last[-1])


def currency_at(text: str, pos: int) -> tuple[str, int] | None:
    """The ISO code of a currency name starting at `pos` and where it ends, or `None`."""
    m = _WORDS.match(text, pos)
    if m is None:
        return None
    words = m["name"].split()
    for n in range(len(words), 0, -1):
        if not _head(words[n - 1]) or (n == 1 and words[0].lower().rstrip("s") in HEAD_NOUNS):
            continue  # a lone "dinar" names no one currency (`_quantity_en.CURRENCY_NAMES`)
        code = _names().get(_key(" ".join(words[:n])))
        if code is not None:
            end = m.start("name")
            for w in words[:n]:
                end = text.index(w, end) + len(w)
            return code, end
    return None
