"""English surface lexicon for quantities: number words, scales, currencies, units, vague amounts.

Only words live here; the grammar is in `_quantity.py`. A French module with the
same names can follow. Hedge words are in `_hedges.py` (`PREFIX_HEDGES_EN`, ...).
"""

from __future__ import annotations

LANG = "en"
"""The `text2num` language code for these words."""

# Words `text2num` composes into a number ("forty-four", "two hundred and six").
UNIT_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
# ("fourty" is a common misspelling, read as Duckling's `fou?rty` does.)
TENS_WORDS = "twenty thirty forty fourty fifty sixty seventy eighty ninety".split()
SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2,
    "hundreds": 1e2,
    "thousand": 1e3,
    "thousands": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    # Indian numbering: a lakh is 100,000, a crore 10,000,000.
    "lakh": 1e5,
    "lac": 1e5,
    "crore": 1e7,
    # Their Indian-English abbreviations and spellings ("Rs 300 cr", "30 lkh", "krore"),
    # and the Hindi "koti" (a crore).
    "lkh": 1e5,
    "cr": 1e7,
    "krore": 1e7,
    "koti": 1e7,
}
# Words for nought: "nil" is the zero of football scores, "naught"/"nought" the older forms,
# "zilch" the colloquial one.
ZERO_WORDS = ("naught", "nought", "nil", "zilch")
# Scales that multiply everything written before them ("three thousand millions",
# "13 lakh"), with their plurals ("three billions", "12 lakhs").
BIG_SCALES: dict[str, float] = {
    w + s: v for w, v in SCALE_WORDS.items() if v >= 1e5 for s in ("", "s")
}

# Scale words and abbreviations written after digits ("1.5 million", "3bn", "$25k").
# "m" and "b" are scales only after a currency sign; elsewhere "m" is the metre.
DIGIT_SCALES: dict[str, float] = {
    "hundred": 1e2,
    "hundreds": 1e2,
    "thousand": 1e3,
    "thousands": 1e3,
    "k": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "mil": 1e6,
    "mio": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "trillion": 1e12,
    "trillions": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5,
    "crore": 1e7, "crores": 1e7,
    "lkh": 1e5, "lkhs": 1e5, "cr": 1e7, "crs": 1e7, "krore": 1e7, "krores": 1e7, "koti": 1e7,
    "dozen": 12.0,
    "dozens": 12.0,
    "tn": 1e12,
    "trn": 1e12,
}
# After a currency sign also CLDR's compact "T" (trillion) and India's "L" (lakh): "$1.2T",
# "₹12.3L" (money is no length or volume). Attached capitals without a sign: `MILLION_M_RE`.
CURRENCY_ONLY_SCALES: dict[str, float] = {"m": 1e6, "b": 1e9, "mm": 1e6, "t": 1e12, "l": 1e5}

# Multipliers and fractions spelled as words ("a dozen", "one and a half").
DOZEN = "dozen"
FRACTIONS: dict[str, float] = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}

# Vague amounts: core and support (None = unbounded above); see docs/normalization.md.
VAGUE_FIXED: dict[str, tuple[tuple[float, float], tuple[float, float | None]]] = {
    "a couple of": ((2, 3), (2, 4)),
    "a couple": ((2, 3), (2, 4)),
    # "a pair" is exactly two (of shoes, of suspects), no rounded count.
    "a pair of": ((2, 2), (2, 2)),
    "a pair": ((2, 2), (2, 2)),
    "a few": ((3, 5), (2, 9)),
    "a handful of": ((3, 5), (2, 9)),
    # "a score of" is the number 20 read at granularity 20, as "a dozen" is 12 at 12.
    "a score of": ((19, 21), (10, 30)),
    "several": ((3, 7), (3, 9)),
    "dozens of": ((24, 99), (12, None)),
    "scores of": ((40, 99), (20, None)),
}
# "hundreds of", "tens of thousands of": the plural scale word and its optional multiplier.
VAGUE_PLURAL_SCALES: dict[str, float] = {
    "hundreds": 1e2,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "trillions": 1e12,
}
VAGUE_MULTIPLIERS: dict[str, float] = {"tens": 10.0, "hundreds": 100.0, "dozens": 12.0}

