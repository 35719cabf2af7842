"""scan_quantities on running text: the seed article and the things that are not quantities."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.normalize._quantity import scan_quantities

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_6396fc36ecca3174.txt"


@pytest.fixture(scope="module")
def seed() -> str:
    return SEED.read_text(encoding="utf-8")


def _found(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {text[s:e]: (v.noun, v.unit) for s, e, v in scan_quantities(text)}


def test_seed_quantities_with_their_nouns(seed: str) -> None:
    found = _found(seed)
    assert found["6,500 dead"] == ("dead", None)
    assert found["2,000 soldiers"] == ("soldiers", None)
    assert found["four border villages"] == ("villages", None)
    km = [(s, e, v) for s, e, v in scan_quantities(seed) if "12.7" in seed[s:e]]
    assert len(km) == 1
    _, _, value = km[0]
    assert value.unit == "m" and value.core.contains_point(12_700)


def test_seed_years_weekdays_and_decades_are_not_quantities(seed: str) -> None:
    spans = [seed[s:e] for s, e, _ in scan_quantities(seed)]
    for text in spans:
        assert "Wednesday" not in text
        assert "2018" not in text
        assert "1990s" not in text
        assert "2020" not in text and "2023" not in text
        assert "June 12" not in text


def test_hedge_is_inside_the_span() -> None:
    text = "The war left almost 6,500 dead and more than 2,000 soldiers wounded."
    found = _found(text)
    assert "almost 6,500 dead" in found
    assert "more than 2,000 soldiers" in found


@pytest.mark.parametrize(
    "text",
    [
        "He came to power in 2018 and left in May 2019.",
        "The match was on June 12 at 11 a.m. and ended 17:22 GMT.",
        "Game 2 of the series, the iPhone 11 and Windows 10 were discussed.",
        "COVID-19 spread in the 1990s and the 22nd amendment passed.",
        "He finished first and the second came later.",
        "No one knows.",
    ],
)
def test_not_quantities(text: str) -> None:
    assert scan_quantities(text) == []


def test_running_text_examples() -> None:
    text = (
        "Revenue rose 12% to $1.5 billion, while between 15 and 17 villages and "
        "tens of thousands of people were hit by a 12.7 km-long flood."
    )
    found = _found(text)
    assert "12%" in found and found["12%"] == (None, "%")
    assert "$1.5 billion" in found and found["$1.5 billion"] == (None, "USD")
    assert "between 15 and 17 villages" in found
    assert "tens of thousands of people" in found
    assert any(t.startswith("12.7 km") for t in found)


def test_spans_are_ordered_and_disjoint() -> None:
    text = "About 300 troops, 40 tanks and nearly 2,000 people crossed 12 km in 3 days."
    spans = [(s, e) for s, e, _ in scan_quantities(text)]
    assert spans == sorted(spans)
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False))
    assert len(spans) == 5
