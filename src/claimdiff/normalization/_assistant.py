"""Dates as people write them to a calendar or an assistant, rewritten for the whole reader.

Kinds, each a rule of English rather than a list of phrases:

* one step past "next" or before "last": "the day after next" is the day after tomorrow,
  "the day before last" the day before yesterday; "the month/year after next" is two
  of them on from the reference's, "the month/year before last" two back, named by its
  date so the grammar reads it (the weeks: `_phrasings.py`);
* "the rest of the week/month/year" is "the rest of this ..." (from now to its end), "the
  rest of the day" "later today";
* "all day tomorrow", "tomorrow all day", "the whole day on Friday": the day itself;
* a deadline after its date: "Friday at the latest", "at the latest by Friday" are "by
  Friday";
* the order of "early" and a day's part: "tomorrow morning early" is "early tomorrow
  morning"; "the morning after tomorrow" is "the day after tomorrow in the morning";
* a weekday and a day of the month after "next"/"this"/"coming" ("next Tuesday the 19th"):
  the day the weekday and the number name together ("Tuesday the 19th", which the
  weekday check holds to one day); "Friday 13th" is "Friday the 13th";
* a month glued to its day ("Feb13", "13Feb"), and "week-end" ("this week end") for "weekend";
* weekdays counted: "two Fridays ago" ("back") is the second Friday before the reference,
  "three Mondays from now" the third after it, "2 Fridays from tomorrow" the second after
  tomorrow; "Friday two weeks ago" is "two weeks ago Friday";
  "Mon-Fri", "Mon/Tue" a span of weekdays, "March/April" (and "March/April 2015") of months;
* "the weekend after next" is the weekend after next weekend, "the weekend before last"
  the one before last weekend;
* "the night before last" is the night of the day before yesterday; "Saturday night last
  week", "Friday morning of next week" the part of that weekday of the named week;
* "Monday next", "Friday last", "June last" are "next Monday", "last Friday", "last
  June" (the British order); "on the 3rd of next month" is "the 3rd of next month";
* "3pm-ish" is "around 3pm"; "the last (few) days of March" is "late March", "the first
  few days of June" "early June" (a count left vague is the month's or week's part).
"""

from __future__ import annotations

import re
from datetime import date

from claimdiff.normalization._context import Context
from claimdiff.normalization._period_names import MONTH_NAMES
from claimdiff.normalization._temporal_en import MONTHS, WEEKDAYS

__all__ = ["assistant_rewrites", "weekdays_from"]

_WD = "|".join(sorted((re.escape(w.rstrip(".")) for w in WEEKDAYS), key=len, reverse=True))
_MON = "|".join(sorted((re.escape(m.rstrip(".")) for m in MONTHS), key=len, reverse=True))
_DAY_PAST = re.compile(r"(?:the\s+)?day\s+(?P<rel>after\s+next|before\s+last)", re.IGNORECASE)
_WEEKEND_PAST = re.compile(r"(?:the\s+)?weekend\s+(?P<rel>after\s+next|before\s+last)",
                           re.IGNORECASE)
_UNIT_PAST = re.compile(r"(?:the\s+)?(?P<unit>month|year)\s+(?P<rel>after\s+next|before\s+"
                        r"last)", re.IGNORECASE)
_REST_OF = re.compile(r"(?:for\s+|during\s+)?the\s+rest\s+of\s+the\s+(?P<u>day|week|month|year)",
                      re.IGNORECASE)
_ALL_DAY = re.compile(r"(?:all\s+day|the\s+whole\s+day|the\s+entire\s+day)\s+(?:on\s+)?"
                      r"(?P<a>\S.*)|(?P<b>\S.*?)\s+(?:all\s+day(?:\s+long)?)", re.IGNORECASE)
_LATEST = re.compile(r"(?P<a>\S.*?),?\s+at\s+the\s+(?:very\s+)?latest|at\s+the\s+(?:very\s+)?"
                     r"latest,?\s+(?:by\s+|on\s+)?(?P<b>\S.*)", re.IGNORECASE)
