"""Kinds an independent author's set (dev7) showed: names that minutes show by their layout,
months and days of the month as dates, named bodies and venues, and ordinary words kept."""

import pytest


def _found(anonymiser, text: str) -> list[tuple[str, str]]:
    return [
        (text[r.start : r.end], r.entity_type) for r in anonymiser.analyse_doc(anonymiser.nlp(text))
    ]


def _masked(anonymiser, text: str) -> list[str]:
    return [span for span, _ in _found(anonymiser, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a letter declared as a child's stand-in, then used bare
        (
            "Meeting about child Y (referred to as K in these minutes). K was calm. Later K slept.",
            ["K", "K", "K"],
        ),
        ('Known as "B" in this report, B is 14. B said little.', ["B", "B", "B"]),
        # initials that own an action in minutes; services and ranks do not
        ("Minutes\n- DT to chase the school.\n- GP to review meds.", ["DT"]),
        ("- JvdB and AK to arrange a visit.\n- TIP to attend.", ["JvdB", "AK"]),
        # the name in brackets after a rank and number; a role in brackets is no name
        (
            "Seen by PC 3301 (J S Flanagan) and pc 1098 (jo). PC 4521 (driver) stayed.",
            ["PC 3301", "J S Flanagan", "pc 1098", "jo", "PC 4521"],
        ),
        # a family by its surname in the plural; "the Police" is no family
        ("We spoke about the Kowalskis - they move often. the Police came.", ["Kowalskis"]),
        # quoted nicknames after a list or an owner
        (
            'Jumped by a group incl. "Tank" and "Rizzla". The phone belonged to "Ghost".',
            ["Tank", "Rizzla", "Ghost"],
        ),
    ],
)
def test_names_shown_by_minutes_layout(anonymiser, text, expected):
    assert [s for s, t in _found(anonymiser, text) if t in {"PERSON", "OFFICER_ID"}] == expected


def test_attendee_line_takes_a_name_that_starts_with_a_language_word(anonymiser):
    text = "Present:\nTamil Selvi Arumugam - DSL, Kingsmere Junior School\n- Tamil Selvi: agreed."
    masked = _masked(anonymiser, text)
    assert masked[0] == "Tamil Selvi Arumugam"
    assert "Tamil Selvi" in masked


def test_a_letter_alias_is_not_followed_for_the_article(anonymiser):
    text = "The child (referred to as A in these notes). A lot happened. A was upset."
    assert "A" not in _masked(anonymiser, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She moved out in July and has been low since February.", ["July", "February"]),
        # a name; part of a month after a word of time is a date, like "in July"
        ("Her aunt May visited. In late March she rang.", ["May", "late March"]),
        ("Rang in at 2115 on the 5th, after a fall.", ["5th"]),
        ("She lives on the 3rd floor.", []),
        ("Search under section 23 Misuse of Drugs Act 1971.", []),  # the year of an Act
    ],
)
def test_months_and_days_of_the_month(anonymiser, text, expected):
    assert _masked(anonymiser, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Treated at Wessex General Infirmary.", ["Wessex General Infirmary"]),
        ("Support from Lymford Rape Crisis.", ["Lymford Rape Crisis"]),
        ("A call from Portmere CCTV control came in.", ["Portmere CCTV control"]),
        ("The CCTV control room rang.", []),
        (
            "Pitch arranged via Eastvale Gypsy and Traveller Liaison.",
            ["Eastvale Gypsy and Traveller Liaison"],
        ),
        (
            "He was seen at the burns unit at Lymford Hospital.",
            ["the burns unit at Lymford Hospital"],
        ),
        ("SUDDEN DEATH, CRANMOOR\nAttended at 0300.", ["CRANMOOR"]),
        ("DEBRIEF, CONFIDENTIAL\nAttended at 0300.", []),
        ("2330 - Harbourside nr the Anchor Inn. Nothing found.", ["Harbourside", "the Anchor Inn"]),
        ("He was robbed on the Oakfield estate.", ["the Oakfield estate"]),
        ("They met at the Red Lion.", ["the Red Lion"]),
        ("Stopped on the A27 layby.", ["A27"]),  # "the" goes with the noun after
    ],
)
def test_named_bodies_and_venues(anonymiser, text, expected):
    assert _masked(anonymiser, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "REFERRALS\nChildren's Services via MASH.",
        "Her mother-in-law keeps it.",
        "A rose bush was pulled up.",
        "We agreed to mark up the slides.",
        "Toddler (Jack) in arms.",
        "The s.12 doctor attended.",
        "VRI arranged for the morning.",
        "Appropriate adult from the AA service.",
        "Dr Sunita Raman - paediatrician, Royal Solent Infirmary",
        "Mairead Byrne - TIP, VRU",
    ],
)
def test_kept_words_are_not_touched(anonymiser, text):
    kept = {
        "REFERRALS\nChildren's Services via MASH.": "Children's Services",
        "Her mother-in-law keeps it.": "mother-in-law",
        "A rose bush was pulled up.": "rose bush",
        "We agreed to mark up the slides.": "mark up",
        "Toddler (Jack) in arms.": "Toddler",
        "The s.12 doctor attended.": "s.12 doctor",
        "VRI arranged for the morning.": "VRI",
        "Appropriate adult from the AA service.": "AA service",
        "Dr Sunita Raman - paediatrician, Royal Solent Infirmary": "paediatrician",
        "Mairead Byrne - TIP, VRU": "TIP",
    }[text]
    start = text.index(kept)
    end = start + len(kept)
    touched = [
        text[r.start : r.end]
        for r in anonymiser.analyse_doc(anonymiser.nlp(text))
        if r.start < end and start < r.end
    ]
    assert touched == []
