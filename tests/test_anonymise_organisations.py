"""Named organisations by kind: firms, prisons, pubs in capitals, shop chains in notes."""

from __future__ import annotations

import pytest


def _covered(anonymiser, text: str, part: str) -> bool:
    start = text.index(part)
    found = anonymiser.analyse_doc(anonymiser.nlp(text))
    return all(
        any(r.start <= i < r.end for r in found)
        for i in range(start, start + len(part))
        if text[i].isalnum()
    )


def _touched(anonymiser, text: str, part: str) -> bool:
    start = text.index(part)
    end = start + len(part)
    found = anonymiser.analyse_doc(anonymiser.nlp(text))
    return any(r.start < end and r.end > start for r in found)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Solicitor attended from Fenwick Marsh LLP at 08:10.", "Fenwick Marsh LLP"),
        ("He had just come out of Winchester Prison last week.", "Winchester Prison"),
        ("Released from HMP Parkhurst on licence.", "HMP Parkhurst"),
        ("LOCATION: THE ROYAL OAK, THEN THE TOWN CENTRE.", "THE ROYAL OAK"),
        ("found at the bus shelter by the Vine pub in the village.", "the Vine pub"),
        ("robbery of a phone outside greggs on the high street.", "greggs"),
        ("shoplifting from the Co-op on the main road.", "Co-op"),
        ("Arrested for theft of food from Sainsbury's Northgate.", "Sainsbury's Northgate"),
        ("description from Boots security, male 20s.", "Boots"),
        ("caseworker at Eastleigh Refugee Support by email.", "Eastleigh Refugee Support"),
        ("youth worker (Fareham Youth Zone) attended.", "Fareham Youth Zone"),
        ("Officer: PC 4408 (Romsey Neighbourhood Team).", "Romsey Neighbourhood Team"),
    ],
)
def test_named_organisations_are_masked(anonymiser, text, org):
    assert _covered(anonymiser, text, org)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Referred to the Safer Neighbourhood Team for follow-up.", "Safer Neighbourhood Team"),
        ("Age UK linked him to a befriender.", "Age UK"),
        ("He moved to the UK in 2019.", "UK"),
        ("The school has since put a plan in place.", "The school"),
        ("Prison had been hard for him, he said.", "Prison"),
        ("mud from boots on the carpet", "boots"),
    ],
)
def test_generic_services_and_words_are_kept(anonymiser, text, kept):
    assert not _touched(anonymiser, text, kept)