_EARLY_AFTER = re.compile(r"(?P<day>\S.*?)\s+(?P<part>morning|evening)\s+early", re.IGNORECASE)
_PART_AFTER_DAY = re.compile(r"(?:the\s+)?(?P<part>morning|afternoon|evening)\s+(?P<day>after\s+"
                             r"tomorrow|before\s+yesterday)", re.IGNORECASE)
_NEXT_WD_NTH = re.compile(rf"(?:next|this|coming)\s+(?P<wd>{_WD})\.?,?\s+(?:the\s+)?"
                          rf"(?P<n>\d{{1,2}}(?:st|nd|rd|th)?)", re.IGNORECASE)
_WD_NTH = re.compile(rf"(?P<wd>{_WD})\.?,?\s+(?P<n>\d{{1,2}}(?:st|nd|rd|th))", re.IGNORECASE)
_GLUED = re.compile(rf"\b(?:(?P<mon>{_MON})\.?(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})(?P<mon2>{_MON}))"
                    rf"\b", re.IGNORECASE)
_WD_SPAN = re.compile(rf"(?P<a>{_WD})\.?\s*(?:-|–|/|\bthru\b|\bthrough\b)\s*(?P<b>{_WD})\.?",
                      re.IGNORECASE)
# "March/April", "Nov./Dec.": two months of one stretch, read as the span (Duckling's
# `<datetime>/<datetime>` of one grain); "March or April" has the same hull.
_MON_SLASH = re.compile(rf"(?P<a>{_MON})\.?\s*/\s*(?P<b>{_MON})\.?(?P<rest>\s+\S.*)?",
                        re.IGNORECASE)
_WD_AGO = re.compile(rf"(?P<wd>{_WD})\.?,?\s+(?P<span>(?:a|one|two|three|four|\d+)\s+weeks?\s+"
                     rf"(?:ago|from\s+now|hence))", re.IGNORECASE)
_N_WEEKDAYS = re.compile(rf"(?P<n>two|three|four|five|\d+)\s+(?P<wd>{_WD})s\s+(?P<dir>ago|back|"
                         rf"from\s+now|hence)", re.IGNORECASE)
# "2 Fridays from tomorrow", "three Sundays after Easter": the Nth of them after the anchor
# (Duckling's `<integer> <day-of-week> from <time>`); "from now" is `_N_WEEKDAYS`'.
_N_WEEKDAYS_FROM = re.compile(rf"(?P<n>two|three|four|five|\d)\s+(?P<wd>{_WD})s\s+(?P<dir>from|"
                              rf"after|before)\s+(?!(?:right\s+)?now$)(?P<anchor>\S.*)",
                              re.IGNORECASE)
_ISH = re.compile(r"(?P<t>(?:\S.*?)?\d\s*[ap]\.?\s?m\.?)\s*-?\s*ish", re.IGNORECASE)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5}
# (of a month or a week: the last days of a year are late December, not its last third)
_FEW_DAYS_OF = re.compile(r"(?:the\s+)?(?P<which>first|last|final|closing|opening)\s+(?:few\s+|"
                          r"couple\s+of\s+)?days\s+of\s+"
                          rf"(?P<x>(?:\S+\s+)?(?:{_MON}|month|week)\b.*)", re.IGNORECASE)
_PART_BEFORE_LAST = re.compile(r"(?:the\s+)?(?P<part>night|evening|morning|afternoon)\s+before\s+"
                               r"last", re.IGNORECASE)
_WD_PART_WEEK = re.compile(rf"(?P<wd>{_WD})\.?\s+(?P<part>night|evening|morning|afternoon)\s+"
                           r"(?:(?:of|from|in)\s+)?(?P<shift>last|next|this)\s+week",
                           re.IGNORECASE)
