"""The kinds dev27 (police shorthand) showed missing, through the whole real pipeline: a
capitals record's role label before a name that is also a word, a syllable nickname after a
rank, a pet's name in quotes, an initial and a double-barrelled surname's initials, a login
written as a name, a hurried lower-case initial that speaks, a lower-case word-name after a
verb of care, named premises and short street forms in capitals; and the words kept:
interpreting and social-care shorthand, plural role acronyms, "tag" in capitals, a capitals
preposition before an institution, capitals service and kin words the model took for an
organisation, an abbreviated role before a name."""

from __future__ import annotations

import pytest
from detections import covered


@pytest.mark.parametrize(
    ("text", "word", "occurrence"),
    [
        # a record's role label, then a listed name that is also an English word
        ("S1 PACE. DRIVER MASON REED DETAINED, PASSENGER TERRY BARKER SEEN RUNNING.", "TERRY", 0),
        ("S1 PACE. DRIVER MASON REED DETAINED, PASSENGER TERRY BARKER SEEN RUNNING.", "MASON", 0),
        ("0340 ROUSING CHECK - DO PARKER AT HATCH, DP RESPONSIVE.", "PARKER", 0),
        # a nickname from a surname's first syllable, written after a rank, then alone
        ("Crew: PC gilly (Gilchrist) 4410 and PC Shah.\ngilly drove, gilly was upset.", "gilly", 2),
        ("Sgt Robertson 2290 on scene. later robbo took the first account.", "robbo", 0),
        # a pet's name in quotes after the pet word
        ('He kept asking who would feed his cat "Pickle" while he was in.', "Pickle", 0),
        # an initial and the initials of a double-barrelled surname
        ("Reviewer: Sade Okafor-Lyons. Feedback from S O-L: good use of quotes.", "S O-L", 0),
        # a staff login written as a name
        ("entry added by r.kowalski at 0915, checked later.", "r.kowalski", 0),
        # a lower-case initial speaking, for a person the note names
        ("Kwame seen with mum.\nk said he walked home alone.", "k", 0),
        # a lower-case word-name as the object of a verb of care
        ("Grace is four. Kai said he looked after grace all night.", "grace", 0),
        # named premises and short street forms in capitals
        ("OFFENCE: THEFT - HOLLYBROOK FARM, KINGSCLERE - CAD 2231.", "HOLLYBROOK FARM", 0),
        ("ASSESSED. BED FOUND AT ELMLEIGH HOUSE, HAVANT.", "ELMLEIGH HOUSE", 0),
        ("SEARCH FOLLOWING ROBBERY ON NELSON MANDELA AVE 2215HRS.", "NELSON MANDELA AVE", 0),
    ],
)
def test_dev27_person_and_place_kind_is_covered(anonymiser, text, word, occurrence):
    assert covered(anonymiser, text, word, occurrence)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # interpreting and social-care shorthand, plural role acronyms
        ("mum upset, Lang Line used (Polish) for the account.", "Lang Line"),
        ("Referred to CSC the same night.", "CSC"),
        ("Trafficking indicators, so MSHT team called.", "MSHT"),
        ("Two crimes, two different OICs, never linked.", "OICs"),
        ("Handed to the MH liaison nurse at 0200.", "MH liaison"),
        ("The Autism Alert Card was shown but not read.", "Autism Alert Card"),
        # "TAG" in capitals is no handle label
        ("AA REQUESTED - YOUTH OFFENDING / TAG YOUTH AA SERVICE.", "YOUTH OFFENDING"),
        # a capitals preposition and acronym before an institution stay out of it
        ("NOTE: HBPOS AT ST ANNES HOSPITAL FULL.", "HBPOS"),
        # capitals service and kin words the model took for an organisation
        ("ON PNC - SELF HARM WARNING 2019. OBS LEVEL 2.", "SELF HARM"),
        ('DP ASKED FOR FOOD. "JUST RING ME MAM". DETAINEE CALM.', "MAM"),
        # an abbreviated role before a name
        ("ON CPA - CMHT CARE COORD NADIA FERREIRA AWARE.", "COORD"),
    ],
)
def test_dev27_kept_words(touched, text, word):
    assert not touched(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a stop word or a verb after a role label is no name
        ("DRIVER WILL BE REPORTED. DO NOT DISTURB.", "WILL"),
        ("IP ROSE SAID SHE WAS FINE.", "SAID"),
        # a family member's house in capitals is no named premises
        ("TAKEN TO HIS NANS HOUSE, THEN AT A SAFE HOUSE.", "NANS HOUSE"),
        # a syllable nickname that is a word, never written after a rank
        ("Carruthers interviewed. He said to carry on.", "carry"),
        # the word after other leads stays a word
        ("Grace is four. There is no grace period for the fine.", "grace period"),
        # "i said" is the writer; a letter no named person starts with is no initial
        ("Kwame seen with mum. i said ok. d said nothing.", "i said"),
        ("Kwame seen with mum. i said ok. d said nothing.", "d said"),
    ],
)
def test_dev27_words_stay_words(touched, text, word):
    assert not touched(text, word)
