"""An allowed acronym ("RHI", "STORM", "ACE") is kept only in capitals or as written; the same
letters in title or lower case can be a person's name (allow.py, rules/pii/allow.yml)."""

from __future__ import annotations

import pytest
from detections import covered, touched

from tips_nlp.anonymise.allow import PhraseSet, is_acronym


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("RHI", True),
        ("ACEs", True),
        ("TRiM", True),
        ("A&E", True),
        ("Storm", False),
        ("TikTok", False),
        ("Mum", False),
        ("DASH risk assessment", False),
    ],
)
def test_an_acronym_is_one_word_starting_with_two_capitals(phrase, expected):
    assert is_acronym(phrase) is expected


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("An RHI was booked.", [(3, 6)]),
        ("Three ACES and two ACEs.", [(6, 10), (19, 23)]),
        ("rhi (tip) booked it", []),
        ("Rhi booked it", []),
        ("Seen at a&e and A&E.", [(8, 11), (16, 19)]),  # "A&E" written "a&e" is a&e
    ],
)
def test_an_acronym_matches_only_in_its_own_case_or_capitals(text, spans):
    allowed = PhraseSet(["RHI", "ACEs", "a&e"], cased_acronyms=True)
    assert allowed.spans(text) == spans


def test_a_phrase_of_words_matches_in_any_case():
    allowed = PhraseSet(["Storm log", "Children's Services"], cased_acronyms=True)
    assert allowed.spans("storm log 12 to CHILDREN'S SERVICES") == [(0, 9), (16, 35)]
    assert "STORM LOG" in allowed
    assert "Rhi" not in PhraseSet(["RHI"], cased_acronyms=True)
    assert "RHI's" in PhraseSet(["RHI"], cased_acronyms=True)
    assert "Rhi" in PhraseSet(["RHI"])  # other phrase sets match in any case


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("hot debrief - notes by rhi (tip). rhi to book trim for the crew.", "rhi"),
        ("Notes pasted in by Storm (TIP) after the shift.", "Storm"),
        ("When Storm met him in custody she asked about his mum.", "Storm"),
    ],
)
def test_a_name_spelt_like_an_allowed_acronym_is_masked(anonymiser, text, value):
    assert covered(anonymiser, text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Logged on STORM at 22:10; RHI booked with the Missing Team.", "STORM"),
        ("Logged on STORM at 22:10; RHI booked with the Missing Team.", "RHI"),
        ("A Storm log was raised for concern for welfare.", "Storm log"),
        ("Four ACEs were identified at the strategy meeting.", "ACEs"),
        ("Referral to MASH and CAMHS made.", "MASH"),
    ],
)
def test_an_allowed_acronym_in_capitals_is_kept(anonymiser, text, value):
    assert not touched(anonymiser, text, value)
