"""Subjects and predicates built from clause structure, on sentences not in the seed."""

from __future__ import annotations

from claimdiff.extract import extract_text


def rows(text: str) -> list[tuple[str, str, str]]:
    out = []
    for c in extract_text(text, published="2024-06-14").claims:
        spec = c.when or c.value
        assert spec is not None
        out.append((c.subject, c.predicate, spec.text))
    return out


def test_completion_and_start_of_one_event_line_up_across_wordings() -> None:
    a = rows("The last Russian troops left on Wednesday, completing a pullout that began "
             "in mid-April.")
    b = rows("The Russian pullout finished on June 11, two months after the first units "
             "departed on April 17.")
    assert [p for _, p, _ in a] == ["completed withdrawal", "began withdrawal"]
    assert b[0][1] == "completed withdrawal" and b[0][2] == "on June 11"


def test_one_claim_per_value_each_with_its_own_predicate() -> None:
    got = rows("Rebels seized the town in 2019, killed 40 villagers and held 12 hostages "
               "for three weeks.")
    assert len(got) == 4
    assert got[0] == ("Rebels", "seized", "in 2019")
    assert got[1][1] == "killed"
    assert {s for s, _, _ in got} == {"Rebels"}


def test_quantity_as_subject_and_relative_clause_antecedent() -> None:
    got = rows("The treaty, which was signed in 1994, ended the war.")
    assert got == [("treaty", "signed", "in 1994")]
    got = rows("Officials said 1,960 servicemen had left by Friday.")
    assert got[0][:2] == ("servicemen", "withdrew")


def test_pronoun_subject_takes_the_previous_subject() -> None:
    got = rows("Baku and Yerevan said they had agreed on the border in mid-May.")
    assert got == [("Baku and Yerevan", "agreed on", "in mid-May")]
