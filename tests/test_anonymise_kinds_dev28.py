"""The kinds dev28 (family-centred safeguarding notes) showed missing, through the whole real
pipeline: a word-surname after a given name the lists lack and again in capitals, a street
nickname in capitals, a relative named between commas after a kin word, a pet described before
its kind, a surname no list holds after a capitals role label, a record's word-name acting
again, pet forms of given names, a lower-case short month and year, a hospital by its town,
a venue's rooms, a pub in lower case, a shopping centre's own name alone; and the words kept:
in-law kin words, capitals adjectives that are also names, attendee fields split by slashes,
a job title on a signature line, a capitals role after an institution word."""

from __future__ import annotations

import pytest
from detections import covered


@pytest.mark.parametrize(
    ("text", "word", "occurrence"),
    [
        # a surname that is a word after a given name the lists lack, then alone in capitals
        ("- Zorana Price - aunt, has the younger two on weekends.", "Zorana Price", 0),
        ("Present: Ellis Price (dad).\nOUTCOME: PRICE FAMILY TO ATTEND.", "PRICE", 0),
        # a street nickname in capitals: a prefix and a coined word or a name
        ('HE SAID "DEZ AND LIL TREZZY HAD THE BAG, NOT ME".', "LIL TREZZY", 0),
        ("IT WAS ME, KOFI AND LITTLE MARK AT THE PARK.", "LITTLE MARK", 0),
        # a relative named between commas after a kin word, though the name is a word
        ("HIS LITTLE SISTER, BRAMBLE, WAS IN THE CAR SEAT.", "BRAMBLE", 0),
        ("Her youngest son, Wolf, is six and very anxious.", "Wolf", 0),
        # a pet described before its kind
        ("Mabel, the neighbours' elderly terrier, barked all night.", "Mabel", 0),
        # a surname no list holds after a capitals role label
        ("14:10 HCP ADEKUNBIRO - FIT TO INTERVIEW.", "ADEKUNBIRO", 0),
        # pet forms of given names, in a capitals record
        ('DP KEPT ASKING "WHERE IS HATTIE, WHO HAS GOT HATTIE".', "HATTIE", 0),
        # a lower-case short month and year
        ("previous assault (feb 2024, no report made).", "feb 2024", 0),
        # a hospital by its town and General; a venue's rooms; a pub in lower case
        ("- Arlo fractured arm - Winchester General. Mum went with him.", "Winchester General", 0),
        ("LOCATION: OUTSIDE THE PUMPHOUSE ROOMS, ALBERT ROAD.", "PUMPHOUSE ROOMS", 0),
        ("parked up by the laughing fox, then drove off.", "laughing fox", 0),
        # a shopping centre's own name again without its kind word
        (
            "ARREST AT MARLBRIDGE SHOPPING CENTRE. CCTV FROM MARLBRIDGE CONTROL ROOM.",
            "MARLBRIDGE",
            1,
        ),
    ],
)
def test_dev28_identifier_kind_is_covered(anonymiser, text, word, occurrence):
    assert covered(anonymiser, text, word, occurrence)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # in-law kin words stay out of the name after them
        ("STAYING WITH HIS BROTHER-IN-LAW DARIUS KEMP TONIGHT.", "BROTHER-IN-LAW"),
        ("She went to her sister in law Rhiannon Pugh.", "sister in law"),
        # a capitals word-name used as an adjective
        ("FRANK HILL BOOKED IN 14:00. BEING FRANK, THE CELLS ARE FULL.", "BEING FRANK"),
        ("UNCLE LONG NGUYEN VISITED. ONE LONG NIGHT FOR STAFF.", "ONE LONG"),
        # an attendee's fields set apart by slashes
        ("- Ioan Pritchard / Trauma Informed Practitioner / Wessex Police", "Trauma Informed"),
        # a job title on a signature line above the service
        ("Thanks,\nMeryl Hanbury-Stokes, Senior Social Worker\nChildren's Services", "Senior"),
        # a capitals role after an institution word; a little word before "site"
        ("MEDS ARRANGED VIA CUSTODY NURSE.", "CUSTODY NURSE"),
        ("CUSTODY NURSE ON SITE TILL 22:00.", "ON SITE"),
    ],
)
def test_dev28_kept_words(touched, text, word):
    assert not touched(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # "little" and "big" as adjectives, not a nickname's head
        ("THERE WAS A LITTLE MARK ON HIS ARM.", "MARK"),
        ("HE SAID IT WAS NO BIG DEAL.", "BIG DEAL"),
        # a parenthetical word between commas after a kin word
        ("HER MUM, AGAIN, REFUSED TO ENGAGE.", "AGAIN"),
        # "the ward" after a Ward family is the hospital's
        ("Levi Ward visited. Sky was moved to the ward at 10:00.", "ward at"),
        # a title before "General"
        ("The Attorney General guidance was quoted.", "Attorney General"),
    ],
)
def test_dev28_words_stay_words(touched, text, word):
    assert not touched(text, word)
