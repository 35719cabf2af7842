"""The role, modality and sayer of a value, from the words around it: "*forecast* to fall
31%", "*would* cost", "the *previous* high", "police *said*"; none compared against ("beat
forecasts"), inside a name, or saying who someone was ("the *former* finance minister")."""

from __future__ import annotations

from collections.abc import Sequence

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._holder import Tok
from claimdiff.measure._what import ARTICLES, FUTURE, noun_only

_NEGATION = frozenset(("not", "never", "no", "n't"))
_MODAL = frozenset(("would", "could", "might", "may", "should"))


_PARTICLES = frozenset(("back", "in", "out", "home", "through", "inside"))
"""After a role word, a particle of movement: "residents were allowed back at 4am" says what
they may do, not which figure the value is ("forecast to fall 31%" is a forecast)."""


def qualifiers(window: Sequence[Tok],
                toks: Sequence[Tok] = ()) -> tuple[str | None, str | None]:
    """The role and modality of a value from the words around it. A role word compared
    against ("beat forecasts", "than expected", "above its target") is no role of the value,
    nor one inside a name ("the Mallee Ridge *Seed* Bank" is no seeding)."""
    roles = role_words(window, toks)
    # a role said outright wins over one a report often leaves unsaid: "the *previous* high"
    role = next((r for r in roles if r not in lex.UNSAID_ROLES), roles[0] if roles else None)
    low = {t.text.lower() for t in window if not _the_month(t, toks)}
    modality = "negated" if low & _NEGATION else "modal" if low & _MODAL else (
        FUTURE if "will" in low or "shall" in low else None)
    return role, modality


def _the_month(t: Tok, toks: Sequence[Tok]) -> bool:
    """A capital "May" is the month ("in early *May*", "*May* 12"), no modal verb, unless it
    opens its sentence before a word ("*May* rise further")."""
    if t.text != "May":
        return False
    k = next((n for n, x in enumerate(toks) if x is t), None)
    return k != 0 or k + 1 < len(toks) and toks[k + 1].text[:1].isdigit()


def role_words(window: Sequence[Tok], toks: Sequence[Tok]) -> list[str]:
    """The roles the words of `window` say, in order (`toks`: the sentence they stand in),
    none compared against, before a particle, inside a name or saying who someone was."""
    before = {id(t): toks[k - 1].key for k, t in enumerate(toks) if k > 0}
    ahead = {id(t) for k, t in enumerate(toks) if k > 1 and toks[k - 1].key == "of"
             and toks[k - 2].key == "ahead"}  # "ahead of schedule" compares, as "behind" does
    after = {id(t): toks[k + 1].key for k, t in enumerate(toks[:-1])}
    modifies = {id(t) for k, t in enumerate(toks[:-1]) if (
        t.key in _ADJECTIVES or t.key in _GAME and toks[k + 1].key not in lex.STOP)
                and toks[k + 1].text.isalpha() and toks[k + 1].text.islower()
                and noun_only(toks[k + 1].text)}  # "a *standard* loaf", "the *goal* line"
    named = {id(t) for k, t in enumerate(toks) if k and t.text[0].isupper() and any(
        x.text[:1].isupper() for x in toks[k - 1:k + 2:2])}
    return [lex.ROLE_OF[t.key] for t in window if t.key in lex.ROLE_OF
            and before.get(id(t)) not in lex.COMPARED and id(t) not in ahead
            and id(t) not in modifies and after.get(id(t)) not in _PARTICLES
            and id(t) not in named and not _who_someone_was(t, toks)
            and (t.key not in lex.ROLE_VERBS or not _a_noun(t.text))
            and not _a_frame(t, toks) and not _describing(t, toks) and not _worn(t, toks)]


_ADJECTIVES = lex.keyed("standard")
"""Role nouns that are also adjectives before a noun: "a *standard* loaf", "the standard rate"
say ordinary, not a norm ("the emissions *standard* of 95 g" is one)."""


_GAME = lex.keyed("goal")
"""Role nouns that are also a game's noun, which is what they are before another noun: "the
*goal* machine", "*goal* difference", "the *goal* line" aim at nothing ("a *goal* of 40%" does)."""


