"""What frames a figure from farther than its words: a fronted phrase, a partitive.

"In real terms, wages rose 1%" and "Before the flood, the village had 400 residents":
a phrase before the subject's comma qualifies every figure of the sentence, though it
stands far from them. "40 of the passengers were children" counts a part of the
passengers, and "Of the 300 workers, many joined the strike" the whole a part is taken
from: neither is the count of the passengers or of the strikers.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._holder import Tok, verb

_OPENERS = frozenset(("in", "on", "at", "before", "after", "during", "of", "for", "by", "with",
                      "while", "when", "although", "though", "as", "since", "despite", "under",
                      "over", "from", "until", "unlike", "like", "among", "amid", "according"))
"""Words opening a fronted phrase before the subject: "In nominal terms, wages rose"."""
_FRONTED = 10
_DASHES = frozenset(("-", "—", "–"))
_SEQUENCE = {"before": 0, "after": 1}
_SIDES = {"home": 0, "away": 1}
_SIDE_OF = frozenset(("side", "team", "game", "match", "leg", "ground", "win", "defeat"))
_PARTITIVE = lex.keyed("the its their those them these")
_THOSE = lex.keyed("them those these")
_DETERMINERS = lex.keyed("the its their")


def fronted_end(toks: Sequence[Tok]) -> int:
    """Where a sentence's subject starts: past a dateline ("VASTRA, Ostrevia (MPA) -") or
    a fronted phrase ending in a comma (0 if none)."""
    dateline = dateline_end(toks)
    if dateline:
        return dateline
    if toks and toks[0].text.lower() in _OPENERS:
        for k in range(1, min(_FRONTED, len(toks))):
            if toks[k].text == ",":
                return k + 1
    if len(toks) > 1 and toks[1].text == "," and toks[0].text.lower().endswith(("ly", "ed")) \
            and toks[0].text[1:].islower():
        return 2  # "Unadjusted, unemployment was 5.1%", "Separately, the company said"
    comma = next((k for k in range(2, min(5, len(toks))) if toks[k].text == ","), None)
    if comma is not None and toks[comma - 1].text.lower() in ("earlier", "ago", "later"):
        return comma + 1  # "A year earlier, revenue was $12 million"
    return 0


def dateline_end(toks: Sequence[Tok]) -> int:
    """Where a dateline ("VASTRA, Ostrevia (MPA) -", "NEW HALSTEAD, Ohio (MPS) —") ends; 0
    when the sentence opens with none."""
    caps = next((k for k in range(min(4, len(toks))) if not (
        toks[k].text.isupper() and len(toks[k].text) > 1)), 0)
    if caps and len(toks) > caps + 1 and toks[caps].text == ",":
        dash = next((k for k in range(caps + 1, min(_FRONTED + caps + 1, len(toks)))
                     if toks[k].text in _DASHES), None)
        if dash is not None:
            return dash + 1
    return 0


def filed_at(toks: Sequence[Tok]) -> int:
    """Past the place of a dateline cut off from its dash by an abbreviation's stop ("SAN
    JOSE, Calif., Sept. 15, 2026 --"): a place in capitals, a comma, a capitalized word of
    a state or a month (not "NASA, the agency"); 0 when the sentence opens otherwise."""
    caps = next((k for k in range(min(4, len(toks))) if not (
        toks[k].text.isupper() and len(toks[k].text) > 1)), 0)
    if caps and len(toks) > caps + 1 and toks[caps].text == "," \
            and toks[caps + 1].text[0].isupper() and not toks[caps + 1].text.isupper() \
            and toks[caps + 1].key not in lex.STOP:
        return caps + 1
    return 0


def fronted(toks: Sequence[Tok], first: int) -> list[Tok]:
    """The fronted phrase qualifying the value at `toks[first]`, without its comma (a
    dateline qualifies nothing: "NEW HALSTEAD" says nothing new)."""
    end = fronted_end(toks)
    return list(toks[:end - 1]) if 0 < end <= first and not dateline_end(toks) else []


def sequence(front: Sequence[Tok]) -> frozenset[tuple[str, int]]:
    """"Before the flood," and "After the flood,": two states of one thing, never one figure."""
    if front and front[0].text.lower() in _SEQUENCE and len(front) > 1:
        return frozenset({("sequence", _SEQUENCE[front[0].text.lower()])})
    return frozenset()


def side(toks: Sequence[Tok]) -> frozenset[tuple[str, int]]:
    """"home fans" and "away fans", "the home side" and "the away side" ("homes", "away
    from" and "returned home" say no side)."""
    pairs = zip(toks, toks[1:], strict=False)
    return frozenset(("side", _SIDES[t.text.lower()]) for t, nxt in pairs
                     if t.text.lower() in _SIDES and (nxt.key in _SIDE_OF or lex.CLASS_OF.get(
                         nxt.key) in lex.PEOPLE))


def horizon(toks: Sequence[Tok]) -> frozenset[tuple[str, int]]:
    """"month on month" and "year on year", "in June alone" and "in the year to June": a
    change over one span is no change over another."""
    out = {("horizon", _HORIZON[a.key]) for a, on, b in zip(toks, toks[1:], toks[2:],
                                                            strict=False)
           if a.key in _HORIZON and on.key == "on" and b.key == a.key}
    for a, b, c in zip(toks, toks[1:], toks[2:], strict=False):
        if a.key in ("year", "month") and b.key == "to" and c.key in lex.MONTHS:
            out.add(("horizon", 1))  # "the year to June", "the 12 months to March"
    out |= {("horizon", 0) for a, b in zip(toks, toks[1:], strict=False)
            if a.key in lex.MONTHS and b.text.lower() == "alone"}  # "in June alone"
    return frozenset(out)


_HORIZON = {"month": 0, "year": 1}


def transition(toks: Sequence[Tok], first: int) -> frozenset[tuple[str, int]]:
    """A level a change leaves ("up *from* $83", "the increase *from* the current cap of
    £9,250") or reaches ("lift the ceiling *to* £10,050", "rose *to* 5.1%"): the old and the
    new level are two figures."""
    for k in range(first - 1, max(first - 6, -1), -1):
        w = toks[k].text.lower()
        if w in _CLAUSE or toks[k].text[0].isdigit():
            return frozenset()
        if w in ("from", "to"):
            changed = any(t.key in _CHANGES for t in toks[max(k - 8, 0):k])
            return frozenset({("transition", int(w == "to"))}) if changed else frozenset()
    return frozenset()


_CLAUSE = frozenset(",;:()")
_CHANGES = lex.CHANGE | frozenset(lex.key(w) for w in """raise raised lift lifted increase
increased cut reduce reduced lower lowered boost boosted hike hiked grow grew slash slashed
trim trimmed""".split())


def partitive(toks: Sequence[Tok], first: int, last: int, phrase: str) -> str | None:
    """`part` for "40 of the passengers" (a part of them), `whole` for "of the 300 workers"
    and "out of 300" (what a part is taken from); else `None`. "All of the 2.3 million
    customers", "each of the 12 boats" take no part from it: the figure itself."""
    words = phrase.lower().split()
    if len(words) > 2 and words[1] == "of" and words[2] in _PARTITIVE:
        return "part"
    if len(words) == 1 and last + 1 < len(toks) and toks[last].key == "of" \
            and toks[last + 1].key in _PARTITIVE:  # "Nine of the 14", not "14 staff of the"
        return "part"
    k = first - 1
    if k >= 0 and toks[k].key in _PARTITIVE:
        k -= 1
    if k >= 0 and toks[k].key == "of" and (k == 0 or toks[k - 1].text == "," or toks[
            k - 1].key in ("out", "any", "none", "some", "many", "most")
            or toks[k - 1].text[0].isdigit()) and not _share_taken(toks, last):
        return "whole"
    return None


def _share_taken(toks: Sequence[Tok], last: int) -> bool:
    """The part taken from a whole after it is a share ("Of 240 fish examined, *68%*
    contained plastic"): the whole is then the count of the sample, which another report
    gives plainly ("tested 212 fish"), not a whole against a counted part ("Of the 43
    beaches monitored, *14* were closed")."""
    k = next((n for n in range(last, len(toks)) if toks[n].text[0].isdigit()), None)
    if k is None:
        return False
    after = [t.key for t in toks[k + 1:k + 3]]
    return bool(after) and (after[0] in _SHARE or after[:2] == ["per", "cent"])


_SHARE = frozenset(("%", "percent", "pct"))


def absolute(toks: Sequence[Tok], first: int, last: int) -> bool:
    """The figure is the subject of an absolute clause after "with" ("rejected, *with only 41
    per cent backing it*", "with 61% of members in favour"): it does what its own verb says,
    so the sentence's subject ("the proposal") names no role of it."""
    k = first - 1
    while k >= 0 and toks[k].key in _HEDGES:
        k -= 1
    return k >= 0 and toks[k].key == "with" and any(
        t.text.endswith("ing") and t.text.isalpha() and t.text.islower() or t.key in _STANCES
        for t in toks[last:last + 4])


_HEDGES = lex.keyed("only just some about around nearly almost roughly barely fully all")
_STANCES = lex.keyed("favour favor against opposed")


def added(toks: Sequence[Tok], first: int, last: int) -> bool:
    """A count added to another ("and two *more* in nearby Kell", "*another* 14 in Sarn", "*a
    further* 3 on Sunday"): a part of a breakdown or of a toll, not the total ("200 more
    than last year" compares, it adds nothing)."""
    after = [t.key for t in toks[last:last + 2]]
    if after[:1] in (["more"], ["other"]) and after[1:] != ["than"]:
        return True
    before = [t.text.lower() for t in toks[max(first - 2, 0):first]]
    return before[-1:] == ["another"] or before in (["a", "further"], ["an", "additional"],
                                                    ["an", "extra"])


def part_of(toks: Sequence[Tok], last: int) -> list[Tok]:
    """The words after a part's base, which say what the part is: "40 of the passengers
    *were killed*" counts the dead."""
    k = last
    if k < len(toks) and toks[k].key == "of":
        k += 1
    if k < len(toks) and toks[k].key in _THOSE:
        k += 1
    elif k + 1 < len(toks) and toks[k].key in _DETERMINERS and toks[k + 1].text.isalpha() \
            and toks[k + 1].key not in lex.STOP:
        k += 2  # "11 of the *injured* were in critical condition": the base's head, a
        # participle too, is no verb said of the part
    for _ in range(6):
        if k >= len(toks) or toks[k].text in _CLAUSE or verb(toks[k].text, noun_too=False):
            break
        k += 1
    if k >= len(toks) or toks[k].text in _CLAUSE:
        return []  # "Yes carried nine of the 14 provinces, piling up majorities": the part
        # is an object, and what follows its comma is said of the clause's subject
    end = next((n for n in range(k, min(k + 5, len(toks))) if toks[n].text in _CLAUSE), k + 5)
    return [t for t in toks[k:end] if t.text[0].isalpha() and t.key not in lex.STOP]


def passive_agent(before: Sequence[Tok]) -> bool:
    """The value is a passive verb's agent ("The plan was *approved by* 38 votes", "a decision
    *taken by* 34 votes"; `before`: the words before it, nearest first): a figure of the act,
    so the noun the clause is said of (a plan, a target) is no role of it."""
    if len(before) < 2 or before[0].key != "by" or not before[1].text.isalpha() \
            or not before[1].text.islower():
        return False
    from lemminflect import getAllLemmas, getInflection  # tables load on first use

    word = before[1].text
    return any(word in getInflection(lemma, tag="VBN")
               for lemma in getAllLemmas(word).get("VERB", ()))


__all__ = ["absolute", "added", "dateline_end", "filed_at", "fronted", "fronted_end", "horizon",
           "part_of", "partitive", "passive_agent", "sequence", "side", "transition"]
