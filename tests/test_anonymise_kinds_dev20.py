"""The kinds of person dev20 showed missing, through the whole real pipeline: lower-case
surnames after a rank and number, word-names in a list of people, capitals surnames alone,
names listed with ages, contact names and chat speakers, quoted nicknames opening a record."""

from __future__ import annotations

import pytest
from detections import covered


@pytest.mark.parametrize(
    ("text", "word", "occurrence"),
    [
        # a short lower-case surname after a rank and a collar number, and its later mentions
        ("footage: pc 5531 ng + pc 1456 o'reilly. approx 0350.", "ng", 0),
        ("footage: pc 5531 ng + pc 1456 o'reilly. later ng approaches slowly.", "ng", 1),
        ("crew: pcso 4410 li, pc 2290 hart. li spoke to mum.", "li", 0),
        ("officers pc 3321 wu and pc 4410 mensah attended", "wu", 0),
        # a word-name as an item of a lower-case list of people, then as a subject
        ("me (amber), will from the street pastors, pc rich patel and pcso o'donnell.", "will", 0),
        (
            "me (amber), will from the street pastors, pc rich patel and pcso o'donnell.\n"
            "2345 - will gave her water.",
            "will",
            1,
        ),
        ("present: me (jade), hope, pc rich patel, pcso dan o'hara", "hope", 0),
        # a quoted pair of names, one a word
        (
            'she came with "jade and precious" from the halls.\njade\'s nan lives near.',
            "precious",
            0,
        ),
        # a capitals surname alone after the full name in capitals
        ('Other adult: Lee "Chalky" WHITE (partner)\n\nWHITE returned at 1640hrs.', "WHITE", 1),
        ("Suspect: Darren KING, 34.\nKING was arrested at 1900.", "KING", 1),
        # names listed with ages, and their lower-case reuse
        ("kids: Arman 6, Leyla 3 (both with vic)", "Arman", 0),
        ("kids: Arman 6, Leyla 3 (both with vic). arman holding leyla in the bedroom.", "arman", 0),
        ("children Zofia (8) and Nyambura (5) were at school", "Nyambura", 0),
        # a contact name that is a word, the speaker label of a pasted chat, and its mentions
        ('messages from a contact saved as "King 👑". Screenshot:', "King", 0),
        (
            "Screenshot pasted:\n  King: u coming out 2nite\n  Lacey: cant\n  King: say ur at mine",
            "King",
            1,
        ),
        ('saved in her phone as "Boss". The number for "Boss" comes back to him', "Boss", 1),
        # a quoted nickname opening a record entry, and its lower-case reuse after a slash
        ('CELL 6 - "SPIKE" - refuses name. Believed Gavin Lockhart.', "SPIKE", 0),
        ('3) "Smudge" / Kai Summers 16 M W1 - dob 4/7/08.', "Smudge", 0),
        ('3) "Smudge" / Kai Summers 16 M W1.\nfor TIP - Kai/smudge was shaking after', "smudge", 0),
        # a passport's capital letters belong to its number
        ("he held her passport (EA 4471903) and bank card", "EA 4471903", 0),
    ],
)
def test_dev20_person_kind_iscovered(anonymiser, text, word, occurrence):
    assert covered(anonymiser, text, word, occurrence)


@pytest.mark.parametrize(
    ("text", "word", "occurrence"),
    [
        # a verb or an English word after a rank and number stays
        ("pc 5531 attended. then pc 1234 arrived, and", "attended", 0),
        # "will" the modal beside a list stays
        ("she will, if she can, ring pc rich patel and pcso o'donnell.", "will", 0),
        ("Kyle Smith, Amy Jones, will be at the meeting", "will", 0),
        # "white" as a colour or an ethnicity stays
        ('Other adult: Lee "Chalky" WHITE\nIC1 WHITE BRITISH male seen.', "WHITE", 1),
        ("Other adult: Lee WHITE\nHe drove a white van.", "white", 0),
        # a place and a number in a list is no name and age
        ("Cell 6, Cell 3 were out of service, Kyle Smith 16 in cell 2", "Cell", 0),
        # form fields are no chat
        ("Name: Kyle Smith\nRisk: HIGH\nAction: refer", "Risk", 0),
        # speech at a line start is no record entry
        ('"Stop" - Kyle shouted at the door.', "Stop", 0),
        # a slash between words that are no names stays
        ("Kai Summers was calm/quiet after", "quiet", 0),
    ],
)
def test_dev20_kind_leaves_words_alone(touched, text, word, occurrence):
    assert not touched(text, word, occurrence)


