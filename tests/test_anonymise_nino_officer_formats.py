"""NI numbers and officer ids in the many ways they are written."""

from __future__ import annotations

import pytest


def _found(anonymiser, text: str) -> list[tuple[str, str]]:
    doc = anonymiser.nlp(text)
    return [(r.entity_type, text[r.start : r.end]) for r in anonymiser.analyse_doc(doc)]


@pytest.mark.parametrize(
    ("text", "nino"),
    [
        ("his NI is JT 123 456 A", "JT 123 456 A"),
        ("ni number jt-12-34-56-a on file", "ni number jt-12-34-56-a"),
        ("NI JT.12.34.56.A given", "NI JT.12.34.56.A"),
        ("NINO: AB 12 34 56 C", "NINO: AB 12 34 56 C"),
        # after an NI label any prefix letters, spacing and a missing suffix letter still count;
        # a label right before the number is inside its span (writers mark it so)
        ("His NI number is QQ 12 34 56 C.", "QQ 12 34 56 C"),
        ("NI DQ 12 34 56 A", "NI DQ 12 34 56 A"),
        ("NI number JR 55 66 77 on file", "NI number JR 55 66 77"),
        ("national insurance: nz 36 75 99 a", "national insurance: nz 36 75 99 a"),
        ("NI number: J T 1 2 3 4 5 6 A", "NI number: J T 1 2 3 4 5 6 A"),
    ],
)
def test_nino_any_format_is_masked(anonymiser, text, nino):
    assert ("UK_NINO", nino) in _found(anonymiser, text)


@pytest.mark.parametrize(
    "text", ["seen DQ 12 34 56 A", "the JT 123 456 ref", "ref AB 12 34 56", "NI visit at 12 34"]
)
def test_not_a_nino(anonymiser, text):
    assert not [f for f in _found(anonymiser, text) if f[0] == "UK_NINO"]


@pytest.mark.parametrize(
    ("text", "officer"),
    [
        ("PC 4521A attended", "PC 4521A"),
        ("pc 4521a attended", "pc 4521a"),
        ("Police Constable 4521 attended", "Police Constable 4521"),
        ("Detective Sergeant 1187 took the call", "Detective Sergeant 1187"),
        # acting and trainee ranks, capitals, lower case, plurals and lists
        ("T/PC 4521 Jones attended", "T/PC 4521"),
        ("a/sgt 2210 took over", "a/sgt 2210"),
        ("Acting Sergeant 3310 Burns took over", "Acting Sergeant 3310"),
        ("SERGEANT 1203 ARRIVED", "SERGEANT 1203"),
        ("the officer 4521 arrived late", "officer 4521"),
        ("PCs 4521 and 3310 attended.", "PCs 4521"),
        ("PCs 4521 and 3310 attended.", "3310"),
        ("collar numbers 2281, 3310 and 4412 noted", "4412"),
        ("seen by PC Smith #4521 on the night", "4521"),
        # a special constable, in lower case as notes write it
        ("searched by me and special 1176 Ryszard", "special 1176"),
        ("spc 2291 took the statement", "spc 2291"),
    ],
)
def test_officer_id_formats_are_masked_whole(anonymiser, text, officer):
    assert ("OFFICER_ID", officer) in _found(anonymiser, text)


def test_rank_number_and_word_stays_apart(anonymiser):
    assert ("OFFICER_ID", "PC 4521") in _found(anonymiser, "PC 4521 and a dog")


@pytest.mark.parametrize(
    "text",
    [
        "the officer 12 metres away",
        "PCs and staff were there",
        "Inspector Morse fan",
        "a special 12 week course",
    ],
)
def test_not_an_officer_id(anonymiser, text):
    assert not [f for f in _found(anonymiser, text) if f[0] == "OFFICER_ID"]
