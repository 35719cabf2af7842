"""A statement of what will be against one of what is expected or planned: one kind.

"The centre *will treat* 12,000 patients a year" says what will be, in the future tense
and in no role; "the trust *expects to treat* 9,000" gives the same kind of figure as a
forecast, told by its verb. A forecast or target against a plain statement of what is
tells two figures apart (the forecast is not contradicted by the result), but against a
statement in the future it is one look forward, and the two figures conflict.
"""

from __future__ import annotations

from claimdiff.measure._implied import shared_role
from claimdiff.measure._lexicon_en import roles_differ
from claimdiff.measure._model import Measurement
from claimdiff.measure._what import FUTURE

FORWARD = frozenset(("forecast", "target"))
"""Roles of a figure expected or planned to be."""


def forward_pair(a: Measurement, b: Measurement) -> bool:
    """One says in no role what will be, the other plainly a forecast or a target."""
    return any(x.role is None and x.modality == FUTURE and y.role in FORWARD
               and y.modality is None for x, y in ((a, b), (b, a)))


def roles_apart(a: Measurement, b: Measurement) -> bool:
    """Roles that tell two figures apart: they differ, are not one look forward, and are
    not one role the other figure's sentence names without giving it (`_implied`)."""
    return roles_differ(a.role, b.role) and not forward_pair(a, b) and not shared_role(a, b)


__all__ = ["FORWARD", "forward_pair", "roles_apart"]
