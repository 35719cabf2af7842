"""The roles a figure's sentence names without a role word reaching the figure itself.

"Members voted to accept the offer, which sources put at 11.8 million pounds" says the
figure is the offer, though no role word governs it; a report writing "a £14.5 million
offer" states the same figure with its role. Against such a figure a bare one is often only
the role left unsaid, so its sentence's role words are kept (`Measurement.implied`) and
a role on the other side only tells the two apart when it is none of them.

A role word the figure is set against ("sales of 4.8 billion *beat forecasts*", "*above the*
limit") says the figure is not that role, and one naming an earlier state ("up from the
*previous* round") says the figure is the new one: neither is kept.

A role word the report gives to another figure of the same kind is that figure's: "was doing
almost 60mph where the limit is 60km/h" names a limit, and the 60mph is what the limit is
set against, so the bare figure keeps no limit (nor does any figure of that report whose
thing the other figure may measure: the bare one is then likely the other thing, the actual
against the target).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from claimdiff.measure._closeness import same_reading
from claimdiff.measure._holder import Tok
from claimdiff.measure._lemma_en import keyed
from claimdiff.measure._model import Measurement
from claimdiff.measure._roles_en import ROLE_OF, UNSAID_ROLES

_AGAINST = keyed("""beat beats beating exceed exceeded exceeding above below over under within
short ahead behind than miss missed missing surpass surpassed top topped breach breached
against versus outstrip outstripped past""")
"""Words setting a figure against the role word after them: the figure is not the role."""
_REACH = 3
"""How many words before a role word a word setting the figure against it is read."""
_KEPT_APART = frozenset(("previous",)) | UNSAID_ROLES
"""Roles never implied: an earlier state named beside a figure makes it the new one."""


def named_roles(toks: Sequence[Tok], first: int, last: int) -> frozenset[str]:
    """The roles the words of a sentence (`toks`) name outside the figure (`first:last`)
    that nothing before them sets the figure against."""
    return frozenset(r for k, t in enumerate(toks) if not first <= k < last
                     and (r := ROLE_OF.get(t.key)) is not None and r not in _KEPT_APART
                     and not any(x.key in _AGAINST for x in toks[max(k - _REACH, 0):k]))


def implied_roles(ms: Sequence[Measurement]) -> list[Measurement]:
    """`ms` (one report's measurements), each figure in no role keeping of the roles its
    sentence names (`named_roles`, read by `measure_claim`) those no other figure of its
    kind in the report holds; a figure read with no text of the report keeps none."""
    held: dict[tuple[str, str], list[Measurement]] = {}
    for m in ms:
        if m.role is not None:
            held.setdefault((m.dimension, m.role), []).append(m)
    out = []
    for m in ms:
        implied = frozenset(r for r in m.implied if m.role is None and not any(
            _other_of_it(m, x) for x in held.get((m.dimension, r), ())))
        out.append(m if implied == m.implied else replace(m, implied=implied))
    return out


def _other_of_it(m: Measurement, x: Measurement) -> bool:
    """`x` is another figure, of what `m` may measure: the role word is likely its."""
    if x is m or (m.value is not None and x.value is not None and same_reading(m, x)):
        return False
    return m.measured is None or x.measured is None or m.measured == x.measured


def shared_role(a: Measurement, b: Measurement) -> bool:
    """One has a role the other's sentence names without giving it to another figure."""
    return (a.role is None and b.role in a.implied) or (b.role is None and a.role in b.implied)


__all__ = ["implied_roles", "named_roles", "shared_role"]
