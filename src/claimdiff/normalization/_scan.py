"""`scan_temporal`: the grammar's rules run over running text.

Every rule's matches are candidates; the longest win (leftmost first, rule
order breaking ties), and a duration followed by `after` / `before` and a date
is merged into one relative date. Words that are dates only in some contexts
(`May`, `fall`, a bare number like `2000`, `the nineties`, `daily`) are kept
only in those contexts.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from claimdiff.errors import NormalizationError
from claimdiff.normalization._api import DateLike, to_ordinal
from claimdiff.normalization._business_days import BUSINESS, scan_business_days
from claimdiff.normalization._casefold import fold_case_variants, out_of_range
from claimdiff.normalization._context import Context
from claimdiff.normalization._grammar import WHOLE_ONLY, grammar
from claimdiff.normalization._relative import relative_value
from claimdiff.normalization._temporal import RESOLVERS, read_temporal
from claimdiff.normalization._temporal_en import AFTER_WORDS
from claimdiff.normalization._tense import _INTENT_BEFORE, CLAUSE, FUTURE, starts_ahead
from claimdiff.normalization._value import Kind, Value

Found = tuple[int, int, "Value | None"]

# Words after which a bare month, season or year is a date ("in May", "last fall").
_CUES = {"in", "of", "on", "since", "until", "till", "by", "from", "to", "through", "during",
         "before", "after", "early", "late", "mid", "last", "next", "this", "the", "between",
         "and", "or", "around", "throughout", "that", "each", "every", "past"}
# Words after which a four-digit number is a count, not a year.
_COUNT_CUES = {"than", "about", "some", "nearly", "almost", "around", "over", "under", "to",
               "approximately", "roughly", "least", "most", "only", "just", "$", "the"}
# Words after which a number is a count.
_COUNT_NOUNS = {"people", "percent", "times", "troops", "soldiers", "km", "miles"}
# Recurrence adverbs that are never adjectives.
_ADVERB_ONLY = {"annually"}
_AMBIGUOUS_MONTHS = {"may", "march", "jan", "mar", "jun", "sat", "sun", "wed"}


_LOOK = 64
"""How far the context checks look around a match: enough for a word and its spacing,
and bounded, so that many matches in one long sentence cost linear time."""
_PREV = re.compile(r"([\w$']+)\W*$")
_NEXT = re.compile(r"\s+([\w']+)")


def _prev_word(text: str, start: int) -> str:
    m = _PREV.search(text, max(0, start - _LOOK), start)
    return m.group(1).lower() if m else ""


def _after_currency(text: str, start: int) -> bool:
    return start > 0 and text[start - 1] in "$€£"


def _next_word(text: str, end: int) -> str:
    m = _NEXT.match(text, end, end + _LOOK)
    return m.group(1) if m else ""


def _plausible(name: str, m: re.Match[str], text: str) -> bool:
    """Context checks for words that are dates only sometimes."""
    groups = m.groupdict()
    prev = _prev_word(text, m.start())
    if name in ("month", "season"):
        bare = not (groups.get("year") or groups.get("pw") or groups.get("pn")
                    or groups.get("shift"))
        key = groups.get("mon") or groups.get("season") or ""
        if name == "month" and not key[:1].isupper():
            return False
        if bare and (name == "season" or key.lower() in _AMBIGUOUS_MONTHS):
            return prev in _CUES
        return True
    if name == "set" and groups.get("adverb"):
        # "daily", "monthly" qualify a noun as often as they time a verb ("the daily
        # briefing", "monthly sales"); only the adverb-only forms count in running text.
        return groups["adverb"].lower() in _ADVERB_ONLY
    if name == "range":
        return _plausible_range(groups, m, text, prev)
    if name == "decade" and groups.get("decw"):
        # "the nineties", "the early eighties"; not "in his nineties" (an age).
        return bool(groups.get("cw") or groups.get("pw") or groups.get("pn")) \
            or m.group(0).lower().startswith("the") or prev == "the"
    if name in ("mdy", "dmy", "weekday"):
        key = groups.get("mon") or groups.get("wd") or ""
        return key[:1].isupper()
    if name == "year" and groups.get("year") and not (groups.get("pw") or groups.get("pn")):
        if "year" in m.group(0).lower() or "fiscal" in m.group(0).lower():
            return True
        nxt = _next_word(text, m.end())
        if prev in _COUNT_CUES or _after_currency(text, m.start()):
            return False
        if nxt.lower() in _COUNT_NOUNS:
            return False
        return 1900 <= int(groups["year"]) <= 2100 or prev in _CUES
    return True


def _plausible_range(groups: dict[str, str | None], m: re.Match[str], text: str,
                     prev: str) -> bool:
    """A range names capitalized months, and its years are not counts ("1500-2000 troops")."""
    for key in ("a_mon", "a_dmon", "b_mon", "b_dmon"):
        if groups.get(key) and not (groups[key] or "")[:1].isupper():
            return False
    if groups.get("a_y"):
        if prev in _COUNT_CUES - {"the", "to"} or _after_currency(text, m.start()):
            return False
        return _next_word(text, m.end()).lower() not in _COUNT_NOUNS
    return True


class _Future:
    """Whether a date found in running text is read forward (`reads_forward`), each
    sentence searched once.

    A sentence runs from the last ". " or newline before the match to the first
    one after it; breaks are found once and looked up by bisection, whether the
    sentence speaks of the future is decided once per sentence, and the intent
    words right before the date ("for", "until") are looked for in a short window:
    many matches in one long sentence cost linear time, not quadratic.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.dots = [m.start() for m in re.finditer(r"\. ", text)]
        self.lines = [m.start() for m in re.finditer("\n", text)]
        self.seen: dict[tuple[int, int], bool] = {}
        self.cuts: dict[tuple[int, int], list[int]] = {}

    def __call__(self, start: int, end: int) -> bool:
        dots, lines = self.dots, self.lines
        i, j = bisect_right(dots, start - 2), bisect_right(lines, start - 1)
        left = max(dots[i - 1] if i else -1, lines[j - 1] if j else -1)
        if _INTENT_BEFORE.search(self.text, max(left + 1, start - 64), start):
            return True
        i, j = bisect_left(dots, end), bisect_left(lines, end)
        right = min(dots[i] if i < len(dots) else len(self.text),
                    lines[j] if j < len(lines) else len(self.text))
        # Only the date's own clause counts (`reads_forward`); a sentence's clause
        # breaks are found once.
        if (left, right) not in self.cuts:
            self.cuts[left, right] = [m.start() for m in
                                      CLAUSE.finditer(self.text, left + 1, right)]
        cuts = self.cuts[left, right]
        k = bisect_right(cuts, start)
        key = (cuts[k - 1] if k else left + 1, cuts[k] if k < len(cuts) else right)
        if starts_ahead(self.text, max(left + 1, start - 64), start, key):
            return True
        if key not in self.seen:
            self.seen[key] = FUTURE.search(self.text, key[0], key[1]) is not None
        return self.seen[key]


