"""Towns written in lower case in informal notes are places; ordinary words in the same
positions are kept (rules/pii/place_shapes.yml)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("she lives in ashcombe with her nan", "ashcombe"),
        ("came up from wendlebury on the bus", "wendlebury"),
        ("seen at 4 alder close, thornmead, by her carer", "thornmead"),
        ("moved to brackleigh last year", "brackleigh"),
        ("the fernworth concern from last week", "fernworth"),
    ],
)
def test_a_lower_case_town_is_a_place(anonymiser, text, place):
    result = anonymiser.anonymise(text, return_mapping=True)
    assert place not in result.text
    assert any(
        text[e.start : e.end] == place and e.placeholder == "[PLACE 1]" for e in result.entities
    )


@pytest.mark.parametrize(
    "text",
    [
        "we met in support of her",
        "she was not able to afford it",
        "in cotton sheets at the hospital",
        "he went into hiding at the weekend",
        "the neighbourhood team visited, hopefully to help",
    ],
)
def test_ordinary_words_in_the_same_positions_are_kept(anonymiser, text):
    assert anonymiser.anonymise(text).text == text
