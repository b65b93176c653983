"""People, a flat address and kept words of kinds an independent dev set showed (issue 3)."""

from __future__ import annotations

import pytest


def _found(anonymiser, text: str) -> list[tuple[str, str]]:
    doc = anonymiser.nlp(text)
    return [(r.entity_type, text[r.start : r.end]) for r in anonymiser.analyse_doc(doc)]


def _touched(anonymiser, text: str, part: str) -> bool:
    start = text.index(part)
    end = start + len(part)
    return any(
        r.start < end and r.end > start for r in anonymiser.analyse_doc(anonymiser.nlp(text))
    )


def test_flat_named_building_and_street_without_a_number(anonymiser):
    text = "Her neighbours at Flat 19, Gunwharf View, Ordnance Row are filming her."
    assert ("ADDRESS", "Flat 19, Gunwharf View, Ordnance Row") in _found(anonymiser, text)


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("I first met Ana Paula Ferreira (APF) at the front office. APF said", "APF"),
        ("Detained person Gheorghe Lacatus (GL), born 1975. 0430 GL reported pain.", "GL"),
    ],
)
def test_initials_in_brackets_after_a_full_name_are_masked_everywhere(anonymiser, text, initials):
    found = _found(anonymiser, text)
    assert found.count(("PERSON", initials)) == 2


def test_acronym_in_brackets_after_a_service_is_not_a_person(anonymiser):
    found = _found(anonymiser, "He was referred to the Youth Offending Team (YOT) today.")
    assert ("PERSON", "YOT") not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('He shouts "Lizzie you\'ll regret this" at her.', "Lizzie"),
        ("0:22 makuach (4521) pulls the lad off him", "makuach"),
        ("pc will hughes pc 3390 + me attended.", "will hughes"),
        ("health visitor rose kemp rang 101 as parents missed visits.", "rose kemp"),
        ("baby An (4 mths) seen, feeding ok", "An"),
        ('driver believed to be Kurdo Rasul aka "K-Dog".', "Kurdo Rasul"),
    ],
)
def test_name_kinds_are_masked(anonymiser, text, name):
    assert ("PERSON", name) in _found(anonymiser, text)


def test_a_lower_case_first_name_later_is_masked_before_a_past_tense(anonymiser):
    text = "pc will hughes pc 3390 attended. what went well - will got down to his level."
    assert _found(anonymiser, text).count(("PERSON", "will")) == 1


@pytest.mark.parametrize(
    "text",
    [
        '"Please you need to calm down," she said.',
        "the pc will attend pc 3390 later",
        "health visitor then rang 101 about it",
        "baby (4 mths) seen, feeding ok",
    ],
)
def test_not_names(anonymiser, text):
    assert not [f for f in _found(anonymiser, text) if f[0] == "PERSON"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The officer completing the Philomena Protocol form wrote it down.", "Philomena"),
        ('Consider the "Herbert Protocol" for him.', "Herbert"),
        ("1510 - CPS decision: charged. Bail conditions set by the court.", "Bail"),
        ("01:50 - Ambulance conveyed. Handover to charge nurse.", "Ambulance"),
        ("smell alone is not enough under PACE Code A. Good body-worn video.", "A. Good"),
        ("3 lads near the skate park, all approx 14-15. Report from a dog walker.", "14-15"),
        ("3 lads near the skate park. Report from a dog walker.", "dog walker"),
        ("(By chance the store CCTV was down.)", "chance"),
    ],
)
def test_keep_kinds_are_left_alone(anonymiser, text, kept):
    assert not _touched(anonymiser, text, kept)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("after three jobs back to back. Sid said he felt bad.", "Sid"),
        ("liaison and diversion (Abi is the L&D worker today)", "Abi"),
        ("Rose refused to speak to us.", "Rose"),
        ("Mr Hunter called. Hunter said he saw it.", "Hunter"),
        ("DS A. Good said the interview was over.", "A. Good"),
    ],
)
def test_names_at_an_entry_start_stay_masked(anonymiser, text, name):
    assert ("PERSON", name) in _found(anonymiser, text)
