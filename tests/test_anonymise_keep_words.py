"""Meaning-carrying words stay readable: practice vocabulary, feelings, capitals, and
ordinary words that were part of a lower-case name elsewhere."""

from __future__ import annotations

import pytest


def _masked(anonymiser, text: str) -> list[str]:
    doc = anonymiser.nlp(text)
    return [text[r.start : r.end] for r in anonymiser.analyse_doc(doc)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Support: peer supporters contacted by the sergeant.", "peer supporters"),
        ("He had threatened door staff with a bottle.", "door staff"),
        ("03:30 Healthcare practitioner saw DP, no new injuries.", "Healthcare practitioner"),
        ("Discussed with Sgt. Bias check: would we have searched him?", "Bias"),
        ("Good GOWISELY explanation given before the search.", "GOWISELY"),
        ("DASH scored high, MARAC referral made.", "DASH"),
        ("Learning points:\n• Loneliness creates the conditions for exploitation.", "Loneliness"),
        ("- The school has since put in a plan with her.", "The school"),
        ("RETURN HOME INTERVIEW BY MISSING TEAM; PASS CARD TO MUM.", "MISSING TEAM"),
        ("CLIP 2: OFFICER ASKS OPEN QUESTIONS, CALM TONE.", "CALM"),
        ("NATE HAD A NOKIA BRICK WITH MESSAGES ON IT.", "BRICK"),
    ],
)
def test_practice_words_and_capitals_are_kept(anonymiser, text, kept):
    start = text.index(kept)
    end = start + len(kept)
    doc = anonymiser.nlp(text)
    touching = [
        text[r.start : r.end]
        for r in anonymiser.analyse_doc(doc)
        if r.start < end and r.end > start
    ]
    assert touching == []


def test_capitalised_names_in_capitals_still_masked(anonymiser):
    masked = _masked(anonymiser, "NATE HAD A PHONE. JOHN BAKER WAS WITH HIM.")
    assert "NATE" in masked
    assert any("JOHN" in m and "BAKER" in m for m in masked)


@pytest.mark.parametrize(
    ("text", "masked_word", "kept_at"),
    [
        # the name spreads to its name positions, not to the ordinary word
        (
            "missing child summer atkinson-lee (13) found. referral made. summer holidays "
            "coming so plan needed.",
            "summer",
            "summer holidays",
        ),
    ],
)
def test_lower_case_name_part_does_not_spread_to_ordinary_word(
    anonymiser, text, masked_word, kept_at
):
    doc = anonymiser.nlp(text)
    found = anonymiser.analyse_doc(doc)
    first = text.index(masked_word)
    assert any(r.start <= first < r.end for r in found)
    later = text.index(kept_at)
    assert not any(r.start < later + len(kept_at) and r.end > later for r in found)


@pytest.mark.parametrize(
    "text",
    [
        "detainee summer atkinson-lee (13). later summer said she was cold.",
        "detainee summer atkinson-lee (13). later spoke with summer - she was cold.",
        "detainee summer atkinson-lee (13). later summer's mum arrived.",
        "detainee summer atkinson-lee (13). later summer cried.",
    ],
)
def test_lower_case_name_part_still_spreads_to_name_positions(anonymiser, text):
    doc = anonymiser.nlp(text)
    found = anonymiser.analyse_doc(doc)
    second = text.index("summer", text.index("later"))
    assert any(r.start <= second < r.end for r in found)
