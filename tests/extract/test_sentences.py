"""Sentence splitting: abbreviations, initials, decimals, quotes, paragraphs."""

from __future__ import annotations

import pytest

from claimdiff.extract import split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith met Gen. J. R. Jones. It rained.",
         ["Mr. Smith met Gen. J. R. Jones.", "It rained."]),
        ("The section is 12.7 km long. Work ends in 2025.",
         ["The section is 12.7 km long.", "Work ends in 2025."]),
        ("He said: “It is over.” Then he left.", ["He said: “It is over.”", "Then he left."]),
        ("“It is over,” the minister said. Troops left.",
         ["“It is over,” the minister said.", "Troops left."]),
        ("“Go!” he said. Why? Nobody knows.", ["“Go!” he said.", "Why?", "Nobody knows."]),
        ("Sales rose in the U.S. The firm said so.",
         ["Sales rose in the U.S.", "The firm said so."]),
        ("It was signed on Jan. 5 in Baku.", ["It was signed on Jan. 5 in Baku."]),
        ("Headline\n\nFirst para. Second.\nThird", ["Headline", "First para.", "Second.", "Third"]),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_offsets_are_exact() -> None:
    text = "  One.  Two!\n\n Three?  "
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["One.", "Two!", "Three?"]
