"""Names, organisations and places in notes written all in lower case (phone notes, BWV and
stop-search notes) are masked by their shape; ordinary words in the same places are kept
(recognizers/names.py, recognizers/lower_case_shapes.py, rules/pii/place_shapes.yml,
lower_case_orgs.yml, names.yml)."""

from __future__ import annotations

import pytest

from tips_nlp.anonymise.recognizers.names import lower_case_shapes


def _masked(anonymiser, text: str) -> list[tuple[str, str]]:
    result = anonymiser.anonymise(text, return_mapping=True)
    return [
        (text[e.start : e.end], e.placeholder.strip("[]").rsplit(" ", 1)[0])
        for e in result.entities
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("summer-leigh o'connell, 13, looked after", "summer-leigh o'connell"),
        ("driver: daisy-mae pike (dob unknown)", "daisy-mae pike"),
        ("what changed it was summer-leigh telling her nurse", "summer-leigh"),
        ('subject: ben "bugsy" haworth, 18', 'ben "bugsy" haworth'),
        ('he was darius "d" hosseini, 27', 'darius "d" hosseini'),
        ("reviewed by the sgt and jade (tip) on the day", "jade"),
        ("team meeting – hope (tip, havant) quick one", "hope"),
        ("the night shelter where amber on the desk knew him", "amber"),
        ("checked with his boss rob by phone", "rob"),
        ('case study: "R" – exploitation and a teachable moment', "R"),
        ("Guy on nights, if you read this, thanks", "Guy"),
        ("i no where jade lives now", "jade"),
        ('who: maddison "maddie" clarke-o\'brien, yr 10', 'maddison "maddie" clarke-o\'brien'),
        ('she kept asking for "frank" who turns out to be her husband', "frank"),
    ],
)
def test_a_lower_case_name_is_masked_as_a_person(anonymiser, text, value):
    assert (value, "PERSON") in _masked(anonymiser, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("came over from ryde on the ferry", "ryde"),
        ("she lives in shirley with mum", "shirley"),
        ("lives on the wecock farm estate now", "the wecock farm estate"),
        ("sleeping rough in the memorial park bandstand", "the memorial park"),
        ("notes – cowes ferry terminal at night", "cowes ferry terminal"),
        ("seen in the red funnel car park", "the red funnel car park"),
        ("year 9 at admiral lord nelson school", "admiral lord nelson school"),
        ("test at the st mary's sexual health clinic", "the st mary's sexual health clinic"),
        ("in hospital at st mary's newport tonight", "st mary's newport"),
        ("goes to the buckland youth hub on thursdays", "the buckland youth hub"),
        ("the pentecostal church in shirley helps", "the pentecostal church in shirley"),
        ("went to the red lion after work", "the red lion"),
        ("drinking in the fisherman's arms", "the fisherman's arms"),
        ("he works at the chippy on high street", "the chippy on high street"),
        ("taken to the maples place of safety", "the maples"),
        ("incident at st bede's catholic college today", "st bede's catholic college"),
    ],
)
def test_a_lower_case_place_or_organisation_is_masked(anonymiser, text, value):
    found = _masked(anonymiser, text)
    assert any(span == value and kind in {"PLACE", "ORGANISATION"} for span, kind in found)


@pytest.mark.parametrize(
    "text",
    [
        "went to the park after school",
        "in the local hostel",
        "back from school at four",
        "stayed at home",
        "the council estate was quiet",
        "her old school rang",
        "in support of her",
        "waited in the car park",
        "the bus station",
        "the whole estate knew",
        "the skate park at night",
        "a good school",
        "her old primary school",
        "his secondary school",
        'she said "fine" and left',
        'she says there is "hope" now',
        "grounds: vehicle circling car park with lights off",
        "the catholic school",
        "the shop on the corner",
        "she has moved on to reading at bedtime",  # "moved to reading" is the town
        "the maple tree",
        "there is hope on the way",
        'plan "B" was agreed',
        "she will help",
        "his boss said no",
        "where hope lies",
        "a rose-gold phone and a jack-knife",
        "a follow-up call",
        "spoke to the duty sergeant on the desk",
    ],
)
def test_ordinary_lower_case_words_are_kept(anonymiser, text):
    assert _masked(anonymiser, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("from ryde", [("ryde", "LOCATION")]),
        ("and shirley", []),  # a given name after a loose lead word stays a person's
        ("in shirley", [("shirley", "LOCATION")]),
        ("at st mary's newport", [("st mary's newport", "ORGANIZATION")]),
        ("in the abbey estate", [("the abbey estate", "LOCATION")]),
        (
            "patrol at brookside park, romsey",
            [("brookside park", "LOCATION")],  # "romsey" is the gazetteer's
        ),
        ("vehicle circling car park", []),
        ("in reading", []),
        ("the housing estate", []),
    ],
)
def test_lower_case_shapes_report_exact_spans(text, expected):
    found = [(text[s:e], kind) for s, e, kind in lower_case_shapes().find(text)]
    assert found == expected