def _worn(t: Tok, toks: Sequence[Tok]) -> bool:
    """A role noun said in colours after "in" is something worn ("competitors *in red and
    yellow caps*", "stewards in orange bibs"), no cap on the figure."""
    k = next((n for n, x in enumerate(toks) if x is t), None)
    coloured = False
    for x in reversed(toks[max((k or 0) - 5, 0):k or 0]):
        if x.key in _COLOURS:
            coloured = True
        elif x.key == "in":
            return coloured
        elif x.key not in ("and", ",", "or"):
            return False
    return False


_COLOURS = lex.keyed("""red yellow blue green white black orange pink purple grey gray brown
gold silver maroon navy""")


def _describing(t: Tok, toks: Sequence[Tok]) -> bool:
    """A role participle right after a noun whose nouns end at the clause's past verb with no
    figure among them ("a lobbying firm *seeking* hospital contracts paid for 14 trips"): it
    says which firm, not what the figure is; "unions *seeking* a 6% rise walked out" keep it."""
    k = next((n for n, x in enumerate(toks) if x is t), None)
    if k is None or not k or not t.text.lower().endswith("ing") \
            or not toks[k - 1].text.isalpha() or toks[k - 1].key in lex.STOP:
        return False
    for x in toks[k + 1:k + 6]:
        if not x.text[0].isalpha() or x.key in lex.STOP:
            return False  # a figure or a comma first, the participle's own; or the noun it
            # modifies ("the median *asking* price of homes listed" is a price asked)
        if _past(x.text):
            return True
    return False


def _past(word: str) -> bool:
    """A verb's past form ("paid", "funded"), not a noun nor a present ("contracts")."""
    from lemminflect import getAllLemmas, getInflection

    low = word.lower()
    return any(low in getInflection(lemma, tag="VBD")
               for lemma in getAllLemmas(low).get("VERB", ()) if lemma != low)


def _a_frame(t: Tok, toks: Sequence[Tok]) -> bool:
    """A role noun after "under" or "within" that no figure of its own follows ("*Under the
    new cap* the standing charge rises to 58.4p", "within the target range"): the rules the
    figure is said under, not its role; "under a *quota of* 63,500 tonnes" is the quota."""
    k = next((n for n, x in enumerate(toks) if x is t), None)
    if k is None or k + 1 < len(toks) and toks[k + 1].key == "of":
        return False
    for x in reversed(toks[max(k - 4, 0):k]):
        if x.key in _FRAMES:
            return True
        if not x.text[0].isalpha() or x.key not in ARTICLES and not x.text.endswith(
                ("'s", "’s")) and noun_only(x.text):  # "within the regulator's limit"
            return False
    return False


_FRAMES = lex.keyed("under within")


def framed(key: str, toks: Sequence[Tok], upto: int) -> bool:
    """A role word (by its key) that the sentence before `upto` says as a frame ("*Under the
    new cap* the standing charge rises to"), for a role read from a claim's subject."""
    return any(t.key == key and _a_frame(t, toks) for t in toks[:upto])


def describes(key: str, toks: Sequence[Tok]) -> bool:
    """A role word (by its key) the sentence says as a participle describing a noun ("a firm
    *seeking* contracts paid for 14 trips") or as something worn ("in red *caps*"), for a
    role read from a claim's subject."""
    return any(t.key == key and (_describing(t, toks) or _worn(t, toks) or _done(t, toks))
               for t in toks)


_FORWARD = frozenset(("forecast", "target", "sought", "offer"))
_AUXILIARIES = lex.keyed("is are was were be been being has have had")


