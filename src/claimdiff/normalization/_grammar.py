"""The temporal grammar: one set of compiled regexes, used whole by `normalize`
(`fullmatch`) and inside running text by `scan_temporal` (`finditer`).

Each rule is a pattern with named groups; `_rules.py` pairs it with the
resolver that turns a match into a `Value`. Patterns are built from a lexicon
module (English: `_temporal_en`), so another language supplies new words and
keeps the rules.
"""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType

from claimdiff.normalization import _temporal_en
from claimdiff.normalization._hedges import alternation

FLAGS = re.IGNORECASE
# A rule never starts inside a word or a number ("12,000", "$2018") and never
# ends inside one ("2018%", "2018.5").
LEFT = r"(?<![\w$€£¥'’])(?<!\d[.,])"
RIGHT = r"(?![\w%])(?![.,]\d)"

YEAR = r"(?:1[0-9]\d\d|20\d\d|2100)(?!\d)"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
CLOCK = r"(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:a\.?m\.?|p\.?m\.?)|(?:[01]?\d|2[0-3]):[0-5]\d"


def words(items: object) -> str:
    """A non-capturing alternation of lexicon words, longest first."""
    assert isinstance(items, (dict, list))
    return "(?:" + alternation(items) + ")"


class Patterns:
    """The pattern strings of one language, built from its lexicon module."""

    def __init__(self, lex: ModuleType) -> None:
        self.lex = lex
        number_word = words(lex.NUMBER_WORDS)
        self.numword = rf"{number_word}(?:(?:\s*-\s*|\s+and\s+|\s+){number_word})*"
        self.month = words(lex.MONTHS) + r"(?![\w])"
        self.weekday = words(lex.WEEKDAYS) + r"(?![\w])"
        self.season = words(lex.SEASONS)
        self.shift = words(lex.SHIFTS)
        self.ordinal = words(lex.ORDINAL_WORDS)
        self.day = rf"(?:{DAYNUM}|{self.ordinal})"

    def part(self, p: str = "") -> str:
        """An optional part-of-period prefix: `mid-`, `early`, `the end of`."""
        lex = self.lex
        return (rf"(?:(?P<{p}pw>{words(lex.PART_PREFIX_WORDS)})(?:\s*-\s*|\s+(?:in\s+)?)"
                rf"|(?:at\s+|by\s+|in\s+|towards?\s+)?(?:the\s+)?(?:very\s+)?"
                rf"(?P<{p}pn>{words(lex.PART_NOUN_WORDS)})\s+of\s+(?:the\s+)?)?")

    def duration(self, p: str = "") -> str:
        """One amount of one unit, with its hedges: `almost nine months`, `44-day`."""
        lex = self.lex
        num = (rf"(?P<{p}num>{DIGITS}|{self.numword}|{words(lex.VAGUE_NUMBERS)}"
               rf"|{words(lex.SPECIAL_NUMBERS)})")
        unit = rf"(?P<{p}unit>{words(lex.UNITS)})(?:s|es)?(?![\w])"
        return (rf"(?:(?P<{p}hedge>{words(lex.HEDGES)})\s+)?{num}"
                rf"(?P<{p}half>\s+and\s+a\s+half)?(?:\s*-\s*|\s+){unit}"
                rf"(?P<{p}half2>\s+and\s+(?:a\s+half|a\s+quarter|three[\s-]quarters))?"
                rf"(?:\s*(?P<{p}shedge>{words(lex.SUFFIX_HEDGES)}))?")

    def range_end(self, p: str) -> str:
        """One end of a date range: a day, a month, a season or a year, each with
        or without its year, or a bare number read from the other end."""
        return "(?:" + "|".join([
            rf"(?P<{p}iso>{YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))",
            rf"(?P<{p}mon>{self.month})(?:\s*(?P<{p}day>{self.day}))?"
            rf"(?:,?\s+(?:of\s+)?(?P<{p}year>{YEAR}))?",
            rf"(?:the\s+)?(?P<{p}dday>{self.day})(?:\s+of)?\s+(?P<{p}dmon>{self.month})"
            rf"(?:,?\s+(?P<{p}dyear>{YEAR}))?",
            rf"(?:the\s+)?(?P<{p}season>{self.season})(?:,?\s+(?:of\s+)?(?P<{p}syear>{YEAR}))?",
            rf"(?P<{p}y>{YEAR})",
            rf"(?P<{p}num>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<{p}nyear>{YEAR}))?",
        ]) + ")"

    def durations(self) -> str:
        """One or two amounts: `eight months and three weeks`."""
        return rf"{self.duration('a_')}(?:(?:\s*,\s*|\s+)and\s+{self.duration('b_')})?"


