"""Phrases of our own for each family of Duckling's English time and numeral grammars.

Duckling's rules (Duckling/Time/EN/Rules.hs, Numeral/EN/Rules.hs, Duration/EN/Rules.hs,
TimeGrain/EN/Rules.hs) were listed family by family and each given a few phrases written
here, none taken from its corpus. Every phrase is read by `normalize` at Duckling's
reference time; the script prints, per family, how many are read and the phrases refused
or read as another kind (a count where a time is meant), which is where a family is
missing. It judges no values: the Duckling corpus (`eval_duckling.py`) does. Run:

    python benchmarks/probe_duckling_rules.py [--all]
"""

from __future__ import annotations

import sys

from claimdiff.errors import NormalizationError
from claimdiff.normalization import Kind, normalize

REFERENCE = "2013-02-12T04:30:00-02:00"
# Family -> (kind expected, phrases).
FAMILIES: dict[str, tuple[Kind, tuple[str, ...]]] = {
    "intersect, on, in": (Kind.DATE, (
        "Wednesday March 6", "Friday, June 7", "the 5th of next month", "June 7, 2011",
        "March of 2009", "on a Thursday", "during April", "noon of Sunday")),
    "this/next/last <time>": (Kind.DATE, (
        "this Saturday", "coming Sunday", "this past Sunday", "previous Friday",
        "March after next", "Wednesday before last", "last weekend of May")),
    "nth / last <time> of <time>": (Kind.DATE, (
        "second Monday of March", "the third Friday in June", "last Friday of this month",
        "last day of 2012", "first Tuesday after Christmas", "2 Sundays from now",
        "second last week of May", "the 2nd last day of June")),
    "nearest <day> to <time>": (Kind.DATE, (
        "the closest Monday to March 14, 2022", "the second nearest Friday to Christmas")),
    "days of the month": (Kind.DATE, (
        "the 21st", "Sunday the 17th", "22 of November", "5th in June", "14/Mar/2015",
        "3rd Oct 2010", "the ides of May")),
    "clock times": (Kind.DATE, (
        "at seven", "ten o'clock", "at 07:05", "09:15:45", "845pm", "ten forty pm",
        "seven twenty five pm", "7 in the am", "ten till noon", "twenty of seven",
        "half after ten", "half 7", "five o'clock pm", "at 9 exactly", "exactly at 3pm",
        "at 3ish", "0930 PKT", "6pm EAT", "9-11 EST")),
    "numeric dates": (Kind.DATE, ("04/2011", "2011-04", "2009-7-3", "2011q2", "16q2")),
    "parts of the day": (Kind.DATE, (
        "afternoonish", "early hours of the morning", "after-school", "June 3 afternoon",
        "evening of June 3", "tomorrow evening between 6 and 8")),
    "weeks, weekends, seasons": (Kind.DATE, (
        "all week", "rest of the week", "this week end", "next season", "fall 2011")),
    "intervals": (Kind.DATE, (
        "Jan 3 thru 5", "3rd through 5th Jan", "from the 2nd to the 4th of September",
        "from 2001 through 2004", "between June 2 and June 9", "later than 3pm but before 5pm",
        "from 9 to 5", "Christmas Eve to Boxing Day", "anytime until noon")),
    "parts of months and years": (Kind.DATE, (
        "mid of May", "at the beginning of June", "EOM", "the end of 2012",
        "at the end of this week")),
    "cycles": (Kind.DATE, (
        "the following month", "coming quarter", "the year after 2010", "third month of the year",
        "the week of June 3", "4th quarter of 2010", "last yr", "next qtr")),
    "durations to times": (Kind.DATE, (
        "in 2 days at 6pm", "Monday in 2 weeks", "a week from Monday", "two weeks hence",
        "three mondays back", "for two weeks starting June 1", "June 1 for two weeks")),
    "holidays": (Kind.DATE, (
        "Orthodox Palm Sunday", "Branch Sunday", "Covenant Thursday", "Easter Mon",
        "Good Fri", "Feast of Weeks", "Yom Teruah", "Onam", "World Day of the Sick",
        "United Nations World Health Day", "Halloween day", "Earth Hour 2016")),
    "after lunch/work/school, tonight": (Kind.DATE, (
        "after school", "at lunch", "tonight at eleven", "this evening at 8",
        "Friday evening at 7", "midnight tonight")),
    "long weekends, instants": (Kind.DATE, (
        "labor day weekend", "memorial day weekend", "EOD", "the EOY", "right now",
        "at this time", "tmrw")),
    "<cycle> after|before <time>": (Kind.DATE, (
        "the week after Easter", "the month before last", "the day after tomorrow",
        "two weeks after next Monday")),
    "last|next <duration>, hence, ago": (Kind.DATE, (
        "next five minutes", "past 2 days", "2 hours hence", "a fortnight ago",
        "7 weeks from now")),
    "until / from / by <time>": (Kind.DATE, (
        "until 10pm", "sometime before 9am", "since 8 am", "by end of next week",
        "by the end of March")),
    "<duration> and <duration>": (Kind.DURATION, (
        "ten hours and thirty minutes", "45 minutes and 30 seconds", "a week and two days",
        "2 hours 15m")),
    "numerals": (Kind.QUANTITY, (
        "zilch", "fourty two", "six dot five", "point seven five", "2,345,678.9", "7K",
        "negative 12", "two thousand and twelve people", "eight hundreds", "a couple of dozen",
        "minus twelve hundred", "four crore")),
}


def main(argv: list[str]) -> int:
    """Print each family's count read and its misses (all phrases with `--all`)."""
    show_all = "--all" in argv
    total = read = 0
    for family, (kind, phrases) in FAMILIES.items():
        misses = []
        for phrase in phrases:
            try:
                value = normalize(phrase, reference=REFERENCE)
            except NormalizationError as err:
                misses.append(f"    refused {phrase!r}: {err}")
                continue
            if value.kind is not kind:
                misses.append(f"    as {value.kind.value} {phrase!r}: {value.render()}")
            elif show_all:
                misses.append(f"    read    {phrase!r}: {value.render(value.support)}")
        ok = len(phrases) - sum(not m.startswith("    read") for m in misses)
        total, read = total + len(phrases), read + ok
        print(f"{family:32} {ok:3}/{len(phrases):<3}")
        for line in misses:
            print(line)
    print(f"{'ALL':32} {read:3}/{total:<3}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
