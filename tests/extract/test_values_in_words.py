"""Values written in words that the scanners leave alone, drafted whole: each case in
`cases/values_in_words.tsv` is a sentence, the value text drafted from it, and the
dimension it reads in (or `-` for a text that must not be drafted as a value)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimdiff.extract._values import find_values
from claimdiff.verdicts import Verdict
from tests.measure._reports import value_verdicts

CASES = [tuple(line.split("\t")) for line in
         (Path(__file__).parent / "cases" / "values_in_words.tsv").read_text("utf-8").splitlines()
         if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize(("sentence", "text", "dimension"), CASES, ids=lambda v: v[:40])
def test_a_value_in_words_is_drafted_whole(sentence: str, text: str, dimension: str) -> None:
    found = {f.text: f for f in find_values(sentence, 0, len(sentence),
                                            reference=date(2025, 3, 3))}
    if dimension == "-":
        assert not any(text in t for t in found), found
        return
    assert text in found, sorted(found)
    value = found[text].value
    got = "time of day" if value is None else value.dimension
    assert got == dimension, value


@pytest.mark.parametrize(("a", "b", "va", "vb"), [
    ("Ferry crossings will stop for two to three weeks, the operator said.",
     "The operator said crossings would be halted for 14 to 21 days.",
     "two to three weeks", "14 to 21 days"),
    ("Debris was found half a mile from the runway, investigators said.",
     "Investigators found debris about 800 metres from the runway.",
     "half a mile", "about 800 metres"),
    ("The council warned the closure could last beyond a fortnight.",
     "The council said the road could stay shut for more than two weeks.",
     "beyond a fortnight", "more than two weeks"),
    ("Two crew died and seventeen were pulled from the sea off Harlby, coastguards said.",
     "Coastguards said 17 people were rescued off Harlby and two crew died.",
     "seventeen", "17 people"),
    ("Ilse Marten won the 400m medley final in 4:33.81 at Harlby on Friday.",
     "Marten clocked 4 minutes 31.81 seconds to win Friday's 400m medley final in Harlby.",
     "4:33.81", "4 minutes 31.81 seconds"),
    ("Almost three in ten tenants in Harrowgate said rents were unaffordable.",
     "Some 29 per cent of Harrowgate tenants said rents were unaffordable.",
     "Almost three in ten", "Some 29 per cent"),
    # a rate is drafted whole: per another span of time, converted; without its unit, by
    # its amount (`measure._bridge`)
    ("Each member of the Halvey syndicate pays £3 a week into the pot.",
     "Halvey syndicate members each put £156 a year into the pot.", "£3 a week", "£156 a year"),
    ("Dunmarra crude sold at $71 a barrel on Tuesday, traders said.",
     "Traders said Dunmarra crude sold at $71 on Tuesday.", "$71", "$71"),
    ("About 60 barges a day pass the Selden lock in summer, the trust said.",
     "The trust said some 420 barges a week pass the Selden lock in summer.",
     "About 60 barges a day", "some 420 barges a week"),
    # how often: two recurrences said by their lengths compare as lengths
    ("Ferries to Inchmore will sail every quarter of an hour in July, the operator said.",
     "The operator said ferries to Inchmore would sail every 15 minutes in July.",
     "every quarter of an hour", "every 15 minutes"),
])
def test_a_value_in_words_pairs_with_its_figure(tmp_path: Path, a: str, b: str, va: str,
                                                vb: str) -> None:
    pairs = value_verdicts(tmp_path, a, b)
    got = [v for (x, y), v in pairs.items() if va in x and vb in y]  # "for 14 to 21 days"
    # the race times differ by two seconds: paired, and in conflict
    expected = (Verdict.CONFLICT,) if ":" in va else (Verdict.AGREE, Verdict.COMPATIBLE)
    assert got and got[0] in expected, pairs
