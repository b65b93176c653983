"""Names the recognizers found only in part (tips_nlp/anonymise/name_structures.py), through the
whole real pipeline: every letter of the name must be inside a detection, and the ordinary
words beside them stay untouched."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def protected(anonymiser):
    """Whether every letter and digit of the given occurrence of a name lies in a detection."""

    def covers(text: str, name: str, occurrence: int = 0) -> bool:
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(name, start + 1)
        entities = anonymiser.anonymise(text).entities
        return all(
            any(e.start <= i < e.end for e in entities)
            for i in range(start, start + len(name))
            if text[i].isalnum()
        )

    return covers


@pytest.mark.parametrize(
    ("text", "name", "occurrence"),
    [
        # a particle joined by a hyphen inside a given name
        ("Incoming: Sgt Noor ul-Ain Qureshi (PS 2954)", "Noor ul-Ain Qureshi", 0),
        ("Najm ud-Din Khan spoke to the TIP.", "Najm ud-Din Khan", 0),
        ("Witness Habib ur-Rehman was calm.", "Habib ur-Rehman", 0),
        ("Zain ul Abideen Shah was seen by the TIP.", "Zain ul Abideen Shah", 0),
        # Vietnamese names whose parts are words or surnames, in either order
        ("Parents: Van Thanh Tran (father) and Hoa Pham (mother).", "Van Thanh Tran", 0),
        ("- LE Thi Hoa, female, early 20s", "LE Thi Hoa", 0),
        ("Persons: TRAN Van Minh, female 30s, no documents.", "TRAN Van Minh", 0),
        # a surname that is a word after a listed given name
        ('Arrested with Conor Ward and "Spider" for burglary.', "Conor Ward", 0),
        ("Present: Ellie King and Aaron Hall from the hostel.", "Aaron Hall", 0),
        # a capitals surname and a comma before a given name, no field label
        ("CELL 11 - HALL, Jade - EL/2504/0096\nSec 136.", "HALL, Jade", 0),
        ("Subject SMITH, Kyle aged 15 was searched.", "SMITH, Kyle", 0),
        # a quoted nickname right after a name, and its later use inside a quoted message
        ('REAR PASSENGER: MALIK, Hamza "Hammy"  aged 17', "Hammy", 0),
        ('MALIK, Hamza "Hammy" aged 17. Phone: ("need 2 Hammy").', "Hammy", 1),
        # a name-word on a shift or post
        ("Staff at the home (Brook on nights) had seen her.", "Brook", 0),
        ("Mark on the desk said the cell was free.", "Mark", 0),
        # a family by the plural of a surname that is a word
        ("Present: Kyle and Jordan Price. AHMED confirmed both Prices are held.", "Prices", 0),
        # a ranked officer's capitals name opening a log line again
        ("PC 6114 STORM (camera 1)\n- 00:20 STORM draws Taser.", "STORM", 1),
        # a relation's name given in apposition, later before a noun
        (
            "Her sister, Crystal, had been told off. I think about the comment made to "
            "Crystal years ago.",
            "Crystal",
            1,
        ),
    ],
)
def test_name_found_only_in_part_is_protected_whole(protected, text, name, occurrence):
    assert protected(text, name, occurrence)


@pytest.mark.parametrize(
    ("text", "word", "occurrence"),
    [
        ("The storm hit the coast. She will call. Will you help?", "storm", 0),
        ("crystal meth was found in the car.", "crystal", 0),
        ("A brook ran behind the flats.", "brook", 0),
        ("It was the major incident of the night.", "major", 0),
        ("Staff on the ward round told Kyle Smith.", "ward", 0),
        ("Focus on nights is key for the team.", "Focus", 0),
        ("Met Kyle Ward 3 nurse at the hospital.", "Ward", 0),
        ("Name: Kyle Jones. NOTE, he was calm.", "NOTE", 0),
        ("00:20 STORM shows the call graded as urgent.", "STORM", 0),  # no officer Storm
        ("Present: Kyle and Jordan Price. Prices of drugs rose.", "Prices of", 0),
        ("Her care plan was kept up-to-date by Kyle Jones.", "up-to-date", 0),
    ],
)
def test_ordinary_word_beside_a_name_shape_is_kept(touched, text, word, occurrence):
    assert not touched(text, word, occurrence)
