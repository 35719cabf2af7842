"""Numbers written every way, generated independently of claimdiff, with the value they state.

Each family draws numbers from a `random.Random` and writes them with a writer that
knows nothing of claimdiff: `inflect` (number words and ordinals, as an English
speller writes them), Babel (CLDR's decimal, compact, currency and percent formats
for en_US, en_GB, en_IN and en_IE) and templates of news forms ("$3.4 billion",
"7½", "a quarter of a million", "between 5 and 7 per cent", "no fewer than 20").
The expected value is computed here from the drawn numbers, never by claimdiff.

`benchmarks/eval_number_forms.py` measures the share read right per family;
`tests/normalization/test_number_forms.py` draws the same families with hypothesis.
Both need the `test` extra (inflect, Babel).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass

LOCALES = ("en_US", "en_GB", "en_IN", "en_IE")
NOUNS = ("people", "workers", "homes", "votes", "troops", "cars")


@dataclass(frozen=True)
class Expect:
    """What a right reading holds.

    `dim` is the dimension (`count`, `percent`, `percentage point`, `currency:USD`,
    `ordinal`, `length`, `time`); the core holds every number of `core` (one number, or
    both ends of a range). `side` is set for a bound: `below` means the support's upper
    end is `core[-1]` and it reaches down to 0 or below; `above` that the support starts
    at `core[0]` and is open above; `over` / `under` / `near` that the support lies above /
    below / at most `bound` (a strict comparative or "almost" holds no `bound` in its core).
    `within` (vague amounts) is a range the core must
    lie inside and whose lower end the support must reach. `year` accepts a reading as
    that year (a spelled-out number between 1000 and 2100 is a year as often).
    """

    dim: str
    core: tuple[float, ...] = ()
    side: str | None = None
    within: tuple[float, float] | None = None
    year: int | None = None
    bound: float | None = None
    rel: float = 1e-9
    slack: float = 0.0
    spans: tuple[float, ...] = ()
    """Values the support must also hold (other readings of an ambiguous unit)."""
    """How far past a `below` / `above` bound the support may reach: the rounding of a
    figure said as "up to 300", "as many as", "as few as" (the bound itself stays exact for
    "at most", "no more than")."""


@dataclass(frozen=True)
class Case:
    family: str
    phrase: str
    expect: Expect


def _engine():  # type: ignore[no-untyped-def]
    import inflect

    return inflect.engine()


def _magnitude(rng: random.Random, top: int = 12) -> int:
    """A whole number spread over the orders of magnitude 0 … 10**top."""
    digits = rng.randint(1, top)
    n = rng.randint(10 ** (digits - 1), 10**digits - 1)
    # Round numbers are what news writes most: keep 1-3 significant digits half the time.
    if rng.random() < 0.5 and digits > 2:
        keep = rng.randint(1, 3)
        n = round(n, keep - digits)
    return max(n, 1)


def _year_like(n: float) -> int | None:
    return int(n) if float(n).is_integer() and 1000 <= n <= 2100 else None


# ---- inflect: number words and ordinals ------------------------------------------------

def inflect_words(rng: random.Random) -> Case:
    """ "one million two hundred and thirty-four thousand ..." (British "and" or not,
    commas between groups or not)."""
    n = _magnitude(rng)
    words = _engine().number_to_words(n, andword=rng.choice(("and", "")),
                                      comma=rng.choice(("", ",")))
    return Case("inflect words", words, Expect("count", (n,), year=_year_like(n)))


def inflect_decimals(rng: random.Random) -> Case:
    """ "twelve point five", "zero point zero five", "nought point nought three" (British
    zero), "two million twenty-three thousand and forty-nine point two three" (a large
    whole part)."""
    whole = rng.choice((0, rng.randint(1, 9999), _magnitude(rng, 10)))
    cents = rng.randint(1, 99)
    written = f"{whole}.{cents:02d}".rstrip("0")
    words = _engine().number_to_words(written, andword=rng.choice(("and", "")), comma="",
                                      zero=rng.choice(("zero", "nought", "naught")))
    return Case("inflect decimals", words, Expect("count", (float(written),)))


def inflect_ordinals(rng: random.Random) -> Case:
    """ "21st", "twenty-first", "one hundred and first"."""
    e = _engine()
    n = _magnitude(rng, 4)
    digits = e.ordinal(n)
    written = digits if rng.random() < 0.4 else e.number_to_words(digits, comma="")
    if written.startswith("one ") and " " not in written[4:]:
        # "one hundredth" alone is a fraction as often (of a second); "the" makes it a rank.
        written = "the " + written
    return Case("inflect ordinals", written, Expect("ordinal", (n,)))


# ---- Babel: CLDR formats ---------------------------------------------------------------

def babel_decimal(rng: random.Random) -> Case:
    """ "1,234,567.891" (en_US), "12,34,567.891" (en_IN, lakh grouping)."""
    from babel.numbers import format_decimal

    n = _magnitude(rng) + (rng.randint(1, 99) / 100 if rng.random() < 0.3 else 0)
    if n >= 1e6:
        n = float(int(n))
    locale = rng.choice(LOCALES)
    return Case("babel decimal", format_decimal(n, locale=locale), Expect("count", (n,)))


def _compact_number(rng: random.Random, indian: bool) -> float:
    scales = (1e5, 1e7) if indian else (1e3, 1e6, 1e9, 1e12)
    scale = rng.choice(scales)
    mantissa = rng.randint(10, 9999) / 10
    if mantissa >= 100:
        mantissa = float(int(mantissa))
    return mantissa * scale


def babel_compact(rng: random.Random) -> Case:
    """ "1.2M", "1.2 million", "1.2bn" (en_GB), "12L", "1.2Cr", "12 lakh" (en_IN)."""
    from babel.numbers import format_compact_decimal

    locale = rng.choice(LOCALES)
    n = _compact_number(rng, locale == "en_IN")
    kind = rng.choice(("short", "long"))
    written = format_compact_decimal(n, locale=locale, format_type=kind, fraction_digits=1)
    written = written.replace("\u202f", " ")
    # A lone "1.2m" is metres in news ("a 2m wall"): en_GB's short million takes its noun.
    # So does en_IN's "12L" (twelve litres, as written alone).
    if written[-1:] in ("m", "L") or rng.random() < 0.3:
        written = f"{written} {rng.choice(NOUNS)}"
    return Case("babel compact", written, Expect("count", (_exact(n),)))


def babel_currency(rng: random.Random) -> Case:
    """ "US$1,234.50", "₹12,34,567.50", "CA$1.2bn", "£1.2Cr"."""
    from babel.numbers import format_compact_currency, format_currency

    code = rng.choice(("USD", "GBP", "EUR", "INR", "JPY", "AUD", "CAD", "CHF"))
    locale = rng.choice(LOCALES)
    if rng.random() < 0.5:
        n = float(_magnitude(rng, 9)) + (0 if code == "JPY" else rng.randint(0, 99) / 100)
        written = format_currency(n, code, locale=locale)
    else:
        n = _compact_number(rng, locale == "en_IN")
        written = format_compact_currency(n, code, locale=locale, fraction_digits=1)
    return Case("babel currency", written.replace("\u202f", " ").replace("\xa0", " "),
                Expect(f"currency:{code}", (_exact(n),)))


def babel_percent(rng: random.Random) -> Case:
    """ "12.5%", "1,250%"."""
    from babel.numbers import format_percent

    p = rng.randint(1, 200000) / 100 if rng.random() < 0.5 else float(rng.randint(1, 100))
    written = format_percent(p / 100, "#,##0.##%", locale=rng.choice(LOCALES))
    return Case("babel percent", written, Expect("percent", (p,)))


def _exact(x: float) -> float:
    return float(f"{x:.12g}")


# ---- news forms written here -----------------------------------------------------------

_UNITS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SHORT = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}
_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "US$": "USD", "A$": "AUD", "Rs ": "INR"}
_VULGAR = {"½": 1 / 2, "¼": 1 / 4, "¾": 3 / 4, "⅓": 1 / 3, "⅔": 2 / 3}


def _say(n: int) -> str:
    """1-99 in words."""
    if n < 20:
        return _UNITS[n - 1]
    tens, unit = divmod(n, 10)
    return _TENS[tens - 2] + (f"-{_UNITS[unit - 1]}" if unit else "")


def _decimal(rng: random.Random) -> tuple[str, float]:
    whole = rng.randint(1, 99)
    if rng.random() < 0.5:
        return str(whole), float(whole)
    tenth = rng.randint(1, 9)
    return f"{whole}.{tenth}", whole + tenth / 10


def scaled_money(rng: random.Random) -> Case:
    """ "1.2bn", "$3.4 billion", "€2m", "£1.5 million", "12.5k"."""
    written, m = _decimal(rng)
    if rng.random() < 0.5:
        word, scale = rng.choice(list(_SHORT.items()))
    else:
        word, scale = rng.choice(list(_SCALES.items()))
        word = " " + word
    sign, code = rng.choice(list(_SIGNS.items()))
    if word.strip() in ("m", "b") or rng.random() < 0.6:
        return Case("scaled money", f"{sign}{written}{word}",
                    Expect(f"currency:{code}", (m * scale,)))
    return Case("scaled money", f"{written}{word} {rng.choice(NOUNS)}",
                Expect("count", (m * scale,)))


def fractions(rng: random.Random) -> Case:
    """ "7½", "2 1/2", "two and a half", "half a million", "a quarter of a million",
    "three-quarters of a billion"."""
    whole = rng.randint(1, 19)
    form = rng.randrange(6)
    if form == 0:
        mark, part = rng.choice(list(_VULGAR.items()))
        return Case("fractions", f"{whole}{mark}", Expect("count", (whole + part,)))
    if form == 1:
        d = rng.choice((2, 3, 4, 8))
        n = rng.randrange(1, d)
        g = math.gcd(n, d)
        return Case("fractions", f"{whole} {n // g}/{d // g}",
                    Expect("count", (whole + n / d,)))
    if form == 2:
        word, part = rng.choice((("a half", 0.5), ("a quarter", 0.25),
                                 ("three quarters", 0.75)))
        return Case("fractions", f"{_say(whole)} and {word}", Expect("count", (whole + part,)))
    scale_word, scale = rng.choice(list(_SCALES.items()))
    if form == 3:
        return Case("fractions", f"half a {scale_word}", Expect("count", (scale / 2,)))
    if form == 4:
        word, part = rng.choice((("a quarter", 0.25), ("three quarters", 0.75),
                                 ("three-quarters", 0.75), ("a third", 1 / 3),
                                 ("two-thirds", 2 / 3)))
        return Case("fractions", f"{word} of a {scale_word}", Expect("count", (part * scale,)))
    return Case("fractions", f"{whole} and a half {scale_word}",
                Expect("count", ((whole + 0.5) * scale,)))


def grouped(rng: random.Random) -> Case:
    """ "1,250", "1 250", "minus 4", "-4", "3 dozen", "twenty-one hundred"."""
    n = rng.randint(1000, 999999)
    form = rng.randrange(5)
    if form == 0:
        return Case("grouped", f"{n:,}", Expect("count", (n,)))
    if form == 1:
        return Case("grouped", f"{n:,}".replace(",", " "), Expect("count", (n,)))
    small = rng.randint(1, 99)
    if form == 2:
        sign = rng.choice(("minus ", "-", "negative "))
        return Case("grouped", f"{sign}{small}", Expect("count", (-small,)))
    if form == 3:
        return Case("grouped", f"{small} dozen", Expect("count", (12 * small,)))
    hundreds = rng.randint(11, 99)
    if hundreds % 10 == 0:
        hundreds += 1
    value = hundreds * 100
    return Case("grouped", f"{_say(hundreds)} hundred",
                Expect("count", (value,), year=_year_like(value)))


def years_spoken(rng: random.Random) -> Case:
    """ "nineteen eighty-four", "twenty twenty-one": a year said in pairs."""
    # Before 1300 a pair ("twelve thirty") is read as a clock time (docs/normalization.md).
    century = rng.randint(13, 20)
    rest = rng.randint(10, 99)
    year = century * 100 + rest
    return Case("years spoken", f"{_say(century)} {_say(rest)}",
                Expect("date", year=year))


def percents(rng: random.Random) -> Case:
    """ "to 5%", "by 5 percentage points", "5-7%", "between 5 and 7 per cent"."""
    a = rng.randint(1, 40)
    b = a + rng.randint(1, 9)
    unit = rng.choice(("%", " percent", " per cent"))
    form = rng.randrange(4)
    if form == 0:
        return Case("percents", f"to {a}{unit}", Expect("percent", (a,)))
    if form == 1:
        pts = rng.choice(("percentage points", "percentage point"))
        return Case("percents", f"by {a} {pts}", Expect("percentage point", (a,)))
    if form == 2:
        dash = rng.choice(("-", "–", " to "))
        return Case("percents", f"{a}{dash}{b}{unit}", Expect("percent", (a, b)))
    return Case("percents", f"between {a} and {b}{unit}", Expect("percent", (a, b)))


def bounds(rng: random.Random) -> Case:
    """ "up to 300", "as many as", "no fewer than", "more than", "at least", "under"."""
    n = rng.choice((rng.randint(2, 99), rng.randint(2, 99) * 100, rng.randint(1, 9) * 1000))
    noun = rng.choice(NOUNS[:5])
    below = ("up to", "as many as", "no more than", "at most", "not more than")
    above = ("no fewer than", "at least", "no less than", "not less than", "as few as")
    # half the place value of the last non-zero digit, at most 5 % of n
    place = 10 ** (len(str(n)) - len(str(n).rstrip("0")))
    rounding = min(place / 2, 0.05 * n)
    if rng.random() < 0.5:
        word = rng.choice(below)
        return Case("bounds", f"{word} {n:,} {noun}", Expect(
            "count", (n,), "below", slack=rounding if word.startswith(("up", "as")) else 0))
    word = rng.choice(above)
    return Case("bounds", f"{word} {n:,} {noun}", Expect(
        "count", (n,), "above", slack=rounding if word.startswith("as") else 0))


def vague(rng: random.Random) -> Case:
    """ "dozens of", "scores of", "hundreds of", "tens of thousands", "thousands"."""
    noun = rng.choice(NOUNS[:5])
    form = rng.randrange(5)
    if form == 0:
        return Case("vague", f"dozens of {noun}", Expect("count", within=(12, 144)))
    if form == 1:
        return Case("vague", f"scores of {noun}", Expect("count", within=(20, 240)))
    word, scale = rng.choice((("hundreds", 1e2), ("thousands", 1e3), ("millions", 1e6),
                              ("billions", 1e9)))
    if form == 2:
        return Case("vague", f"{word} of {noun}", Expect("count", within=(scale, 10 * scale)))
    if form == 3:
        return Case("vague", word, Expect("count", within=(scale, 10 * scale)))
    mult, m = rng.choice((("tens", 10), ("hundreds", 100)))
    big = rng.choice(("thousands", "millions"))
    s = 1e3 if big == "thousands" else 1e6
    tail = rng.choice(("", f" of {noun}"))
    return Case("vague", f"{mult} of {big}{tail}", Expect("count", within=(m * s, 10 * m * s)))


def _words_or_digits(rng: random.Random, n: int) -> str:
    if rng.random() < 0.5:
        return f"{n:,}"
    return str(_engine().number_to_words(n, andword=rng.choice(("and", "")), comma=""))


def money_words(rng: random.Random) -> Case:
    """ "three hundred dollars", "USD 1,250", "1,250 euros", "Rs 12 crore", "45 cents"."""
    n = rng.choice((rng.randint(2, 999), rng.randint(1, 99) * 1000))
    form = rng.randrange(6)
    if form == 0:
        word, code = rng.choice((("dollars", "USD"), ("US dollars", "USD"), ("euros", "EUR"),
                                 ("pounds sterling", "GBP"), ("yen", "JPY"),
                                 ("Swiss francs", "CHF"), ("rupees", "INR")))
        return Case("money words", f"{_words_or_digits(rng, n)} {word}",
                    Expect(f"currency:{code}", (n,)))
    code = rng.choice(("USD", "EUR", "GBP", "JPY", "CHF", "INR"))
    if form == 1:
        return Case("money words", f"{code} {n:,}", Expect(f"currency:{code}", (n,)))
    if form == 2:
        return Case("money words", f"{n:,} {code}", Expect(f"currency:{code}", (n,)))
    if form == 3:
        word, scale = rng.choice((("lakh", 1e5), ("crore", 1e7)))
        sign = rng.choice(("Rs ", "Rs. ", "₹", "INR "))
        return Case("money words", f"{sign}{n % 100 or 1} {word}",
                    Expect("currency:INR", ((n % 100 or 1) * scale,)))
    if form == 4:
        cents = rng.randint(2, 99)
        return Case("money words", f"{cents} cents", Expect("currency:USD", (cents / 100,)))
    dollars, cents = rng.randint(2, 99), rng.randint(1, 99)
    return Case("money words", f"{_words_or_digits(rng, dollars)} dollars and "
                f"{_words_or_digits(rng, cents)} cents",
                Expect("currency:USD", (dollars + cents / 100,)))


def ranges(rng: random.Random) -> Case:
    """ "$1.2 million to $1.5 million", "between 20 and 30 people", "two to three"."""
    a = rng.randint(2, 40)
    b = a + rng.randint(1, 20)
    form = rng.randrange(5)
    noun = rng.choice(NOUNS[:5])
    if form == 0:
        word, scale = rng.choice(list(_SCALES.items()))
        sign = rng.choice(("$", "€", "£"))
        code = _SIGNS[sign]
        second = rng.choice((f"{sign}{b} {word}", f"{sign}{b} {word}", f"{b} {word}"))
        first = rng.choice((f"{sign}{a} {word}", f"{sign}{a}"))
        return Case("ranges", f"{first} to {second}",
                    Expect(f"currency:{code}", (a * scale, b * scale)))
    if form == 1:
        return Case("ranges", f"between {a:,} and {b:,} {noun}", Expect("count", (a, b)))
    if form == 2:
        return Case("ranges", f"from {a} to {b} {noun}", Expect("count", (a, b)))
    if form == 3:
        return Case("ranges", f"{_say(a)} to {_say(b)} {noun}", Expect("count", (a, b)))
    dash = rng.choice(("-", "–"))
    return Case("ranges", f"{a}{dash}{b} {noun}", Expect("count", (a, b)))


def hedges(rng: random.Random) -> Case:
    """ "about 300", "nearly two thousand", "more than 40", "upwards of", "some 2,000"."""
    n = rng.choice((rng.randint(2, 99), rng.randint(2, 99) * 100, rng.randint(1, 9) * 1000))
    noun = rng.choice(NOUNS[:5])
    written = _words_or_digits(rng, n)
    approx = ("about", "around", "roughly", "some", "approximately", "an estimated",
              "close to", "nearly", "almost", "just under", "more than", "over", "upwards of",
              "in excess of", "fewer than", "less than", "under")
    hedge = rng.choice(approx)
    side = {"more than": "over", "over": "over", "upwards of": "over", "in excess of": "over",
            "fewer than": "under", "less than": "under", "under": "under", "nearly": "near",
            "almost": "near", "just under": "near", "close to": "near"}.get(hedge)
    phrase = f"{hedge} {written} {noun}"
    if side is None:
        return Case("hedges", phrase, Expect("count", (n,)))
    # A strict bound holds n in neither core nor support: check the side of the support.
    return Case("hedges", phrase, Expect("count", (), side=side, bound=n))


def measures(rng: random.Random) -> Case:
    """ "12.5 km", "three miles", "18 months", "a year and a half", "2 1/2 hours"."""
    written, x = _decimal(rng)
    form = rng.randrange(5)
    if form == 4:
        power = rng.choice(("square", "sq", "sq.", "cubic"))
        unit, factor = rng.choice((("miles", 1609.344), ("kilometres", 1000.0), ("feet", 0.3048),
                                   ("yards", 0.9144), ("metres", 1.0), ("km", 1000.0)))
        exp = 3 if power == "cubic" else 2
        return Case("measures", f"{written} {power} {unit}",
                    Expect("area" if exp == 2 else "volume", (x * factor**exp,), rel=1e-6))
    if form == 0:
        unit, factor = rng.choice((("km", 1000.0), ("kilometres", 1000.0), ("miles", 1609.344),
                                   ("metres", 1.0), ("m", 1.0), ("feet", 0.3048),
                                   ("ft", 0.3048), ("kilometers", 1000.0)))
        return Case("measures", f"{written} {unit}", Expect("length", (x * factor,)))
    days = {"days": 1.0, "weeks": 7.0, "months": 30.436875, "years": 365.2425,
            "hours": 1 / 24, "minutes": 1 / 1440}
    unit = rng.choice(list(days))
    whole = rng.randint(2, 40)
    if form == 1:
        return Case("measures", f"{_words_or_digits(rng, whole)} {unit}",
                    Expect("time", (whole * days[unit],), rel=0.02))
    if form == 2:
        half = rng.choice((f"{_say(whole)} and a half {unit}", f"{whole} 1/2 {unit}",
                           f"{whole}½ {unit}", f"{whole}.5 {unit}"))
        return Case("measures", half, Expect("time", ((whole + 0.5) * days[unit],), rel=0.02))
    one = unit[:-1]
    return Case("measures", f"a{'n' if one == 'hour' else ''} {one} and a half",
                Expect("time", (1.5 * days[unit],), rel=0.02))


def approximates(rng: random.Random) -> Case:
    """ "twenty-odd", "30-odd years", "a few dozen", "a couple of hundred", "several
    thousand", "a few hundred thousand", "40 or so", "100-plus", "2,000+"."""
    noun = rng.choice(NOUNS[:5])
    form = rng.randrange(4)
    if form == 0:
        tens = rng.randint(2, 9) * 10
        step = 10
        if rng.random() < 0.3:
            tens, step = rng.randint(1, 9) * 100, 100
        written = _say(tens) if tens < 100 else str(tens)
        sep = rng.choice(("-", " ")) if tens < 100 else "-"
        return Case("approximates", f"{written}{sep}odd {noun}",
                    Expect("count", within=(tens, tens + step)))
    if form == 1:
        few, (lo, hi) = rng.choice((("a few", (2, 9)), ("several", (2, 10)),
                                    ("a couple of", (2, 4)), ("a couple", (2, 4))))
        scale_words = rng.choice((("dozen",), ("hundred",), ("thousand",), ("million",),
                                  ("hundred", "thousand")))
        scale = math.prod(12.0 if w == "dozen" else _SCALES.get(w, 100.0) for w in scale_words)
        return Case("approximates", f"{few} {' '.join(scale_words)} {noun}",
                    Expect("count", within=(lo * scale, hi * scale)))
    n = rng.choice((rng.randint(2, 9) * 10, rng.randint(1, 9) * 1000))
    if form == 2:
        return Case("approximates", f"{n:,} or so {noun}", Expect("count", (n,)))
    plus = rng.choice(("-plus", "+", " or more"))
    return Case("approximates", f"{n:,}{plus} {noun}", Expect("count", (n,), "above"))


