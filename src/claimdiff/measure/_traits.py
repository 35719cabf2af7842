"""What tells a figure apart, read in its sentence: a role said far in its clause, a plan,
an age a rule sets, a span it sums over, a rate's period, the attribute its own words end on,
what befell people at a date, whose age an unnamed person's is (`_read` builds each
`Measurement` with them)."""

from __future__ import annotations

import re

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._holder import Tok, tokens
from claimdiff.measure._roles_said import qualifiers
from claimdiff.measure._what import content
from claimdiff.measure._window import copula_subject
from claimdiff.normalization import Kind, Value

ROLE_REACH = 4
"""How far from a value a role word qualifies it."""
RATE_PERIOD = re.compile(r"(?i)(?:a|an|per|each)\s+[a-z]+$")
AMOUNT_BEFORE = re.compile(r"(?i)(?:\d|million|billion|thousand|bn|m|per\s?cent|%)\s*$")
"""A duration written "a year" right after an amount ("$12 million a year") is the period of
a rate, read as no duration of its own."""
SPAN = 30
"""How far after a value its span may be said: "$41 million on the Arden plant over five
years"; as far as its clause runs (`words_after` stops at a comma, a conjunction or another
figure), for a span is said of the whole clause: "14,200 sockeye have been counted at the
Kettle Falls weir so far this season"."""
PER = re.compile(r"(?i)\s+(?:a|an|per|each)\s+(hour|day|week|month|year)s?\b"
                 r"(?!\s+(?:earlier|ago|before|later|on)\b)")
"""A rate's period after its amount: "$12 *a month*" is no "$41 *a year*"; "a year earlier"
dates a base, no rate."""
_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january
february march april may june july august september october november december""".split())
NEAR_CONTRASTS = frozenset({"scope", "direction"})
"""Contrasts read only beside the value or in its own words: "95 prisoners *each* on
Wednesday" says how many each side freed, not which day; "*rose* 12%" is the change's own."""


def origin_of(toks: list[Tok], last: int) -> str | None:
    """The place a distance is measured from, named within a few words after it: "69 km
    *from* Sarn", "33 km from the capital, *Vell*", "20 km north *of* Sarn" (as a key); for
    "of it", the thing named last before the figure other than the sentence's subject (an
    object pronoun is never its own clause's subject: "swung around the *Sun*, passing within
    95 million km of it")."""
    ahead = toks[last:last + 3]
    at = next((k for k, t in enumerate(ahead) if t.text.lower() in ("from", "of")), None)
    if at is None:
        return None
    if last + at + 1 < len(toks) and toks[last + at + 1].text.lower() == "it":
        return next((t.key for k, t in reversed(list(enumerate(toks[:last]))) if k
                     and t.text[0].isupper() and t.text.isalpha()
                     and t.text.lower() not in _CALENDAR), None)
    for t in toks[last + at + 1:last + at + 6]:
        if t.text in ".;:()":
            return None
        if t.text[0].isupper():
            return t.key
    return None


def far_role(lead: list[Tok], toks: list[Tok]) -> str | None:
    """A role said in the value's clause before it, out of the close window: what a party
    demands or offers. Not a forecast ("The company *expects* to book a charge of $310m" is
    its own figure, against "put the cost at $240m"), nor a role a report often leaves
    unsaid (a subject's "maximum sustained winds" is no maximum of a pressure). `lead` runs
    back from the value: a clause "after", "before" or "since" opens ("were *promised* their
    jobs are safe after the sawmill agreed to a €68m takeover") ends it, the role there
    being another clause's."""
    opened = next((k for k, t in enumerate(lead) if k and t.key in _OPENING
                   and (lead[k - 1].key in _OPENS or lead[k - 1].text[:1].isupper())), None)
    role = qualifiers(lead[:opened], toks)[0]
    return None if role in lex.UNSAID_ROLES or role == "forecast" else role


_OPENING = lex.keyed("after before since")
_OPENS = lex.keyed("the a an its their his her this that it they he she we")
"""Words after which "after" opens a clause of its own: "after *the* sawmill agreed", not
"after tax"."""


def befell_at(toks: list[Tok], first: int) -> str | None:
    """What befell people at a date or time, from the verb it follows: "was *arrested* on 8
    May", "were *evacuated* at 3 a.m." (a class of `lex.OUTCOMES`), else `None`."""
    for t in reversed(toks[max(first - 4, 0):first]):
        if t.key in lex.STOP or t.text[0].isupper():
            continue
        said = lex.CLASS_OF.get(t.key)
        return said if said in lex.OUTCOMES else None
    return None


