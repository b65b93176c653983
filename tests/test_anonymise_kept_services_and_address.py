"""Words that carry a case's meaning stay readable while the people beside them are masked:
national services and schemes, a role and a title before a name, and a term of address
("alright sonny") in a note that also names someone by the same word."""

from __future__ import annotations

import pytest


def _masked(anonymiser, text: str) -> list[str]:
    doc = anonymiser.nlp(text)
    return [text[r.start : r.end] for r in anonymiser.analyse_doc(doc)]


def _touched(masked: list[str], text: str, word: str) -> bool:
    start = text.index(word)
    end = start + len(word)
    return any(
        s < end and start < s + len(m)
        for m in masked
        for s in [i for i in range(len(text)) if text.startswith(m, i)]
    )


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Given the StreetLink number and a hostel list on release.", "StreetLink"),
        ("Ex-forces; Veterans' Gateway details passed to Owen Pryce.", "Veterans' Gateway"),
        ("Scam calls: referral to Trading Standards for Edith Marsh.", "Trading Standards"),
        ("The Single Competent Authority decided in her favour.", "Single Competent Authority"),
        (
            "An Independent Child Trafficking Guardian was requested for Minh.",
            "Independent Child Trafficking Guardian",
        ),
        ("She came over under Homes for Ukraine with her son.", "Homes for Ukraine"),
        ("Charge advice sought from CPS Direct at 02:00.", "CPS Direct"),
        ("Logged for Community Trigger figures as Gail Rowe asked.", "Community Trigger"),
    ],
)
def test_national_services_are_kept(anonymiser, text, kept):
    masked = _masked(anonymiser, text)
    assert not _touched(masked, text, kept), masked


def test_names_beside_national_services_still_masked(anonymiser):
    text = "Given the StreetLink number and a hostel list on release. Owen Pryce thanked us."
    assert "Owen Pryce" in _masked(anonymiser, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("21:05 Neighbour Mrs Achterberg says the shouting stopped.", "Achterberg"),
        ("Neighbour Mr Quayle let officers in through the side gate.", "Quayle"),
    ],
)
def test_role_before_title_leaves_the_name_span(anonymiser, text, name):
    masked = _masked(anonymiser, text)
    assert name in masked, masked
    assert not _touched(masked, text, "Neighbour"), masked


def test_term_of_address_after_greeting_is_kept_though_a_name_elsewhere(anonymiser):
    text = (
        "Honey Barton (6) was asleep upstairs. The PC told her mum 'alright honey, "
        "we'll sort it'. Honey woke at 3am."
    )
    masked = _masked(anonymiser, text)
    assert not _touched(masked, text, "honey,"), masked
    assert "Honey Barton" in masked
    assert sum(m == "Honey" for m in masked) == 1, masked


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Officer said 'alright Sonny' to Sonny Hale at the gate.", "Sonny'"),  # capitalised
        ("alright sonny said hello to Sonny Hale at the gate.", "sonny said"),  # a subject
    ],
)
def test_capitalised_or_subject_address_words_stay_names(anonymiser, text, word):
    masked = _masked(anonymiser, text)
    assert _touched(masked, text, word), masked