def framed(rng: random.Random) -> Case:
    """ "only 12", "a mere 300", "a record 1,200", "a total of 40", "25 basis points",
    "25bp", "two-and-a-half years", "a half-dozen"."""
    n = rng.choice((rng.randint(2, 99), rng.randint(2, 99) * 100))
    noun = rng.choice(NOUNS[:5])
    form = rng.randrange(4)
    if form == 0:
        frame = rng.choice(("only", "a mere", "a record", "a total of", "a whopping", "just"))
        return Case("framed", f"{frame} {n:,} {noun}", Expect("count", (n,)))
    if form == 1:
        bp = rng.randint(1, 99) * 5
        word = rng.choice((" basis points", "bp", " bps", " bp"))
        return Case("framed", f"{bp}{word}", Expect("percentage point", (bp / 100,)))
    whole = rng.randint(1, 19)
    if form == 2:
        unit = rng.choice(("years", "hours", "million"))
        if unit == "million":
            return Case("framed", f"{_say(whole)}-and-a-half million",
                        Expect("count", ((whole + 0.5) * 1e6,)))
        days = 365.2425 if unit == "years" else 1 / 24
        return Case("framed", f"{_say(whole)}-and-a-half {unit}",
                    Expect("time", ((whole + 0.5) * days,), rel=0.02))
    return Case("framed", f"{rng.choice(('a ', ''))}half-dozen {noun}", Expect("count", (6,)))


