"""Kinds of names an independent set showed (data/anonymiser/dev5/): word-names and modern given
names, surname particles after a title, surnames in capitals as records write them, hyphenated
word-names, quoted nicknames after a lead word, initials as a subject, a name after a role and a
colon; the same words in ordinary senses stay (recognizers/names.py, rules/pii/names.yml, the
name lists built by data/pii/make_name_lists.py)."""

from __future__ import annotations

import pytest
from detections import covered, touched


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # word-names and modern given names from the regenerated lists
        ("Her phone showed calls to Justice and to Honour after midnight.", "Justice"),
        ("Her phone showed calls to Justice and to Honour after midnight.", "Honour"),
        ("The older male, Legend Asante, 22, was not present.", "Legend Asante"),
        ("We spoke to Rhi and she booked the room.", "Rhi"),
        # surname particles between a title and the name
        ("Mr ab Owen lives alone on the farm.", "ab Owen"),
        ("Ms ni Bhriain was the appropriate adult.", "ni Bhriain"),
        ("Mrs van der Berg rang the front desk at 9.", "van der Berg"),
        ("Mr St Clair declined to give a statement.", "St Clair"),
        # a surname in capitals among words that are not
        ("Spoke to the mother (surname PATEL on the tenancy) at the door.", "PATEL"),
        ("Cell 4 - HUSSAIN, Waqar b. 11/02/1991, drunk and disorderly.", "HUSSAIN"),
        # hyphenated given names made of listed names
        ("Lily-Mae Cartwright (15) was collected by her aunt.", "Lily-Mae Cartwright"),
        ("Later Summer-Rose said she had not eaten.", "Summer-Rose"),
        # nicknames in quotes after a lead word
        ('The pills were handed over by "Smokey" near the shop.', "Smokey"),
        ('He mentioned a boy called "Lil K" from the estate.', "Lil K"),
        ('Messages show contact with "Tiny" on most nights.', "Tiny"),
        ('His uncle, "Big Mo", drove him home.', "Big Mo"),
        # two capitals as the subject of speech
        ("KB said he would wait outside.", "KB"),
        # a name after a role and a colon
        ("Health visitor: Ivy at the children's centre.", "Ivy"),
    ],
)
def test_a_name_of_this_kind_is_masked(anonymiser, text, value):
    assert covered(anonymiser, text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("There is a real chance he will reoffend.", "chance"),
        ("She asked about justice for her brother.", "justice"),
        ("The storm damaged the fence last winter.", "storm"),
        ("Referral made to MASH and CAMHS on the same day.", "CAMHS"),
        ("DP said he was cold.", "DP"),
        ('She said "fine" and left the room.', "fine"),
        ('She wrote "Thank You" on the card.', "Thank You"),
        ("Follow-up booked with the school nurse.", "Follow-up"),
        ("The case was referred to MARAC on Tuesday.", "MARAC"),
    ],
)
def test_the_same_words_in_other_senses_are_kept(anonymiser, text, value):
    assert not touched(anonymiser, text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Son Kacper (aged 9) was hiding in the bedroom.", "Son"),
        ("Referred to Youth Justice for an out of court disposal.", "Youth Justice"),
    ],
)
def test_kin_words_and_service_names_are_kept(anonymiser, text, value):
    assert not touched(anonymiser, text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Son Kacper (aged 9) was hiding in the bedroom.", "Kacper"),
        ('jordan said he was scared. messages: "no excuses this time jordz"', "jordz"),
    ],
)
def test_the_name_after_a_kin_word_and_a_pet_form_are_masked(anonymiser, text, value):
    assert covered(anonymiser, text, value)
