"""What alignment needs to pair curated claims by their values, as public names.

`claimdiff.align.align_measured` scores candidate pairs of curated claims on the
measurements of their values; it reaches the scoring of drafts only through these:

- `PairScorer`: scores two measurements of two sources (`score(a, b)` is the feature
  score of `pair_measurements`, with the reason in words), its context words weighted
  by their rarity across both sources' measurements;
- `names_a_thing(m)`: `m` says what it measures, and not by a generic noun ("people");
- `same_class(a, b)`: both measure one synonym class, whatever nouns their values carry;
- `word_key(word)`: a folded word as the lexicon keys it ("Hurricane" -> "hurican");
- `one_reading(a, b)`: both give one figure ("$91.20") or name one day, as drafts' pairing
  rewards them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from claimdiff.measure import _lexicon_en as lex
from claimdiff.measure._closeness import same_day, same_reading
from claimdiff.measure._model import Measurement
from claimdiff.measure._pair import _idf, score

__all__ = ["PairScorer", "names_a_thing", "one_reading", "same_class", "word_key"]


@dataclass(frozen=True)
class PairScorer:
    """Scores pairs of measurements of two sources, as `pair_measurements` does."""

    idf: dict[str, float] = field(repr=False)
    """Each context word's weight: its rarity across both sources' measurements."""

    @classmethod
    def of(cls, ma: Sequence[Measurement], mb: Sequence[Measurement]) -> PairScorer:
        """The scorer of pairs of `ma` and `mb`."""
        return cls(_idf(ma, mb))

    def score(self, a: Measurement, b: Measurement, reason: bool = True) -> tuple[float, str]:
        """The score of pairing `a` with `b` (can be negative) and the reason in words, the
        same either way round: when one reading's dimension is unknown ("unread"), the
        other's stands for both, and the lower of the two readings counts. `reason=False`:
        the reason is left unwritten (`""`), the score the same."""
        found = score(a, b, self.idf, reason)
        if a.dimension == b.dimension:
            return found
        return min(found, score(b, a, self.idf, reason), key=lambda x: x[0])


def names_a_thing(m: Measurement) -> bool:
    """`m` says what it measures ("640 jobs", "killed"), not only a generic noun ("people")."""
    return m.measured is not None and m.measured not in lex.GENERIC


def same_class(a: Measurement, b: Measurement) -> bool:
    """Both measure one synonym class ("jobs lost", "job losses"; "killed", "death toll")."""
    return a.classed and b.classed and a.measured == b.measured and names_a_thing(a)


def word_key(word: str) -> str:
    """A folded word as the lexicon keys it: lemmatized, as measurements store their words."""
    return lex.key(word)


def one_reading(a: Measurement, b: Measurement) -> bool:
    """Both give one and the same figure ("$91.20", "£1.6bn" and "£1.6 billion") or name one
    and the same day ("on Tuesday", "yesterday" of a Wednesday): two reports rarely give
    one figure for two things of one holder."""
    return same_reading(a, b) or same_day(a, b)