def multiples(rng: random.Random) -> Case:
    """ "doubled", "has more than tripled", "three times as many", "a 12-fold increase",
    "a fourfold decrease", "cut by a factor of 10", "3x", "half as many": a ratio."""
    verbs = {"doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4, "halved": 0.5,
             "doubling": 2, "quintupled": 5}
    hedges = {"": None, "nearly ": "near", "almost ": "near", "more than ": "over",
              "about ": None, "roughly ": None}
    hedge = rng.choice(list(hedges))
    side = hedges[hedge]
    n = rng.randint(2, 20)
    words = str(_engine().number_to_words(n)) if rng.random() < 0.6 else str(n)
    form = rng.randrange(7)
    if form == 0:
        verb = rng.choice(list(verbs))
        aux = rng.choice(("", "has ", "have ")) if verb.endswith("ed") else "a "
        ratio = float(verbs[verb])
        phrase = f"{aux}{hedge}{verb}" if aux != "a " else f"a {verb}"
        if aux == "a ":
            side = None
        elif ratio < 1 and side is not None:
            # a fall mirrors the rise: "more than halved" is under one half, "nearly
            # halved" just above it
            if side == "over":
                return Case("multiples", phrase, Expect("ratio", (), side="under", bound=ratio))
            return Case("multiples", phrase, Expect("ratio", within=(ratio, 1.5 * ratio)))
    elif form == 1:
        tail = rng.choice(("", " as many", " as much as", " as high as", " the size of",
                           " as likely", " that of"))
        ratio = float(n)
        phrase = f"{hedge}{'twice' if n == 2 and rng.random() < 0.5 else words + ' times'}{tail}"
    elif form == 2:
        noun, down = rng.choice(((" increase", False), (" rise", False), (" decrease", True),
                                 (" reduction", True), ("", False)))
        fold = rng.choice((f"{words}fold", f"{n}-fold")) if words != str(n) else f"{n}-fold"
        ratio = 1 / n if down else float(n)
        phrase = f"{'an' if fold[0] in 'aeiou8' or fold.startswith('eleven') else 'a'} " \
                 f"{fold}{noun}" if noun else fold
        side = None
    elif form == 3:
        verb, down = rng.choice((("increased", False), ("rose", False), ("grew", False),
                                 ("cut", True), ("reduced", True), ("fell", True), ("", False)))
        ratio = 1 / n if down else float(n)
        phrase = f"{verb + ' ' if verb else ''}by a factor of {words}"
        side = None
    elif form == 4:
        ratio = float(n)
        phrase = rng.choice((f"{n}x", f"x{n}", f"{n}×", f"×{n}"))
        side = None
    elif form == 5:
        word, ratio = rng.choice((("half", 0.5), ("a third", 1 / 3), ("a quarter", 0.25)))
        phrase = f"{word} as {rng.choice(('many', 'much', 'large', 'likely'))}"
        side = None
    else:
        whole = rng.randint(1, 9)
        ratio = whole + 0.5
        phrase = f"{hedge}{_say(whole)} and a half times"
    if side is None:
        return Case("multiples", phrase, Expect("ratio", (ratio,), rel=1e-6))
    return Case("multiples", phrase, Expect("ratio", (), side=side, bound=ratio))


