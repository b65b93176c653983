"""Each UK recognizer on valid AND invalid examples, through the whole real pipeline."""

from __future__ import annotations

import pytest


def _found(anonymiser, text):
    result = anonymiser.anonymise(text)
    return {(text[e.start : e.end], e.entity_type) for e in result.entities}


@pytest.mark.parametrize(
    ("text", "span", "entity_type"),
    [
        # officer identifiers: rank + number whole; a bare number after "collar number"
        ("PC 4521 attended.", "PC 4521", "OFFICER_ID"),
        ("Seen by PCSO 17734 at noon.", "PCSO 17734", "OFFICER_ID"),
        ("Sgt. 1203 supervised.", "Sgt. 1203", "OFFICER_ID"),
        ("Her collar number 2281 was noted.", "2281", "OFFICER_ID"),
        ("the second officer (PC Singh, 4471) spoke", "4471", "OFFICER_ID"),
        ("searched by pc 2904 at the scene", "pc 2904", "OFFICER_ID"),
        # addresses
        ("She lives at 14 Elm Grove with her nan.", "14 Elm Grove", "ADDRESS"),
        ("Home is Flat 3, 12 Elm Court, Fareham now.", "Flat 3, 12 Elm Court, Fareham", "ADDRESS"),
        ("living at Flat above 212 Shirley Road.", "Flat above 212 Shirley Road", "ADDRESS"),
        ("from flat 4 Winnall Manor Rd yesterday", "flat 4 Winnall Manor Rd", "ADDRESS"),
        # handles, dates of birth, dates
        ("Messaged @kyle_b07 twice.", "kyle_b07", "HANDLE"),
        ("She had his snapchat (reece.w.pompey) saved.", "reece.w.pompey", "HANDLE"),
        ("DOB 12/03/2008, known to services.", "12/03/2008", "DOB"),
        ("He was born 4th June 2009 in Kent.", "4th June 2009", "DOB"),
        ("The call came on 12 March about the flat.", "12 March", "DATE_TIME"),
        ("TIP will call me thurs 16th about it.", "thurs 16th", "DATE_TIME"),
        # vehicles, PNC and CRO (check letters), references
        ("Car was AB12 CDE, a grey Corsa.", "AB12 CDE", "UK_VEHICLE_REGISTRATION"),
        ("PNC 09/575051R on file.", "09/575051R", "UK_PNC"),
        ("CRO 265416/21G noted.", "265416/21G", "UK_CRO"),
        ("Scottish CRO SF05/482703J noted.", "SF05/482703J", "UK_CRO"),
        ("Crime reference 44230123456 was issued.", "44230123456", "CRIME_REF"),
        ("Logged as CAD 1177 by control.", "1177", "CRIME_REF"),
        ("custody record CR/0031447/24 opened", "CR/0031447/24", "CUSTODY_REF"),
        ("Custody obs - CR 31902/24 - DP calm.", "31902/24", "CUSTODY_REF"),
        ("staff number SL-004471 on the pass", "SL-004471", "OTHER_ID"),
        # organisations and places
        (
            "He attends Oaklands Catholic School most days.",
            "Oaklands Catholic School",
            "ORGANIZATION",
        ),
        ("They met outside the Red Lion last night.", "Red Lion", "ORGANIZATION"),
        ("Stopped on the A27 layby.", "A27", "LOCATION"),
        ("She moved to Waterlooville in May.", "Waterlooville", "LOCATION"),
    ],
)
def test_recognizer_finds_valid_example(anonymiser, text, span, entity_type):
    assert (span, entity_type) in _found(anonymiser, text)


@pytest.mark.parametrize(
    ("text", "entity_type"),
    [
        ("PC World sold him a laptop.", "OFFICER_ID"),
        ("He ran 3 times down the road.", "ADDRESS"),
        ("Her Snapchat account was deleted.", "HANDLE"),
        ("Email kyle@example.com for notes.", "HANDLE"),
        ("DOB unknown, born in Portsmouth.", "DOB"),
        ("It happened last week on Tuesday night.", "DATE_TIME"),
        ("He is aged 15 and has lived there 3 years.", "DATE_TIME"),
        ("She was 15 a year ago.", "UK_VEHICLE_REGISTRATION"),
        ("PNC 09/575051S on file.", "UK_PNC"),  # wrong check letter
        ("CRO 265416/21H noted.", "UK_CRO"),  # wrong check letter
        ("The crime was reported late.", "CRIME_REF"),
        ("She was in the custody suite.", "CUSTODY_REF"),
        ("He threatened door staff with a bottle 10 mins earlier.", "OTHER_ID"),
    ],
)
def test_recognizer_ignores_invalid_example(anonymiser, text, entity_type):
    assert entity_type not in {t for _, t in _found(anonymiser, text)}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Mrs Przybylska opened the door.", {"Przybylska"}),
        ("DC Okonkwo-Bright took the call.", {"Okonkwo-Bright"}),
        ("Booked in by PS 2831 Grainger.", {"Grainger"}),
        ("The officers were PC 3390 Lane and another.", {"Lane"}),
        ('He is known as "Tiny" on the estate.', {"Tiny"}),
        ('DP Jordan "JJ" McLeod, 19, from Paulsgrove.', {'Jordan "JJ" McLeod'}),
        ("Spoke with Abdi Farah and Nguyen Van Minh.", {"Abdi Farah", "Nguyen Van Minh"}),
        ("Tomasz was crying when we arrived.", {"Tomasz"}),
        ("kyle said he was fine.", {"kyle"}),
        ("officer: pc rebecca o'neill 5590", {"rebecca o'neill"}),
        ("mum (mrs faadumo hassan) came out", {"faadumo hassan"}),
        ("Hope said she will call.", {"Hope"}),
        ("Initials J.S. were on the form.", {"J.S"}),
    ],
)
def test_people_are_found(anonymiser, text, names):
    found = {span for span, t in _found(anonymiser, text) if t == "PERSON"}
    assert names <= found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("There is hope that she will get better.", ["hope", "will"]),
        ("A rose bush by the door.", ["rose"]),
        ("Mum and Dad spoke to the social worker and the custody sergeant.", ["Mum", "Dad"]),
        ("Referred to CAMHS, the MASH and Children's Services via the GP.", ["CAMHS", "MASH"]),
        (
            "Youth Offending Team and A&E were told; ACEs discussed in reflective practice.",
            ["Youth Offending Team", "A&E", "ACEs"],
        ),
        ("DP calm throughout, polite.", ["calm"]),
        ("Summer holidays were hard; she will try.", ["will"]),
    ],
)
def test_meaning_carrying_words_stay(anonymiser, text, kept):
    result = anonymiser.anonymise(text)
    for word in kept:
        assert word in result.text