# "week-end", and "week end" after a word that picks one ("this week end", "every week end").
_WEEK_END = re.compile(r"\bweek-end(?P<s>s?)\b|\b(?P<w>this|next|last|that|the|past|every)\s+week"
                       r"\s+end(?P<s2>s?)\b", re.IGNORECASE)
# "Monday next", "Friday last", "June last", "Monday coming": the shift after its day or
# month, as British English writes it.
_SHIFT_AFTER = re.compile(rf"(?P<x>{_WD}|{_MON})\s+(?P<shift>next|last|coming)", re.IGNORECASE)
# "on the 3rd of next month": "on" before a date says nothing more.
_ON = re.compile(r"on\s+(?P<rest>(?:the\s+)?\d.*|the\s+\S+\s+of\s+.+)", re.IGNORECASE)


def _unit_moved(unit: str, steps: int, reference: int) -> str:
    """The month or year `steps` on from the reference's, as the grammar reads it."""
    ref = date.fromordinal(reference)
    if unit == "month":
        y, m = divmod(ref.month - 1 + steps, 12)
        return f"{MONTH_NAMES[m]} {ref.year + y}"
    return str(ref.year + steps)


def assistant_rewrites(phrase: str, ctx: Context) -> list[tuple[str, str]]:
    """Rewritings of `phrase` the grammar may read, each with the step that explains it."""
    out: list[tuple[str, str]] = []
    if m := _DAY_PAST.fullmatch(phrase):
        after = m["rel"].lower().startswith("after")
        out.append(("the day after tomorrow" if after else "the day before yesterday",
                    f"the day {m['rel']}: one day past {'tomorrow' if after else 'yesterday'}"))
    if (m := _UNIT_PAST.fullmatch(phrase)) and ctx.reference is not None:
        steps = 2 if m["rel"].lower().startswith("after") else -2
        out.append((_unit_moved(m["unit"].lower(), steps, ctx.reference),
                    f"the {m['unit'].lower()} {m['rel']}: {steps:+d} from the reference's"))
    if m := _WEEKEND_PAST.fullmatch(phrase):
        which = "next" if m["rel"].lower().startswith("after") else "last"
        out.append((f"the weekend {m['rel']} weekend", f"the weekend {m['rel']}: a weekend "
                     f"past {which} weekend"))
    if m := _REST_OF.fullmatch(phrase):
        unit = m["u"].lower()
        out.append(("later today" if unit == "day" else f"the rest of this {unit}",
                    "'the' unit is the reference's"))
    if (m := _ALL_DAY.fullmatch(phrase)) and not re.search(r"\d", m["a"] or m["b"] or ""):
        out.append((m["a"] or m["b"], "'all day': the whole of that day"))
    if m := _LATEST.fullmatch(phrase):
        out.append((f"by {m['a'] or m['b']}", "'at the latest': a deadline"))
    if m := _EARLY_AFTER.fullmatch(phrase):
        out.append((f"early {m['day']} {m['part']}", "'early' after the part of the day"))
    if m := _PART_AFTER_DAY.fullmatch(phrase):
        out.append((f"the day {m['day']} in the {m['part']}", "a part of a day named from now"))
    if m := _NEXT_WD_NTH.fullmatch(phrase):
        out.append((f"{m['wd']} the {m['n']}", "a weekday with its day of the month"))
    if m := _WD_NTH.fullmatch(phrase):
        out.append((f"{m['wd']} the {m['n']}", "a weekday with its day of the month"))
    glued = _GLUED.sub(lambda g: f"{g['mon']} {g['d']}" if g["mon"] else
                       f"{g['d2']} {g['mon2']}", phrase)
    if glued != phrase:
        out.append((glued, "a month and its day written together"))
    if m := _WD_SPAN.fullmatch(phrase):
        out.append((f"from {_full(m['a'])} to {_full(m['b'])}", "a span of weekdays"))
    if m := _MON_SLASH.fullmatch(phrase):
        out.append((f"from {m['a']} to {m['b']}{m['rest'] or ''}", "two months with a slash: "
                    "the span"))
    if m := _WD_AGO.fullmatch(phrase):
        out.append((f"{m['span']} {m['wd']}", "a weekday a number of weeks off"))
    if (m := _N_WEEKDAYS.fullmatch(phrase)) and ctx.reference is not None:
        out.append(_nth_weekday_off(m, ctx.reference))
    if m := _ISH.fullmatch(phrase):
        out.append((f"around {m['t']}", "'-ish': about"))
    if m := _FEW_DAYS_OF.fullmatch(phrase):
        early = m["which"].lower() in ("first", "opening")
        out.append((f"{'early' if early else 'late'} {m['x']}",
                    f"the {m['which'].lower()} (few) days of a period: its "
                    f"{'start' if early else 'end'}"))
    if m := _PART_BEFORE_LAST.fullmatch(phrase):
        out.append((f"the day before yesterday {_at_part(m['part'])}",
                    f"the {m['part'].lower()} before last: of the day before yesterday"))
    if m := _WD_PART_WEEK.fullmatch(phrase):
        out.append((f"{m['wd']} of {m['shift'].lower()} week {_at_part(m['part'])}",
                    "a weekday's part of a named week"))
    if m := _SHIFT_AFTER.fullmatch(phrase):
        out.append((f"{'this coming' if m['shift'].lower() == 'coming' else m['shift']} "
                    f"{m['x']}", f"'{m['x']} {m['shift']}': the shift after its day"))
    if m := _ON.fullmatch(phrase):
        out.append((m["rest"], "'on' before a date"))
    if (spaced := _WEEK_END.sub(lambda w: (f"{w['w']} " if w["w"] else "") + "weekend"
                                + (w["s"] or w["s2"] or ""), phrase)) != phrase:
        out.append((spaced, "'week-end' is 'weekend'"))
    return out