def comparisons(rng: random.Random) -> Case:
    """ "less than or equal to 100", "equal to or more than 30", "≥ 30", "> 10", "equals
    20", "200 or greater", "at least 100, at most 300", "20~100": bounds written as
    comparisons (Recognizers-Text's number ranges)."""
    a = rng.choice((rng.randint(2, 99), rng.randint(2, 99) * 100))
    b = a + rng.choice((rng.randint(1, 50), rng.randint(1, 9) * 100))
    words = _words_or_digits(rng, a)
    form = rng.randrange(6)
    if form == 0:
        below = rng.choice(("less than or equal to", "equal to or less than", "≤", "<=",
                            "smaller or equal than", "no more than or equal to"))
        return Case("comparisons", f"{below} {words}", Expect("count", (a,), "below"))
    if form == 1:
        above = rng.choice(("greater than or equal to", "equal to or more than", "≥", ">=",
                            "bigger or equal than", "at least or equal to"))
        return Case("comparisons", f"{above} {words}", Expect("count", (a,), "above"))
    if form == 2:
        sign, side = rng.choice(((">", "over"), ("<", "under")))
        return Case("comparisons", f"{sign}{rng.choice(('', ' '))}{a:,}",
                    Expect("count", (), side=side, bound=a))
    if form == 3:
        eq = rng.choice(("equal to", "equals", "is equal to", "="))
        return Case("comparisons", f"{eq} {words}", Expect("count", (a,)))
    if form == 4:
        tail, side = rng.choice(((" or greater", "above"), (" or higher", "above"),
                                 (" or less", "below"), (" or fewer", "below"),
                                 (" or more than", "above")))
        return Case("comparisons", f"{words}{tail}", Expect("count", (a,), side))
    second = _words_or_digits(rng, b)
    phrase = rng.choice((f"at least {words}, at most {second}",
                         f"no more than {second} and no less than {words}",
                         f"higher or equal than {words}, lower or equal than {second}",
                         f"{a}~{b} {rng.choice(NOUNS)}"))
    return Case("comparisons", phrase, Expect("count", (a, b)))


