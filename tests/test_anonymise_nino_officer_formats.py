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
        ("ni number jt-12-34-56-a on file", "jt-12-34-56-a"),
        ("NI JT.12.34.56.A given", "JT.12.34.56.A"),
        ("NINO: AB 12 34 56 C", "AB 12 34 56 C"),
    ],
)
def test_nino_any_format_is_masked(anonymiser, text, nino):
    assert ("UK_NINO", nino) in _found(anonymiser, text)


@pytest.mark.parametrize("text", ["NI DQ 12 34 56 A", "the JT 123 456 ref", "ref AB 12 34 56"])
def test_not_a_nino(anonymiser, text):
    assert not [f for f in _found(anonymiser, text) if f[0] == "UK_NINO"]


@pytest.mark.parametrize(
    ("text", "officer"),
    [
        ("PC 4521A attended", "PC 4521A"),
        ("pc 4521a attended", "pc 4521a"),
        ("Police Constable 4521 attended", "Police Constable 4521"),
        ("Detective Sergeant 1187 took the call", "Detective Sergeant 1187"),
    ],
)
def test_officer_id_formats_are_masked_whole(anonymiser, text, officer):
    assert ("OFFICER_ID", officer) in _found(anonymiser, text)


def test_rank_number_and_word_stays_apart(anonymiser):
    assert ("OFFICER_ID", "PC 4521") in _found(anonymiser, "PC 4521 and a dog")
