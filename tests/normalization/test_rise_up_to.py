""""Goes up to 9.80 crowns" is a rise and the level it reaches, not the bound "up to": the
figure is read bare, so it can conflict with another report's level."""

from __future__ import annotations

import pytest

from claimdiff.normalization._quantity import scan_quantities


def _read(text: str) -> list[tuple[str, float, float]]:
    return [(text[s:e], v.support.lo, v.support.hi) for s, e, v in scan_quantities(text)]


@pytest.mark.parametrize(("text", "phrase"), [
    ("The toll goes up to 4.60 euros in May.", "4.60 euros"),
    ("Her pension went up to 1,240 francs.", "1,240 francs"),
    ("The speed limit will move up to 110 km/h.", "110 km/h"),
    ("Rents jumped up to 2,100 dollars a month.", "2,100 dollars"),
    ("Inflation has edged up to 3.4%.", "3.4%"),
])
def test_a_rise_reaches_its_level(text: str, phrase: str) -> None:
    got = _read(text)
    assert got and got[0][0] == phrase, got
    assert got[0][1] > 0, got  # no bound reaching down to zero


@pytest.mark.parametrize(("text", "phrase"), [
    ("Fines of up to 5,000 euros apply.", "up to 5,000 euros"),
    ("The hall holds up to 400 people.", "up to 400 people"),
    ("Gusts of up to 90 km/h are expected.", "up to 90 km/h"),
])
def test_up_to_without_a_rise_stays_a_bound(text: str, phrase: str) -> None:
    got = _read(text)
    assert got and got[0][0] == phrase and got[0][1] == 0, got