def shares(rng: random.Random) -> Case:
    """ "two out of five hundred", "one in a thousand", "3 in 1,000 people", "nine out of
    10 adults", "one in twenty-one": a share, N / M as a percentage."""
    whole = rng.choice((rng.randint(2, 30), rng.randint(1, 9) * 100, rng.randint(1, 9) * 1000,
                        rng.choice((1e5, 1e6))))
    part = rng.randint(1, min(int(whole) - 1, 9)) if whole > 2 else 1
    written = rng.choice((_words_or_digits(rng, int(whole)),
                          "a thousand" if whole == 1000 else "a hundred" if whole == 100
                          else f"{int(whole):,}"))
    first = _say(part) if rng.random() < 0.6 else str(part)
    link = rng.choice(("in", "out of"))
    noun = rng.choice(("", " " + rng.choice(NOUNS)))
    return Case("shares", f"{first} {link} {written}{noun}",
                Expect("percent", (100 * part / whole,), rel=1e-6))


def word_fractions(rng: random.Random) -> Case:
    """ "three and a fifth", "two and three fourths", "twenty and three eighths", "one
    twenty-fifth", "three twentieths", "a hundredth": fractions and mixed numbers in
    words, denominators spelled by inflect; a proper fraction alone is a share (%)."""
    e = _engine()
    numerators = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    if rng.random() < 0.5:
        d = rng.choice((3, 4, 5, 6, 8, 10, 12, 16, 20, 30, 100))
        n = rng.choice([k for k in range(1, min(d, 10)) if math.gcd(k, d) == 1])  # lowest terms
        whole = rng.randint(1, 999)
        den = "quarter" if d == 4 and rng.random() < 0.3 else str(
            e.ordinal(e.number_to_words(d))).replace("one hundredth", "hundredth")
        num = rng.choice(("a", "one")) if n == 1 else numerators[n - 1]
        written = _words_or_digits(rng, whole)
        phrase = f"{written} and {num} {den}{'s' if n > 1 else ''}"
        return Case("word fractions", phrase, Expect("count", (whole + n / d,), rel=1e-9))
    d = rng.choice([k for k in range(3, 100) if k % 10 != 2 or k < 20] + [100, 1000])
    n = rng.choice([k for k in range(1, min(d, 10)) if math.gcd(k, d) == 1])
    den = str(e.ordinal(e.number_to_words(d))).replace("one hundredth", "hundredth").replace(
        "one thousandth", "thousandth")
    num = "a" if n == 1 and (d >= 100 or rng.random() < 0.5) else numerators[n - 1]
    # hundredths and smaller need their whole ("of the vote"): alone, often of a second
    whole = " of the vote" if d >= 100 else rng.choice(("", "", " of the vote"))
    phrase = f"{num} {den}{'s' if n > 1 else ''}{whole}"
    return Case("word fractions", phrase, Expect("percent", (100 * n / d,), rel=1e-9))


