"""Towns, schools and services written in lower case in informal notes are masked; ordinary
words in the same positions are kept (rules/pii/place_shapes.yml, lower_case_orgs.yml)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "value", "placeholder"),
    [
        ("she lives in ashcombe with her nan", "ashcombe", "[PLACE 1]"),
        ("came up from wendlebury on the bus", "wendlebury", "[PLACE 1]"),
        ("seen at 4 alder close, thornmead, by her carer", "thornmead", "[PLACE 1]"),
        ("moved to brackleigh last year", "brackleigh", "[PLACE 1]"),
        ("the fernworth concern from last week", "fernworth", "[PLACE 1]"),
        (
            "registered at larkhill medical practice",
            "larkhill medical practice",
            "[ORGANISATION 1]",
        ),
        ("moved into ferncroft hostel on monday", "ferncroft hostel", "[ORGANISATION 1]"),
        ("attends wyvernside academy most days", "wyvernside academy", "[ORGANISATION 1]"),
        ("year 5 at oakhanger primary school", "oakhanger primary school", "[ORGANISATION 1]"),
    ],
)
def test_a_lower_case_town_or_organisation_is_masked(anonymiser, text, value, placeholder):
    result = anonymiser.anonymise(text, return_mapping=True)
    assert value not in result.text
    assert any(
        text[e.start : e.end] == value and e.placeholder == placeholder for e in result.entities
    )


@pytest.mark.parametrize(
    "text",
    [
        "we met in support of her",
        "she was not able to afford it",
        "in cotton sheets at the hospital",
        "he went into hiding at the weekend",
        "the neighbourhood team visited, hopefully to help",
        "she stayed at the local hostel",
        "he left his old school in year 9",
        "a new care home was found",
        "taken to hospital by ambulance",
        "at secondary school she was bullied",
    ],
)
def test_ordinary_words_in_the_same_positions_are_kept(anonymiser, text):
    assert anonymiser.anonymise(text).text == text