# Calendar units a recurrence repeats ("every two weeks"); "night" is a part of day.
SET_UNITS = ["second", "minute", "hour", "day", "weekend", "week", "fortnight", "month",
             "quarter", "year", "decade", "century", "centuries"]
SPAN_WORDS = ["past", "last", "next", "coming", "previous", "first", "final", "following"]


def _rules(pt: Patterns) -> dict[str, str]:
    lex = pt.lex
    part = pt.part()
    pod = rf"(?:\s+(?P<pod>{words(lex.PARTS_OF_DAY)}))?"
    clock = rf"(?:\s+(?:at\s+)?(?P<clock>{CLOCK})(?:\s+(?:GMT|UTC|[ECMP][SD]?T))?)?"
    return {
        "iso": rf"(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])(?:-(?P<d>0[1-9]|[12]\d|3[01]))?",
        "mdy": (rf"(?:(?P<wd>{pt.weekday}),?\s+)?(?P<mon>{pt.month})\s*(?P<day>{pt.day})"
                rf"(?:\s*,?\s*(?P<year>{YEAR}))?{clock}"),
        "dmy": (rf"(?:(?P<wd>{pt.weekday}),?\s+)?(?:the\s+)?(?P<day>{pt.day})(?:\s+of)?\s+"
                rf"(?P<mon>{pt.month})(?:,?\s+(?P<year>{YEAR}))?{clock}"),
        "month": (rf"{part}(?:(?P<shift>{pt.shift})\s+)?(?P<mon>{pt.month})"
                  rf"(?:,?\s+(?:of\s+)?(?P<year>{YEAR}))?"),
        "season": (rf"{part}(?:(?P<shift>{pt.shift})\s+|the\s+)?(?P<season>{pt.season})"
                   rf"(?:,?\s+(?:of\s+)?(?:(?P<year>{YEAR})"
                   rf"(?:\s*[-–/]\s*(?P<year_b>{YEAR}|\d\d(?!\d)))?|['’](?P<yy>\d\d)(?!\d|s)))?"),
        "half": (rf"(?:the\s+)?(?:(?P<hn>{words(lex.HALF_WORDS)})\s+half(?:\s+of)?\s+"
                 rf"(?:the\s+year\s+)?(?P<year>{YEAR})|H(?P<hd>[12])\s*(?P<year2>{YEAR}))"),
        "nthweek": (rf"(?:the\s+)?(?P<wn>{words(lex.WEEK_ORDINALS)})\s+(?P<wk>week(?:[\s-]?end)?)"
                    rf"\s+(?:of|in)\s+"
                    rf"(?P<mon>{pt.month})(?:,?\s+(?P<year>{YEAR}))?"),
        "turn": rf"(?:the\s+)?turn\s+of\s+the\s+(?P<turn>{words(lex.TURN_UNITS)})",
        "dayonly": r"the\s+(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))(?!\d)",
        "dayrel": (rf"(?:the\s+)?(?:(?P<dshift>{words(lex.DAY_SHIFTS)})\s+day"
                   rf"|day\s+(?P<dtail>{words(lex.DAY_SHIFTS)}))"),
        "fraction": (rf"(?:(?P<hedge>{words(lex.HEDGES)})\s+)?(?:a|one)\s+"
                     rf"(?P<frac>{words(lex.FRACTIONS)})(?:\s*-\s*|\s+of\s+an?\s+|\s+)"
                     rf"(?P<funit>{words(lex.UNITS)})(?![\w])"),
        "quarter": (rf"(?:the\s+)?(?:(?P<qn>first|second|third|fourth|1st|2nd|3rd|4th)"
                    rf"\s+quarter(?:\s+of)?\s+(?P<year>{YEAR})"
                    rf"|Q(?P<qd>[1-4])\s*(?P<year2>{YEAR}))"),
        "year": (rf"{part}(?:(?:the\s+)?(?:fiscal\s+|calendar\s+)?year\s+|fiscal\s+)?"
                 rf"(?:(?P<year>{YEAR})|['’](?P<yy>\d\d)(?!\d|s))"),
        "range": (rf"(?:(?P<lead>{words(lex.RANGE_LEADS)})\s+)?{pt.range_end('a_')}"
                  rf"(?P<link>\s*[-–—]\s*|\s+{words(lex.RANGE_LINKS)}\s+){pt.range_end('b_')}"),
        "numeric": (rf"(?P<n1>\d{{1,2}})(?P<sep>[/.-])(?P<n2>\d{{1,2}})(?P=sep)(?P<ny>{YEAR})"
                    rf"|(?P<y0>{YEAR})(?P<sep0>[/.])(?P<m0>\d{{1,2}})(?P=sep0)(?P<d0>\d{{1,2}})"),
        "set": (rf"(?P<every>{words(lex.SET_WORDS)})\s+(?:(?P<other>other)\s+"
                rf"|(?P<snum>\d+|{pt.numword})\s+)?(?:(?P<spod>{words(lex.PARTS_OF_DAY)})s?"
                rf"|(?P<sunit>{words(SET_UNITS)})s?|(?P<swd>{pt.weekday})"
                rf"|(?P<smon>{pt.month})|(?P<sseason>{pt.season})s?)(?![\w])"
                rf"|(?P<adverb>{words(lex.SET_ADVERBS)})"),
        "decade": (rf"{part}(?:the\s+)?(?:(?P<dec>(?:1\d|20)\d0)\s*['’]?s"
                   rf"|['’](?P<dd>\d0)['’]?s|(?(pw)(?P<dd2>\d0)s|(?!))"
                   rf"|(?:(?P<cw>{words(lex.CENTURY_WORDS)})[\s-]+)?"
                   rf"(?P<decw>{words(lex.DECADE_WORDS)}))"),
        "century": (rf"{part}(?:the\s+)?(?P<cen>\d{{1,2}}(?:st|nd|rd|th)|{pt.ordinal})"
                    rf"(?:\s*-\s*|\s+)century"),
        "relunit": (rf"{part}(?:the\s+)?(?:(?P<shift>{pt.shift})\s+)?(?:fiscal\s+|calendar\s+)?"
                    rf"(?P<unit>week(?:end)?|month|year|quarter|decade|century)(?![\w'’])"),
        "weekday": (rf"(?:(?P<clock0>{CLOCK})(?:\s+(?:GMT|UTC|[ECMP][SD]?T))?\s+(?:on\s+)?)?"
                    rf"(?:(?P<shift>{pt.shift})\s+)?(?P<wd>{pt.weekday}){pod}{clock}"),
        "deictic": (rf"(?P<deictic>{words(lex.DEICTIC_DAYS)}){pod}"
                    rf"|(?P<this>this|last)\s+(?P<pod2>{words(lex.PARTS_OF_DAY)})"),
        "present": words(lex.PRESENT_WORDS),
        "pastref": words(lex.PAST_WORDS),
        "futureref": words(lex.FUTURE_WORDS),
        "hms": r"(?P<h>\d{1,2}):(?P<mi>[0-5]\d):(?P<s>[0-5]\d)(?:\.\d+)?",
        "ago": rf"{pt.duration('a_')}\s+(?P<ago>{words(lex.AGO_WORDS)})",
        "span": rf"(?:the\s+)?(?P<span>{words(SPAN_WORDS)})\s+{pt.durations()}",
        "duration": pt.durations(),
        "bare": (r"(?:(?P<bq>recent|the\s+past|past|the\s+last|the\s+coming|coming|many|"
                 r"the\s+next)\s+)?(?P<bunit>seconds|minutes|hours|days|weeks|months|years"
                 r"|decades|centuries)"),
    }


