"""Kinds of meaning-carrying words that stay readable: job titles of ordinary words, holidays,
languages, forms and service numbers, ages, all-caps notes; names beside them stay masked."""

from __future__ import annotations

import pytest


def _masked(anonymiser, text: str) -> list[str]:
    doc = anonymiser.nlp(text)
    return [text[r.start : r.end] for r in anonymiser.analyse_doc(doc)]


def _touched(masked: list[str], text: str, word: str) -> bool:
    start = text.index(word)
    spans = []
    position = 0
    for value in masked:
        at = text.index(value, position)
        spans.append((at, at + len(value)))
        position = at
    return any(s < start + len(word) and start < e for s, e in spans)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # job titles made of ordinary words
        ("Referral passed to the Anti-Social Behaviour Officer for follow up.", "Officer"),
        ("The Domestic Abuse Champion at the surgery was told.", "Domestic Abuse Champion"),
        ("SCHOOL LIAISON OFFICER INFORMED AT 0900.", "SCHOOL LIAISON OFFICER"),
        # holidays and times of year
        ("She was last seen on Boxing Day near the shops.", "Boxing Day"),
        ("Things get worse for him around Bonfire Night every year.", "Bonfire Night"),
        ("The family were celebrating Hanukkah with relatives.", "Hanukkah"),
        # languages
        ("An interpreter in Tigrinya was booked for the interview.", "Tigrinya"),
        ("She signs in BSL and her son interprets for her.", "BSL"),
        # forms, service numbers, specialist roles by abbreviation
        ("Statement taken on an MG11 at the scene.", "MG11"),
        ("The SOIT officer will arrange the ABE interview.", "SOIT"),
        ("Advised to call NHS 111 if the pain gets worse.", "111"),
        ("Supervisor: PS to review before end of shift.", "PS"),
        # ages
        ("We found a 14-year-old boy asleep in the car.", "14-year-old"),
        # equipment, faith, armed forces, communities, field headings
        ("Use of force: Taser drawn but not fired.", "Taser"),
        ("He served in the Royal Navy and struggles with loud noise.", "Royal Navy"),
        ("She asked to keep her Quran with her in the cell.", "Quran"),
        ("Background: three missing episodes since the summer.", "Background"),
        # capitals of ordinary words in an all-caps note
        ("OFFICERS DEALT WITH A SUDDEN DEATH AT THE ADDRESS.", "SUDDEN DEATH"),
        ("HE COMPLAINED OF NAUSEA AND DIZZINESS.", "NAUSEA"),
    ],
)
def test_meaning_carrying_words_are_not_masked(anonymiser, text, kept):
    masked = _masked(anonymiser, text)
    assert not _touched(masked, text, kept), masked


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mum Sarah said the children were asleep.", "Sarah"),
        ("Aunty Folasade attended with the children.", "Folasade"),
        ("Met Hate Crime Officer Daniel Okafor at the station.", "Daniel Okafor"),
        ("Christmas Eve was when Kieran Doyle went missing.", "Kieran Doyle"),
        ("SUPPORT WORKER DARIUSZ NOWAK ATTENDED.", "DARIUSZ NOWAK"),
        ("Subject: Wiktor Zielinski, 17, stopped near the park.", "Wiktor Zielinski"),
        # names that are also abbreviations of practice (RUI, ABE) are not allowed words
        ("Mum said Rui Demir had gone out.", "Rui Demir"),
        ("Abe Kowalski was interviewed under caution.", "Abe Kowalski"),
    ],
)
def test_names_beside_kept_words_stay_masked(anonymiser, text, name):
    assert name in _masked(anonymiser, text)


def test_title_at_line_end_does_not_take_the_next_line(anonymiser):
    text = "Present: TIP and Detective Sergeant\nTopic: a disclosure at school."
    assert "Topic" not in _masked(anonymiser, text)


def test_service_number_after_nhs_is_not_an_identifier(anonymiser):
    text = "Given an NHS 111 leaflet on release."
    assert _masked(anonymiser, text) == []
