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
        # generic services, roles and feelings written with capitals (the model's guesses)
        ("The Community Mental Health Team were informed.", "Community Mental Health Team"),
        (
            "Discussed at the Multi-Agency Safeguarding Hub on Monday.",
            "Multi-Agency Safeguarding Hub",
        ),
        ("He was taken to the Place of Safety under s136.", "Place of Safety"),
        ("Mum said she was Frightened and Ashamed.", "Frightened and Ashamed"),
        ("He showed signs of Trauma, Hypervigilance and Dissociation.", "Hypervigilance"),
        ("She slept at the Bus Station that night.", "Bus Station"),
        ("Safety plan agreed with the Victim Navigator.", "Victim Navigator"),
        ("DP was Compliant throughout and polite.", "Compliant"),
        ("She disclosed Coercive Control and Financial Abuse.", "Coercive Control"),
        ("Rationale: Sarge agreed with the grounds.", "Sarge"),
        ("On Bank Holiday Monday it rained all day.", "Bank Holiday"),
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


@pytest.mark.parametrize(
    ("text", "word_at", "masked"),
    [
        # a name found capitalised spreads to its lower-case and capital name positions
        ("DP Grace Tanaka-Wells arrested.\nobs: grace is asleep.", "grace is", True),
        ("Hope Adeyemi was seen. Later hope said she was cold.", "hope said", True),
        ("PC ROSE ADAMS ARRIVED. ROSE ASKS OPEN QUESTIONS.", "ROSE ASKS", True),
        # ... and not to the ordinary word
        ("Hope Adeyemi was seen. There is hope she will engage.", "hope she", False),
        ("Summer Reid (14) found. The summer holidays start soon.", "summer holidays", False),
        ("Will Adams took the call. She will ring back.", "will ring", False),
        ("PC WILL JONES ATTENDED.\nWILL FOLLOW UP WITH MUM.", "WILL FOLLOW", False),
    ],
)
def test_name_spreads_to_name_positions_only(anonymiser, text, word_at, masked):
    doc = anonymiser.nlp(text)
    found = anonymiser.analyse_doc(doc)
    at = text.index(word_at)
    word_end = at + len(word_at.split()[0])
    assert any(r.start < word_end and r.end > at for r in found) is masked