def scientific(rng: random.Random) -> Case:
    """ "1.3e6", "-12e-1", "1.3 x 10^6", "2.48×10−5", "6.23x10^-4", "2.5×10⁶": scientific
    notation (Recognizers-Text, quantulum3), the value by arithmetic."""
    mantissa = round(rng.uniform(1, 9.99), rng.randint(0, 3))
    exponent = rng.choice([k for k in range(-9, 16) if k not in (0, 1)])
    m = f"{mantissa:g}"
    sup = str(exponent).translate(str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻"))
    written = rng.choice((f"{m}e{exponent}", f"{m}E{exponent:+d}", f"{m} x 10^{exponent}",
                          f"{m}x10^{exponent}", f"{m}×10^{exponent}", f"{m} × 10{sup}",
                          f"{m}×10{sup}"))
    value = mantissa * 10.0**exponent
    return Case("scientific", written, Expect("count", (value,), rel=1e-9))


def suspended_ranges(rng: random.Random) -> Case:
    """ "8- to 16-meter", "two- to three-day", "5- or 6-mile": a suspended hyphen, the
    first end borrowing the second's unit."""
    units = {"meter": ("length", 1.0), "mile": ("length", 1609.344), "foot": ("length", 0.3048),
             "inch": ("length", 0.0254), "kilometre": ("length", 1000.0),
             "day": ("time", 1.0), "week": ("time", 7.0), "year": ("time", 365.2425),
             "hour": ("time", 1 / 24)}
    unit = rng.choice(list(units))
    dim, factor = units[unit]
    a = rng.randint(1, 40)
    b = a + rng.randint(1, 40)
    first, second = (_say(a), _say(b)) if b < 100 and rng.random() < 0.4 else (str(a), str(b))
    link = rng.choice(("to", "to", "or"))
    return Case("suspended ranges", f"{first}- {link} {second}-{unit}",
                Expect(dim, (a * factor, b * factor), rel=0.02 if dim == "time" else 1e-9))


def scale_chains(rng: random.Random) -> Case:
    """ "4 thousand 3 hundred and 21", "2 million 300 thousand", "6 crore and two hundred",
    "3 million and a half", "half million", "a quarter million": digits with scale words
    in descending groups (Recognizers-Text), the value by arithmetic."""
    form = rng.randrange(3)
    if form == 0:
        word, scale = rng.choice((("half", 0.5), ("a half", 0.5), ("quarter", 0.25),
                                  ("a quarter", 0.25), ("three-quarter", 0.75)))
        big, size = rng.choice((("million", 1e6), ("billion", 1e9), ("thousand", 1e3)))
        return Case("scale chains", f"{word} {big}", Expect("count", (scale * size,)))
    if form == 1:
        n = rng.randint(1, 99)
        big, size = rng.choice((("million", 1e6), ("billion", 1e9)))
        return Case("scale chains", f"{n} {big} and a half",
                    Expect("count", ((n + 0.5) * size,)))
    system = rng.choice(((("billion", 10**9), ("million", 10**6), ("thousand", 1000),
                          ("hundred", 100)), (("crore", 10**7), ("lakh", 10**5),
                                              ("thousand", 1000), ("hundred", 100))))
    start = rng.randrange(len(system) - 1)
    parts, value = [], 0
    for word, size in system[start:]:
        if parts and rng.random() < 0.3:
            continue
        top = 9 if word == "hundred" else 99 if word in ("lakh", "crore") or (
            word == "thousand" and system[0][0] == "crore") else 999
        k = rng.randint(1, top)
        value += k * size
        parts.append(f"{k if not parts or rng.random() < 0.6 else _engine().number_to_words(k)}"
                     f" {word}")
    if rng.random() < 0.6:
        k = rng.randint(1, 99)
        value += k
        parts.append(("and " if rng.random() < 0.5 else "") + (str(k) if rng.random() < 0.5
                                                               else _say(k)))
    if len(parts) < 2:
        parts.append("and 7")
        value += 7
    return Case("scale chains", " ".join(parts), Expect("count", (float(value),)))


def currency_names(rng: random.Random) -> Case:
    """ "420 Turkish lira", "5 million South Korean won", "100 Costa Rican colóns",
    "12 Romanian lei": a territory's currency today by its CLDR English name (Babel),
    singular or plural as the amount wants."""
    from datetime import date

    from babel import Locale
    from babel.numbers import get_currency_name, get_territory_currencies

    territories = sorted(t for t in Locale("en").territories if t.isalpha() and len(t) == 2)
    while True:
        codes = get_territory_currencies(rng.choice(territories), date(2024, 6, 1))
        if codes:
            break
    code = codes[0]
    n = rng.choice((1, rng.randint(2, 999), rng.randint(1, 99) * 1000))
    name = get_currency_name(code, count=n, locale="en")
    if len(name.split()) < 2 or "(" in name:
        name = code  # a one-word name ("euros") or a dated one: the ISO code instead
    scale, big = rng.choice(((1, ""), (1, ""), (10**6, " million"), (10**9, " billion")))
    return Case("currency names", f"{n:,}{big} {name}",
                Expect(f"currency:{code}", (float(n * scale),)))


def decimal_commas(rng: random.Random) -> Case:
    """ "1.234.567,25" (de_DE), "1 234,5" (fr_FR), "2,5", "€3,5 million": a decimal comma
    where it can be nothing else (one or two decimals, or dot / space groups before it)."""
    from babel.numbers import format_decimal

    locale = rng.choice(("de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_PT"))
    places = rng.choice((1, 2))
    x = round(rng.randint(1, 10 ** rng.randint(1, 7)) + rng.randint(1, 10 ** places - 1)
              / 10 ** places, places)
    written = format_decimal(x, format="#,##0." + "0" * places, locale=locale)
    form = rng.choice(("bare", "scale", "money", "percent"))
    if form == "scale" and x < 1000:
        word, factor = rng.choice((("million", 10 ** 6), ("billion", 10 ** 9)))
        return Case("decimal commas", f"{written} {word}", Expect("count", (x * factor,)))
    if form == "money":
        sign, code = rng.choice((("€", "EUR"), ("£", "GBP"), ("$", "USD")))
        return Case("decimal commas", f"{sign}{written}", Expect(f"currency:{code}", (x,)))
    if form == "percent" and x < 100:
        return Case("decimal commas", f"{written}%", Expect("percent", (x,)))
    return Case("decimal commas", written, Expect("count", (x,)))


def big_ordinals(rng: random.Random) -> Case:
    """ "the 1,000th", "2,001st", "the 10,000th visitor": an ordinal in grouped digits, its
    suffix from inflect."""
    n = rng.randint(1, 9) * 10 ** rng.randint(3, 6) + rng.choice((0, 0, rng.randint(1, 999)))
    suffix = _engine().ordinal(n)[-2:]
    the = rng.choice(("", "the "))
    return Case("big ordinals", f"{the}{n:,}{suffix}", Expect("ordinal", (float(n),)))


def scores(rng: random.Random) -> Case:
    """ "two-score", "threescore and ten", "four score and seven": twenty times a number."""
    n = rng.randint(2, 9)
    head = _engine().number_to_words(n)
    joined = rng.choice((f"{head}-score", f"{head} score", f"{head}score"))
    if rng.random() < 0.5:
        return Case("scores", joined, Expect("count", (20.0 * n,)))
    m = rng.randint(1, 19)
    return Case("scores", f"{joined} and {_engine().number_to_words(m)}",
                Expect("count", (20.0 * n + m,)))


# Kilograms or cubic metres in one written unit (the pound is 0.45359237 kg, the US gallon
# 231 cubic inches, the oil barrel 42 US gallons, the avoirdupois ounce 1/16 lb).
_PER_UNITS = {"kilo": ("kg", 1.0), "kg": ("kg", 1.0), "pound": ("kg", 0.45359237),
              "tonne": ("kg", 1000.0), "ounce": ("kg", 0.45359237 / 16),
              "litre": ("m³", 0.001), "liter": ("m³", 0.001),
              "gallon": ("m³", 231 * 0.0254 ** 3), "barrel": ("m³", 42 * 231 * 0.0254 ** 3)}


def unit_rates(rng: random.Random) -> Case:
    """ "€1.42 a kilo", "$80 a barrel", "$3.10 per gallon", "£2 a week": a price per unit
    of measure or of time, per kilogram, cubic metre or day."""
    sign, code = rng.choice((("€", "EUR"), ("£", "GBP"), ("$", "USD")))
    cents = rng.randint(1, 99_999)
    price = cents / 100
    per_word = rng.choice(("a", "per"))
    if rng.random() < 0.2:
        days = {"day": 1, "week": 7, "year": 365.2425}
        span = rng.choice(sorted(days))
        return Case("unit rates", f"{sign}{price:,.2f} {per_word} {span}",
                    Expect(f"currency:{code}/day", (price / days[span],), rel=1e-6))
    unit = rng.choice(sorted(_PER_UNITS))
    canonical, size = _PER_UNITS[unit]
    article = "an" if unit[0] in "aeiou" and per_word == "a" else per_word
    return Case("unit rates", f"{sign}{price:,.2f} {article} {unit}",
                Expect(f"currency:{code}/{canonical}", (price / size,), rel=1e-6))


def tons(rng: random.Random) -> Case:
    """ "15,000 tons", "a 300,000-ton tanker's 300,000 tons", "2.5 tonnes": a ton holds the
    metric, short and long ton; the tonne is metric."""
    n = rng.randint(1, 999) * 10 ** rng.randint(0, 3)
    word = rng.choice(("tons", "tonnes", "ton", "tonne", "metric tons"))
    hyphened = word.rstrip("s").replace(" ", "-")  # "a 15,000-metric-ton ship"
    phrase = f"{n:,}-{hyphened}" if rng.random() < 0.3 else f"{n:,} {word}"
    if word.startswith("ton") and not word.startswith("tonne"):
        # the core at the tonne, the support over the short (907 kg) and long (1,016 kg) ton
        return Case("tons", phrase, Expect("mass", (n * 1000.0,), spans=(
            n * 2000 * 0.45359237, n * 2240 * 0.45359237)))
    return Case("tons", phrase, Expect("mass", (n * 1000.0,)))


# SI prefixes (the SI brochure) and the metric units they go on, with the canonical unit
# claimdiff compares in (kg, m, m³, W, J) and the base unit's size in it.
_SI_PREFIXES = {"kilo": 1e3, "hecto": 1e2, "deca": 1e1, "deci": 1e-1, "centi": 1e-2,
                "milli": 1e-3, "micro": 1e-6, "nano": 1e-9, "pico": 1e-12}
_SI_BASES = {"gram": ("mass", 1e-3), "metre": ("length", 1.0), "meter": ("length", 1.0),
             "litre": ("volume", 1e-3), "liter": ("volume", 1e-3), "watt": ("power", 1.0),
             "joule": ("energy", 1.0)}
_SI_SYMBOLS = {"μg": ("mass", 1e-9), "mcg": ("mass", 1e-9), "ng": ("mass", 1e-12),
               "dm": ("length", 0.1), "μm": ("length", 1e-6), "dL": ("volume", 1e-4),
               "cl": ("volume", 1e-5), "kJ": ("energy", 1e3), "MJ": ("energy", 1e6)}


def si_prefixes(rng: random.Random) -> Case:
    """ "150 micrograms", "3 decilitres", "2 picometres", "120 μg", "500 mcg", "250 kJ": a
    metric unit with an SI prefix, in words or as a symbol."""
    n = rng.choice((rng.randint(1, 999), rng.randint(1, 99) / 10))
    written = f"{n:g}"
    if rng.random() < 0.3:
        symbol = rng.choice(sorted(_SI_SYMBOLS))
        dim, size = _SI_SYMBOLS[symbol]
        return Case("si prefixes", f"{written} {symbol}", Expect(dim, (n * size,), rel=1e-6))
    prefix = rng.choice(sorted(_SI_PREFIXES))
    base = rng.choice(sorted(_SI_BASES))
    dim, size = _SI_BASES[base]
    plural = "" if n == 1 else "s"
    return Case("si prefixes", f"{written} {prefix}{base}{plural}",
                Expect(dim, (n * _SI_PREFIXES[prefix] * size,), rel=1e-6))


def alternatives(rng: random.Random) -> Case:
    """ "four or five people", "2 or 3 million", "two or three hundred", "$5 or $6", "forty-
    something", "30-something years": a range said as two neighbouring guesses, and a
    decade's worth past a round number."""
    noun = rng.choice(NOUNS)
    if rng.random() < 0.3:
        tens = rng.randint(2, 9) * 10
        written = _say(tens) if rng.random() < 0.5 else str(tens)
        return Case("alternatives", f"{written}-something {noun}",
                    Expect("count", within=(tens, tens + 10)))
    a = rng.randint(1, 9)
    b = a + rng.choice((1, 1, 2))
    scale_word, scale = rng.choice((("", 1), ("", 1), ("hundred", 100), ("thousand", 1000),
                                    ("million", 10 ** 6)))
    words = rng.random() < 0.5
    first = _engine().number_to_words(a) if words else str(a)
    second = _engine().number_to_words(b) if words else str(b)
    tail = f" {scale_word}" if scale_word else ""
    if rng.random() < 0.3:  # "between twenty and thirty people", "between four and five
        # thousand": "and" in words joins the two ends, not one number
        a = rng.randint(2, 7) * 10
        b = a + 10 * rng.randint(1, 2)
        first, second = _engine().number_to_words(a), _engine().number_to_words(b)
        return Case("alternatives", f"between {first} and {second}{tail} {noun}",
                    Expect("count", (a * scale, b * scale)))
    return Case("alternatives", f"{first} or {second}{tail} {noun}",
                Expect("count", (a * scale, b * scale)))


FAMILIES: dict[str, Callable[[random.Random], Case]] = {
    "inflect words": inflect_words,
    "inflect decimals": inflect_decimals,
    "inflect ordinals": inflect_ordinals,
    "babel decimal": babel_decimal,
    "babel compact": babel_compact,
    "babel currency": babel_currency,
    "babel percent": babel_percent,
    "scaled money": scaled_money,
    "fractions": fractions,
    "grouped": grouped,
    "years spoken": years_spoken,
    "percents": percents,
    "bounds": bounds,
    "vague": vague,
    "money words": money_words,
    "ranges": ranges,
    "hedges": hedges,
    "measures": measures,
    "approximates": approximates,
    "framed": framed,
    "multiples": multiples,
    "comparisons": comparisons,
    "shares": shares,
    "word fractions": word_fractions,
    "scientific": scientific,
    "suspended ranges": suspended_ranges,
    "scale chains": scale_chains,
    "currency names": currency_names,
    "decimal commas": decimal_commas,
    "big ordinals": big_ordinals,
    "scores": scores,
    "unit rates": unit_rates,
    "tons": tons,
    "si prefixes": si_prefixes,
    "alternatives": alternatives,
}


def judge(value: object, expect: Expect) -> str | None:
    """`None` when `value` (a claimdiff `Value`) is right, else why not."""
    from claimdiff.normalization import Kind, Value

    assert isinstance(value, Value)
    if expect.year is not None and value.kind is Kind.DATE:
        from datetime import date

        first = date(expect.year, 1, 1).toordinal()
        return None if value.core.contains_point(first) else f"not the year {expect.year}"
    if value.kind is Kind.DATE or expect.dim == "date":
        return f"read as a {value.kind.value}, expected {expect.dim}"
    dim = value.dimension
    if expect.dim == "ordinal":
        ok = dim.startswith("ordinal")
    elif expect.dim == "count":
        ok = dim == "count" and value.unit in (None, "")
    else:
        ok = dim == expect.dim
    if not ok:
        return f"dimension {dim}, expected {expect.dim}"
    core, support = value.core, value.support
    tol = expect.rel
    for x in expect.core:
        # within `rel` of x (a point core computed another way may differ in the last bit)
        if not any(core.contains_point(x * (1 + s * tol)) for s in (0, 1, -1)) and not (
                core.lo <= x + tol * abs(x) and core.hi >= x - tol * abs(x)):
            return f"core {core} misses {x:g}"
    reach = tol * max(1, abs(support.hi)) if math.isfinite(support.hi) else 0.0
    if expect.side == "below" and not (
            -reach <= support.hi - expect.core[-1] <= expect.slack + reach and support.lo <= 0):
        return f"support {support} is no upper bound {expect.core[-1]:g}"
    if expect.side == "above" and not (
            -expect.slack - 1 <= support.lo - expect.core[0] <= 1 and math.isinf(
            support.hi)):
        return f"support {support} is no lower bound {expect.core[0]:g}"
    if expect.bound is not None:
        b = expect.bound
        if expect.side == "over" and not (support.lo >= b and math.isinf(support.hi)):
            return f"support {support} is not above {b:g}"
        if expect.side == "under" and not (support.hi <= b and support.lo < b):
            return f"support {support} is not below {b:g}"
        if expect.side == "near" and not (support.hi <= b and support.lo >= 0.5 * b):
            return f"support {support} is not just under {b:g}"
    for x in expect.spans:
        if not support.contains_point(x):
            return f"support {support} misses {x:g}"
    if expect.within is not None:
        lo, hi = expect.within
        if not (lo <= core.lo and core.hi <= hi and support.lo <= core.lo):
            return f"core {core} not within [{lo:g}, {hi:g}]"
    return None
