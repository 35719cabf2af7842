"""English unit words and the pint expression each one names."""

from __future__ import annotations

from claimdiff.normalization._units_registry import REGISTRY_UNITS

# Output per day or year as the energy and mining press abbreviate it ("200,000 bpd",
# "4 Mtpa"): read as the words they stand for, so they meet "200,000 barrels a day"
# (`_rates`); in running text a capital after a figure is then no name ("1.5 Mtpa").
ABBREVIATED_RATES: dict[str, str] = {
    "bpd": "barrels a day", "b/d": "barrels a day", "bopd": "barrels a day",
    "mtpa": "Mt a year", "tpa": "tonnes a year",
}

# Units of count the shipping and travel trade press abbreviates, often in capitals, after
# a figure ("an 18,200 TEU vessel", "1.42 million TEUs", "a 6,500 CEU car carrier", "180
# pax"): read as the counted noun, where a capitalised word after a figure is otherwise a
# name ("787 Dreamliner"). Twenty- and forty-foot containers, car equivalent units, passengers;
# a ship's deadweight and gross register tonnage ("a 105,000 dwt tanker", "of 4,200 grt").
COUNTED_ABBREVIATIONS = frozenset({"teu", "feu", "ceu", "pax", "dwt", "grt"})

# Written unit -> pint expression. Keys are matched case-sensitively first, then
# lower-cased (so "KM" works but "Mb" and "MB" stay apart).
UNITS: dict[str, str] = {
    # length
    "km": "kilometer", "kms": "kilometer", "kilometre": "kilometer", "kilometres": "kilometer",
    "kilometer": "kilometer", "kilometers": "kilometer",
    "m": "meter", "metre": "meter", "metres": "meter", "meter": "meter", "meters": "meter",
    "cm": "centimeter", "centimetre": "centimeter", "centimetres": "centimeter",
    "centimeter": "centimeter", "centimeters": "centimeter",
    "nm": "nanometer", "nanometer": "nanometer", "nanometers": "nanometer",
    "nanometre": "nanometer", "nanometres": "nanometer",
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
    # the British "-gramme" spellings
    "kilogramme": "kilogram", "kilogrammes": "kilogram", "gramme": "gram", "grammes": "gram",
    "milligramme": "milligram", "milligrammes": "milligram",
    "tonne": "tonne", "tonnes": "tonne", "metric tons": "tonne", "metric tonnes": "tonne",
    "metric ton": "tonne", "metric tonne": "tonne", "metric-ton": "tonne",
    "t": "tonne", "gigatonnes": "gigatonne", "gigatons": "gigatonne", "megatonnes": "megatonne",
    "megatonne": "megatonne", "megatons": "megatonne", "megaton": "megatonne",
    "gigatonne": "gigatonne", "gigaton": "gigatonne",
    # the trade press's symbols: "41Mt" of ore, "2 Gt" of carbon; "kt" stays unread (knots)
    "Mt": "megatonne", "Gt": "gigatonne",
    # "ton" is metric, short (2,000 lb) or long (2,240 lb) as the writer's country has it:
    # read as the tonne, its support widened over all three (`AMBIGUOUS_TONS`).
    "ton": "tonne", "tons": "tonne", "short ton": "short_ton", "short tons": "short_ton",
    "long ton": "long_ton", "long tons": "long_ton",
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
    "degrees C": "degC", "C": "degC", "F": "degF", "°F": "degF", "ºF": "degF",
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
    "kV": "kilovolt", "kilovolt": "kilovolt", "kilovolts": "kilovolt",
    # pressure (a storm's central pressure, a tyre's)
    "hPa": "hectopascal", "hectopascals": "hectopascal", "hectopascal": "hectopascal",
    "kPa": "kilopascal", "kilopascals": "kilopascal", "pascals": "pascal",
    "mb": "millibar", "mbar": "millibar", "millibars": "millibar", "millibar": "millibar",
    "inHg": "inch_Hg", "mmHg": "millimeter_Hg", "psi": "psi",
}

# Units whose size depends on the writer's country, read as the first reading (the tonne,
# the US gallon) with the support widened over the others, each given in the base unit the
# first reading converts to: the short and long ton in kilograms (2,000 and 2,240 pounds of
# 0.45359237 kg), the imperial gallon, quart, pint and fluid ounce in cubic metres, and the
# mile per imperial gallon in kilometres per litre.
_TONS = ((2000 * 0.45359237, 2240 * 0.45359237),
         "a ton may be metric, short or long: the support holds all three")
_IMPERIAL_GALLON = 0.00454609


def _us_or_imperial(name: str, gallons: float) -> tuple[tuple[float, ...], str]:
    """A measure of `gallons` imperial gallons, whose US size pint's registry reads."""
    return ((_IMPERIAL_GALLON * gallons,),
            f"a {name} may be US or imperial: the support holds both")


_GALLONS = _us_or_imperial("gallon", 1)
_QUARTS = _us_or_imperial("quart", 1 / 4)
_PINTS = _us_or_imperial("pint", 1 / 8)
_FLUID_OUNCES = _us_or_imperial("fluid ounce", 1 / 160)
_MPG = ((1.609344 / (_IMPERIAL_GALLON * 1000),),
        "a mile per gallon may be per US or imperial gallon: the support holds both")
AMBIGUOUS_UNITS: dict[str, tuple[tuple[float, ...], str]] = {
    "ton": _TONS, "tons": _TONS,
    "gallon": _GALLONS, "gallons": _GALLONS, "gal": _GALLONS, "gals": _GALLONS,
    "quart": _QUARTS, "quarts": _QUARTS, "pint": _PINTS, "pints": _PINTS,
    "fl oz": _FLUID_OUNCES, "fluid ounce": _FLUID_OUNCES, "fluid ounces": _FLUID_OUNCES,
    "mpg": _MPG, "miles per gallon": _MPG,
}