def whose_age(toks: list[Tok], first: int, last: int) -> str | None:
    """The noun of the unnamed person an age is said of: "The *victim*, 12", "a 41-year-old
    *man*", "the youngest *victim* was 15" (folded like context)."""
    def noun(t: Tok) -> bool:
        return t.text.isalpha() and t.text.islower() and t.key not in lex.STOP
    if first >= 3 and toks[first - 1].key == "aged" and toks[first - 2].text == ",":
        first -= 1  # "a third suspect, aged 41": as "the suspect, 41"
    if first >= 2 and toks[first - 1].text == "," and noun(toks[first - 2]):
        return next(iter(content([toks[first - 2]])), None)
    head = None  # "a 34-year-old ski instructor who": the last noun of the run is its head
    for t in toks[last:last + 3]:
        if not noun(t) or t.text.endswith(("ed", "ing")):
            break
        head = t
    if head is not None:
        return next(iter(content([head])), None)
    said = [t for t in reversed(copula_subject(toks, first))
            if noun(t) and t.key not in lex.CONTRAST_OF]  # not "youngest"
    return next(iter(content(said[:1])), None)


def planned(before: list[Tok]) -> bool:
    """"due to" before a verb, close before the value: "had been *due to* leave Monday" (not
    "cancelled due to the storm")."""
    words = [t.text.lower() for t in reversed(before[:ROLE_REACH + 1])]
    return any(w == "due" and words[k + 1:k + 2] == ["to"] and k + 2 < len(words)
               and _base_verb(words[k + 2]) for k, w in enumerate(words))


def _base_verb(word: str) -> bool:
    from lemminflect import getAllLemmas  # its tables load on first use, not on import

    return getAllLemmas(word).get("VERB", ("",))[0] == word


_RULED = frozenset(lex.key(w) for w in """
voting retirement pension drinking driving legal minimum consent marriage criminal
""".split())
"""Ages a rule sets ("the voting age", "the retirement age"): limits, not anyone's age."""


def ruled_age(before: list[Tok]) -> bool:
    keys = [t.key for t in before[:ROLE_REACH + 1]]
    return any(k == "age" and keys[n + 1:n + 2] and keys[n + 1] in _RULED
               for n, k in enumerate(keys))


def summed(value: Value) -> bool:
    """A count or a sum of money: what a span adds up ("41 goals this season"); not a time
    taken ("her first gold of her career in 10.71 seconds")."""
    return value.kind is Kind.QUANTITY and (value.dimension in (None, "count")
                                            or value.dimension.startswith("currency"))


def attribute(inside: list[Tok], dimension: str) -> str | None:
    """The attribute a quantity's own words end on: "12 metres *high*", "41 metres *deep*";
    not one naming its own dimension ("12.7 km *long*" says only that it is a length)."""
    last = inside[-1] if inside else None
    if last is None or not last.text.isalpha() or last.key not in lex.CLASS_OF \
            or last.key in lex.GENERIC or lex.CLASS_OF[last.key] == dimension:
        return None
    return last.text


_WON = frozenset(lex.key(w) for w in """
win won wins beat beats beaten defeat defeated lead leads led trail trails trailed edge
edged ahead behind
""".split())


_LEADS = frozenset(lex.key(w) for w in ("lead", "margin", "gap", "advantage", "cushion"))
_LEFT = frozenset(("behind", "adrift"))
"""Where a loser was left ("9.2 points *behind*", "behind Halvik"), not a place ("behind
bars"). Not "ahead" or "clear", said of a winner as often with a margin its other report
words otherwise ("held off Ekholm by 24 seconds"), and of a day before its usual date."""


def margin(before: list[Tok], following: list[Tok]) -> bool:
    """"by" right before the value, after a verb of winning or leading: "won *by* 12 votes",
    "beat Dunmore by 3 points", "leads the race by 4 seats" say a margin, not a count; so
    does a lead the value modifies ("a two-score *lead*", "a 12-point *lead*") and where it
    leaves the one beaten ("left 9.2 points *behind*")."""
    return bool(before) and before[0].key == "by" and any(
        t.key in _WON for t in before[1:ROLE_REACH + 3]) or bool(
        following) and following[0].key in _LEADS or bool(following) and (
        following[0].text.lower() in _LEFT and (len(following) == 1 or not following[
            1].text[0].isalpha() or following[1].text[0].isupper()))


_SAID = frozenset(("said", "says", "told"))


def said_on(toks: list[Tok], first: int) -> bool:
    """A day the figure's source spoke on, not the day of the event: "the weather service
    *said* Monday", "police said on Tuesday"."""
    words = [t.text.lower() for t in toks[max(first - 2, 0):first]]
    return bool(words) and (words[-1] in _SAID or words[-2:] in (["said", "on"], ["says", "on"],
                                                                 ["told", "on"]))


_GROUPS = frozenset(lex.key(w) for w in """
youth young child children teen teenage juvenile female male women men elderly older
pensioner graduate rural urban long-term migrant foreign-born adult
""".split())
"""Groups of people a figure may be of: "*youth* unemployment", "unemployment among *women*"."""