def _tokens(entries: object) -> frozenset[str]:
    """The longest word (`\\w+`) of each lexicon entry, lower-cased."""
    assert isinstance(entries, (dict, list))
    return frozenset(max(re.findall(r"\w+", str(e).lower()), key=len) for e in entries)


def _cues(lex: ModuleType) -> dict[str, frozenset[str]]:
    """For each cue, the words one of which a text must contain to have the cue."""
    return {
        "month": _tokens(lex.MONTHS),
        "season": _tokens(lex.SEASONS),
        "weekday": _tokens(lex.WEEKDAYS),
        "quarter": frozenset(["quarter"]),
        "set": _tokens(list(lex.SET_WORDS) + list(lex.SET_ADVERBS)),
        "decade": _tokens(lex.DECADE_WORDS),
        "century": frozenset(["century"]),
        "relunit": frozenset(["week", "weekend", "month", "year", "quarter", "decade",
                              "century"]),
        "deictic": _tokens(list(lex.DEICTIC_DAYS) + ["this", "last"]),
        "present": _tokens(lex.PRESENT_WORDS),
        "pastref": _tokens(lex.PAST_WORDS),
        "futureref": _tokens(lex.FUTURE_WORDS),
        "ago": _tokens(lex.AGO_WORDS),
        "span": _tokens(SPAN_WORDS),
        "unit": _tokens(lex.UNITS),  # plural "-s", "-es" are stripped from the text's words
        "turn": frozenset(["turn"]),
        "dayrel": frozenset(["day"]),
        "fraction": _tokens(lex.FRACTIONS),
        "bare": frozenset(["seconds", "minutes", "hours", "days", "weeks", "months", "years",
                           "decades", "centuries"]),
    }