@pytest.mark.parametrize(
    ("text", "span", "entity_type"),
    [
        # the flat, floor, shop or bay before an address belongs to it
        (
            "lives flat 11, 3rd floor, Kingsland House, St Mary's St.\nlog follows",
            "flat 11, 3rd floor, Kingsland House, St Mary's St",
            "ADDRESS",
        ),
        (
            "addr: flat 2 above the nail bar, 67 northam rd, soton",
            "flat 2 above the nail bar, 67 northam rd",
            "ADDRESS",
        ),
        ("Apology letter drafted, to Bay 3, Tinker's Lane.", "Bay 3, Tinker's Lane", "ADDRESS"),
        # an extension's second group
        ("rose.k@hantspolice.example.uk, ext. 4457 1190.", "4457 1190", "PHONE_NUMBER"),
        # a dotted handle a few words after a platform's name word
        ("He gave a Snapchat name for a second male: gz.lil.b.", "gz.lil.b", "HANDLE"),
        ("his Insta account - k.dog_x", "k.dog_x", "HANDLE"),
        # lower-case venues: a shop after "of", a pub "the <word> anchor", a uni
        ('she lives "round the back of the lidl by the bridge".', "the lidl", "ORGANIZATION"),
        (
            "call from door staff at the rusty anchor on east street",
            "the rusty anchor",
            "ORGANIZATION",
        ),
        # the initials of an organisation named in full
        (
            "taken to Antelope House place of safety. friend met them at AH.",
            "AH",
            "ORGANIZATION",
        ),
    ],
)
def test_dev20_identifier_kind_is_masked_whole(found, text, span, entity_type):
    assert (span, entity_type) in found(text)


@pytest.mark.parametrize(
    ("text", "word", "occurrence"),
    [
        # a unit word with no number, or a number with no unit word, takes no address head
        ("He is at 3, Tinker's Lane now.", "at", 0),
        ("aged 11, 14 Elm Road", "aged", 0),
        # capitals labels before an id stay labels
        ("passport ID 4471903 seen", "seen", 0),
        # no dot, too short, or no colon: no handle
        ("Snapchat name for him: unknown", "unknown", 0),
        ("Snapchat name given: a.m. today", "a.m", 0),
        # an anchor that is no pub, a boot that is no shop
        ("the ship dropped the anchor", "anchor", 0),
        ("a pair of boots and a coat", "boots", 0),
    ],
)
def test_dev20_identifier_kind_leaves_words_alone(touched, text, word, occurrence):
    assert not touched(text, word, occurrence)


def test_dev20_rank_letters_are_no_organisation_initials(found):
    text = "Taken to Portsmouth Police Station. PS 3415 booked him in."
    assert not any(
        entity_type == "ORGANIZATION" and span == "PS" for span, entity_type in found(text)
    )


def test_dev20_two_capitals_before_a_noun_are_a_term(touched):
    text = "Community Scrutiny Panel met. CS spray was not used."
    assert not touched(text, "CS")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a list of qualities beside people's names is no list of people
        (
            "Summary: Amira's approach showed empathy, patience and collaboration. Craig's too",
            "patience",
        ),
        # a kin word saved as a contact stays
        ('JJ\'s phone going off constantly - contact "Mama" and "Skeng".', "Mama"),
    ],
)
def test_dev20_lists_and_contacts_leave_words_alone(touched, text, word):
    assert not touched(text, word)