def subgroup(toks: list[Tok], first: int, words: str | None) -> frozenset[str]:
    """The group the measured noun is said of, right before it or after its "among": "*Youth*
    unemployment rose to 31%", "unemployment among young people" (folded like context)."""
    if not words:
        return frozenset()
    head = words.split()[0]
    at = [k for k, t in enumerate(toks) if t.text == head]
    if not at:
        return frozenset()
    k = min(at, key=lambda n: abs(n - first))
    group = [t for t in toks[max(k - 1, 0):k] if t.key in _GROUPS]
    if toks[k + 1:k + 2] and toks[k + 1].key == "among":
        group += [t for t in toks[k + 2:k + 4] if t.key in _GROUPS]
    return content(group)


def kind_counted(noun: str | None, measured: str | None, dimension: str) -> frozenset[str]:
    """People counted by who they are with what befell them ("31 *students* were killed",
    "killed four *fans*"): a kind of the people it befell, told apart from a count of
    all of them ("12 people died"). Not jobs: "640 workers are to lose their jobs" is the
    jobs cut."""
    if dimension != "count" or not noun or measured not in lex.OUTCOMES or measured == "jobs":
        return frozenset()
    last = lex.key(noun.split()[-1])
    if last in lex.GENERIC or lex.CLASS_OF.get(last) == measured \
            or last in _STATUS_OF.get(measured, ()):
        return frozenset()
    return content(tokens(noun, 0, len(noun)))


_STATUS_OF = {"arrested": lex.keyed("suspect suspects accused"),
              "dead": lex.keyed("casualty casualties"),
              "injured": lex.keyed("victim victims")}
"""Nouns naming people by the status the outcome itself gives them: everyone arrested is a
suspect or an accused, everyone killed or hurt a casualty or a victim, so "nine suspects were
arrested" counts all of the arrested, not one kind of them (as "31 students were killed"
does)."""


_ANYONE = frozenset(lex.key(w) for w in ("people", "person", "individual", "one", "case",
                                           "figure", "number", "total", "amount", "sum"))
_PART_BEFORE = frozenset(lex.key(w) for w in ("among", "including", "alone", "amongst"))


def part_marked(toks: list[Tok], first: int, last: int, noun: str | None,
                share: bool = False) -> frozenset[str]:
    """A figure news writing marks as a part of a larger one: "*Among* the dead were 31
    children", "including 12 children", "In Penrose *alone*, 10 died", "In Carver, *one of
    the* worst-hit towns, 10 were killed", "12 *of whom* were children". What the part is
    (its noun, else the names before the mark, else the mark), folded like context."""
    before = [t.key for t in toks[:first]]
    mark = None if share else next(  # a share is a part only of "them" ("a third of them")
        (k for k in reversed(range(len(before))) if (
            before[k] in _PART_BEFORE or before[k:k + 3] == ["one", "of", "the"])
         and not _in_relative(toks, k, first)), None)
    follows = [t.key for t in toks[last:last + 3]]
    if mark is None and follows[:2] not in (["of", "whom"], ["of", "them"]) and not (
            not share and "among" in follows):  # "12 children were *among* the dead"
        return frozenset()
    if noun and lex.key(noun.split()[-1]) not in _ANYONE:
        return content(tokens(noun, 0, len(noun)))
    names = [t for t in toks[max((mark or 0) - 4, 0):mark or 0]
             if t.text[0].isupper() and t.key not in lex.STOP]
    return content(names) or frozenset({"part"})


def _in_relative(toks: list[Tok], k: int, first: int) -> bool:
    """The word at `k` is inside a relative clause closed before the value at `first`: "The
    work, which *included* tests on 96 mice, has been cited 2,000 times" marks no part."""
    close = next((c for c in range(k + 1, first) if toks[c].text == ","), None)
    if close is None:
        return False
    opened = next((j for j in range(k - 1, -1, -1) if toks[j].text == ","), None)
    return opened is not None and opened + 1 < len(toks) \
        and toks[opened + 1].text.lower() in _RELATIVES


_RELATIVES = frozenset(("which", "who", "whose", "whom", "that", "where"))
_CLAIMED = frozenset(lex.key(w) for w in ("claimed", "claims", "claiming"))


def claimed_sum(before: list[Tok], dimension: str) -> bool:
    """A sum a party claims or sues for: "claimed $12 in damages", "sued for $3 million" (not
    "police claimed 12 died", which reports a count)."""
    keys = [t.key for t in before[:2]]
    return dimension.startswith("currency") and bool(keys) and (
        keys[0] in _CLAIMED or keys[:2] == ["for", "sued"] or keys[:2] == ["for", "sue"])