# Currency signs written before the number; the longest match wins.
CURRENCY_SIGNS: dict[str, str] = {
    "US$": "USD",
    "$US": "USD",
    "USD": "USD",
    "$": "USD",
    "A$": "AUD",
    "$A": "AUD",
    "A $": "AUD",
    "US $": "USD",
    "HK $": "HKD",
    "S $": "SGD",
    "C $": "CAD",
    "NZ $": "NZD",
    "AU$": "AUD",
    "AUD": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "CAD": "CAD",
    "HK$": "HKD",
    "HKD": "HKD",
    "NZ$": "NZD",
    "NZD": "NZD",
    "S$": "SGD",
    "SGD": "SGD",
    "R$": "BRL",
    # CLDR's English signs for the yen and the yuan where "¥" alone would be ambiguous.
    "JP¥": "JPY",
    "CN¥": "CNY",
    "€": "EUR",
    "EUR": "EUR",
    "£": "GBP",
    "GBP": "GBP",
    "¥": "JPY",
    "JPY": "JPY",
    "CNY": "CNY",
    "RMB": "CNY",
    "₹": "INR",
    "Rs": "INR",
    "Rs.": "INR",
    "INR": "INR",
    "CHF": "CHF",
    "₽": "RUB",
    "RUB": "RUB",
    "₪": "ILS",
    "NIS": "ILS",
    "RM": "MYR",
    "₩": "KRW",
    "Rp": "IDR", "₱": "PHP", "₺": "TRY", "₫": "VND", "฿": "THB", "₴": "UAH", "₦": "NGN",
    "₸": "KZT", "₮": "MNT", "₾": "GEL", "₼": "AZN", "৳": "BDT",
    "KSh": "KES", "Ksh": "KES", "GH₵": "GHS", "GH¢": "GHS", "Tk": "BDT",
    # A capital letter or two is the currency of the press that writes it so ("R3.1 billion"
    # in South Africa, "N5 billion" in Nigeria, "Sh2,000" in East Africa) only before a
    # figure that is plainly money: see `LETTER_SIGNS`.
    "R": "ZAR", "N": "NGN", "Sh": "SHILLING", "P": "PHP",
    # The dollar signs of the Caribbean, Pacific and Southern African presses ("J$150
    # million", "TT$2.5 billion", "NT$30,000"): a "$" after letters is no US dollar.
    "J$": "JMD", "TT$": "TTD", "EC$": "XCD", "NT$": "TWD", "RD$": "DOP", "N$": "NAD",
    "BZ$": "BZD", "Bds$": "BBD", "FJ$": "FJD", "SI$": "SBD", "G$": "GYD",
    "Mex$": "MXN", "MX$": "MXN", "WS$": "WST", "T$": "TOP", "CI$": "KYD", "L$": "LRD",
    "USh": "UGX", "TSh": "TZS",
}
LETTER_SIGNS = frozenset({"R", "N", "Sh", "P", *(
    # ISO codes that are also English words or names in capitals ("PHP 8", "TRY 5 times"):
    # money only before a figure that plainly is ("PHP 287.4 million", "TRY 12,500").
    "PHP", "TRY", "PEN", "MAD", "BOB", "SOS", "AMD")})
