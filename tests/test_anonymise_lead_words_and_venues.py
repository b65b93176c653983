"""Lead words before services stay readable ("Chase MASH", "Our TIP", "Mum works"), kin
words of other languages stay, pets' names are masked as [PET n] ("her rabbit, [PET 1]"), and
named venues in informal shapes are masked whole ("the Jamia Noor mosque", "greggs on high st");
names beside them stay masked."""

from __future__ import annotations

import pytest


def _masked(anonymiser, text: str) -> list[str]:
    doc = anonymiser.nlp(text)
    return [text[r.start : r.end] for r in anonymiser.analyse_doc(doc)]


@pytest.mark.parametrize(
    "text",
    [
        # an imperative or possessive before an allowed service or role
        "Actions: 1. Chase CAMHS referral for the boy.",
        "She chose to talk. Offer Refuge early; book an interpreter.",
        "Our TIP met him after the interview.",
        "Refer MARAC. DVPN to be considered.",
        # a role before lower-case words only
        "Dad is away. Mum works nights at a warehouse.",
        # kin words of other languages
        "Nanu (maternal grandmother) lives with them.",
        "She hides in the wardrobe when Bố is angry.",
        # a kind word after an ordinary opening word names no venue
        "Local mosque leaders were supportive.",
        "The church youth club helps.",
    ],
)
def test_meaning_words_stay(anonymiser, text: str) -> None:
    assert _masked(anonymiser, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name after a lead word stays masked, lead word and all (recall first)
        ("Chase Marsh said he was fine.", ["Chase Marsh"]),
        (
            "School visits: Our Lady of Lourdes RC School next week.",
            ["Our Lady of Lourdes RC School"],
        ),
        ("Contact Sarah Hale about the visit.", ["Sarah Hale"]),
        # people beside pet words stay masked
        ("Sam the dog handler arrived at 10.", ["Sam"]),
        ("Jayden Cole, dog bite victim, was seen.", ["Jayden Cole"]),
        # a saint's possessive is part of a school's name
        ("Referred to Operation Encompass for St Aldhelm's (DSL).", ["St Aldhelm's"]),
        # a capitalised name before a lower-case kind of venue
        ("He attends the Jamia Noor mosque on Sundays.", ["the Jamia Noor mosque"]),
        ("Sessions at the Hilltop youth club help him.", ["the Hilltop youth club"]),
        # lower-case shops on lower-case streets, with or without an article
        ("place: greggs on high st then the park", ["greggs on high st"]),
        ("met outside the chippy on station rd at 9", ["the chippy on station rd"]),
        # a lower-case church school
        ("ask school (st barnabas c of e) about him", ["st barnabas c of e"]),
    ],
)
def test_names_and_venues_masked(anonymiser, text: str, expected: list[str]) -> None:
    assert _masked(anonymiser, text) == expected


def _anonymised(anonymiser, text: str) -> tuple[str, list[tuple[str, str]]]:
    result = anonymiser.anonymise(text)
    return result.text, [(text[e.start : e.end], e.entity_type) for e in result.entities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name the words beside it call a pet, detected as a name: retyped PET
        (
            "Their dog called Tyson was barking at the door.",
            "Their dog called [PET 1] was barking at the door.",
        ),
        (
            "Tyson, the family's dog, was taken to kennels.",
            "[PET 1], the family's dog, was taken to kennels.",
        ),
        (
            "Amber showed him her rabbit (Blossom, pet).",
            "[PERSON 1] showed him her rabbit ([PET 1], pet).",
        ),
        # a pet's name no recognizer found: added as PET
        ("rocky the dog bit a pcso on the arm.", "[PET 1] the dog bit a pcso on the arm."),
        ("her dog named pepper ran off.", "her dog named [PET 1] ran off."),
        # every other occurrence of the name is the same pet, detected or not
        (
            "She has the dog, Major. Major is a staffie cross and Major's lead was cut.",
            "She has the dog, [PET 1]. [PET 1] is a staffie cross and [PET 1]'s lead was cut.",
        ),
        (
            "She asked to take her rabbit, Daisy, with her. Daisy is white.",
            "She asked to take her rabbit, [PET 1], with her. [PET 1] is white.",
        ),
        (
            "rocky the dog bit him. not a person, just the family staffie, rocky",
            "[PET 1] the dog bit him. not a person, just the family staffie, [PET 1]",
        ),
        # a longer name holding the pet's stays a person
        (
            "Their XL bully, Tyson, was seized. Tyson Fury was on TV.",
            "Their XL bully, [PET 1], was seized. [PERSON 1] was on TV.",
        ),
    ],
)
def test_pet_names_masked_as_pets(anonymiser, text: str, expected: str) -> None:
    anonymised, entities = _anonymised(anonymiser, text)
    assert anonymised == expected
    assert {t for _, t in entities} <= {"PET", "PERSON"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a titled name is a person, cat or not
        ("Mr Tibbles the cat scratched her.", "Mr [PERSON 1] the cat scratched her."),
        # a job after the pet word, or a pet word before a job: people
        ("Sam the dog handler arrived at 10.", "[PERSON 1] the dog handler arrived at 10."),
        ("The dog walker, Jane, found him.", "The dog walker, [PERSON 1], found him."),
        ("PC Smith the dog handler arrived.", "PC [PERSON 1] the dog handler arrived."),
        # ordinary words beside pet words, and a name-word with no pet word: no pet
        ("She walked the dog at 9 and fed the cat.", "She walked the dog at 9 and fed the cat."),
        (
            "the dog, which was loose, bit her. The dog unit attended.",
            "the dog, which was loose, bit her. The dog unit attended.",
        ),
        ("The major was retired from the army.", "The major was retired from the army."),
    ],
)
def test_no_pet_without_pet_words_beside_a_name(anonymiser, text: str, expected: str) -> None:
    anonymised, entities = _anonymised(anonymiser, text)
    assert anonymised == expected
    assert "PET" not in {t for _, t in entities}


def test_capitalised_word_elsewhere_is_no_pet_without_pet_words(anonymiser) -> None:
    """ "a Major incident" is not retyped: no pet word names Major in the text."""
    _, entities = _anonymised(anonymiser, "It was declared a Major incident at 10:00.")
    assert "PET" not in {t for _, t in entities}


def test_allowed_pet_name_not_added(anonymiser) -> None:
    """A caller's allow-list holds back an added pet's name as it does any other."""
    text = "She has the dog, Major. Major is old."
    assert anonymiser.anonymise(text, allow=["Major"]).text == text
