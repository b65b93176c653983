"""Labels written inside an identifier's span, and collar numbers written bare beside a name
(issue 3: kinds an independent dev set showed)."""

from __future__ import annotations

import pytest


def _found(anonymiser, text: str) -> list[tuple[str, str]]:
    doc = anonymiser.nlp(text)
    return [(r.entity_type, text[r.start : r.end]) for r in anonymiser.analyse_doc(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dean Okoro (DOB 30/09/1999, arrested)", ("DOB", "DOB 30/09/1999")),
        ("on arrival (d.o.b. 08/10/94, calm)", ("DOB", "d.o.b. 08/10/94")),
        ("The deceased (b. 12.02.1978), was found", ("DOB", "b. 12.02.1978")),
        ("Subject: aged 15, DOB: 2010/01/30, reported missing", ("DOB", "DOB: 2010/01/30")),
        ("mum (dob 11/3/2001) speaks limited english", ("DOB", "dob 11/3/2001")),
        ("searched: dob 02.01.2011 - grounds given", ("DOB", "dob 02.01.2011")),
        ("Outcome: Cassidy (DOB 1987-05-22) was charged", ("DOB", "DOB 1987-05-22")),
        ("Ref: UOF and occurrence 44250218800 logged", ("CRIME_REF", "occurrence 44250218800")),
        ("one referral form (Ref: 44/21987/25) said", ("CRIME_REF", "Ref: 44/21987/25")),
        ("report to be filed (ref 136/PC/2025/311).", ("CRIME_REF", "ref 136/PC/2025/311")),
        ("intel log submitted (intel ref 25/IR/44103).", ("CRIME_REF", "intel ref 25/IR/44103")),
        ("NI no. JT482019B was given", ("UK_NINO", "NI no. JT482019B")),
    ],
)
def test_label_before_identifier_is_inside_its_span(anonymiser, text, expected):
    assert expected in _found(anonymiser, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Nobody knew her DOB at the time.", "DOB"),  # a label with no date after it
        ("The custody sergeant asked for a ref.", "ref"),
        ("Bail was refused by the custody officer.", "custody officer"),
    ],
)
def test_label_without_identifier_is_kept(anonymiser, text, kept):
    start = text.index(kept)
    assert not any(
        r.start < start + len(kept) and r.end > start
        for r in anonymiser.analyse_doc(anonymiser.nlp(text))
    )


def test_label_on_another_line_is_not_taken_in(anonymiser):
    text = "Arresting officer: PC 1947 STORM\nCrime ref 44250218800 opened"
    found = _found(anonymiser, text)
    assert ("CRIME_REF", "Crime ref 44250218800") in found
    assert ("PERSON", "STORM") in found


def test_operation_name_and_number_after_a_slash_is_one_reference(anonymiser):
    text = "Referred under the Act. Reference: Op FALCONBRIDGE / 44240077812."
    assert ("CRIME_REF", "Reference: Op FALCONBRIDGE / 44240077812") in _found(anonymiser, text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("0:22 makuach (4521) pulls the lad off", "4521"),
        ("cuffs checked and loosened by 4529 (PC Joseph). good.", "4529"),
        ("Davies (3412) stayed with him", "3412"),
    ],
)
def test_bare_collar_number_beside_a_name(anonymiser, text, number):
    assert ("OFFICER_ID", number) in _found(anonymiser, text)


@pytest.mark.parametrize(
    "text",
    [
        "under the Mental Health Act (1983) he was",
        "detained under section (136) of the Act",
        "we met at 1430 (PC Joseph arrived later)",
    ],
)
def test_numbers_in_brackets_that_are_not_collar_numbers(anonymiser, text):
    assert not [f for f in _found(anonymiser, text) if f[0] == "OFFICER_ID"]


def test_rank_number_and_a_surname_that_is_an_allowed_word(anonymiser):
    assert ("PERSON", "STORM") in _found(anonymiser, "Arresting officer: PC 1947 STORM")
    assert ("PERSON", "STORM") not in _found(anonymiser, "Opened a STORM log for it.")