# The cues without which a rule cannot match. A word cue names a lexicon word the
# rule requires (its month, its unit); each such word stands between non-word
# characters in every match ("mid-May", "Jan.", "six-week"), so it is one of the
# words of the text. A text with none of a rule's cues has no match for it, and
# the rule is not run. The "digit" cue is a `\\d` anywhere.
GATES: dict[str, tuple[str, ...]] = {
    "iso": ("digit",), "mdy": ("month",), "dmy": ("month",), "month": ("month",),
    "season": ("season",), "quarter": ("quarter", "digit"), "year": ("digit",),
    "range": ("digit", "month", "season"), "numeric": ("digit",), "set": ("set",),
    "decade": ("digit", "decade"), "century": ("century",), "relunit": ("relunit",),
    "weekday": ("weekday",), "deictic": ("deictic",), "present": ("present",),
    "pastref": ("pastref",), "futureref": ("futureref",), "hms": ("digit",), "ago": ("ago",),
    "span": ("span",), "duration": ("unit",), "bare": ("bare",),
    "half": ("digit",), "nthweek": ("month",), "turn": ("turn",), "dayonly": ("digit",),
    "dayrel": ("dayrel",), "fraction": ("fraction",),
}
# Rules read in a whole phrase only: in running text "the 5th", "the next day" or
# "the turn of the century" too often name something else or need the article.
WHOLE_ONLY = frozenset(["dayonly", "dayrel", "turn"])
# Characters `re.IGNORECASE` equates with an ASCII letter that `str.lower` does not map to it.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"\w+")


class Grammar:
    """The compiled rules of one language, in priority order."""

    def __init__(self, lex: ModuleType) -> None:
        self.patterns = Patterns(lex)
        self.lex = lex
        self.rules: dict[str, re.Pattern[str]] = {
            name: re.compile(LEFT + "(?:" + body + ")" + RIGHT, FLAGS)
            for name, body in _rules(self.patterns).items()
        }
        self.cues = _cues(lex)
        dirs = words(lex.AFTER_WORDS + lex.BEFORE_WORDS)
        self.relative = re.compile(
            rf"(?:{self.patterns.durations()}\s+)?(?P<dir>{dirs})\s+(?P<anchor>.+)", FLAGS)
        tails = words(lex.LATER_WORDS + lex.EARLIER_WORDS)
        self.tail = re.compile(rf"{self.patterns.durations()}\s+(?P<tail>{tails})", FLAGS)
        self.connector = re.compile(rf"\s*,?\s+(?P<dir>{dirs})\s+", FLAGS)
        self.function_words = re.compile(
            rf"^(?:{words(lex.FUNCTION_WORDS)})\s+", FLAGS)
        self.adjectival_tail = re.compile(r"\s+[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*)?$", FLAGS)


    def rules_for(self, text: str) -> list[str]:
        """The names of the rules that may match somewhere in `text`, in priority order.

        The text's words are read as `re.IGNORECASE` reads them (lower case, "ſ" as
        "s"), each also without a plural "-s" / "-es". A rule may be listed and find
        nothing; a rule not listed finds nothing.
        """
        folded = (text if text.isascii() else text.translate(_FOLD)).lower()
        words = set(_WORD.findall(folded))
        words.update([w[:-1] for w in words if w.endswith("s")]
                     + [w[:-2] for w in words if w.endswith("es")])
        present = {"digit": _DIGIT.search(text) is not None}
        present.update((cue, not words.isdisjoint(keys)) for cue, keys in self.cues.items())
        return [name for name in self.rules
                if name not in GATES or any(present[c] for c in GATES[name])]


@cache
def grammar(language: str = "en") -> Grammar:
    """The compiled grammar for `language` (compiled once, then cached)."""
    if language != "en":
        raise ValueError(f"no temporal grammar for language {language!r}")
    return Grammar(_temporal_en)
