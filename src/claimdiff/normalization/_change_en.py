"""Direction of change stated just before a quantity: "rose 3%", "fell by $2bn", "down 0.4%".

A light, clause-local detector: it looks only at the words right before the
quantity's span (which already includes any hedge), so "rose 9.4 per cent to
$84" marks 9.4 % as a rise and leaves $84 as a level. The cues, all of them
general English:

* a change verb in any form, or an adverb, right before the number, with at
  most a linking word: "rose 3%", "has fallen to 4%", "up nearly 57%",
  "revised upward by 40 billion", "advancing about 1.7%";
* a change verb, its object, then "by": "grow sales by 35%", "cut rates by 0.25
  points" (verbs that mean a change only with "by", like "raise", count here
  only: "raised $5 million" is money collected, "raised prices by 5%" a rise);
* a restatement after "or": "lost 190 points, or 0.6%";
* gapping with a named subject: "Ross was down 2.3%, Burlington by 2.6%";
* not when the verb is negated ("did not rise 5%"), nor in phrasal verbs whose
  particle is no change ("gave up 517 yards", "boils down to $21.25"), nor
  "up to 400" (a bound).

A change named after the number ("a 3% drop", "5% higher") is left alone: in
NewsQuant such quantities are annotated as plain values (`=`).
"""

from __future__ import annotations

import re
from typing import Literal

Direction = Literal["up", "down"]


def _words(forms: str) -> list[str]:
    return forms.split()


# Every form of each verb (base, -s, past, participle, -ing), then adverbs and adjectives.
_UP = _words(
    "up upward upwards higher "
    "rise rises rose risen rising  increase increases increased increasing "
    "gain gains gained gaining  jump jumps jumped jumping  climb climbs climbed climbing "
    "grow grows grew grown growing  advance advances advanced advancing "
    "adds added  surge surges surged surging  soar soars soared soaring "
    "rally rallies rallied rallying  boost boosts boosted boosting  spike spikes spiked spiking "
    "leap leaps leapt leaped leaping  hike hikes hiked hiking "
    "accelerates accelerated accelerating  expand expands expanded expanding"
)
_DOWN = _words(
    "down downward downwards lower "
    "fall falls fell fallen falling  drop drops dropped dropping "
    "decline declines declined declining  lose loses lost losing losses "
    "decrease decreases decreased decreasing  slide slides slid sliding "
    "slip slips slipped slipping  plunge plunges plunged plunging "
    "plummet plummets plummeted plummeting  tumble tumbles tumbled tumbling "
    "sink sinks sank sunk sinking  shed sheds shedding  ease eases eased easing "
    "dip dips dipped dipping  cut cuts cutting  slump slumps slumped slumping "
    "retreat retreats retreated retreating  shrink shrinks shrank shrunk shrinking "
    "contract contracts contracted contracting  lowered lowers lowering "
    "reduce reduces reduced reducing  tank tanks tanked tanking  sag sags sagged sagging"
)
# Verbs that state a change only with "by": "raised prices by 5%", not "raised $5 million".
_UP_BY = _words("raise raises raised raising lift lifts lifted lifting")
_DOWN_BY = _words("slash slashes slashed slashing trim trims trimmed trimming "
                  "halve halves halved halving")


def _directions(up: list[str], down: list[str]) -> dict[str, Direction]:
    out: dict[str, Direction] = dict.fromkeys(up, "up")
    out.update(dict.fromkeys(down, "down"))
    return out


_WORDS = _directions(_UP, _DOWN)
_BY_WORDS = _directions(_UP + _UP_BY, _DOWN + _DOWN_BY)


