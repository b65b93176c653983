"""The kinds dev23 showed missing, through the whole real pipeline: whole names in ALL-CAPITALS
records (surname first with several parts, a given name beside an unlisted surname, a courtesy
title, a rank with a collar number), nicknames "known only as", lower-case names after "is",
and the words kept: lower-case acronyms of services, endearments, "the" + a word-name, Act
sections and capitals words that look like plates, national schemes and idioms."""

from __future__ import annotations

import pytest
from detections import covered


@pytest.mark.parametrize(
    ("text", "word", "occurrence"),
    [
        # surname first in capitals, with particles, two given names or an unlisted one
        ("CELL 4 — DOS REIS MOREIRA, JOAQUIM — AR/22019/26 — DOB 02/02/1992", "DOS REIS", 0),
        ("DP: FAIRCLOUGH, HAZEL MAY    DOB 11/04/1988\nHOME: NFA", "HAZEL MAY", 0),
        ("23:10 KOWALCZYK, RADEK DOB 05/05/2007. PC 1180 DANBY. NIL.", "KOWALCZYK, RADEK", 0),
        # a listed given name in capitals beside an unlisted surname, either way round
        ("14:20 AA MARGARET ODUNSI ARRIVED FOR INTERVIEW.", "MARGARET ODUNSI", 0),
        ("INCOMING: SGT PRIYA TEMBERLEY 2290\nOUTGOING: SGT D. HALL 1120", "PRIYA TEMBERLEY", 0),
        ("SOLICITOR FATIMA EL-HADDAD ATTENDED AT 10:05.", "FATIMA EL-HADDAD", 0),
        ("PASSENGER: JAVONTE WILLIAMS, NO ID GIVEN.", "JAVONTE WILLIAMS", 0),
        # a courtesy title before a capitals surname, also one that is a word
        ("MANAGER MR TREWHELLA HAPPY WITH THE OUTCOME.", "TREWHELLA", 0),
        ("11:00 MRS HALL (MOTHER) ATTENDED. MRS HALL TOLD THE DP TO CALM DOWN.", "HALL", 1),
        # a rank, capitals words and a collar number: the name and the number
        ("AUTHORISED BY SUPT HYWEL PRITCHARD 0417 FOR 15 HOURS.", "HYWEL PRITCHARD 0417", 0),
        ("BOOKED IN BY SGT FELICITY HARGREAVES-LOWE 3361. DP CALM.", "FELICITY", 0),
        # a nickname "known only as", and its use later
        ('He mentioned a man known only as "Biscuit". He owes Biscuit money.', "Biscuit", 1),
        # a lower-case name given as what someone is, before an age
        ("ip is patience mbeki, 44, lives alone.", "patience mbeki", 0),
    ],
)
def test_dev23_person_kind_is_covered(anonymiser, text, word, occurrence):
    assert covered(anonymiser, text, word, occurrence)


def test_dev23_collar_number_after_rank_and_capitals_name(found):
    text = "AUTHORISED BY SUPT HYWEL PRITCHARD 0417 FOR 15 HOURS."
    assert any(t == "OFFICER_ID" and "0417" in s for s, t in found(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # lower-case acronyms of services in quick notes; the word after them too
        ("risk high. marac referral done tonight, idva leaflet left.", "marac"),
        ("risk high. marac referral done tonight, idva leaflet left.", "referral"),
        ("risk high. marac referral done tonight, idva leaflet left.", "idva"),
        # endearments after a greeting
        ('He said "alright sonny, where you off to" and laughed.', "sonny"),
        ('Honey the spaniel was shut in. PC says "alright honey, come here".', "alright honey"),
        # the word after "the", though the record names someone by it
        (
            "22:10 MCALLISTER, BROOK DOB 01/01/2007. BROOK STATED NOTHING.\n"
            "KNIFE FOUND IN THE BROOK BEHIND THE SHOPS.",
            "THE BROOK BEHIND",
        ),
        # national schemes, roles and idioms
        ("She came under the Homes for Ukraine scheme in 2022.", "Homes for Ukraine"),
        ("An Independent Child Trafficking Guardian was requested.", "Guardian"),
        ("The officer accepted the account in good faith.", "faith"),
    ],
)
def test_dev23_kept_words(touched, text, word):
    assert not touched(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("IN THE LAY-BY, EASTON ROAD, TWO MALES SEEN.", "LAY-BY"),
        ("DP GIVEN A GRACE PERIOD TO PAY.", "PERIOD"),
        ("INSP CALLED 1530 TO REVIEW.", "CALLED"),
    ],
)
def test_dev23_capitals_words_stay_words(touched, text, word):
    assert not touched(text, word)


@pytest.mark.parametrize(
    "text",
    [
        "ARRESTED S18 GBH AND S47 ABH.",
        "POSSESSION (S5 MDA 1971) NOT PROVEN.",
        "INFO VIA 101 AT 21:40.",
    ],
)
def test_dev23_act_sections_and_words_are_no_plates(found, text):
    """An Act's section before its letters, a capitals word before a number: no plate."""
    assert not any(t == "UK_VEHICLE_REGISTRATION" for _, t in found(text))


def test_dev23_plate_after_a_section_still_found(found):
    assert any(t == "UK_VEHICLE_REGISTRATION" for _, t in found("STOPPED S18 GTR ON THE A31."))
