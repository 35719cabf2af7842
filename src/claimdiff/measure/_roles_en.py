"""English words that tell two figures of one measured thing apart: roles, parties, contrasts.

A role is what a figure is for ("forecast", "limit", "average"), a party who gives it
("police", "organisers"), a contrast the pole it stands at (opening against closing,
winner against loser). Each member is a key (`_lemma_en.key`); `_lexicon_en` re-exports them.
"""

from __future__ import annotations

import re

from claimdiff.measure._lemma_en import _table, key

_ROLES = """
forecast: forecast predict prediction expect expectation projection anticipate
  outlook guidance guide guided
limit: limit cap capped ceiling permitted allowed allowable allowance threshold quota
target: target goal aim plan pledge promise standard scheduled rescheduled
sought: seek demand ask request propose proposal want
offer: offer bid reward bounty
previous: previous prior former initially original
minimum: minimum lowest low
maximum: maximum highest high peak top
nominal: nominal
real: real inflation-adjusted
average: average mean typical
ranking: ranked ranking seeded
aftershock: aftershock
median: median
margin: margin gap
one-off: one-off lump-sum
""".strip()

ROLE_OF: dict[str, str] = _table(re.split(r"\n(?=\w)", _ROLES))

ROLE_VERBS = frozenset(key(w) for w in "seeded".split())
"""Roles said only by a verb ("third-*seeded*"), whose noun is another word: "seeds" in a
vault, a "seed" funding round."""

UNSAID_ROLES = frozenset({"minimum", "maximum", "nominal", "real", "average", "median"})
"""Roles a report often leaves unsaid ("the storm's lowest pressure" is its central pressure,
"wages rose 3%" is nominal, "house prices" often an average): they tell two figures apart
only against one another."""


def roles_differ(a: str | None, b: str | None) -> bool:
    """Two roles tell values apart: unequal, unless one is unsaid and the other may be."""
    if a == b:
        return False
    return bool(a and b) or (a or b) not in UNSAID_ROLES


_PARTIES = """
police: police officer constabulary cop cops detective
organiser: organiser organizer organisers organizers
union: union
company: company management firm employer group
opposition: opposition
government: government ministry minister authority official state agency
rebels: rebel insurgent militant
army: army military
""".strip().splitlines()

PARTY_OF: dict[str, str] = _table(_PARTIES)

_CONTRASTS = """
open: open opening | close closing
start: start begin beginning | end finish finishing
extreme: high highest maximum max peak top | low lowest minimum min bottom
seniority: oldest eldest | youngest
direction: rise rose increase gain climb jump | fall drop decrease decline slump slide
result: win winner won victor | lose loser lost runner-up defeat loss
goals: score scored scoring | concede conceded conceding
queue: receive received receipt intake | process processed processing
cargo: load loaded loading | unload unloaded unloading
staffing: hire hired hiring recruit recruited | layoff laid redundancy redundant dismiss dismissed
vital: birth born | death died
money: spend spent spending expenditure outlay | revenue income
trade: buy purchase acquire | sell
flow: import | export
travel: arrive arrival land landing | depart departure leave take-off takeoff
part: day daytime | night overnight
sex: men man male | women woman female
route: inbound | outbound
certainty: estimate estimated fear feared | confirm confirmed
count: preliminary provisional partial | final official definitive
wind: sustained | gust gusting
adjustment: adjusted seasonally-adjusted | unadjusted
basis: gross pre-tax pretax before-tax | net after-tax
market: domestic | international overseas
chamber: lower | upper senate
horizon: month-on-month monthly | year-on-year annual annually yearly
scope: each apiece | total combined
selection: apply applied applicant application | admit admitted accept accepted enrol enrolled
rate: policy benchmark | mortgage deposit savings lending
novelty: old | new
age-group: adult adults | child children kid kids junior juniors
extent: national nationally nationwide countrywide country | regional regionally region
trade-level: wholesale farmgate farm-gate producer | retail shop shopper shoppers consumer
medium: air | water sea ocean
tenure: permanent full-time long-term | temporary construction seasonal short-term
outlay: install installation upfront one-off | maintain maintenance upkeep operating
stock: plant replant sow sown | remove removal felled uproot
"""

CONTRAST_OF: dict[str, tuple[str, int]] = {}
"""Lemmas that set two values apart when each side has a different pole: opening against
closing price, highest against lowest temperature, winner against loser."""
for _line in _CONTRASTS.strip().splitlines():
    _name, _poles = _line.split(":")
    for _pole, _words in enumerate(_poles.split("|")):
        for _w in _words.split():
            CONTRAST_OF.setdefault(key(_w), (_name.strip(), _pole))


__all__ = ["CONTRAST_OF", "PARTY_OF", "ROLE_OF", "ROLE_VERBS", "UNSAID_ROLES", "roles_differ"]
