"""Named organisations by kind: firms, prisons, pubs in capitals, shop chains in notes."""

from __future__ import annotations

import pytest
from detections import covered, touched


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
        # chains anywhere when capitalised, charities without a telling suffix, "X UK" bodies
        ("bought cider at the Lidl and the Aldi near the park.", "Aldi"),
        ("She was referred to Off The Record for counselling.", "Off The Record"),
        ("Support from Action for Children was offered.", "Action for Children"),
        ("given the number for Veterans Care UK by the custody nurse", "Veterans Care UK"),
        ("a volunteer from Age UK Fareham visits weekly.", "Age UK Fareham"),
        ("Taken to QA by ambulance.", "QA"),
        # a named clinic of generic words stays an organisation
        ("reviewed by the Stalking Clinic, who linked the cases", "Stalking Clinic"),
    ],
)
def test_named_organisations_are_masked(anonymiser, text, org):
    assert covered(anonymiser, text, org)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Referred to the Safer Neighbourhood Team for follow-up.", "Safer Neighbourhood Team"),
        ("Age UK linked him to a befriender.", "Age UK"),
        ("He moved to the UK in 2019.", "UK"),
        ("The school has since put a plan in place.", "The school"),
        ("Prison had been hard for him, he said.", "Prison"),
        ("mud from boots on the carpet", "boots"),
        ("Children's Services EDT were told.", "Children's Services"),
        ("there were no limits on what he could do", "no limits"),
        ("he came to UK in 2019", "UK"),
    ],
)
def test_generic_services_and_words_are_kept(anonymiser, text, kept):
    assert not touched(anonymiser, text, kept)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a street, park or estate written in lower case after a place word
        ("robbed outside the shop on above bar street, soton.", "above bar street"),
        ("the phone was found in war memorial park later", "war memorial park"),
        ("robbed outside the shop on above bar street, soton.", "soton"),
        # "The" and a name in the middle of a sentence
        ("youths threw eggs at cars on The Hundred and ran.", "The Hundred"),
        ("Location: outside the Guildhall, The Broadway.", "The Broadway"),
    ],
)
def test_named_places_without_a_capital_or_suffix_are_masked(anonymiser, text, place):
    assert covered(anonymiser, text, place)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("He parked in the car park on the main road.", "car park"),
        ("They walked down a side street to the bus station.", "side street"),
        ("The car was red.", "The car"),
    ],
)
def test_ordinary_streets_and_the_are_kept(anonymiser, text, kept):
    assert not touched(anonymiser, text, kept)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("In spring 2024 the bank raised a concern.", "spring 2024"),
        ("It started around Christmas Day 2023 at home.", "Christmas Day 2023"),
        ("Seen on the August Bank Holiday 2022 at the fair.", "August Bank Holiday 2022"),
    ],
)
def test_seasons_and_holidays_with_a_year_are_dates(anonymiser, text, date):
    assert covered(anonymiser, text, date)
