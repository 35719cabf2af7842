"""Scores, tallies and odds ("beat Tavora 27-19", "by a 7-2 vote", "by 214 votes to 187",
"a 24-1 record", "sent off at 7-1") read as one value with their two sides.

A result written as two numbers is one thing a reader checks, both sides at once: it is
one value of dimension `score` (`score_value`), compared side by side. Two figures joined
by a dash are a score only where the words around them say so, as a reader decides: a verb
of winning, losing or voting before them ("won 3-1", "voted 7-2"), a result's noun after
them ("a 2-1 win", "the 5-4 vote", "a 12-4 record", "a 5-2 chance", "3-2 on penalties"),
a name on either side ("Leeds 3-1 Bristol"), odds ("odds of 5/1", "at 12-1"), or a score
before them in a list ("11-7, 9-11, 11-5").
Without such words they are a range ("5-7 per cent", "aged 18-24"), a date ("1-2 June",
"9/11"), a time or a code, and are left alone (`find_scores`). A phrase is read as a score
when it holds its own cue ("7-2 vote", "won 3-1"), or when it is a bare score that its
sentence cues (`score_in`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimdiff.normalization._interval import Interval
from claimdiff.normalization._value import Kind, Value

__all__ = ["find_scores", "score_in", "score_value"]

_N = r"\d{1,3}"
_VERBS = (r"beat|beats|beaten|beating|won|wins?|winning|lost|loses?|losing|defeat(?:s|ed|ing)?|"
          r"down(?:s|ed|ing)|edg(?:es|ed|ing)|thrash(?:es|ed|ing)|rout(?:s|ed|ing)|drew|drawn|"
          r"draw(?:s|ing)|vot(?:es|ed|ing)|led|leads|leading|trail(?:s|ed|ing)|tied|ties|tying|"
          r"split|finish(?:es|ed|ing)|end(?:s|ed|ing)|scored|scoring|pass(?:es|ed|ing)|"
          r"approv(?:es|ed|ing)|reject(?:s|ed|ing)|upheld|upholding|overturn(?:s|ed|ing)|"
          r"clinch(?:es|ed|ing)|seal(?:s|ed|ing)|secur(?:es|ed|ing)|claim(?:s|ed|ing)|took|taking")
"""Verbs of a result, a vote or a ruling, in their forms ("beat", "beating", "voted", "upheld")."""
_CUE = (rf"(?:\b(?:{_VERBS})\b"
        r"(?:\s+(?!(?:by|in|on|at|for|with|from)\b)[\w'’.-]+){0,3}?\s+"
        r"|\b(?:at|odds\s+of|score\s+of|scoreline\s+of|record\s+of|tally\s+of)\s+)")
_SCORE = re.compile(rf"(?<![\w.,/:-])(?P<a>{_N})(?:\s?[-–]\s?|(?P<slash>/)|\s+votes?\s+to\s+)"
                    rf"(?P<b>{_N})"
                    r"(?![\d/:%-]|[.,]\d|\s*(?:per|a\.?m\b|p\.?m\b))", re.IGNORECASE)
_BEFORE = re.compile(_CUE + r"$", re.IGNORECASE)
_ODDS = re.compile(r"\b(?:at|odds\s+of)\s+$", re.IGNORECASE)
"""Odds may be written as a fraction ("at 5/1", "odds of 9/4"); other scores take a dash."""
_AFTER = re.compile(
    r"\s+(?:win|victory|defeat|loss|draw|vote|verdict|majority|scoreline|result|record|"
    r"decision|ruling|split|lead|chance|shot|favourite|favorite|outsider|"
    r"on\s+(?:aggregate|penalties|pens))\b", re.IGNORECASE)
_NAMED_BEFORE = re.compile(
    r"(?<![\w.])(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|"
    r"Sun|Ages?|Years?|Grades?|Class(?:es)?|Levels?|Pages?|Chapters?|Sections?|Articles?|"
    r"Rooms?|Nos?|Numbers?|Items?|Rounds?|Stages?|Games?|Weeks?|Days?|Routes?|Units?|Figures?|"
    r"Tables?|Verses?|Psalms?|Platforms?|Gates?|Lanes?|Holes?|Zones?|Phases?|Steps?|Parts?|"
    r"Series|Models?|Vol)\b)[A-Z][\w'’.-]*[a-z]\s$")
_NAMED_AFTER = re.compile(r"\s(?!(?:January|February|March|April|May|June|July|August|"
                          r"September|October|November|December)\b)[A-Z][a-z]")
"""A result between two named sides, as results tables and live reports write it ("Marathwada
Mavericks 41-37 Konkan Chargers", "Leeds 3-1 Bristol"): a name right before and right after."""
_ODDS_AFTER = re.compile(r"\s+(?:chance|shot|favourite|favorite|outsider)\b", re.IGNORECASE)
_LISTED = re.compile(r"(?:,\s*|\s+and\s+|\s*,\s+and\s+)$", re.IGNORECASE)
"""A score after another in a list ("won 11-7, 9-11 and 11-5")."""
_ENDS = re.compile(
    r"\s*(?:[.,;:)|]|$)|\s+(?:in|on|at|against|to|over|with|after|before|and|but|for|as|"
    r"when|thanks|away|last|this|late|early)\b", re.IGNORECASE)
"""A result's clause goes on or ends after it: not "aged 18-24 *voters*", "3-4 *days*"; a
result's noun is singular ("a 7-2 vote"): "2-3 votes" is a range of votes."""
_WORDED = re.compile(r"\s+votes?\s+to\s+", re.IGNORECASE)
_LEADING = re.compile(r"\b(?:led|leads|leading|trailed|trails|trailing)\b(?:\s+[\w'’.-]+){0,3}?"
                      r"\s+$", re.IGNORECASE)
_STAGE = re.compile(
    r"\s+(?:lead\b|(?:at|by)\s+(?:half[- ]?time|the\s+(?:break|interval|turn)|the\s+end\s+of\s+"
    r"the\s+(?:first|second|third|1st|2nd|3rd)\b)|(?:after|in)\s+the\s+(?:first|second|third|"
    r"opening|1st|2nd|3rd)\s+(?:quarter|half|period|set|innings|round|leg|game|frame)|after\s+\d+"
    r"\s+minutes)", re.IGNORECASE)
"""A score at a stage of a game ("led 16-12 after the first quarter", "2-1 at half-time", "a
2-0 lead"): a running score, never compared with a final one (dimension `score:running`)."""

_STAGE_BEFORE = re.compile(r"\b(?:half[- ]?time|HT|at\s+the\s+(?:break|interval))\s*[:,–-]\s*"
                           r"(?:[\w'’.-]+\s+){0,4}$", re.IGNORECASE)
"""A score headed by its stage ("HALF-TIME: Chargers 22-18 Mavericks"): a running score."""

_WORD_NUMBERS = {w: k for k, w in enumerate(
    "nil one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
_SIDE = rf"(?:{_N}|{'|'.join(_WORD_NUMBERS)})"
_TO = re.compile(rf"(?<![\w.,/:-])(?P<a>{_SIDE})\s+(?P<noun>(?:votes?|goals?|points?)\s+)?to\s+"
                 rf"(?P<b>{_SIDE})\b(?![\d/:%-]|[.,]\d)", re.IGNORECASE)
"""A result said with "to" ("voted 6 to 3", "voted five to two", "by two goals to one", "by
five votes to two"): after a verb of a result or "by" before a side's noun."""
_BY = re.compile(r"\bby\s+$", re.IGNORECASE)
_VERB_BEFORE = re.compile(rf"\b(?:{_VERBS})\b(?:\s+(?!(?:by|in|on|at|for|with|from)\b)"
                          r"[\w'’.-]+){0,3}?\s+$", re.IGNORECASE)
"""A verb of a result right before ("voted 6 to 3"): not "at", which says a time ("at ten to
nine")."""
_WHEN_AFTER = re.compile(r"\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|"
                         r"tonight)\b", re.IGNORECASE)
"""A vote's day after it ("voted five to two Thursday night")."""


def _side(word: str) -> int:
    return int(word) if word.isdigit() else _WORD_NUMBERS[word.lower()]


def _said_with_to(chunk: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, Value]]:
    """The scores of `chunk` said with "to" (`_TO`) that no dashed score overlaps."""
    out = []
    for m in _TO.finditer(chunk):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        before = chunk[max(0, m.start() - 60):m.start()]
        if m["noun"] and (_BY.search(before) or _VERB_BEFORE.search(before)) or (
                not m["noun"] and _VERB_BEFORE.search(before)
                and (_ENDS.match(chunk, m.end()) or _WHEN_AFTER.match(chunk, m.end()))):
            out.append((m.start(), m.end(), score_value(m.group(), _side(m["a"]),
                                                        _side(m["b"]))))
    return out


def find_scores(chunk: str) -> list[tuple[int, int, Value]]:
    """Every score, tally or odds in `chunk` as `(start, end, value)`: after a verb of
    winning or voting ("beat Tavora 27-19", "voted 7-2"), before a result's noun ("the
    27-16 win", its noun kept in the phrase), as odds ("at 12-1"), or listed after another
    score."""
    out: list[tuple[int, int, Value]] = []
    last_end = -1
    for m in _SCORE.finditer(chunk):
        before = chunk[max(0, m.start() - 60):m.start()]
        listed = last_end >= 0 and _LISTED.fullmatch(chunk, last_end, m.start()) is not None
        if m.group("slash"):
            # a fraction, a date ("9/11") or odds: odds only where the words say so
            if not ((_ODDS.search(before) and _ENDS.match(chunk, m.end()))
                    or _ODDS_AFTER.match(chunk, m.end())):
                continue
        elif not (_WORDED.search(m.group()) or _AFTER.match(chunk, m.end()) or (
                (listed or _BEFORE.search(before)) and _ENDS.match(chunk, m.end()))
                or (_NAMED_BEFORE.search(before) and _NAMED_AFTER.match(chunk, m.end()))):
            continue  # a range ("18-24 year-olds", "3-4 days"), a code or a date
        # a result's noun after it is part of the phrase: "the 5-4 vote" reads alone
        noun = _AFTER.match(chunk, m.end())
        end = noun.end() if noun else m.end()
        running = bool(_LEADING.search(before) or _STAGE.match(chunk, m.end())
                       or _STAGE_BEFORE.search(before))
        out.append((m.start(), end, score_value(chunk[m.start():end], int(m.group("a")),
                                                int(m.group("b")), running=running)))
        last_end = m.end()
    return sorted([*out, *_said_with_to(chunk, [(s, e) for s, e, _ in out])],
                  key=lambda x: x[0])


def score_value(text: str, first: int, second: int, *, running: bool = False) -> Value:
    """`text` read as a score of `first` to `second`, in the order written: a quantity of
    dimension `score` (`score:running` for a score at a stage of a game) whose core is its
    larger side (what pairing reads as its figure); its sides are what a comparison reads."""
    point = Interval.point(float(max(first, second)))
    what = "a running score" if running else "a score"
    return Value(kind=Kind.QUANTITY, text=text, core=point, support=point,
                 dimension="score:running" if running else "score", granularity="1",
                 sides=(first, second),
                 steps=(f"{what} of {first} to {second}, its two sides compared apart",))


_TWO = re.compile(rf"\d\s?[-–/]\s?\d|{_SIDE}\s+(?:(?:votes?|goals?|points?)\s+)?to\s+{_SIDE}\b",
                  re.IGNORECASE)


def score_in(text: str, context: str | None) -> Value | None:
    """`text` as a score: one that holds its cue ("7-2 vote", "won 3-1"), or a bare score
    ("7-2") that its sentence `context` cues where it stands; `None` otherwise."""
    if _TWO.search(text) is None:
        return None
    phrase = text.strip()
    for where in (phrase, context or ""):
        for s, e, value in find_scores(where):
            if where is phrase or where[s:e] == phrase:
                return replace(value, text=text)
    return None