"""Signs that are also road, grade or model names ("the R40", "N95 masks"): money only
before a scale word, a figure in groups of thousands, or one with cents ("R12.50")."""
WORD_SIGNS = frozenset({"Sh"})
"""Letter signs of two letters, a capital and a small one, which no road, grade or model is
named with: money before any figure of two digits or more written onto it too ("a packet
at Sh120"; not "Sh 20 or so")."""
# Currency words written after the number; multiword names first. A bare "dollars"
# is read as USD (the usual default in English-language news wires).
CURRENCY_WORDS: dict[str, str] = {
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "american dollars": "USD",
    "australian dollars": "AUD",
    "canadian dollars": "CAD",
    "hong kong dollars": "HKD",
    "new zealand dollars": "NZD",
    "singapore dollars": "SGD",
    "taiwan dollars": "TWD",
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "japanese yen": "JPY",
    "yuan": "CNY",
    "chinese yuan": "CNY",
    "renminbi": "CNY",
    "rupees": "INR",
    "roubles": "RUB",
    "rubles": "RUB",
    "swiss francs": "CHF",
    "shekels": "ILS",
    "ringgit": "MYR",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
    "jpy": "JPY",
    "cny": "CNY",
    "chf": "CHF",
    "aud": "AUD",
    "cad": "CAD",
    "hkd": "HKD",
    "inr": "INR",
    "rub": "RUB",
}

# ISO 4217 codes of currencies in use, written after the amount ("42 KWD", "10 ILS").
ISO_4217 = frozenset("""AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND
    BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP
    ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR
    ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA
    MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP
    PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SYP SZL
    THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF
    YER ZAR ZMW ZWL""".split())
# Currency names after the amount. A name several countries use ("dinar", "riyal",
# "peso") names no one currency: it keeps the name as its unit, and compares only
# with the same name.
CURRENCY_NAMES: dict[str, str] = {
    "dinar": "DINAR", "riyal": "RIYAL", "rial": "RIAL", "dirham": "DIRHAM", "peso": "PESO",
    "franc": "FRANC", "krona": "KRONA", "krone": "KRONE", "shilling": "SHILLING",
    "rupee": "INR", "shekel": "ILS", "rouble": "RUB", "ruble": "RUB", "lira": "TRY",
    "rand": "ZAR", "won": "KRW", "baht": "THB", "zloty": "PLN", "forint": "HUF",
    "hryvnia": "UAH", "tenge": "KZT", "naira": "NGN", "rupiah": "IDR", "taka": "BDT",
    "dong": "VND", "tugrik": "MNT", "kuna": "HRK", "lev": "BGN", "leva": "BGN", "leu": "RON",
    "lei": "RON", "kyat": "MMK", "kip": "LAK", "riel": "KHR", "cedi": "GHS", "birr": "ETB",
    "lempira": "HNL", "quetzal": "GTQ", "boliviano": "BOB", "guarani": "PYG", "lari": "GEL",
    "somoni": "TJS", "rufiyaa": "MVR", "ngultrum": "BTN", "afghani": "AFN", "pula": "BWP",
    "nakfa": "ERN", "ariary": "MGA", "koruna": "CZK", "denar": "MKD", "pataca": "MOP",
    "gourde": "HTG", "kronor": "SEK", "kronur": "ISK", "soles": "PEN", "bolivares": "VES",
    "reais": "BRL", "yuan": "CNY", "ringgit": "MYR",
}
# Currency signs written after the amount ("20€", "10$", "3.14US$", "20Rs", "42 LE": the
# Egyptian pound as Egypt's English press writes it). Matched in these capitals only.
SIGNS_AFTER: dict[str, str] = {"€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY", "₹": "INR",
                               "US$": "USD", "₽": "RUB", "₩": "KRW", "₪": "ILS", "Rs": "INR",
                               "Rs.": "INR", "LE": "EGP", "L.E.": "EGP", "L.E": "EGP",
                               "RMB": "CNY", "NIS": "ILS", "RM": "MYR", "zł": "PLN", "Kč": "CZK",
                               "₺": "TRY", "₴": "UAH", "₱": "PHP", "₦": "NGN", "฿": "THB",
                               "₫": "VND"}
for _name, _code in CURRENCY_NAMES.items():
    CURRENCY_WORDS.setdefault(_name, _code)
    CURRENCY_WORDS.setdefault(_name + "s", _code)
