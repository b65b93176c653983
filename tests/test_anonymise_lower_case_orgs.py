"""Schools, surgeries and services written in lower case are organisations; ordinary words
before the same institution words are kept (rules/pii/lower_case_orgs.yml)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("registered at larkhill medical practice since 2019", "larkhill medical practice"),
        ("moved into ferncroft hostel on monday", "ferncroft hostel"),
        ("attends wyvernside academy most days", "wyvernside academy"),
        ("year 5 at oakhanger primary school", "oakhanger primary school"),
    ],
)
def test_a_lower_case_organisation_is_masked(anonymiser, text, organisation):
    result = anonymiser.anonymise(text, return_mapping=True)
    assert organisation not in result.text
    assert any(
        text[e.start : e.end] == organisation and e.placeholder == "[ORGANISATION 1]"
        for e in result.entities
    )


@pytest.mark.parametrize(
    "text",
    [
        "she stayed at the local hostel",
        "he left his old school in year 9",
        "a new care home was found",
        "taken to hospital by ambulance",
        "at secondary school she was bullied",
    ],
)
def test_ordinary_words_before_an_institution_word_are_kept(anonymiser, text):
    assert anonymiser.anonymise(text).text == text
