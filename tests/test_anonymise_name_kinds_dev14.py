"""Kinds of names the dev14 tuning set showed missed: a title and a lone letter standing for
an officer ("PC W:"), bare initials made of a named person's first letters in action lists,
a name in capitals after "NAME" or "NURSE" in a custody record, and quoted nicknames after
'owes' or someone's mate; the same shapes that name nobody stay (recognizers/names.py,
spans.py)."""

from __future__ import annotations

import pytest
from detections import covered, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a title and a lone letter: the letter is the person, and every bare use of it
        ('key: PC K = PC 4410 Kemi Adebayo. 02:10 PC K: "step back please."', "K"),
        ("02:10 Sgt R speaks to the landlord outside.", "R"),
        ("Miss D said she had not slept.", "D"),
        ("Mr T's account was taken at 14:00.", "T"),
        # initials made of a named person's first letters, used bare in minutes
        ("Present: Lena Marsh, Oskar Duda.\n- LM and OD to visit after school.", "LM"),
        ("Present: Lena Marsh, Oskar Duda.\n- LM and OD joint visit on Friday.", "OD"),
        ("Signed: R. HOLLOWAY\n3. RH - speak to the school nurse.", "RH"),
        # a name in capitals after the word a record calls it by
        ("DP GAVE NAME KWAKU, LATER REFUSED TO CONFIRM.", "KWAKU"),
        ("0930 HCP NURSE OLUWADAMILOLA SEEN DP. FIT TO DETAIN.", "OLUWADAMILOLA"),
        # the writer in brackets after "me", initials before a capitals surname
        ("present: me (jade), pc 3321 lowe, the dp's mum.", "jade"),
        ("cards in other names (K T ADEBAYO-COLE) found in the wallet.", "K T ADEBAYO-COLE"),
        ("Bank card in the name R. OYELARAN found.", "R. OYELARAN"),
        # a surname in capitals that is also a word, first in a person's field
        ("DETAINED PERSON: BISHOP, Kwame Jordan   DOB 01/02/2008", "BISHOP"),
        # listed names after "Apologies:" that are English words
        ("Apologies: Summer Field (school nurse), Dan Webb", "Summer Field"),
        # quoted nicknames after a debt or a named person's relation
        ('DP SAYS HE OWES "LITTLE MAN" FOR THE PHONE.', "LITTLE MAN"),
        ('He says he owed "Smudge" money for the bag.', "Smudge"),
        ('A second male was known to Kyle\'s cousin "Smiler" only.', "Smiler"),
    ],
)
def test_a_name_of_this_kind_is_masked(anonymiser, text, value):
    assert covered(anonymiser, text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # initials that match nobody named, or that are a rank or role
        ("Present: Lena Marsh.\n- SW to visit after school.", "SW"),
        ("Daniel Price was booked in at 14:00. DP calm and settled.", "DP"),
        ("Dan Smith attended. DS to review the footage.", "DS"),
        # a title then a capital that is no stand-in for a person
        ("Sent to A&E with PC Grant. PC A&E liaison informed.", "A&E"),
        ("She said the PC I spoke to was kind.", "I"),
        ("spoke to me (again) about the night", "again"),
        ("note by me (tip) after the visit", "tip"),
        ("A BMW was seen. I SAW HIM RUN.", "BMW"),
        ("Name: NOT GIVEN, refused all details.", "NOT GIVEN"),
        ("Apologies: Children's Services, Youth Offending Team", "Youth Offending Team"),
        # quoted words after 'owes' that are not capitalised
        ('He says he owes "nothing" to anyone.', "nothing"),
        ("his name is on the list", "name"),
    ],
)
def test_the_same_shape_naming_nobody_is_kept(anonymiser, text, value):
    assert not touched(anonymiser, text, value)


def test_a_word_name_that_speaks_is_not_read_as_a_noun_modifier(anonymiser):
    """ "and brook said": "and" before the name is no noun compound ("kitchen knife")."""
    text = "met brook okafor at the door. we waited and brook said it scared him."
    start = text.rindex("brook")
    inside = {
        i for r in anonymiser.analyse_doc(anonymiser.nlp(text)) for i in range(r.start, r.end)
    }
    assert all(i in inside for i in range(start, start + len("brook")))


def _protected_at(anonymiser, text: str, start: int, end: int) -> bool:
    inside = {
        i for r in anonymiser.analyse_doc(anonymiser.nlp(text)) for i in range(r.start, r.end)
    }
    return all(i in inside for i in range(start, end))


def test_a_word_name_opening_a_log_entry_before_its_verb_is_masked(anonymiser):
    """'everyone calls him "tank"' ... 'tank flinches.': the text named him by the word."""
    text = 'everyone calls him "moose" - 17. 0:15 pc says "alright moose". moose flinches.'
    start = text.rindex("moose")
    assert _protected_at(anonymiser, text, start, start + len("moose"))


def test_a_short_given_name_that_is_a_little_word_is_masked_inside_a_sentence(anonymiser):
    """'NGUYEN VAN AN' ... 'and An would not speak'; 'An officer' at a sentence start stays."""
    text = "DETAINED PERSON: TRAN VAN AN (17). An officer sat with him, and An would not speak."
    start = text.rindex("An")
    assert _protected_at(anonymiser, text, start, start + 2)
    assert not touched(anonymiser, text, "An officer")


@pytest.mark.parametrize(
    "text",
    [
        "Summer Hayes (mum) attended. summer holidays are hard for her.",
        "the army tank rolls past. a tank drives by.",
    ],
)
def test_a_plural_noun_or_verb_after_the_ordinary_word_keeps_it(anonymiser, text):
    word = "summer holidays" if "summer" in text else "tank rolls"
    assert not touched(anonymiser, text, word)