# Codes that are also English words ("all", "top", "cup") count only in capitals.
CURRENCY_WORDS.update({code.lower(): code for code in ISO_4217 if code.lower() not in (
    "all", "top", "cup", "mad", "bob", "php", "try", "pen", "sos")})
CURRENCY_WORDS.update(SIGNS_AFTER)
# Any ISO 4217 code written before the amount, in capitals ("UAH 3.04", "KWD42"), but for
# codes that are English words or names ("ALL 5", "AMD 7"),
for _code in sorted(ISO_4217 - {"ALL", "TOP", "CUP", "MAD", "BOB", "PHP", "TRY", "PEN", "SOS",
                                "AMD"}):
    CURRENCY_SIGNS.setdefault(_code, _code)
# and those, too, where the figure after them is plainly money (`LETTER_SIGNS`).
for _code in sorted(LETTER_SIGNS & ISO_4217):
    CURRENCY_SIGNS.setdefault(_code, _code)

# Hundredths of a currency ("19 cents"): converted to the currency itself.
CURRENCY_CENTS: dict[str, str] = {
    "cents": "USD", "cent": "USD", "¢": "USD", "pennies": "USD", "penny": "USD", "c": "USD",
    "pence": "GBP", "p": "GBP", "sen": "MYR",
}
# "720p" is a video resolution, not pence.
NOT_PENCE = frozenset({144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320})

PERCENT_WORDS = ("%", "percent", "per cent", "pc", "pct")
PERCENTAGE_POINT_WORDS = ("percentage points", "percentage point", "points percentage", "pp")
# A basis point is a hundredth of a percentage point ("cut rates by 25 basis points", "25bp").
BASIS_POINT_WORDS = ("basis points", "basis point", "bps", "bp")

# Words after the number that end a counted-noun search (function words, verbs).
NOUN_STOP = frozenset(
    """a an the of to in on at by for from with and or but as than that which who whom
    whose this these those is are was were be been being has have had will would can
    could may might must shall should do does did not no per each more less fewer most
    its their his her our your my it they he she we you i up down off out over under
    into onto about after before since until while when where during ago later earlier hence
    percent cent times long wide high deep tall old away apart ahead behind back""".split()
)
# Plural nouns without a final "s" (and participles and adjectives used as nouns for the
# people they describe, in casualty, police and court reports: "nine accused", "40 rescued").
IRREGULAR_PLURALS = frozenset(
    """people men women children police dead wounded injured missing killed displaced
    staff personnel cattle sheep deer fish troops aircraft livestock militia youth
    clergy crew accused arrested detained evacuated rescued infected deceased homeless
    unemployed jobless""".split()
)
# Adjectives after a hyphenated measure ("a 12.7 km-long border", "a 2,000-strong force").
MEASURE_ADJECTIVES = frozenset("long wide high deep tall thick strong old large big".split())

# Words before a number that make it a label, not an amount ("category 4", "row 21").
LABEL_WORDS = frozenset(
    """category section row game level stage phase chapter page no no. number route unit
    flight room grade tier class round season episode version model series gate platform
    channel exit zone district ward lane highway article paragraph clause item step type
    generation mark size figure table act scene title lot apartment floor building block
    suite box division interstate bus seat verse track pier terminal hole""".split()
)
# Words before "one" that make it a pronoun ("no one", "the same one").
ONE_PRONOUN = frozenset(
    "no the this that any every each which someone same only last first next such little "
    "big another".split()
)
# Determiners after "of" in "two of the soldiers", "one of his deputies".
OF_DETERMINERS = frozenset("the his her its their our my your these those".split())

MONTHS = frozenset(
    """january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
# After a number, these make it a clock time, not a quantity.
CLOCK_WORDS = frozenset("am pm a.m. p.m. gmt bst utc est edt cet et pt pst".split())
