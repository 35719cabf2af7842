"""Which way a sentence looks: dates without their year or week ("Thursday", "June
12") are read forward in a sentence about the future, back otherwise.

News reports the past, so the default looks back ("said on Tuesday"). A sentence
looks forward when it has a future, intent or obligation marker ("will meet on
Tuesday", "is due", "plans to", "scheduled", "expect it to weaken", "has to", "must";
in reported speech "would
meet", "were due to arrive"), or when the date is the object of "for", "until",
"till" or "ahead of" ("called a strike for Thursday", "talks until Friday"),
which name a plan or a deadline (HeidelTime's news mode reads by tense the same
way). Only the date's own clause counts: a marker in a reported clause
("released a note on Feb. 28 saying that emissions would surge") does not move
a date outside it; a date right after a past verb of saying ("said on Tuesday he
would go") dates the report and looks back.
"""

from __future__ import annotations

import re

__all__ = ["CLAUSE", "FUTURE", "reads_forward", "starts_ahead"]

FUTURE = re.compile(r"\b(?:will|won't|would|shall|'ll|is\s+to|are\s+to|"
                    r"(?:is|are|was|were)\s+due|scheduled|plans?\s+to|planned|expected\s+to|"
                    r"upcoming|going\s+to|set\s+to|slated|"
                    r"(?:expects?|forecasts?|predicts?)\s+(?:[\w'’-]+\s+){1,3}to|"
                    r"intends?\s+to|aims?\s+to|"
                    # An obligation points ahead ("we have to finish it in 5 days"), but
                    # not "has to do with" nor "must have been".
                    r"(?:have|has|need|needs)\s+to(?!\s+do\s+with)|must(?!\s+have))\b",
                    re.IGNORECASE)
# The date is the object of a word that names a plan or a deadline.
_INTENT_BEFORE = re.compile(r"\b(?:for|until|till|ahead\s+of)\s+(?:(?:the|this|next)\s+)?$",
                            re.IGNORECASE)
_INTENT_LEAD = re.compile(r"\s*(?:for|until|till|ahead\s+of)\s+", re.IGNORECASE)
# Where a clause begins: a reported or relative clause, a new sentence part.
CLAUSE = re.compile(r"[;:]|\b(?:that|saying|said|says|say|told|tells|which|who|because|"
                     r"although|though|while|but|whereas)\b", re.IGNORECASE)
_TENSES = {"future": True, "past": False, "present": False}
# A past verb of saying right before the date: the date is the report's ("said on Tuesday
# he would go", "announced Friday it will close"), whatever the reported clause says;
# not a passive to come ("will be announced on Tuesday").
_SAID_BEFORE = re.compile(
    r"\b(?:said|told(?:\s+[\w.'’-]+){0,3}?|announced|added|stated|confirmed|reported|"
    r"explained|noted|insisted|warned|declared|revealed|disclosed|acknowledged|admitted|"
    r"indicated|signalled|signaled)\s+(?:on\s+|late\s+|early\s+)?$", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(?:be|being|been|to)\s+$", re.IGNORECASE)
# A start named in the present ("tickets go on sale from Thursday", "the ban applies
# from Monday", "fares rise starting Sunday"): a timetable, which looks ahead unless its
# clause tells of the past ("sales began from Monday", "has risen from Friday").
_STARTS = r"(?:from|starting|effective|as\s+of)\s+"
_START_BEFORE = re.compile(rf"\b{_STARTS}(?:this\s+|next\s+)?$", re.IGNORECASE)
# The present of a timetable: what goes on sale, applies, starts or opens. A bare verb
# that is also a past ("Fairbrook cut prices from Monday") tells no tense.
_TIMETABLE = re.compile(r"\b(?:go|goes|apply|applies|takes?\s+effect|starts?|begins?|opens?|"
                        r"runs?|comes?\s+into|kicks?\s+in|rises?|is|are)\b", re.IGNORECASE)
_START_LEAD = re.compile(_STARTS, re.IGNORECASE)
# A decision or an aim to do something, the start named after it ("councillors voted on
# Tuesday to raise the fee to £1,450 from January 1", "the board agreed to cut fares
# starting Monday"): what is decided starts ahead, whatever the tense of the deciding.
# "to" must lead a verb, not an object ("agreed to a deal").
_DECIDED_TO = re.compile(
    r"\b(?:voted|votes?|agreed|agrees?|decided|decides?|resolved|pledged|pledges?|promised|"
    r"promises?|vowed|vows?|opted|proposed|proposes?|threatened|threatens?|wants?|wanted|"
    r"hopes?|hoped|seeks?|sought|approved\s+(?:plans|proposals)|backed\s+plans)\b"
    r"(?:\s+[\w'’-]+){0,4}?\s+to\s+(?!(?:the|a|an|its|his|her|their|this|that|these|"
    r"those|\d)\b)[a-z]", re.IGNORECASE)
_PAST = re.compile(r"\b(?:was|were|had|has|have|did|went|began|came|rose|fell|took|ran|"
                   r"got|saw|left|paid|sold|\w+ed)\b", re.IGNORECASE)


def reads_forward(context: str, start: int | None = None, phrase: str | None = None) -> bool:
    """Whether the date at `start` in the sentence `context` (or `phrase`, found in
    it) is read forward. `context` may also be a tense: "future", "past", "present"."""
    tense = _TENSES.get(context.strip().lower())
    if tense is not None:
        return tense
    if start is None and phrase:
        if _INTENT_LEAD.match(phrase):  # the phrase carries its own "for": "for Thursday"
            return True
        start = context.lower().find(phrase.strip().lower())
        lead = _START_LEAD.match(phrase.strip())
        if start >= 0 and lead:  # "from Thursday": the date after its "from"
            start += lead.end()
    if start is not None and start >= 0 and _INTENT_BEFORE.search(context[:start]):
        return True
    if start is not None and start >= 0:
        said = _SAID_BEFORE.search(context[:start])
        if said is not None and not _PASSIVE_BEFORE.search(context[:said.start()]):
            return False
    if start is not None and start >= 0:
        # Only the date's own clause counts: "On Feb. 28, the bank released a note saying
        # that emissions would surge" looks back; "she said she would resign on Friday"
        # looks ahead.
        cuts = [m.start() for m in CLAUSE.finditer(context)]
        lo = max((c for c in cuts if c <= start), default=0)
        hi = min((c for c in cuts if c > start), default=len(context))
        if starts_ahead(context, 0, start, (lo, hi)):
            return True
        return FUTURE.search(context[lo:hi]) is not None
    return FUTURE.search(context) is not None


def starts_ahead(text: str, lo: int, start: int, clause: tuple[int, int]) -> bool:
    """The date at `start` is a start named in the present ("go on sale from Thursday")
    or after a decision to do something ("voted to raise fees from January 1"): "from"
    or "starting" ends `text[lo:start]`, and a decision leads to it in the `clause` span
    or nothing in that span tells of the past."""
    if _START_BEFORE.search(text, lo, start) is None:
        return False
    if _DECIDED_TO.search(text, clause[0], start) is not None:
        return True
    return _TIMETABLE.search(text, *clause) is not None and _PAST.search(text, *clause) is None
