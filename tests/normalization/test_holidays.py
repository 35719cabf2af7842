"""Holidays land on their published dates; the movable ones by their calendars."""

from __future__ import annotations

import pytest

from claimdiff.errors import NormalizationError
from claimdiff.normalization import normalize

REFERENCE = "2024-06-12"


@pytest.mark.parametrize("phrase, first, last", [
    ("Christmas 2024", "2024-12-25", "2024-12-25"),
    ("Christmas", "2023-12-25", "2023-12-25"),  # no year: read back, as a month is
    ("Easter 2024", "2024-03-31", "2024-03-31"),
    ("Orthodox Easter 2024", "2024-05-05", "2024-05-05"),
    ("Good Friday 2024", "2024-03-29", "2024-03-29"),
    ("Pentecost 2024", "2024-05-19", "2024-05-19"),
    ("Thanksgiving 2024", "2024-11-28", "2024-11-28"),
    ("Labor Day 2024", "2024-09-02", "2024-09-02"),
    ("Memorial Day 2024", "2024-05-27", "2024-05-27"),
    ("MLK Day 2024", "2024-01-15", "2024-01-15"),
    ("Ramadan 2024", "2024-03-11", "2024-04-09"),
    ("Eid al-Adha 2024", "2024-06-16", "2024-06-16"),
    ("last Easter", "2024-03-31", "2024-03-31"),
    ("next Thanksgiving", "2024-11-28", "2024-11-28"),
    ("New Year's Eve 2023", "2023-12-31", "2023-12-31"),
    ("Yom Kippur 2018", "2018-09-19", "2018-09-19"),
    ("Passover 2018", "2018-03-31", "2018-04-07"),
    ("Purim 2019", "2019-03-21", "2019-03-21"),  # Adar II in a leap year
    ("Hanukkah 2018", "2018-12-03", "2018-12-10"),
])
def test_holidays(phrase: str, first: str, last: str) -> None:
    value = normalize(phrase, reference=REFERENCE)
    lo, hi = value.core_bounds
    assert (str(lo), str(hi)) == (first, last)


def test_a_moon_sighted_holiday_keeps_a_day_either_side() -> None:
    value = normalize("Eid al-Fitr 2024", reference=REFERENCE)
    lo, hi = value.support_bounds
    assert (str(lo), str(hi)) == ("2024-04-09", "2024-04-11")


def test_outside_the_islamic_calendar_is_refused() -> None:
    with pytest.raises(NormalizationError, match="Umm al-Qura"):
        normalize("Ramadan 2200", reference=REFERENCE)
