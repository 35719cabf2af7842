"""Whose a figure is, read strictly: the name its clause is said of, or none.

Two reports of one event name many parties around a figure; the figure is the holder's
that the clause is *about*: "Harwick scored 3 points against Dunmore" (Harwick's),
"Dunmore, who scored 1, lost" (Dunmore's), "Norvex's revenue rose to $4bn while Alder's
fell to $3bn" (Norvex's and Alder's), "The winner, Lena Brandt, took 52%" (Brandt's). A
name that only modifies the subject ("the Team Solvane rider", "the Transportes Almenar
coach") or stands in a circumstance ("at Ostrava", "in the Marrow election") holds
nothing; nor does one that said the figure ("Brandt said 12 died"). Two such holders
naming two parties tell two figures apart (`claimdiff.measure.distinguished`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._frame import filed_at, fronted_end
from claimdiff.measure._holder import GOVERNING, Tok, common_word, is_name, verb, written

_CLAUSE_MARKS = frozenset(",;:()[]—–\"“”«»")
_JOINS = frozenset(("and", "but", "while", "whereas", "whilst"))
_RELATIVE = frozenset(("who", "which", "that", "whose"))
_DETERMINERS = frozenset(("the", "a", "an"))
_OWN_REPORT = frozenset(("report", "announc", "confirm", "post"))
"""Reporting verbs that also take the figure as their object: "Norvex reported revenue"."""
_OF = frozenset(("of", "for", "by", "with", "about"))


_POSSESSIVES = frozenset(("their", "its", "his", "her"))


def own_holder(toks: Sequence[Tok], first: int, last: int, start: int,
               proper: frozenset[str],
               earlier: Callable[..., tuple[str, ...]] | None = None) -> tuple[str, ...]:
    """The names the value at `toks[first:last]` is said of: its clause's subject (after
    "and", "while"), the name a relative clause or an apposition hangs on ("Dunmore, who
    scored 1"; "Kelirang, a 2,980-metre volcano"), else the subject of its sentence; `()`
    when no name is the subject (`start`: the sentence's offset; `proper`: the text's
    names; `earlier`: whom a subject referring back, "the company", "it", stands for)."""
    beside = _for_whom(toks, first, last, start, proper) or _described(
        toks, last, start, proper)
    if beside:
        return beside
    if _drawn_from(toks, first, last):
        return ()  # "He took home $9,500 from a $60,000 prize pot": the pot's, not his
    if first > 1 and toks[first - 1].text.lower() in _POSSESSIVES \
            and is_name(toks[first - 2], start, proper):
        # "The victory gives Ravnholt *their* 13th title": the name the pronoun follows
        k = first - 2
        while k > 0 and is_name(toks[k - 1], start, proper):
            k -= 1
        return tuple(written(t) for t in toks[k:first - 1])
    if first > 2 and toks[first - 1].key == "of" and toks[first - 2].text.isalpha() \
            and toks[first - 2].text.islower() and toks[first - 3].text.endswith(("'s", "’s")) \
            and is_name(toks[first - 3], start, proper):
        # "Fiona Baird's mark of 1hr 50min", "Alder's revenue of $3bn": the possessor's
        k = first - 3
        while k > 0 and is_name(toks[k - 1], start, proper):
            k -= 1
        return tuple(written(t) for t in toks[k:first - 2])
    if first and is_name(toks[first - 1], start, proper):
        k = first - 1
        while k > 0 and is_name(toks[k - 1], start, proper):
            k -= 1
        if toks[first - 1].text.endswith(("'s", "’s")) or _joined(toks, k):
            # "to Brandt's 45%"; "Arrieta served 19 aces, Varenko 12"
            return tuple(written(t) for t in toks[k:first])
    k, verbs = first - 1, 0
    while k > 0 and verbs < 3 and toks[k].text.isalpha() and toks[k].text.islower() and (
            toks[k].key in ("be", "have", "will", "would") or verb(toks[k].text, noun_too=False)):
        k, verbs = k - 1, verbs + 1
    said = any(t.key in lex.REPORTING and t.key not in _OWN_REPORT for t in toks[k + 1:first])
    if verbs and not said and is_name(toks[k], start, proper):
        # "show St Aldric's managed 58.2 per cent" (not "Brandt said 12 died")
        j = k
        while j > 0 and is_name(toks[j - 1], start, proper):
            j -= 1
        if j == 0 or not (toks[j - 1].text.lower() in GOVERNING or toks[j - 1].key in _OF
                          or toks[j - 1].key in _DETERMINERS):
            return tuple(written(t) for t in toks[j:k + 1])
    lo = first
    while lo > 0 and toks[lo - 1].text not in _CLAUSE_MARKS \
            and toks[lo - 1].text.lower() not in _JOINS and not _reported(toks, lo - 1):
        lo -= 1
    own = _subject_at(toks, lo, first, start, proper)
    if own is not None:
        return own
    if lo > 0 and toks[lo - 1].text == "," and (
            toks[lo].text.lower() in _RELATIVE or (toks[lo].key in _DETERMINERS and lo < first)):
        run = _run_before(toks, lo - 1, start, proper,  # "Dunmore, who ...", "Kelirang, a ..."
                          direct=toks[lo].text.lower() in ("who", "whose"))
        if run:
            return run
    if lo < first and lo > fronted_end(toks) and not verb(toks[lo].text, noun_too=True):
        return ()  # the clause has a subject of its own, naming no one
    if lo == first and lo > fronted_end(toks):
        return ()  # the value is its clause's subject: "— Eleven aid workers were freed"
    head = fronted_end(toks)
    got = _subject_at(toks, head, len(toks), start, proper)
    if got is None and earlier is not None and _refers(toks, head):
        if head < len(toks) and toks[head].text.lower() in _PERSONAL:
            # "His haul took him to 68 wickets": a person, the one the sentence before
            # names as its subject if any, never a club or a place named further back
            return earlier(1)
        return earlier()  # "The company said revenue rose": the one introduced before
    return got or ()


def _reported(toks: Sequence[Tok], k: int) -> bool:
    """`toks[k]` is the "that" opening what a reporting verb a few words before says ("Voltaris
    confirmed on Monday *that* Brightwater will draw 90 MW"): a clause with its own subject,
    which the figure is said of, not the sayer."""
    return toks[k].text.lower() == "that" and any(
        t.key in lex.REPORTING for t in toks[max(k - 4, 0):k])


def _for_whom(toks: Sequence[Tok], first: int, last: int, start: int,
              proper: frozenset[str]) -> tuple[str, ...]:
    """The name a figure set against another is given for: "taking 52.4% *to* 47.6% *for
    nationalist Teodor Halm*", "against 41% for Brandt"; `()` for any other figure."""
    if not first or toks[first - 1].key not in _AGAINST or last >= len(toks) \
            or toks[last].key != "for":
        return ()
    k = last + 1
    while k < len(toks) and k <= last + 3 and toks[k].text.islower() and toks[k].text.isalpha():
        k += 1  # "for nationalist Teodor Halm", "for the Greens"
    j = k
    while j < len(toks) and is_name(toks[j], start, proper):
        j += 1
    return tuple(written(t) for t in toks[k:j])


_AGAINST = frozenset(("to", "against", "versus", "vs", "with"))
_FUNCTION = GOVERNING | frozenset(
    "of for by with and or than per as like over under after before since until during "
    "each every a an the this that behind ahead clear short down up off out above below "
    "beyond past ago earlier later less more fewer higher lower among without despite "
    "about upon than apart".split())


def _described(toks: Sequence[Tok], last: int, start: int,
               proper: frozenset[str]) -> tuple[str, ...]:
    """The name a figure describes through the common noun it stands before ("£18m hitman
    *Luka Brennan*", "the $2bn retailer *Halbrook*"): whose figure it is, whoever the
    sentence is about; `()` for any other figure."""
    k = last + 1  # one noun: "hitman", "retailer"; a second word is a verb too often
    if k >= len(toks) or not (toks[last].text.isalpha() and toks[last].text.islower()) \
            or toks[last].key in lex.STOP or toks[last].text in _FUNCTION \
            or verb(toks[last].text, noun_too=False):
        return ()  # "3 goals against Dunmore": a preposition's object is no one described
    j = k
    while j < len(toks) and is_name(toks[j], start, proper):
        j += 1
    return tuple(written(t) for t in toks[k:j])


def _drawn_from(toks: Sequence[Tok], first: int, last: int) -> bool:
    """The figure describes a thing something comes from, goes into or happens at ("*from a*
    $60,000 prize pot", "*into the* £4 million fund", "upgrade four units *at the* 1.2 GW
    facility"), not one the clause's subject has."""
    return first >= 2 and toks[first - 1].key in _DETERMINERS \
        and toks[first - 2].text.lower() in _FROM_INTO and last < len(toks) \
        and toks[last].text.isalpha() and toks[last].text.islower() \
        and toks[last].key not in lex.STOP


_FROM_INTO = frozenset(("from", "into", "toward", "towards", "at"))


def _refers(toks: Sequence[Tok], k: int) -> bool:
    """A subject standing for one named before: a pronoun ("It", "Its", "He"), or "the"
    with a common noun or two and a verb ("The company reported", "The 54-year-old
    scored")."""
    if k >= len(toks):
        return False
    if toks[k].text.lower() in _PRONOUNS:
        return True
    if toks[k].key != "the":
        return False
    j = k + 1
    while j < len(toks) and j - k <= 5 and (toks[j].text[0].islower() or toks[j].text[
            0].isdigit() or toks[j].text == "-") and not verb(toks[j].text, noun_too=False):
        j += 1
    return k + 1 < j < len(toks) and verb(toks[j].text, noun_too=True)


_PRONOUNS = frozenset(("he", "she", "it", "they", "its", "his", "her", "their"))
_PERSONAL = frozenset(("he", "she", "his", "her"))


def referent(toks_of: Callable[[int], Sequence[Tok]], sentences: Sequence[int],
             proper: frozenset[str]) -> tuple[str, ...]:
    """The subject a reference goes back to: the nearest sentence before (`sentences`, their
    offsets, nearest first; `toks_of` gives a sentence's words) whose own subject is a
    name ("Norvex reported its results. The company said ..." is Norvex)."""
    for s in sentences:
        toks = toks_of(s)
        got = _subject_at(toks, max(fronted_end(toks), filed_at(toks)), len(toks), s, proper)
        if got:  # "Halvard Blend crude jumped. The benchmark settled": Halvard Blend
            return tuple(w for w in got if not w.islower()) or got
    return ()


def _joined(toks: Sequence[Tok], k: int) -> bool:
    """The name at `k` opens a clause of its own: after a comma or "and", "while"."""
    return k == 0 or toks[k - 1].text == "," or toks[k - 1].text.lower() in _JOINS


def _subject_at(toks: Sequence[Tok], lo: int, end: int, start: int,
                proper: frozenset[str]) -> tuple[str, ...] | None:
    """The names heading the noun phrase at `toks[lo]`, before `end`; `None` when the
    phrase there is no subject naming anyone (a verb, a common noun's phrase)."""
    k = lo
    while k < end and not toks[k].text[0].isalnum() and toks[k].text not in _CLAUSE_MARKS:
        k += 1  # a bullet: "* Halvard Blend closed at $91.20"
    if k < end and (toks[k].key in _DETERMINERS or toks[k].text.lower() in _POSSESSIVES):
        k += 1
    if k < end and toks[k].key not in _DETERMINERS and not is_name(toks[k], start, proper) \
            and toks[k].text[0].islower():
        # "The winner, Lena Brandt, took", "The chief executive, Ana Kovac, was paid"; "His
        # opponent, Maya Chen, won": the name in apposition, not the one "his" goes back to
        j = k
        while j < end and toks[j].text.isalpha() and toks[j].text[0].islower() and j - k < 3:
            j += 1
        if j < end and toks[j].text == "," and (toks[lo].key in _DETERMINERS
                                                or toks[lo].text.lower() in _POSSESSIVES):
            k = j + 1
        else:
            return None
    while k < end and toks[k].text[0].isupper() and not is_name(toks[k], start, proper) \
            and toks[k].key not in lex.STOP and common_word(toks[k].text):
        k += 1  # "Neighbouring Morvania", a capitalized adjective before the name
    run: list[Tok] = []
    while k < end and is_name(toks[k], start, proper):
        run.append(toks[k])
        k += 1
    if not run or k >= len(toks):
        return None
    if toks[k].text == "(" and ")" in (t.text for t in toks[k:k + 6]):
        # "Eilidh Munro (Invercorrach AC) came home": the name before its bracket
        k = next(j for j in range(k, k + 6) if toks[j].text == ")") + 1
        if k >= len(toks):
            return None
    nxt = toks[k]
    if run[-1].text.endswith(("'s", "’s")):
        # "Norvex's revenue rose", "Alder's fell": the possessor of what is measured
        ok = nxt.key in lex.CLASS_OF or verb(nxt.text, noun_too=True)
    elif nxt.key in lex.REPORTING and not (nxt.key in _OWN_REPORT and k + 1 < len(toks)
                                           and toks[k + 1].key != "that"):
        # "Brandt said 12 died": who said it, not whose it is ("Norvex reported revenue of
        # $4bn" is Norvex's own); "Brandt said Norvex had cut 640 jobs" is Norvex's
        j = k + 1 + (k + 1 < len(toks) and toks[k + 1].key == "that")
        return _subject_at(toks, j, end, start, proper) if j < end else None
    else:
        titled = _titled(toks, k, end, start, proper)
        if titled:  # "TV star Dominic Pargeter won": the name the title goes with
            return titled
        determined = lo < len(toks) and toks[lo].key in _DETERMINERS
        ok = nxt.text == "," or verb(nxt.text, noun_too=not determined)
        if not ok and nxt.text.isalpha() and nxt.text.islower() \
                and k + 1 < len(toks) and verb(toks[k + 1].text, noun_too=False):
            # "The Norvex fire has burned": the fire named so, held apart only from
            # another named fire (its head noun kept, in lower case); but a noun a verb of
            # amount gives the figure of is the name's own ("The Carrowie Valley crush
            # totalled 9,800 tonnes" is Carrowie Valley's crush)
            if toks[k + 1].key in _AMOUNTING:
                return tuple(written(t) for t in run)
            return (*(written(t) for t in run), nxt.text)
    return tuple(written(t) for t in run) if ok else None


_AMOUNTING = frozenset(("total", "totall", "amount", "reach", "stand", "come", "top", "exceed"))
"""Verbs that give their subject's figure ("totalled", "stood at", "came to"): the noun they
are said of is what is measured (not "was", which is as often an auxiliary: "The Transportes
Almenar coach was carrying 45 people")."""


def _titled(toks: Sequence[Tok], k: int, end: int, start: int,
            proper: frozenset[str]) -> tuple[str, ...]:
    """A name after a title the names before it modify ("GREEN-FINGERED TV *star* Dominic
    Pargeter", "Norvex chief *executive* Ana Kovac"), when a verb follows it: the noun
    phrase's head, and so its holder; `()` for any other phrase."""
    j = k
    while j < end and j - k < 2 and toks[j].text.isalpha() and toks[j].text.islower() \
            and toks[j].key not in lex.STOP and not verb(toks[j].text, noun_too=False):
        j += 1
    n = j
    while n < end and is_name(toks[n], start, proper):
        n += 1
    if j == k or n == j or n >= len(toks) or not verb(toks[n].text, noun_too=False):
        return ()
    return tuple(written(t) for t in toks[j:n])


def _run_before(toks: Sequence[Tok], comma: int, start: int,
                proper: frozenset[str], *, direct: bool = False) -> tuple[str, ...]:
    """The run of names right before the comma at `comma`, not governed by a preposition
    (`direct`: but for one right after it, as "who" takes a person: "bettered only by
    Portvale's Elias Brandt, who scored 29")."""
    k = comma - 1
    run: list[str] = []
    while k >= 0 and is_name(toks[k], start, proper):
        run.insert(0, written(toks[k]))
        k -= 1
    if direct and run and k >= 0 and (toks[k].text.lower() in GOVERNING or toks[k].key in _OF):
        return tuple(run)
    for j in range(k, max(k - 5, -1), -1):  # "at Ostrava, where"; "a correspondent for the
        # weekly Merav Courier, who": a place, or a name inside another's phrase
        if toks[j].text.lower() in GOVERNING or toks[j].key in _OF:
            return ()
        if toks[j].text in _CLAUSE_MARKS or toks[j].key not in _DETERMINERS and (
                toks[j].key in lex.STOP or toks[j].text[0].isupper()):
            break
    return tuple(run)



__all__ = ["own_holder", "referent"]
