"""A titled name is masked with its title left in view, and later bare mentions keep the
same placeholder; a surname a person's field gives stays a name even when it is also a
nationality; detention officers' numbers, "CR" custody records and plates of unissued or
spaced older shapes are identifiers, while ordinary capitals and kin words are not."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wants his nan informed: Mrs Gloria King. Gloria agreed.",
            "Wants his nan informed: Mrs [PERSON 1]. [PERSON 1] agreed.",
        ),
        (
            "Found by member of public Mr Tomos Rhys who stayed with her.",
            "Found by member of public Mr [PERSON 1] who stayed with her.",
        ),
        ("Safe contact: via Dr Shirin Chowdhury today.", "Safe contact: via Dr [PERSON 1] today."),
        (
            "Amir Haddad and another, Mr K, not identified.",
            "[PERSON 1] and another, Mr [PERSON 2], not identified.",
        ),
        ("Rev. Joy Antwi visited; Joy prayed.", "Rev. [PERSON 1] visited; [PERSON 1] prayed."),
    ],
)
def test_a_titled_name_is_masked_and_its_title_kept(anonymiser, text, expected):
    """The title stays in view (FORMATS.md: it is not part of the span) and later bare
    mentions keep the same placeholder."""
    assert anonymiser.anonymise(text).text == expected


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("NAME: MOLDOVAN, Florin-Alexandru (Romanian)", "MOLDOVAN"),
        ("DETAINEE: MAJOR, DELROY WINSTON", "MAJOR"),
        ("Name: ENGLISH, Mary-Jane", "ENGLISH"),
    ],
)
def test_surname_first_in_a_persons_field(anonymiser, text, surname):
    out = anonymiser.anonymise(text).text
    assert surname not in out
    assert out.count("[PERSON") == 2


@pytest.mark.parametrize(
    ("text", "span", "entity_type"),
    [
        ("detention officer Frank Hewitt (DO 3072) gave water", "DO 3072", "OFFICER_ID"),
        ("Cell visit by DDO 4410 at 0300.", "DDO 4410", "OFFICER_ID"),
        ("Seen by staff no. 4471 on the desk.", "staff no. 4471", "OFFICER_ID"),
        ("CR 2025/KM/00912\nDETAINEE: MAJOR", "CR 2025/KM/00912", "CUSTODY_REF"),
        ("Custody no: 44/01234/25 opened.", "Custody no: 44/01234/25", "CUSTODY_REF"),
        ("taxi driver, KM65 TXI, agrees", "KM65 TXI", "UK_VEHICLE_REGISTRATION"),
        ("older plate on the back was M 412 PKE?? cloned?", "M 412 PKE", "UK_VEHICLE_REGISTRATION"),
        ("Passat seen leaving: B 82 RTG (to check).", "B 82 RTG", "UK_VEHICLE_REGISTRATION"),
    ],
)
def test_identifier_shapes_are_found_whole(anonymiser, text, span, entity_type):
    found = {(text[e.start : e.end], e.entity_type) for e in anonymiser.anonymise(text).entities}
    assert (span, entity_type) in found


@pytest.mark.parametrize(
    "text",
    [
        "I DO 3 CHECKS EVERY HOUR.",
        "CELL B 12 WAS CLEAN.",
        "Please do 3072 steps.",
        "CR 12 noted.",
    ],
)
def test_ordinary_capitals_are_no_identifiers(anonymiser, text):
    assert anonymiser.anonymise(text).entities == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sibling: Nana Yaw (aged 4). She puts Nana to bed; my Nana and nana stay.",
            "Sibling: [PERSON 1] (aged 4). She puts [PERSON 1] to bed; my Nana and nana stay.",
        ),
        ("Her Nana Joan came.", "Her Nana [PERSON 1] came."),
        (
            "who was there: - kyle and jordan price (twins, aged 15)",
            "who was there: - [PERSON 1] and [PERSON 2] (twins, aged 15)",
        ),
        (
            "me, sky (my fellow TIP) and pc jade okoro went.\n"
            "sky just sat on the ramp. the sky was light.",
            "me, [PERSON 1] (my fellow TIP) and pc [PERSON 2] went.\n"
            "[PERSON 1] just sat on the ramp. the sky was light.",
        ),
    ],
)
def test_kin_and_lower_case_words_used_as_names(anonymiser, text, expected):
    assert anonymiser.anonymise(text).text == expected


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He was discharged from Meadowbank Unit last Tuesday.", "Meadowbank Unit"),
        ("Trauma Informed Practitioner, Southmere VRU.", "Southmere VRU"),
        ("Officer: PC 1234 OKAFOR, Wexcombe NPT; at the scene.", "Wexcombe NPT"),
        ("Outreach worker from Shelter Street Team, Robin.", "Shelter Street Team"),
    ],
)
def test_a_named_unit_or_team_is_one_organisation(anonymiser, text, span):
    found = {text[e.start : e.end] for e in anonymiser.anonymise(text).entities}
    assert span in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PC 4418 Smith said he was fine.", "[OFFICER ID 1] [PERSON 1] said he was fine."),
        ("pc 2775 dan hope came.", "[OFFICER ID 1] [PERSON 1] came."),
        ("Ewa's partner Grzegorz rang.", "[PERSON 1]'s partner [PERSON 2] rang."),
    ],
)
def test_a_verb_or_possessive_after_a_name_stays_in_view(anonymiser, text, expected):
    assert anonymiser.anonymise(text).text == expected
