"""scan_quantities on running text: the seed article and the things that are not quantities."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.normalization._quantity import scan_quantities

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


def test_from_to_with_words_between_is_one_range() -> None:
    text = "He has lost weight, dropping from 208 pounds to 193 by exercising."
    found = scan_quantities(text)
    assert len(found) == 1
    s, e, value = found[0]
    assert text[s:e] == "from 208 pounds to 193"
    assert value.unit == "kg" and value.core.contains_point(200 * 0.45359237)


def test_rose_to_from_is_two_levels() -> None:
    text = "Revenue rose to $7.36 billion from $6.78 billion a year earlier."
    assert len(scan_quantities(text)) == 2


def test_restated_quantity_in_brackets_keeps_the_hedge() -> None:
    text = "The moths can fly more than 100 kilometers (60 miles)."
    (_, _, km), (_, _, miles) = scan_quantities(text)
    assert km.mod == miles.mod == "MORE_THAN"


def test_minus_and_signed_numbers() -> None:
    text = "It can cool to minus-130 degrees Fahrenheit while COVID-19 spread."
    found = scan_quantities(text)
    assert len(found) == 1
    assert found[0][2].core.hi < 0 and found[0][2].dimension == "temperature"


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("The index rose 3% on Monday.", "up"),
        ("Shares fell by 2.5 per cent.", "down"),
        ("The Dow lost 190 points, or 0.6%.", "down"),
        ("Tesla was up nearly 57% this year.", "up"),
        ("The company will hire up to 400 people.", None),
        ("The defense gave up 517 yards.", None),
        ("It employs 600 people.", None),
    ],
)
def test_change_direction_before_a_quantity(text: str, direction: str | None) -> None:
    from claimdiff.normalization._change_en import change_before

    starts = [s for s, _, _ in scan_quantities(text)]
    assert change_before(text, starts[-1]) == direction


def test_a_year_shaped_count_with_a_plural_noun_is_a_quantity() -> None:
    text = "In 2018 the army came, and 2000 soldiers stayed until 2020."
    assert [text[s:e] for s, e, _ in scan_quantities(text)] == ["2000 soldiers"]


def test_one_dot_group_is_not_read_in_running_text() -> None:
    """ "2.000 soldiers" is not reported as 2 soldiers; "1.234.567" groups thousands."""
    assert scan_quantities("Some 2.000 soldiers were deployed on Monday.") == []
    text = "The city has 1.234.567 people and 12.700 cars; revenue was 1.356 billion."
    found = [(text[s:e], v.core.lo, v.core.hi) for s, e, v in scan_quantities(text)]
    assert found == [("1.234.567 people", 1234567, 1234567),
                     ("1.356 billion", 1355500000, 1356500000)]