def first_said(before: list[Tok]) -> bool:
    """"first" (or "originally", "initially") as an adverb before a verb that gives a figure:
    "*first* put its losses at $12 million", "*originally* costed at £195m" (an earlier figure;
    not "the first quarter", nor what happened first: "was *first seen* at a quarter past six")."""
    for k, t in enumerate(before[:ROLE_REACH + 4]):
        if t.text.lower() in _EARLIER_ADVERBS and k > 0 and before[k - 1].text.isalpha() and (
                before[k + 1].key not in _DETERMINERS if k + 1 < len(before) else True) \
                and before[k - 1].text.islower() and _verb(before[k - 1].text) \
                and before[k - 1].key in _GIVES_FIGURE:
            return True
    return False


_GIVES_FIGURE = lex.REPORTING | lex.keyed("give gave given value valued quote quoted calculate "
                                          "calculated assess assessed cost costed price priced "
                                          "budget budgeted")
"""Verbs that give a figure rather than tell what happened."""
_EARLIER_ADVERBS = frozenset(("first", "originally", "initially"))
_DETERMINERS = frozenset(("the", "its", "their", "his", "her", "a", "our", "this", "for"))


def _verb(word: str) -> bool:
    from lemminflect import getAllLemmas  # its tables load on first use, not on import

    return "VERB" in getAllLemmas(word.lower())


_LASTED = frozenset(lex.key(w) for w in ("lasted", "lasts", "continued", "lasting"))
_GOES_ON = frozenset(lex.key(w) for w in ("went", "goes", "dragged", "drags", "ran", "runs"))


_SPREAD_OVER = lex.keyed("over across")
_PHASED = lex.CHANGE | lex.keyed("""
cut cuts reduce reduced reduction lower lowered raise raised phase phased stagger staggered
spread introduce introduced""")
"""Changes spread over a span: the span is how long the change is phased in over."""


def what_lasted(toks: list[Tok], first: int, last: int, phrase: str) -> str | None:
    """The event a duration is said of: "a 12-day *strike*", "the *strike* had lasted 31
    hours", "*Talks* went on for 10 hours" (folded like context); `phase-in` for the span a
    change is spread over ("cut to 5% *over* five years"); else `None`."""
    if "-" in phrase and last < len(toks) and toks[last].text.isalpha() \
            and toks[last].key not in lex.STOP:
        return next(iter(content(toks[last:last + 1])), None)
    if first and toks[first - 1].key in _SPREAD_OVER and any(
            t.key in _PHASED for t in toks[max(first - 9, 0):first - 1]):
        return "phase-in"  # "cut to 5% over five years", "phased in over seven years"
    verb = next((k for k in range(first - 1, max(first - 5, 0) - 1, -1)
                 if toks[k].key in _LASTED or (toks[k].key in _GOES_ON and k + 1 < len(toks)
                                               and toks[k + 1].key == "on")), None)
    if verb is None:
        return None
    start = max((k + 1 for k in range(verb) if toks[k].text in ",;:"), default=0)
    noun = next((t for k, t in enumerate(toks[start:verb], start) if t.text.isalpha()
                 and t.key not in lex.STOP and (t.text.islower() or k == start)), None)
    return next(iter(content([noun])), None) if noun is not None else None


def one_of_several(toks: list[Tok], last: int) -> bool:
    """A count said of one named place in a sentence that goes on to another place's: "Nine
    people died *in Millbrook*, a town of 2,300, and three more in nearby Carver Springs"
    is one town's toll, not the total."""
    place = None
    for k in range(last, min(last + 6, len(toks) - 1)):
        if toks[k].text in ":;" or toks[k].text[0].isdigit() or _NUMBER.fullmatch(
                toks[k].text.lower()):
            return False  # "Twelve people were killed: nine in Millbrook": a breakdown follows
        if toks[k].key == "in" and toks[k + 1].text[0].isupper():
            place = k
            break
    if place is None:
        return False
    rest = toks[place + 2:]
    return any(t.key == "and" for t in rest) and any(
        t.key == "in" and any(x.text[0].isupper() and x.key != toks[place + 1].key
                              for x in rest[k + 1:k + 3]) for k, t in enumerate(rest)) and any(
        t.key == "more" or t.text[0].isdigit() or _NUMBER.fullmatch(t.text.lower())
        for t in rest)


_NUMBER = re.compile(r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?")


__all__ = ["AMOUNT_BEFORE", "NEAR_CONTRASTS", "PER", "RATE_PERIOD", "ROLE_REACH", "SPAN",
           "attribute", "befell_at", "claimed_sum", "far_role", "first_said", "kind_counted",
           "margin", "one_of_several", "origin_of", "part_marked", "planned", "ruled_age",
           "said_on", "subgroup", "summed", "what_lasted", "whose_age"]
