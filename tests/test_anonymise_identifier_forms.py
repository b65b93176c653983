"""Identifier forms without the usual shape: 0044 phones, bank details, a system's reference
with its label, log numbers of a date, handles after "an account called", addresses whose
street has no street word and flats in a named building."""

from __future__ import annotations

import pytest
from detections import covered


def _found(anonymiser, text: str) -> list[tuple[str, str]]:
    return [
        (text[r.start : r.end], r.entity_type) for r in anonymiser.analyse_doc(anonymiser.nlp(text))
    ]


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        ("Her sister (0044 7402 118 337) rang back.", "0044 7402 118 337", "PHONE_NUMBER"),
        ("Landline 0044 23 9288 1100 in the notes.", "0044 23 9288 1100", "PHONE_NUMBER"),
        (
            "Wages went to sort code 30-91-18 acc 12093377 in his name.",
            "sort code 30-91-18 acc 12093377",
            "OTHER_ID",
        ),
        ("Paid into account no. 55019283 on Friday.", "account no. 55019283", "OTHER_ID"),
        (
            "Clip saved as Motorola ref 7KT2-40018-BX for CPS.",
            "Motorola ref 7KT2-40018-BX",
            "CRIME_REF",  # the label "ref" says CRIME_REF, which wins the merge
        ),
        ("Footage ref VB-77120 was reviewed.", "Footage ref VB-77120", "CRIME_REF"),
        ("Seized as exhibit KM/4 at the scene.", "exhibit KM/4", "OTHER_ID"),
        ("See log 1432 of 14/03/2025 for the call.", "log 1432 of 14/03/2025", "CRIME_REF"),
        ("Raised on CAD 0771 09MAR by control.", "CAD 0771 09MAR", "CRIME_REF"),
        (
            "She was messaged by an account called northend.lad22 last night.",
            "northend.lad22",
            "HANDLE",
        ),
        ("The account name: westside_vibez sent it.", "westside_vibez", "HANDLE"),
        (
            "He lives at 22 Mill Meadow, Petersfield with his gran.",
            "22 Mill Meadow, Petersfield",
            "ADDRESS",
        ),
        (
            "Address: Apt 3, The Granary, 14 Quay Hill, Lymington.",
            "Apt 3, The Granary, 14 Quay Hill, Lymington",
            "ADDRESS",
        ),
        ("Mum says he lives at 7 Old Forge.", "7 Old Forge", "ADDRESS"),
        (
            "Her room is Flat 4, The Chandlery, Gosport.",
            "Flat 4, The Chandlery, Gosport",
            "ADDRESS",
        ),
    ],
)
def test_identifier_form_is_found_whole(anonymiser, text, value, entity):
    assert (value, entity) in _found(anonymiser, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The sort code is unknown to her.", "sort code"),
        ("He gave an account of events.", "account of events"),
        ("Taser cam 2 was not switched on.", "cam 2"),
        ("She was aged 16 Kyle, Portsmouth said.", "16 Kyle, Portsmouth"),
        ("In 2019 Kyle, Fareham and others met.", "2019 Kyle, Fareham"),
        ("Two of them had an account called the police.", "the police"),
        ("I read the log of events twice.", "log of events"),
        ("She still lives at 16 with her mum.", "16 with"),
        ("They searched flat 2, the kitchen first.", "flat 2, the kitchen"),
    ],
)
def test_lookalike_is_not_an_identifier(anonymiser, text, value):
    assert not any(
        value in found and entity != "PERSON" for found, entity in _found(anonymiser, text)
    )


def test_crime_reference_keeps_its_own_type(anonymiser):
    text = "Crime ref 44-2601-93521 was opened."
    assert ("Crime ref 44-2601-93521", "CRIME_REF") in _found(anonymiser, text)
    assert covered(anonymiser, text, "44-2601-93521")