def weekdays_from(phrase: str) -> tuple[str, str] | None:
    """"2 Fridays from tomorrow" -> "the 2nd Friday after tomorrow", with its step."""
    if (m := _N_WEEKDAYS_FROM.fullmatch(phrase)) is None:
        return None
    n = int(m["n"]) if m["n"].isdigit() else _COUNT_WORDS[m["n"].lower()]
    nth = f"{n}{'st' if n == 1 else 'nd' if n == 2 else 'rd' if n == 3 else 'th'}"
    side = "before" if m["dir"].lower() == "before" else "after"
    return (f"the {nth} {_full(m['wd'])} {side} {m['anchor']}",
            f"{m['n']} {m['wd']}s {m['dir'].lower()} a day: the {nth} of them")


def _full(day: str) -> str:
    """A weekday's full name from any of its written forms."""
    key = day.lower()
    number = WEEKDAYS.get(key, WEEKDAYS.get(f"{key}."))
    names = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    return names[number] if number is not None else day


def _nth_weekday_off(m: re.Match[str], reference: int) -> tuple[str, str]:
    """"two Fridays ago": the second Friday before the reference (the latest one strictly
    before it is the first); "three Mondays from now" the third after it."""
    n = int(m["n"]) if m["n"].isdigit() else _COUNT_WORDS[m["n"].lower()]
    wd = WEEKDAYS.get(m["wd"].lower(), WEEKDAYS.get(f"{m['wd'].lower()}.", 0))
    ref = date.fromordinal(reference)
    if m["dir"].lower() in ("ago", "back"):
        first = reference - ((ref.weekday() - wd - 1) % 7 + 1)
        day = date.fromordinal(first - 7 * (n - 1))
    else:
        first = reference + ((wd - ref.weekday() - 1) % 7 + 1)
        day = date.fromordinal(first + 7 * (n - 1))
    return (f"{MONTH_NAMES[day.month - 1]} {day.day}, {day.year}",
            f"the {n}th {m['wd']} {m['dir'].lower()}: {day.isoformat()}")


def _at_part(part: str) -> str:
    """A part of the day as said after a day: "at night", "in the evening"."""
    return "at night" if part.lower() == "night" else f"in the {part.lower()}"
