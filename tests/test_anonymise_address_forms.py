"""Address forms with a prefix before the house number or a named site instead of a street:
the flat, unit, room or pitch is part of the address."""

from __future__ import annotations

import pytest


def _addresses(anonymiser, text: str) -> list[str]:
    doc = anonymiser.nlp(text)
    return [
        text[r.start : r.end] for r in anonymiser.analyse_doc(doc) if r.entity_type == "ADDRESS"
    ]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("She is staying at flat 3 / 17 rope walk with a friend.", "flat 3 / 17 rope walk"),
        ("Lives in Flat 2B, 14 Elm Road.", "Flat 2B, 14 Elm Road"),
        ("Officers went to Apartment 7, 3 Queen Street.", "Apartment 7, 3 Queen Street"),
        ("He rents Bedsit 4, 22 Kings Road.", "Bedsit 4, 22 Kings Road"),
        ("Block C, 4 Harbour Way was searched.", "Block C, 4 Harbour Way"),
        ("She was found in Room 2 at 14 Tanner Road.", "Room 2 at 14 Tanner Road"),
        (
            "Found sleeping at Unit 9, Marshfield Trading Estate, Fordham.",
            "Unit 9, Marshfield Trading Estate, Fordham",
        ),
        (
            "Bed space at Room 6, Anchor Night Shelter, 8 Dock Lane, Portbury.",
            "Room 6, Anchor Night Shelter, 8 Dock Lane, Portbury",
        ),
        ("The family live at Pitch 5, Oakhanger Park Homes.", "Pitch 5, Oakhanger Park Homes"),
        ("Caravan 3, Meadow View site is their home.", "Caravan 3, Meadow View site"),
        ("She ran to her neighbour at no. 41, who called us.", "no. 41"),
        ("He went back to number 16 and knocked again.", "number 16"),
    ],
)
def test_prefixed_address_is_masked_whole(anonymiser, text, address):
    assert address in _addresses(anonymiser, text)


@pytest.mark.parametrize(
    "text",
    [
        "He was given room 4 at the hostel for the night.",
        "Block 2 of the training covered trauma.",
        "Unit 3 of the course is on reflective practice.",
        "She caught the no. 28 bus into town.",
        "Housing is our number 1 priority for him.",
    ],
)
def test_ordinary_room_and_unit_words_are_not_addresses(anonymiser, text):
    assert _addresses(anonymiser, text) == []