def _candidates(text: str, ctx: Context) -> list[tuple[int, int, int, Value | None]]:
    g = grammar()
    forward = replace(ctx, future=True)
    found: list[tuple[int, int, int, Value | None]] = []
    runnable = set(g.rules_for(text))
    in_future = _Future(text)
    for rank, (name, resolver) in enumerate(RESOLVERS.items()):
        if name not in runnable or name in WHOLE_ONLY:
            continue
        for m in g.rules[name].finditer(text):
            if m.end() == m.start() or not _plausible(name, m, text):
                continue
            future = in_future(m.start(), m.end())
            try:
                value = resolver(m, forward if future else ctx, m.group(0))
            except NormalizationError:
                value = None
            except (ValueError, OverflowError) as err:
                if not out_of_range(err):
                    raise
                value = None  # found, but outside the years claimdiff can place
            else:
                if value is None:
                    continue
            found.append((m.start(), m.end(), rank, value))
    if BUSINESS.search(text):  # "15 working days": longer than the bare "days" it holds
        found.extend((s, e, -1, v) for s, e, v in scan_business_days(text, ctx))
    return found


def _select(found: list[tuple[int, int, int, Value | None]]) -> list[Found]:
    chosen: list[tuple[int, int, int, Value | None]] = []
    # Characters already taken by a chosen match: one overlap test costs the
    # candidate's length, not the number of matches chosen so far.
    taken = bytearray(max((c[1] for c in found), default=0))
    for cand in sorted(found, key=lambda c: (c[0] - c[1], c[2], c[0])):
        if taken.find(1, cand[0], cand[1]) < 0:
            chosen.append(cand)
            taken[cand[0]:cand[1]] = b"\x01" * (cand[1] - cand[0])
    return [(s, e, v) for s, e, _, v in sorted(chosen)]


_AGO = re.compile(r"\bago$", re.IGNORECASE)
_AGO_DAY = re.compile(r"(?:today|yesterday|tomorrow|this\s+(?:week|month)|(?:last\s+)?"
                      r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)", re.IGNORECASE)
"""The day a span back is counted from: "a week ago *today*", "a year ago *this week*"."""


def _merge_relative(text: str, spans: list[Found], ctx: Context) -> list[Found]:
    g = grammar()
    after = {w.split()[0] for w in AFTER_WORDS}
    out: list[Found] = []
    i = 0
    while i < len(spans):
        start, end, value = spans[i]
        if i + 1 < len(spans) and value is not None and _AGO.search(text, start, end) \
                and text[end:spans[i + 1][0]].isspace() \
                and _AGO_DAY.fullmatch(text, spans[i + 1][0], spans[i + 1][1]):
            # "A week ago today" is one day; "today" alone would be the day of writing.
            joined = read_temporal(text[start:spans[i + 1][1]], ctx) if ctx.reference else None
            out.append((start, spans[i + 1][1], joined))
            i += 2
            continue
        if i + 1 < len(spans) and value is not None and value.kind is Kind.DURATION:
            n_start, n_end, n_value = spans[i + 1]
            link = g.connector.fullmatch(text[end:n_start])
            if link and n_value is not None and n_value.kind is Kind.DATE:
                sign = 1 if link["dir"].lower().split()[0] in after else -1
                merged = relative_value(text[start:n_end], n_value, value, sign, [])
                out.append((start, n_end, merged))
                i += 2
                continue
        out.append((start, end, value))
        i += 1
    return out


def scan_temporal(text: str, *, reference: DateLike = None) -> list[Found]:
    """Find the time and duration expressions in running `text`.

    Returns `(start, end, value)` character spans in order; `value` is `None`
    for an expression found but not placeable (no reference, for instance).
    """
    ctx = Context(to_ordinal(reference), {})
    text = fold_case_variants(text)  # same length: spans hold
    return _merge_relative(text, _select(_candidates(text, ctx)), ctx)
