"""Lead words before services stay readable ("Chase MASH", "Our TIP", "Mum works"), kin
words of other languages and pets' names stay, and named venues in informal shapes are masked
whole ("the Jamia Noor mosque", "greggs on high st"); names beside them stay masked."""

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
        # pets the text names as pets
        "rocky the dog bit a pcso on the arm.",
        "Their dog called Tyson was barking at the door.",
        "Tyson, the family's dog, was taken to kennels.",
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
        ("Amber showed him her rabbit (Blossom, pet).", ["Amber"]),
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
