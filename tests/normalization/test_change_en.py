"""The change detector (`_change_en.change_before`): direction words before a quantity."""

from __future__ import annotations

import pytest

from claimdiff.normalization._change_en import change_before, change_from
from claimdiff.normalization._quantity import scan_quantities

# (sentence, the quantity as written, expected direction)
CASES: list[tuple[str, str, str | None]] = [
    # Every form of a change verb.
    ("The index has risen 4% this year.", "4%", "up"),
    ("Output has fallen 2.5% since May.", "2.5%", "down"),
    ("The Stoxx 600 index was advancing about 1.7 percent.", "about 1.7 percent", "up"),
    ("Its margin has shrunk 3 points.", "3 points", "down"),
    ("The shares were sinking 6% at noon.", "6%", "down"),
    # Adverbs and comparatives with "by".
    ("Operating profit was revised upward by $40 billion.", "$40 billion", "up"),
    ("The forecast was moved lower by 0.2 points.", "0.2 points", "down"),
    # "by" after the verb's object.
    ("The brand was expected to grow sales by 35 per cent this half.", "35 per cent", "up"),
    ("The bank cut its key rate by 0.25 points.", "0.25 points", "down"),
    ("The company raised prices by 5% in March.", "5%", "up"),
    ("The ministry slashed the budget by $2 billion.", "$2 billion", "down"),
    # "raise" states a change only with "by".
    ("The start-up raised $50 million from investors.", "$50 million", None),
    # Gapping: a named subject and "by", the verb left out.
    ("Ross was down 2.3%, Burlington by 2.6% before the bell.", "2.6%", "down"),
    ("Nvidia rose 4%, and Qualcomm by 3% on Monday.", "3%", "up"),
    ("Sales rose 5%, helped by 3 new stores.", "3 new stores", None),
    # A currency mark left out of the span.
    ("Net profit is now seen up Y=50 billion from the estimate.", "50 billion", "up"),
    # Negated verbs state no change of that direction.
    ("Sales did not rise 5% as forecast.", "5%", None),
    ("Prices haven't fallen 10% anywhere.", "10%", None),
    ("The index never dropped 20 points in a day.", "20 points", None),
    # Phrasal verbs whose particle is no change.
    ("It all boils down to $21.25 per square foot.", "$21.25", None),
    ("The council turned down 3 offers.", "3 offers", None),
    ("The defense gave up 517 yards.", "517 yards", None),
    ("The firm will hire up to 400 people.", "up to 400 people", None),
    # No change word at all; a change named after the number is not read.
    ("The plant employs 600 people.", "600 people", None),
    ("Bitcoin ended the night with a 3 percent drop.", "3 percent", None),
]


@pytest.mark.parametrize(("text", "quantity", "direction"), CASES)
def test_change_before_a_quantity(text: str, quantity: str, direction: str | None) -> None:
    spans = {text[s:e]: s for s, e, _ in scan_quantities(text)}
    assert quantity in spans, spans
    assert change_before(text, spans[quantity]) == direction


def test_a_restated_change_keeps_its_direction() -> None:
    text = "The Dow lost 190 points, or 0.6%, on Friday."
    start = text.index("0.6%")
    assert change_before(text, start) == "down"


def test_a_level_after_the_change_is_no_change() -> None:
    text = "Shares rose 6.5% to 164p."
    spans = {text[s:e]: s for s, e, _ in scan_quantities(text)}
    assert change_before(text, spans["6.5%"]) == "up"
    assert change_before(text, spans["164p"]) is None


@pytest.mark.parametrize(("text", "governed"), [
    ("Output rose from ", True),
    ("The council raised the fee for residents, already the highest in the region, from ", True),
    ("The rise lifts the season ticket between Orla and Brenn, a 142-kilometre ride, from ", True),
    ("Prices rose. Tickets for the show, which runs nightly, cost from ", False),
    ("Prices rose sharply in the spring; tickets cost from ", False),
    ("Output did not rise from ", False),
])
def test_a_change_verb_governs_a_from_past_one_apposition(text: str, governed: bool) -> None:
    assert change_from(text, len(text)) is governed
