"""A phrase's parts are read once each: the readers try a part by many routes, and without
the memo a dozen words with one unknown among them were read hundreds of times over."""

from __future__ import annotations

from collections import Counter

import pytest

from claimdiff.errors import NormalizationError
from claimdiff.normalization import _temporal, normalize


@pytest.mark.parametrize("phrase", [
    "at 10 minutes to eight in the evening zqgxdlf",
    "zqbbb five to one pm",
    "on the day after the vote of the board in May zqwwz",
    "two weeks before the second Tuesday of March",
])
def test_each_part_is_read_once(phrase: str, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: Counter[tuple[str, int, int]] = Counter()
    read = _temporal._read_temporal

    def counted(text: str, ctx: _temporal.Context, depth: int) -> object:
        seen[(text, id(ctx), depth)] += 1
        return read(text, ctx, depth)

    monkeypatch.setattr(_temporal, "_read_temporal", counted)
    try:
        normalize(phrase, reference="2024-06-12")
    except NormalizationError:
        pass
    assert seen and max(seen.values()) == 1, seen.most_common(3)


def test_a_refusal_is_the_same_read_twice() -> None:
    for _ in range(2):
        with pytest.raises(NormalizationError, match="zqgxdlf"):
            normalize("at 10 minutes to eight in the evening zqgxdlf")