def _done(t: Tok, toks: Sequence[Tok]) -> bool:
    """A participle of a role looking forward right before a noun whose thing then did
    something, a past verb with no figure before it ("a *planned* burn escaped, destroying
    seven houses", "the *scheduled* flight took off at 9am"): it says which thing, and the
    thing happened, so its figures are what befell, not what was planned; "the *planned*
    cuts of 1,200 jobs" and "the *planned* reopening was delayed to 2029" keep it."""
    k = next((n for n, x in enumerate(toks) if x is t), None)
    if k is None or k + 1 >= len(toks) or lex.ROLE_OF.get(t.key) not in _FORWARD \
            or not t.text.lower().endswith("ed"):
        return False
    noun = toks[k + 1]
    if not noun.text.isalpha() or not noun.text.islower() or noun.key in lex.STOP \
            or not noun_only(noun.text):
        return False
    for n in range(k + 2, min(k + 8, len(toks))):
        x = toks[n]
        if not x.text[0].isalpha():
            return False  # a figure or a comma first: the plan's own ("planned cuts of 1,200")
        if _past(x.text) and toks[n - 1].key not in _AUXILIARIES:
            return True
    return False


def _a_noun(word: str) -> bool:
    """A word that may be a noun ("seeds", "seed"), not a participle ("seeded")."""
    from lemminflect import getAllLemmas

    low = word.lower()
    lemmas = getAllLemmas(low)
    return "NOUN" in lemmas and not (low.endswith(("ed", "ing")) and any(
        lemma != low for lemma in lemmas.get("VERB", ())))


def _who_someone_was(t: Tok, toks: Sequence[Tok]) -> bool:
    """"former" before a title or a noun of a doer ("the *former* finance minister took
    58.3%", "a former mayor", "a 33-year-old *former* jeepney barker"): who someone was, not
    which figure it is; and any role word right before a noun of a person ("the *goal*
    shooter", "a *bid* manager"): the person's title, not which figure it is; not an
    adjective of a figure's kind ("the *typical* worker earns")."""
    k = next((n for n, x in enumerate(toks) if x is t), None)
    if k is None:
        return False
    if t.key != "former":
        if lex.ROLE_OF[t.key] in _OF_THE_FIGURE:
            return False  # "the *typical* worker earns", "the *previous* owner paid"
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        return nxt is not None and (nxt.key in _TITLES or _agent_noun(nxt.text)) and not (
            k + 2 < len(toks) and toks[k + 2].key == "of")  # "the target number of 40"
    return any(x.key in _TITLES or _agent_noun(x.text) for x in toks[k + 1:k + 4])


def _agent_noun(word: str) -> bool:
    """A noun of whoever does what a verb says: "shooter", "scorer", "bidder", "forecaster"
    (a verb with "-er" or "-or" after it), not "number" or "order"."""
    from lemminflect import getAllLemmas

    low = word.lower()
    if not low.isalpha() or len(low) < 5 or not low.endswith(("er", "or")) \
            or low in _NOT_AGENTS:
        return False
    stems = {low[:-2], low[:-1]} | ({low[:-3]} if low[-3] == low[-4] else set())
    return any("VERB" in getAllLemmas(s) for s in stems if len(s) > 2)


_OF_THE_FIGURE = lex.UNSAID_ROLES | {"previous", "forecast"}
"""Roles whose word before a person still says which figure it is: "the *typical* worker
earns $33 an hour" is an average wage, "the *previous* owner paid" an earlier price."""

_NOT_AGENTS = frozenset("""number order quarter counter meter metre water paper letter matter
power border corner error factor sector floor rumor rumour labor labour favor favour honor
honour color colour""".split())
"""Words ending like an agent noun that name no one who does something."""


_TITLES = lex.keyed("""
minister mayor president premier chancellor governor senator leader chief head chair chairman
chairwoman secretary champion captain coach manager director executive boss editor judge
ambassador officer official member employee worker player striker colleague partner wife
husband prime mp
""")


def attribution_of(toks: Sequence[Tok]) -> str | None:
    """The party a reporting word says the value is from: "police said", "according to
    the union", "officials estimated"; not a party that only acts in the sentence ("Police
    went door to door", with "were told" later)."""
    keys = [t.key for t in toks]
    said = [k for k, w in enumerate(keys) if w in lex.REPORTING]
    return next((lex.PARTY_OF[w] for k, w in enumerate(keys) if w in lex.PARTY_OF
                 and any(abs(k - r) <= _SAYER for r in said)), None)


_SAYER = 4
"""How far a party may stand from its reporting word: "the regional police chief said"."""


__all__ = ["attribution_of", "describes", "framed", "qualifiers", "role_words"]