# More units of volume and kitchen measures.
UNITS.update({
    "hectolitre": "hectoliter", "hectoliter": "hectoliter", "hl": "hectoliter",
    "cup": "cup", "cups": "cup", "gal": "gallon", "gals": "gallon", "mls": "milliliter",
    "fl oz": "fluid_ounce", "fluid ounce": "fluid_ounce", "pint": "pint", "quart": "quart",
    "sq km": "kilometer ** 2", "square kilometre": "kilometer ** 2",
})
# SI prefixes on the metric units, in words ("micrograms", "decilitres", "picometre",
# "kilojoules"), and the symbols that name nothing else ("μg", "mcg", "dL", "μm", "kJ"):
# "pm" (p.m.) and "am" stay clock words, "mm" and "nm" are listed above.
_PREFIXES = ("kilo", "hecto", "deca", "deci", "centi", "milli", "micro", "nano", "pico")
for _prefix in _PREFIXES:
    for _base, _expr in (("gram", "gram"), ("metre", "meter"), ("meter", "meter"),
                         ("litre", "liter"), ("liter", "liter"), ("watt", "watt"),
                         ("joule", "joule")):
        UNITS.setdefault(_prefix + _base, _prefix + _expr)
        UNITS.setdefault(_prefix + _base + "s", _prefix + _expr)
for _mu in ("μ", "µ"):
    UNITS.update({f"{_mu}g": "microgram", f"{_mu}m": "micrometer", f"{_mu}l": "microliter",
                  f"{_mu}L": "microliter"})
UNITS.update({"mcg": "microgram", "ng": "nanogram", "dm": "decimeter", "dl": "deciliter",
              "dL": "deciliter", "cl": "centiliter", "cL": "centiliter", "kJ": "kilojoule",
              "MJ": "megajoule", "joules": "joule", "joule": "joule",
              "mW": "milliwatt"})

# Temperatures in every written form: a degree sign or word, then the scale.
for _sign in ("°", "º", "° ", "º ", "deg ", "deg. ", "degree ", "degrees "):
    for _scale, _unit in (("C", "degC"), ("F", "degF"), ("Celsius", "degC"),
                          ("Fahrenheit", "degF"), ("centigrade", "degC")):
        UNITS.setdefault(_sign + _scale, _unit)
        UNITS.setdefault(_sign + _scale.lower(), _unit)
UNITS.setdefault("centigrade", "degC")
# A degree with no scale ("45 degrees", "45°"): read in a whole phrase only, as a
# temperature of unsaid scale (`_quantity.to_value` holds both scales); in running text
# it is as often an angle ("a 30-degree turn").
BARE_DEGREES = frozenset({"°", "º", "degrees", "degree", "deg", "deg.", "degs"})
for _bare in BARE_DEGREES:
    UNITS.setdefault(_bare, "degC")
# Feet and inches as primes ("5'", "5''", '5"', "6′2″") and "in" for inches ("5 in"): in a
# whole phrase only, and "in" only at its end; in running text a quote closes a quotation
# and "in" is a preposition ("5 in 10 people").
PHRASE_ONLY_UNITS = frozenset({"'", "′", "''", '"', "″", "in", "in."})
UNITS.update({"'": "foot", "′": "foot", "''": "inch", '"': "inch", "″": "inch", "in": "inch",
              "in.": "inch", "gs": "gram", "k.g.": "kilogram", "k.g": "kilogram",
              "k.gs": "kilogram", "kg.": "kilogram"})

# The long tail from pint's registry ("carats", "bushels", "furlongs", "gigawatt-hours"),
# after the spellings written here (`HAND_UNITS`, what it is generated against).
HAND_UNITS = frozenset(k.lower() for k in UNITS)
for _written, _expr in REGISTRY_UNITS.items():
    UNITS.setdefault(_written, _expr)
    if " " in _written:
        UNITS.setdefault(_written + "s", _expr)


def _variants() -> dict[str, str]:
    """Singular and plural of each one-word unit, and -re/-er spellings ("litre", "liter")."""
    extra: dict[str, str] = {}
    for key, expr in UNITS.items():
        if len(key) < 4 or not (key.isascii() and key.isalpha() and key.islower()):
            continue
        forms = {key}
        for a, b in (("metre", "meter"), ("litre", "liter")):
            if a in key:
                forms.add(key.replace(a, b))
            if b in key:
                forms.add(key.replace(b, a))
        for form in list(forms):
            if form.endswith("s") and not form.endswith(("us", "ies", "ss", "hes")):
                forms.add(form[:-1])
            elif not form.endswith(("s", "y", "z", "ch", "sh", "x")):
                forms.add(form + "s")
        extra.update({form: expr for form in forms if form not in UNITS})
    return extra


UNITS.update(_variants())


def _powers() -> dict[str, str]:
    """Areas and volumes of every written length unit: "square miles", "sq miles", "sq.
    yards", "cubic feet", "cu ft" ("12 sq miles" was refused: only "sq mi" was listed)."""
    lengths = {"meter", "kilometer", "centimeter", "millimeter", "mile", "foot", "yard", "inch"}
    extra: dict[str, str] = {}
    for key, expr in UNITS.items():
        if expr not in lengths or not key.isalpha() or key in PHRASE_ONLY_UNITS:
            continue
        for prefix, power in (("square ", 2), ("sq ", 2), ("sq. ", 2), ("cubic ", 3),
                              ("cu ", 3), ("cu. ", 3)):
            extra.setdefault(prefix + key, f"{expr} ** {power}")
    return {k: v for k, v in extra.items() if k not in UNITS}


UNITS.update(_powers())
