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
TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}

# Scale words and abbreviations written after digits ("1.5 million", "3bn", "$25k").
# "m" and "b" are scales only after a currency sign; elsewhere "m" is the metre.
DIGIT_SCALES: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
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
    "tn": 1e12,
    "trn": 1e12,
}
CURRENCY_ONLY_SCALES: dict[str, float] = {"m": 1e6, "b": 1e9, "mm": 1e6}

# Multipliers and fractions spelled as words ("a dozen", "one and a half").
DOZEN = "dozen"
FRACTIONS: dict[str, float] = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}

# Vague amounts: core and support (None = unbounded above); see docs/normalization.md.
VAGUE_FIXED: dict[str, tuple[tuple[float, float], tuple[float, float | None]]] = {
    "a couple of": ((2, 3), (2, 4)),
    "a couple": ((2, 3), (2, 4)),
    "a few": ((3, 5), (2, 9)),
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
}
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
}
# Hundredths of a currency ("19 cents"): converted to the currency itself.
CURRENCY_CENTS: dict[str, str] = {"cents": "USD", "cent": "USD", "pence": "GBP", "p": "GBP"}

PERCENT_WORDS = ("%", "percent", "per cent", "pc", "pct")
PERCENTAGE_POINT_WORDS = ("percentage points", "percentage point", "points percentage", "pp")