def _alt(words: dict[str, Direction]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_VERB, _BY_VERB = _alt(_WORDS), _alt(_BY_WORDS)
_LINK = (r"by|to|about|around|almost|nearly|some|roughly|another|a\s+further|"
         r"an\s+additional|just|only|to\s+a\s+record")
# A currency mark the quantity reader leaves out of the span ("up Y=50 billion", Reuters' yen).
_MARK = r"[A-Z]{1,3}="
_BEFORE = re.compile(
    # "rose 3%", "fell to 49.55 Hz" (the verb's own target), "up nearly 57%".
    r"\b(?P<verb>" + _VERB + r")(?:\s+(?:" + _LINK + r"))?\s+(?:" + _MARK + r")?$"
    # "grow sales by 35 per cent": the verb, its object (one to three words), "by".
    r"|\b(?P<verb_by>" + _BY_VERB + r")\s+(?:(?!by\b)[\w'’-]+\s+){1,3}by\s+$"
    # "lost 190 points, or 0.6%": the restated change keeps its direction.
    r"|\b(?P<verb_or>" + _VERB + r")\s+(?:by\s+)?\S+(?:\s+\S+)?,?\s+or\s+$"
    # "Ross was down 2.3%, Burlington by 2.6%": gapping, the verb left out.
    r"|\b(?P<verb_gap>" + _VERB + r")\s+(?:by\s+)?\S+(?:\s+\S+)?,\s+(?:and\s+)?"
    r"(?:(?-i:[A-Z])[\w&'’.-]*\s+){1,3}by\s+$",
    re.IGNORECASE,
)
# Phrasal verbs whose particle is no change of a quantity ("gave up 517 yards").
_PHRASAL = {
    "up": set(_words("gave give gives set made make makes ended picked took showed turned "
                     "signed came sum sums summed opened racked lined built wound tied used")),
    "down": set(_words("boil boils boiled boiling turn turns turned turning shut shuts handed "
                       "broke broken stepped backed")),
}
_WORD_BEFORE = re.compile(r"\b(\w+)\s+$")
# "did not rise", "hasn't fallen", "never dropped", "no longer growing".
_NEGATED = re.compile(r"(?:\b(?:not|never|no\s+longer)|n[’']t)\s+(?:\w+ly\s+)?$",
                      re.IGNORECASE)


def change_before(text: str, start: int) -> Direction | None:
    """`"up"` or `"down"` when a change word stands just before `text[start:]`, else `None`."""
    m = _BEFORE.search(text, max(0, start - 50), start)
    if m is None:
        return None
    name = next(k for k in ("verb", "verb_by", "verb_or", "verb_gap") if m.group(k))
    word = m.group(name).lower()
    at = m.start(name)
    if word in _PHRASAL:
        before = _WORD_BEFORE.search(text, max(0, at - 12), at)
        if before and before.group(1).lower() in _PHRASAL[word]:
            return None
    if name == "verb" and re.match(r"(?i)up\s+to\b", m.group()):
        return None  # "up to 400": a bound, not a rise
    if _NEGATED.search(text, max(0, at - 20), at):
        return None
    return _BY_WORDS[word]


# "rose from", "will rise from", "goes up from", "raised the cap from": a change verb, at most
# five words of its object, then the "from" that opens the level it leaves; the object may
# carry one apposition between commas ("lifts the season ticket to London, a 142-kilometre
# commute, from £5,240 to £5,575").
_FROM_LEVEL = re.compile(
    r"\b(?P<verb>" + _BY_VERB + r")(?:\s+(?!from\b)[\w'’-]+){0,8}"
    r"(?:\s*,(?:\s+(?!from\b)[\w'’-]+(?:\.\d+)?){1,8}\s*,)?\s+from\s+$", re.IGNORECASE)


def change_from(text: str, start: int) -> bool:
    """A change verb governs the "from" just before `text[start:]` ("rose from 7.5% to
    8.1%"): what follows is the level left, then the level reached, not a range."""
    m = _FROM_LEVEL.search(text, max(0, start - 160), start)
    if m is None:
        return False
    word, at = m.group("verb").lower(), m.start("verb")
    if word in _PHRASAL:
        before = _WORD_BEFORE.search(text, max(0, at - 12), at)
        if before and before.group(1).lower() in _PHRASAL[word]:
            return False  # "made up from": no change
    return not _NEGATED.search(text, max(0, at - 20), at)


def change_words() -> list[str]:
    """Every word that can mark a change ("rose", "down", "slashed"), for cheap gating."""
    return sorted(_BY_WORDS)
