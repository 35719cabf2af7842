"""Front matter and datelines: metadata from the top of an article."""

from __future__ import annotations

from datetime import date

from claimdiff.extract import read_header


def test_yaml_front_matter() -> None:
    text = "---\ntitle: Troops leave\npublisher: Example Daily\npublished: 2025-03-03\n" \
           "url: https://example.org/a\nlanguage: en\n---\n\nTroops left on Monday.\n"
    h = read_header(text)
    assert h.meta["title"] == "Troops leave"
    assert h.meta["publisher"] == "Example Daily"
    assert h.published == date(2025, 3, 3)
    assert text[h.body_start:].startswith("Troops left")


def test_publisher_dateline_on_its_own_line() -> None:
    text = "Example Daily, 3 March 2025\n\nTroops left on Monday."
    h = read_header(text)
    assert h.meta["publisher"] == "Example Daily"
    assert h.published == date(2025, 3, 3)
    assert text[h.body_start:] == "Troops left on Monday."


def test_wire_dateline_without_year_is_not_a_publication_date() -> None:
    text = "KYIV, March 3 (Agency) - Troops left on Monday."
    h = read_header(text)
    assert h.place == "KYIV"
    assert h.meta["publisher"] == "Agency"
    assert h.published is None and h.month_day == (3, 3)
    assert text[h.body_start:] == "Troops left on Monday."


def test_place_in_brackets(root) -> None:  # type: ignore[no-untyped-def]
    text = (root / "seeds" / "000_6396fc36ecca3174.txt").read_text(encoding="utf-8")
    h = read_header(text)
    assert h.place == "Baku" and h.published is None
    assert text[h.body_start:].startswith("Russian soldiers")


def test_plain_text_has_no_header() -> None:
    h = read_header("Troops left on Monday. LONDON is far.")
    assert h.body_start == 0 and h.meta == {} and h.place is None


def test_wire_dateline_under_a_publication_line_is_not_part_of_the_story() -> None:
    for wire, place in (("KESSA, 19 November (PRNA) - ", "KESSA"),
                        ("TARSO, Verrano (OWS) — ", "TARSO"), ("VESTMARK (ACP) — ", "VESTMARK")):
        text = f"Daily Wire, 19 November 2026\n\n{wire}Eleven aid workers were freed today."
        h = read_header(text)
        assert (h.place, h.published) == (place, date(2026, 11, 19))
        assert text[h.body_start:].startswith("Eleven aid workers")
    # a first sentence that merely has a comma and a dash stays the story
    text = "Daily Wire, 19 November 2026\n\nMoscow, which denies it — says no."
    assert read_header(text).place is None
