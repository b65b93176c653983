"""The kinds dev22 showed missing, through the whole real pipeline: initials a person goes by,
repeated in lower case; a quoted alias given by a self-naming phrase or an alias label, whole;
a full name in capitals with an unlisted surname; a word-surname on a custody board line; a
full name written again where only its surname was found; a nickname glossed by a bracketed
real name; a collar number after a rank and a name with a one-letter part, or after its short
label; plates with an unread letter in the middle. And the words they must leave alone: family
words in other languages, an Act's initials and year, abstract nouns, a language booked through
an interpreting service, a word-name qualifying a plural noun, a compound word, an address
that ends before a sentence."""

from __future__ import annotations

import pytest
from detections import covered


@pytest.mark.parametrize(
    ("text", "word", "occurrence"),
    [
        # initials given as a person's name, repeated in lower case in any position
        ('crew: PC 3391 Tomasz WRÓBEL ("TW") and me\nhe kicks off. tw stays calm.', "tw", 0),
        ('Lead officer Dana Mbeki ("DM").\nthanks to dm for the handover.', "dm", 0),
        # a quoted alias after a self-naming phrase or an alias label keeps its kin word/rank
        ('she met a woman calling herself "Auntie Precious" online', "Auntie Precious", 0),
        ('Subject: Liam Hart   AKA: "Boss" / DOB 01/02/1990', "Boss", 0),
        ('He owed a man they called "Uncle Dee" for the phone.', "Uncle Dee", 0),
        # a full name in capitals whose surname is in no list
        ("0210 next of kin: sister IRINA HRYTSENKO, to be called", "IRINA HRYTSENKO", 0),
        # a word-surname in capitals on a record line that goes on with a DOB or an age
        ("Room 3 - BIRD, Callum (DOB 11/04/2001), remanded.", "BIRD", 0),
        ("4) WISDOM, Kofi, 15, stopped in the park.", "WISDOM", 0),
        # a full name written again, on a log line that opens on its word-name
        ("Gran, Ivy Rowe, will attend.\n2115 Ivy Rowe arrives at the front desk.", "Ivy", 1),
        # a word a person goes by, the brackets after it giving the name
        ("The licensee is Duke (real name Marlon Edwards) on 07700 900318.", "Duke", 0),
        # a collar number after a rank and a name with a one-letter part, or its short label
        ("Reviewed by Sgt Ó Dálaigh 4471 at the desk.", "4471", 0),
        ("Present: Insp Ruth Odell, PS Kamal Shah collar 2290.", "collar 2290", 0),
    ],
)
def test_dev22_person_kind_is_covered(anonymiser, text, word, occurrence):
    assert covered(anonymiser, text, word, occurrence)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("a blue Astra, partial plate KX21 ?BN, seen leaving", "KX21 ?BN"),
        ("CCTV gives WR70 T*K only", "WR70 T*K"),
    ],
)
def test_dev22_plates_with_an_unread_letter_inside(found, text, span):
    assert any(t == "UK_VEHICLE_REGISTRATION" and span in s for s, t in found(text)), found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # family words in other languages
        ('The boy kept shouting "where is Hooyo".', "Hooyo"),
        ("She asked for her Babcia and her Dziadek.", "Babcia"),
        ('He cried "Tėtis, come back".', "Tėtis"),
        # an Act's initials or a section before the Act's year
        ("Power used: s.1 PACE 1984 and s.23 MDA 1971.", "1971"),
        ("Detained under MHA 1983, taken to the suite.", "1983"),
        # abstract nouns made from a word
        ("Themes:\nCriminalisation of children in care.", "Criminalisation"),
        ("Learning\nAdultification bias was named in supervision.", "Adultification"),
        # an interpreting service and the language booked
        ("Interview used Language Line Tigrinya throughout.", "Tigrinya"),
        # a word-name in a compound with an ordinary word
        ("Summer Blake rang. It was a summer-long dispute.", "summer-long"),
        # an address ends at its sentence: the next sentence is no town
        ("Seen at 12 Larch Road. Operation Encompass was notified.", "Operation"),
    ],
)
def test_dev22_kept_words(touched, text, word):
    assert not touched(text, word)


def test_dev22_word_name_before_a_plural_noun_is_the_word(touched):
    text = "Storm Harper (17) was arrested.\n- Storm warnings were out all night."
    assert not touched(text, "Storm", 1)


@pytest.mark.parametrize(
    "text",
    [
        "Storm Harper (17) was arrested.\n- Storm damages his cell door.",  # a verb, an object
        "Storm Harper (17) was arrested. Storm shouts and pulls away.",  # "shouted": a verb
    ],
)
def test_dev22_word_name_then_a_verb_stays_a_name(anonymiser, text):
    assert covered(anonymiser, text, "Storm", 1)