# Written unit -> pint expression. Keys are matched case-sensitively first, then
# lower-cased (so "KM" works but "Mb" and "MB" stay apart).
UNITS: dict[str, str] = {
    # length
    "km": "kilometer", "kms": "kilometer", "kilometre": "kilometer", "kilometres": "kilometer",
    "kilometer": "kilometer", "kilometers": "kilometer",
    "m": "meter", "metre": "meter", "metres": "meter", "meter": "meter", "meters": "meter",
    "cm": "centimeter", "centimetre": "centimeter", "centimetres": "centimeter",
    "centimeter": "centimeter", "centimeters": "centimeter",
    "mm": "millimeter", "millimetre": "millimeter", "millimetres": "millimeter",
    "millimeter": "millimeter", "millimeters": "millimeter",
    "mile": "mile", "miles": "mile", "mi": "mile",
    "ft": "foot", "foot": "foot", "feet": "foot",
    "inch": "inch", "inches": "inch",
    "yard": "yard", "yards": "yard", "yd": "yard", "yds": "yard",
    "nautical miles": "nautical_mile", "nautical mile": "nautical_mile",
    # mass
    "kg": "kilogram", "kgs": "kilogram", "kilogram": "kilogram", "kilograms": "kilogram",
    "kilo": "kilogram", "kilos": "kilogram",
    "g": "gram", "gram": "gram", "grams": "gram", "mg": "milligram",
    "milligram": "milligram", "milligrams": "milligram",
    "tonne": "tonne", "tonnes": "tonne", "metric tons": "tonne", "metric tonnes": "tonne",
    "t": "tonne", "gigatonnes": "gigatonne", "gigatons": "gigatonne", "megatonnes": "megatonne",
    "ton": "ton", "tons": "ton",
    "lb": "pound", "lbs": "pound", "pound": "pound", "pounds": "pound",
    "ounce": "ounce", "ounces": "ounce", "oz": "ounce",
    # area
    "hectare": "hectare", "hectares": "hectare", "ha": "hectare",
    "acre": "acre", "acres": "acre",
    "square kilometres": "kilometer ** 2", "square kilometre": "kilometer ** 2",
    "square kilometers": "kilometer ** 2", "square kilometer": "kilometer ** 2",
    "sq km": "kilometer ** 2", "km2": "kilometer ** 2", "km²": "kilometer ** 2",
    "square metres": "meter ** 2", "square meters": "meter ** 2", "sq m": "meter ** 2",
    "m2": "meter ** 2", "m²": "meter ** 2",
    "square miles": "mile ** 2", "square mile": "mile ** 2", "sq mi": "mile ** 2",
    "square feet": "foot ** 2", "square foot": "foot ** 2", "sq ft": "foot ** 2",
    # volume
    "litre": "liter", "litres": "liter", "liter": "liter", "liters": "liter", "l": "liter",
    "ml": "milliliter", "mL": "milliliter",
    "millilitres": "milliliter", "milliliters": "milliliter",
    "gallon": "gallon", "gallons": "gallon",
    "barrel": "oil_barrel", "barrels": "oil_barrel", "bbl": "oil_barrel",
    "cubic metres": "meter ** 3", "cubic meters": "meter ** 3", "m3": "meter ** 3",
    # time
    "second": "second", "seconds": "second", "sec": "second", "secs": "second",
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "h": "hour",
    "day": "day", "days": "day", "week": "week", "weeks": "week",
    "month": "month", "months": "month", "year": "year", "years": "year", "yrs": "year",
    "decade": "10 * year", "decades": "10 * year", "century": "100 * year",
    "centuries": "100 * year",
    # speed
    "mph": "mile / hour", "miles per hour": "mile / hour", "miles an hour": "mile / hour",
    "km/h": "kilometer / hour", "kmh": "kilometer / hour", "kph": "kilometer / hour",
    "kilometres per hour": "kilometer / hour", "kilometers per hour": "kilometer / hour",
    "kilometres an hour": "kilometer / hour", "kilometers an hour": "kilometer / hour",
    "m/s": "meter / second", "knots": "knot", "knot": "knot",
    # temperature
    "°C": "degC", "ºC": "degC", "degrees Celsius": "degC", "degrees celsius": "degC",
    "degrees C": "degC", "C": "degC", "°F": "degF", "ºF": "degF",
    "degrees Fahrenheit": "degF", "degrees fahrenheit": "degF", "degrees F": "degF",
    "Fahrenheit": "degF", "Celsius": "degC",
    # power, energy, frequency, data
    "W": "watt", "watts": "watt", "kW": "kilowatt", "kilowatts": "kilowatt",
    "MW": "megawatt", "megawatts": "megawatt", "GW": "gigawatt", "gigawatts": "gigawatt",
    "kWh": "kilowatt_hour", "MWh": "megawatt_hour", "GWh": "gigawatt_hour",
    "TWh": "terawatt_hour",
    "hp": "horsepower", "horsepower": "horsepower", "bhp": "horsepower",
    "Hz": "hertz", "kHz": "kilohertz", "MHz": "megahertz", "GHz": "gigahertz",
    "hertz": "hertz", "khz": "kilohertz", "mhz": "megahertz", "ghz": "gigahertz",
    "megawatt": "megawatt", "kilowatt": "kilowatt", "gigawatt": "gigawatt",
    "mpg": "mile / gallon", "miles per gallon": "mile / gallon",
    "ppm": "ppm", "parts per million": "ppm", "ppb": "ppb", "parts per billion": "ppb",
    "KB": "kilobyte", "MB": "megabyte", "GB": "gigabyte", "TB": "terabyte",
    "Mbps": "megabit / second", "Gbps": "gigabit / second",
    "Nm": "newton * meter", "lb-ft": "foot * force_pound",
    "calories": "kilocalorie", "kcal": "kilocalorie",
    "volts": "volt", "V": "volt", "mAh": "milliampere_hour",
}

# Words after the number that end a counted-noun search (function words, verbs).
NOUN_STOP = frozenset(
    """a an the of to in on at by for from with and or but as than that which who whom
    whose this these those is are was were be been being has have had will would can
    could may might must shall should do does did not no per each more less fewer most
    its their his her our your my it they he she we you i up down off out over under
    into onto about after before since until while when where during ago later earlier
    percent cent times long wide high deep tall old away apart ahead behind back""".split()
)
# Plural nouns without a final "s" (and participles used as nouns in casualty reports).
IRREGULAR_PLURALS = frozenset(
    """people men women children police dead wounded injured missing killed displaced
    staff personnel cattle sheep deer fish troops aircraft livestock militia youth
    clergy crew""".split()
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
