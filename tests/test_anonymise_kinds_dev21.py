"""The kinds dev21 showed missing, through the whole real pipeline: an initial and a short
surname of a named person, a role's letters owning an action, abbreviated given names, collar
numbers without a rank, lower-case people one a line and in bullets, surname nicknames,
surnames known by their origin's ending, special constables' numbers, partial plates and
missing-person references."""

from __future__ import annotations

import pytest
from detections import covered


@pytest.mark.parametrize(
    ("text", "word", "occurrence"),
    [
        # an initial and the surname in capitals, cut to its O'/D' head, or its two initials
        ("PC 4410 Marcus Bell attended.\nReviewed (M. BELL): no issues.", "M. BELL", 0),
        ("Sgt Aoife D'Souza led. Feedback from A D’S was positive.", "A D’S", 0),
        ("TIP Niamh Mac Giolla spoke.\nNotes agreed. N MG.", "N MG", 0),
        # a role's letters owning an action where the note names someone with those initials
        ("Ian Pearce chaired.\nActions:\n- IP to send the leaflet.", "IP", 0),
        ("Dylan Pryce chaired.\n2. DP to chase the referral.", "DP", 0),
        # an abbreviated given name before a detected name
        ("Victim: Md. Rahim Uddin, 34, of no fixed abode.", "Md", 0),
        ('2) Ma. Luisa Santos ("Lu") was spoken to.', "Ma", 0),
        # a collar number in brackets after a name, and again bare after its rank
        ("Entry by Sgt Bryony Walsh - (Walsh 5512) - confirmed.", "5512", 0),
        ("pc 3398 ferris attended. Statement signed by ferris (3398).", "3398", 1),
        # people one a line in lower case, and opening bullets about how they are
        ("crew\npc 4421 tom hale\njade from the control room\nnotes", "jade", 0),
        (
            "crew\npc 4421 tom hale\nmark from the dog unit\n\n"
            "- tom fine\n- mark tired, long shift",
            "mark",
            1,
        ),
        # a nickname made from a surname the note gives
        ("ps wilkins 3310 ran it. wilko calm throughout.", "wilko", 0),
        ("PC 2201 Dean Robson drove. Robbo said nothing.", "Robbo", 0),
        # a surname known by its ending after a given name, even where the model says place
        ("Interpreter Agnieszka Wróblewska attended.", "Agnieszka Wróblewska", 0),
        ("The TIP, Oksana Kovalenko, sat with her.", "Oksana Kovalenko", 0),
    ],
)
def test_dev21_person_kind_iscovered(anonymiser, text, word, occurrence):
    assert covered(anonymiser, text, word, occurrence)


@pytest.mark.parametrize(
    ("text", "word", "occurrence"),
    [
        # the role: other uses of the letters in the note, or a passive after them
        ("Dean Price is the DP.\nDP arrived at 0200.\n- DP to email his solicitor.", "DP", 2),
        ("Dean Price arrested.\n- DP to be seen by the HCP.", "DP", 0),
        # "Ma" with no dot, or before no name
        ("He said his ma was at home.", "ma", 0),
        # a sentence line after a person is no list item
        ("pc 4521 tom hale\nrich from the sale of drugs, he bought a car.", "rich", 0),
        # an English word made of a name and an ending stays
        ("Mr Bell was sore. His belly hurt.", "belly", 0),
        ("Kay Hill drove. It was a hilly road.", "hilly", 0),
        # an object after a possessive or article is no name
        ("He has a teddy he calls his lucky bear.", "teddy", 0),
        ("Asked to remove his kara (steel bangle).", "kara", 0),
    ],
)
def test_dev21_kind_leaves_words_alone(touched, text, word, occurrence):
    assert not touched(text, word, occurrence)


@pytest.mark.parametrize(
    ("text", "span", "entity_type"),
    [
        ("special ellie hart sc 40112 was crewed with me", "sc 40112", "OFFICER_ID"),
        ("plate partly read: KM17 RT_ heading north", "KM17 RT_", "UK_VEHICLE_REGISTRATION"),
        ("witness saw HN68 R** leave", "HN68 R**", "UK_VEHICLE_REGISTRATION"),
        ("reported missing (misper ref 24-0918) last week", "24-0918", "CRIME_REF"),
    ],
)
def test_dev21_identifier_kind_is_found(found, text, span, entity_type):
    detected_spans = found(text)
    assert any(t == entity_type and span.rstrip("_*?") in s for s, t in detected_spans), (
        detected_spans
    )


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Operation Encompass notification went to the school.", "Encompass"),
        ("Gave Drinkline details and a leaflet.", "Drinkline"),
        ("Winston's Wish leaflet given to the children.", "Winston"),
        ("She has a Lasting Power of Attorney for her dad.", "Lasting"),
        ("Refer to the Independent Scrutiny Panel for review.", "Scrutiny"),
    ],
)
def test_dev21_kept_services_and_terms(touched, text, word):
    assert not touched(text, word)


def test_dev21_year_after_a_bracketed_name_is_no_collar_number(found):
    text = "report by Sgt Bryony Walsh (Walsh 2024) on file"
    assert ("2024", "OFFICER_ID") not in found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a named restaurant, a haulage or logistics firm, a business's town branch
        ("She was found at the Lucky Star restaurant in Bitterne.", "Lucky Star restaurant"),
        ("Employment: driver, Meon Valley Haulage, since 2019", "Meon Valley Haulage"),
        ("Agency work at Harbour Logistics Ltd most nights", "Harbour Logistics Ltd"),
        ("money taken out at Barclays, Hedge End branch on Friday", "Barclays, Hedge End branch"),
    ],
)
def test_dev21_named_workplaces_arecovered(anonymiser, text, word):
    assert covered(anonymiser, text, word, 0)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("They ate at a Chinese restaurant after court.", "Chinese"),
        ("Referred by Special Branch colleagues.", "Special"),
        ("He asked at the local branch about his account.", "local"),
        ("He works in logistics and haulage.", "logistics"),
    ],
)
def test_dev21_kinds_of_workplace_stay(touched, text, word):
    assert not touched(text, word)


def test_dev21_time_after_a_bracketed_name_and_comma_is_no_collar_number(found):
    text = "1940 Interpreter booked (Ionut Radu, 2115). DP calm."
    assert ("2115", "OFFICER_ID") not in found(text)
