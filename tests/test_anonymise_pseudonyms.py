"""Alias linking: one person, one placeholder; shared family names are never guessed."""

from __future__ import annotations

import pytest

from tips_nlp.anonymise.pseudonyms import assign_placeholders, link_people

LABELS = {"PERSON": "PERSON", "PHONE_NUMBER": "PHONE"}


def _people(*values):
    return assign_placeholders([("PERSON", v) for v in values], LABELS)


def test_full_name_first_name_possessive_and_capitals_link():
    assert _people("Kyle O'Brien", "Kyle", "Kyle's", "KYLE", "O'Brien") == ["[PERSON 1]"] * 5


def test_first_mention_may_come_before_the_full_name():
    assert _people("Kyle", "Jayden", "Kyle O'Brien") == ["[PERSON 1]", "[PERSON 2]", "[PERSON 1]"]


def test_family_members_are_different_people():
    assert _people("Janet O'Brien", "Kyle O'Brien", "Kyle", "Janet") == [
        "[PERSON 1]",
        "[PERSON 2]",
        "[PERSON 2]",
        "[PERSON 1]",
    ]


def test_shared_surname_alone_gets_its_own_placeholder():
    placeholders = _people("Janet O'Brien", "Kyle O'Brien", "O'Brien", "o'brien's")
    assert placeholders == ["[PERSON 1]", "[PERSON 2]", "[PERSON 3]", "[PERSON 3]"]


def test_two_people_with_one_first_name_are_not_guessed():
    assert _people("Kyle Smith", "Kyle Jones", "Kyle") == ["[PERSON 1]", "[PERSON 2]", "[PERSON 3]"]


def test_initials_link_to_the_one_matching_name():
    assert link_people(["Jordan Smith", "J.S."])["j.s."] == "jordan smith"


def test_other_types_number_separately():
    spans = [("PERSON", "Kyle"), ("PHONE_NUMBER", "07700 900123"), ("PERSON", "Jayden")]
    assert assign_placeholders(spans, LABELS) == ["[PERSON 1]", "[PHONE 1]", "[PERSON 2]"]


def test_in_a_document(anonymiser):
    text = "Janet O'Brien and Kyle O'Brien were home. Mrs O'Brien said KYLE had gone. Kyle's phone."
    assert anonymiser.anonymise(text).text == (
        "[PERSON 1] and [PERSON 2] were home. Mrs [PERSON 3] said [PERSON 2] had gone. "
        "[PERSON 2]'s phone."
    )


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        # an initial and the surname in capitals, its O'/D' head, or its words' initials
        (("Kerry Hope", "K. HOPE"), ["[PERSON 1]", "[PERSON 1]"]),
        (("Liam O'Connell", "L. O'C"), ["[PERSON 1]", "[PERSON 1]"]),
        (("Siobhan Ní Bhriain", "S NB"), ["[PERSON 1]", "[PERSON 1]"]),
        (("J Smith", "John Smith"), ["[PERSON 1]", "[PERSON 1]"]),
        # two people it could stand for: its own placeholder, never a guess
        (("Kerry Hope", "Kyle Hope", "K. HOPE"), ["[PERSON 1]", "[PERSON 2]", "[PERSON 3]"]),
        # another initial, or a surname cut without its apostrophe, is someone else
        (("Kerry Hope", "M. HOPE"), ["[PERSON 1]", "[PERSON 2]"]),
        (("Liam O'Connell", "L. OC"), ["[PERSON 1]", "[PERSON 2]"]),
    ],
)
def test_initial_and_short_surname_link_to_the_one_full_name(values, expected):
    assert _people(*values) == expected
