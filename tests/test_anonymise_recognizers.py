"""Each UK recognizer on valid AND invalid examples, through the whole real pipeline."""

from __future__ import annotations

import pytest


def _found(anonymiser, text):
    result = anonymiser.anonymise(text)
    return {(text[e.start : e.end], e.entity_type) for e in result.entities}


@pytest.mark.parametrize(
    ("text", "span", "entity_type"),
    [
        # officer identifiers: rank + number whole; "collar number" and its number whole
        ("PC 4521 attended.", "PC 4521", "OFFICER_ID"),
        ("Seen by PCSO 17734 at noon.", "PCSO 17734", "OFFICER_ID"),
        ("Sgt. 1203 supervised.", "Sgt. 1203", "OFFICER_ID"),
        ("Her collar number 2281 was noted.", "collar number 2281", "OFFICER_ID"),
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
        ("messaging her on Insta as glowup.kayz every night", "glowup.kayz", "HANDLE"),
        ("snap: daniboy he said", "daniboy", "HANDLE"),
        ("his insta jd_2009 was private", "jd_2009", "HANDLE"),
        ("TikTok username: nightowl", "nightowl", "HANDLE"),
        ("DOB 12/03/2008, known to services.", "DOB 12/03/2008", "DOB"),
        # in prose "born" is what makes the date a DOB: masked with it
        ("He was born 4th June 2009 in Kent.", "born 4th June 2009", "DOB"),
        ("The call came on 12 March about the flat.", "12 March", "DATE_TIME"),
        ("TIP will call me thurs 16th about it.", "thurs 16th", "DATE_TIME"),
        # vehicles, PNC and CRO (check letters), references
        ("Car was AB12 CDE, a grey Corsa.", "AB12 CDE", "UK_VEHICLE_REGISTRATION"),
        ("PNC 09/575051R on file.", "PNC 09/575051R", "UK_PNC"),
        ("CRO 265416/21G noted.", "CRO 265416/21G", "UK_CRO"),
        ("Scottish CRO SF05/482703J noted.", "CRO SF05/482703J", "UK_CRO"),
        ("Crime reference 44230123456 was issued.", "Crime reference 44230123456", "CRIME_REF"),
        ("Logged as CAD 1177 by control.", "CAD 1177", "CRIME_REF"),
        ("custody record CR/0031447/24 opened", "custody record CR/0031447/24", "CUSTODY_REF"),
        ("Custody obs - CR 31902/24 - DP calm.", "CR 31902/24", "CUSTODY_REF"),
        ("staff number SL-004471 on the pass", "staff number SL-004471", "OTHER_ID"),
        # a label makes the next code a reference, whatever its format or check letter
        ("PNC 09/575051S on file.", "PNC 09/575051S", "UK_PNC"),
        ("CRO 265416/21H noted.", "CRO 265416/21H", "UK_CRO"),
        ("CRO No. 012345/19K noted.", "CRO No. 012345/19K", "UK_CRO"),
        ("CRO 23/456789T noted.", "CRO 23/456789T", "UK_CRO"),
        ("custody no. HC/2024/01234 opened", "custody no. HC/2024/01234", "CUSTODY_REF"),
        ("Custody Ref: 2301-04567 opened", "Custody Ref: 2301-04567", "CUSTODY_REF"),
        ("URN 44AB1234524 given", "URN 44AB1234524", "CRIME_REF"),
        ("job no 123 of 04/03 linked", "job no 123", "CRIME_REF"),
        ("Storm log 2345 raised", "Storm log 2345", "CRIME_REF"),
        ("passport no. 584 217 933 was held", "passport no. 584 217 933", "OTHER_ID"),
        ("sort code 20-45-77 given", "sort code 20-45-77", "OTHER_ID"),  # label and all
        # code-like tokens without a label
        ("ref on the form was QX77310B today", "QX77310B", "OTHER_ID"),
        ("the form said HC/24/7781 only", "HC/24/7781", "OTHER_ID"),
        # vehicles in any case and spacing, Northern Irish plates
        ("a golf, vrm gy 19 kzt, seen", "gy 19 kzt", "UK_VEHICLE_REGISTRATION"),
        ("in a corsa nu15pxa since monday", "nu15pxa", "UK_VEHICLE_REGISTRATION"),
        ("Vehicle RX 67 HNB was searched.", "RX 67 HNB", "UK_VEHICLE_REGISTRATION"),
        ("Vehicle ABZ 1234 was not linked.", "ABZ 1234", "UK_VEHICLE_REGISTRATION"),
        # officers with short numbers, addresses written informally, dates in words
        ("Present: PS 45 Adebayo.", "PS 45", "OFFICER_ID"),
        ("lives at no. 7 tanners lane now", "no. 7 tanners lane", "ADDRESS"),
        ("Address: Number 8, Winchester Road.", "Number 8, Winchester Road", "ADDRESS"),
        ("She is at Flat B, 9 Union Street.", "Flat B, 9 Union Street", "ADDRESS"),
        ("He rents no. 4 the Drove, Hedge End now.", "no. 4 the Drove, Hedge End", "ADDRESS"),
        ("Seen at 12 The Crescent yesterday.", "12 The Crescent", "ADDRESS"),
        ("in the basement flat, 6 Kent Road today", "basement flat, 6 Kent Road", "ADDRESS"),
        ("she lives at 31 Holly Drove with him", "31 Holly Drove", "ADDRESS"),
        ("address: 9 Brook Side, Romsey", "9 Brook Side, Romsey", "ADDRESS"),
        ("lives in Flat 3/2, 14 Elm Grove", "Flat 3/2, 14 Elm Grove", "ADDRESS"),
        ("On the fourth of January we met.", "the fourth of January", "DATE_TIME"),
        ("DOB the 3rd of February 1967.", "DOB the 3rd of February 1967", "DOB"),
        # organisations and places
        (
            "He attends Oaklands Catholic School most days.",
            "Oaklands Catholic School",
            "ORGANIZATION",
        ),
        # a venue's "the" is part of its name as written (dev7's venues)
        ("They met outside the Red Lion last night.", "the Red Lion", "ORGANIZATION"),
        ("Stopped on the A27 layby.", "A27", "LOCATION"),
        ("She moved to Waterlooville in May.", "Waterlooville", "LOCATION"),
        # emails on reserved or unlisted top-level domains; DOBs with spaces or year first
        (
            "Email j.smith@riverside-council.test today.",
            "j.smith@riverside-council.test",
            "EMAIL_ADDRESS",
        ),
        ("dob 03 11 1994, no fixed abode", "dob 03 11 1994", "DOB"),
        ("DOB 2007.05.14 per his mum", "DOB 2007.05.14", "DOB"),
        # institution words with no telling suffix elsewhere; a place and a landmark word
        (
            "She goes to Lakeside Gospel Ministries on Sundays.",
            "Lakeside Gospel Ministries",
            "ORGANIZATION",
        ),
        ("Booked into Westholme Custody Suite at 2am.", "Westholme Custody Suite", "ORGANIZATION"),
        ("Seen near Marchwood railway station at 4pm.", "Marchwood railway station", "LOCATION"),
        ("ARRESTED AT THE SHIP INN, QUAY STREET.", "QUAY STREET", "LOCATION"),
        ("her sister lives in gloucester now", "gloucester", "LOCATION"),
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
        ("Seen 09/575051S on file.", "UK_PNC"),  # wrong check letter, no label
        ("Seen 265416/21H noted.", "UK_CRO"),  # wrong check letter, no label
        ("The incident at 10pm was logged.", "CRIME_REF"),
        ("He was arrested for the crime 4 times.", "CRIME_REF"),
        ("Custody at 10:30 was busy.", "CUSTODY_REF"),
        ("He had s136 and PPN1 forms on the A27.", "OTHER_ID"),
        ("She spent £260 in 24/7 shops aged 15 in 2024.", "OTHER_ID"),
        ("He said it was on 12/03/2024 at 0200hrs.", "OTHER_ID"),
        ("Went by 12 the next day.", "UK_VEHICLE_REGISTRATION"),
        ("The crime was reported late.", "CRIME_REF"),
        ("She was in the custody suite.", "CUSTODY_REF"),
        ("He threatened door staff with a bottle 10 mins earlier.", "OTHER_ID"),
        ("He went 3 the road way home.", "ADDRESS"),
        ("There were 9 side streets and 2 Big Macs.", "ADDRESS"),
        ("Snapchat: she deleted it.", "HANDLE"),
        ("He said dob was 12 or 13 years ago.", "DOB"),
        ("Police station staff took him to the railway station.", "LOCATION"),
        ("He was on insta as well.", "HANDLE"),
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
        # record style surname first, whole double-barrelled names in capitals and lower case
        ("Detainee: WYSZYNSKA, Halina   DOB 01.02.90", {"WYSZYNSKA", "Halina"}),
        ("REVIEW — AIDAN O'MAHONY-KRZESINSKI", {"AIDAN O'MAHONY-KRZESINSKI"}),
        ("detainee tyrone mcgillivray-osei (17) booked in", {"tyrone mcgillivray-osei"}),
        ("footage: pcso 18234 and pc 4480 may chen", {"may chen"}),
        # virtue and other given names that are words, where a name stands
        ("the eldest (gift, 11) opened the door", {"gift"}),
        ("her carer (precious) helped", {"precious"}),
        ("maria - said she was ok", {"maria"}),
        ("she then mentioned her late husband reg and her friend hope", {"reg", "hope"}),
        # a nickname after "someone called", any case; a contact name in quotes
        ("he owes someone called tk £300", {"tk"}),
        ('a contact saved as "BIG K" sent the messages', {"BIG K"}),
        # a name-word after a verb of talking to someone, or between commas after a relation
        ("spoke to ivy and her nan about it", {"ivy"}),
        ("her boyfriend, taz, was outside", {"taz"}),
        # an unlisted lower-case given name before a surname; a capitals name after rank and number
        ("detainee zyonne mcgillivray (15) booked in", {"zyonne mcgillivray"}),
        ("Present: PS 45 OYEWOLE and the custody sergeant", {"OYEWOLE"}),
        ("bwv review\nreviewed by: morwenna\n\nthe video shows", {"morwenna"}),
        # a given name then a surname in capitals; lower-case names after a rank or a role
        ("Father: Marek KOWALCZYK, DOB 01/02/1980", {"Marek KOWALCZYK"}),
        ("The knife was on Jordan BAKER, 17.", {"Jordan BAKER"}),
        ("present: pc grace tremlowe 4410 and me", {"grace tremlowe"}),
        ("her key worker hope penhallow rang back", {"hope penhallow"}),
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
        ("a man called the police and someone called back", ["police", "back"]),
        ("Her friend will help; her husband may come.", ["will", "may"]),
        ("He went with grace and sat with hope.", ["grace", "hope"]),
        ("Her friend, however, said nothing to summer staff.", ["however", "summer"]),
        ("subject: male, 20s, dark clothing", ["male"]),
        ("awaiting the AMHP; diagnosis of EUPD", ["AMHP", "EUPD"]),
        ("the Gypsy and Traveller liaison officer visited", ["Gypsy and Traveller"]),
        ("the pc will attend and the worker will call", ["will attend", "will call"]),
    ],
)
def test_meaning_carrying_words_stay(anonymiser, text, kept):
    result = anonymiser.anonymise(text)
    for word in kept:
        assert word in result.text
