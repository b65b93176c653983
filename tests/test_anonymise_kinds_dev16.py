"""The kinds of identifier dev16 showed missing, through the whole real pipeline: lower-case
recurrences of a name, quoted lower-case nicknames, signature lists, officer and staff numbers,
registration numbers, lower-case months, house-name addresses, lower-case venues and towns."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "span", "entity_type"),
    [
        # a lower-case recurrence of a name given capitalised, where a name stands
        ("Her foster mum Carol died. amadi asks about carol and listens.", "carol", "PERSON"),
        ("Support from Dawn at the hub. later we rang dawn again.", "dawn", "PERSON"),
        # quoted lower-case nicknames after a naming word, and their later bare mentions
        ('names going round for the suspect: "k-dog", "little t" - more later', "k-dog", "PERSON"),
        (
            'names going round: "k-dog", "little t" - lucky thinks little t is him',
            "little t",
            "PERSON",
        ),
        ('he is aka "smiler" on the estate', "smiler", "PERSON"),
        # an initial and a surname in a list of signatures
        ("Signed R Powell / A Chukwu / N.O.", "A Chukwu", "PERSON"),
        # an officer's label word and number, whole, wherever it stands
        (
            "Stop & account notes - shoulder number 771 Barrington (special)",
            "shoulder number 771",
            "OFFICER_ID",
        ),
        ("he asked for my collar no. 2904 so I gave it", "collar no. 2904", "OFFICER_ID"),
        # registration and staff numbers
        ("HCP Nurse Rhiannon Powell (reg. NMC 09A1234E) assessed DP.", "NMC 09A1234E", "OTHER_ID"),
        ("Seen by the FME (GMC 7012345) at 02:10.", "GMC 7012345", "OTHER_ID"),
        ("23:05 - DDO Amber Chukwu 6642: brother phoned.", "6642", "OTHER_ID"),
        # lower-case months where only a date stands
        ("brook says Carol died in december and she has nobody.", "december", "DATE_TIME"),
        ("he was robbed near the station in august. crime ref to follow", "august", "DATE_TIME"),
        ("night shift sun 4th may, cell 6 quiet", "sun 4th may", "DATE_TIME"),
        ("seen on the 3rd of march by the GP", "the 3rd of march", "DATE_TIME"),
        # a numbered house named with "the", its street and town, in lower case
        (
            "lives 3 the old forge, mill lane, wexcombe po12 8lb gp wexcombe",
            "3 the old forge, mill lane, wexcombe",
            "ADDRESS",
        ),
        (
            "address: 7 the granary, church road. nothing else",
            "7 the granary, church road",
            "ADDRESS",
        ),
        # lower-case venues whose name words are English words
        (
            "aged 20, at the harbour view hostel, since may",
            "the harbour view hostel",
            "ORGANIZATION",
        ),
        ("gift (youth worker, the bridge youth hub), me", "the bridge youth hub", "ORGANIZATION"),
        ("the boys hang at powerhouse gym after school", "powerhouse gym", "ORGANIZATION"),
        ("after the stabbing outside club neon earlier.", "club neon", "ORGANIZATION"),
        (
            "drunk & disorderly from the lamb & flag. very distressed",
            "the lamb & flag",
            "ORGANIZATION",
        ),
        # a generic unit named with its area
        (
            "Pc 3412 Bhattarai (Roads Policing Unit East) Record no. 7719",
            "Roads Policing Unit East",
            "ORGANIZATION",
        ),
        # foreign towns: capitalised, or after a word of residence when also a word
        ("She came to the UK from Aleppo with her father.", "Aleppo", "LOCATION"),
        ("his daughter siobhan lives in cork - no number.", "cork", "LOCATION"),
        # a lower-case street or centre word after a place
        ("s60 search - brackford town centre - my notes", "brackford town centre", "LOCATION"),
    ],
)
def test_dev16_kind_is_masked_whole(found, text, span, entity_type):
    assert (span, entity_type) in found(text)


@pytest.mark.parametrize(
    ("text", "word", "occurrence"),
    [
        # the English word after a determiner, a pronoun or as a verb stays
        ("Hope came with her mum. there was no hope of bail.", "hope", 0),
        ("Rose is her nan. she sat by a rose bush.", "rose", 0),
        ("Will was calm. she will call back later.", "will", 0),
        ("Carol rang. we sang a carol together.", "carol", 0),
        ("Dawn left at the dawn of the day.", "dawn", 0),
        # speech after a verb of calling is not a nickname list
        ('she said "fine" and left', "fine", 0),
        # "may" the modal after an ordinal, and a month after a vague word
        ("the 3rd may be late.", "may", 0),
        ("they will march in late march", "march", 0),
        # a month in a general remark, not an event
        ("dark clothing, that's half the island in november.", "november", 0),
        # an address shape with no postcode and no living label
        ("at 3 the kids, went up the road.", "3", 0),
        # descriptive venues are no names
        ("he went to the bail hostel, then the local gym.", "bail", 0),
        ("then the youth hub for food", "youth", 0),
        ("we went to club night at the hall", "night", 0),
        # an officer's number needs its label word
        ("shoulder injury 2 days ago", "2", 0),
        # a generic unit without its area is kept
        ("The Roads Policing Unit attended.", "Roads", 0),
        # "A" after a slash with no name before it is the article
        ("tea / A drink was offered.", "A", 0),
    ],
)
def test_dev16_kind_leaves_words_alone(touched, text, word, occurrence):
    assert not touched(text, word, occurrence)
