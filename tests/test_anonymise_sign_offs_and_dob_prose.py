"""Dates of birth in prose, signed names with collar numbers, sign-off initials, street
nicknames' short forms, and word-names used as ordinary words (issue 3, kinds still missed)."""

from __future__ import annotations

import pytest


def _found(anonymiser, text: str) -> list[tuple[str, str]]:
    doc = anonymiser.nlp(text)
    return [(r.entity_type, text[r.start : r.end]) for r in anonymiser.analyse_doc(doc)]


def _covered(anonymiser, text: str, part: str) -> bool:
    """Every letter and digit of `part` (first occurrence) lies inside some detection."""
    start = text.index(part)
    spans = [(r.start, r.end) for r in anonymiser.analyse_doc(anonymiser.nlp(text))]
    return all(
        any(s <= i < e for s, e in spans)
        for i in range(start, start + len(part))
        if text[i].isalnum()
    )


def _touched(anonymiser, text: str, part: str) -> bool:
    start = text.index(part)
    end = start + len(part)
    return any(
        r.start < end and r.end > start for r in anonymiser.analyse_doc(anonymiser.nlp(text))
    )


@pytest.mark.parametrize(
    ("text", "dob"),
    [
        ("Owen was born 3rd March 2001 in Andover.", "born 3rd March 2001"),
        (
            "She was born on the 9th of October 2010 and lives with her nan.",
            "born on the 9th of October 2010",
        ),
        (
            "He was born on the twenty-second of January 2006.",
            "born on the twenty-second of January 2006",
        ),
        ("Her date of birth is the fifth of August 2009.", "the fifth of August 2009"),
        ("DOB was 11th Sept 07, confirmed by Mum.", "11th Sept 07"),
        ("Leah, aged 14 (21/06/2011), was found.", "21/06/2011"),
        ("Leah 14yrs, 21.6.11, was found.", "21.6.11"),
    ],
)
def test_date_of_birth_in_prose_is_found_whole(anonymiser, text, dob):
    assert ("DOB", dob) in _found(anonymiser, text)


@pytest.mark.parametrize(
    "text",
    [
        "He was born in 2008 and moved schools.",  # a bare year is no date of birth
        "She was born in Portsmouth.",
        "His date of birth is unknown.",
        "aged 15 (Year 10) at the time",
    ],
)
def test_not_a_date_of_birth(anonymiser, text):
    assert not [f for f in _found(anonymiser, text) if f[0] == "DOB"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Signed K. Obi 5127", "5127"),
        ("Signed: 5127 K Obi", "5127"),
        ("OIC Obi (5127) to update.", "5127"),
        ("reporting officer K Obi, 5127", "5127"),
        ("Author: DS M. Lewandowska 6620", "6620"),
        ("Officer: 5127 Obi", "5127"),
    ],
)
def test_collar_number_beside_a_signed_name(anonymiser, text, number):
    assert ("OFFICER_ID", number) in _found(anonymiser, text)


@pytest.mark.parametrize(
    "text", ["He was signed off sick 2024 onwards.", "Officer attended 2200 and left."]
)
def test_no_collar_number_without_a_capitalised_name(anonymiser, text):
    assert not [f for f in _found(anonymiser, text) if f[0] == "OFFICER_ID"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Signed: PC 5127 K Obi", "K Obi"),
        ("Notes typed at 16:00.\n- M Lewandowska (PS 6620)", "M Lewandowska"),
        ("Reviewed by: A Nowicka (TIP)", "A Nowicka"),
    ],
)
def test_bare_initial_joins_the_name(anonymiser, text, name):
    assert ("PERSON", name) in _found(anonymiser, text)


def test_article_before_a_name_is_not_an_initial(anonymiser):
    found = _found(anonymiser, "A Polish man called Tomasz Nowicki was stopped.")
    assert ("PERSON", "Tomasz Nowicki") in found
    assert not [f for f in found if f[1].startswith("A ")]


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Obs reviewed with the team. I will chase the referral. G", "G"),
        ("Thanks all for today.\nKind regards\nJS", "JS"),
    ],
)
def test_sign_off_initials_are_a_person(anonymiser, text, initials):
    assert _covered(anonymiser, text, initials)


@pytest.mark.parametrize(
    ("text", "letter"),
    [
        ("Risk level: H", "H"),
        ("She got a grade B", "B"),
    ],
)
def test_a_letter_that_signs_nothing_is_kept(anonymiser, text, letter):
    assert not _touched(anonymiser, text, text[text.rindex(letter) :])


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("A boy known as Little J ran off. Later J said he was scared.", "J said"),
        ("Young Zee was at the address. Mum said Zee had not slept.", "Zee had"),
        ("Big Mo sent the texts. Mo told her to keep quiet.", "Mo told"),
    ],
)
def test_street_nickname_short_form_is_the_same_person(anonymiser, text, short):
    assert _covered(anonymiser, text, short.split()[0] + " ")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Little J was there. Items: (J) T-shirt, jeans.", "T-shirt"),
        ("Little J was there. See plan J for the next steps.", "plan J"),
        ("She started at Little Acorns Nursery in September.", "Little Acorns"),
    ],
)
def test_not_a_nickname_short_form(anonymiser, text, kept):
    if kept == "Little Acorns":
        assert ("PERSON", "Little Acorns") not in _found(anonymiser, text)
    else:
        assert not _touched(anonymiser, text, kept)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He had a Frank chat with the sergeant about it.", "Frank"),
        ("A kitchen knife was found under the seat.", "kitchen knife"),
        ("There is real hope that the referral helps.", "hope"),
        ("Good work today.\n- Mark as learning for the team.", "Mark"),
    ],
)
def test_word_name_used_as_a_word_is_kept(anonymiser, text, word):
    assert not _touched(anonymiser, text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mr Frank was in custody. Later a Frank chat was had with him.", "a Frank chat"),
        ("Frank said he was tired. Later a Frank chat was had.", "a Frank chat"),
        ("Grace's mum rang. Later a Grace visit was planned.", "a Grace visit"),
        ("Mark Doyle was there.\n- Mark as learning for the team.", "Mark as"),
    ],
)
def test_word_name_the_document_uses_as_a_name_stays_masked(anonymiser, text, name):
    part = name.split()[1] if name.split()[0] == "a" else name.split()[0]
    start = text.index(name) + name.index(part)
    spans = [(r.start, r.end) for r in anonymiser.analyse_doc(anonymiser.nlp(text))]
    assert any(s <= start < e for s, e in spans)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("footage: pc 6034 big mike (the taser officer). then mike spoke to mum.", "big mike"),
        ("Big Mike was outside the shop.", "Big Mike"),
    ],
)
def test_nickname_with_a_given_name_is_found_whole(anonymiser, text, expected):
    assert ("PERSON", expected) in _found(anonymiser, text)


def test_detention_officer_rank_and_number(anonymiser):
    text = "0430 - Checked by DDO Nick Tranter (DDO 60128). Roused."
    found = _found(anonymiser, text)
    assert ("OFFICER_ID", "DDO 60128") in found
    assert ("PERSON", "Nick Tranter") in found


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ('He said a man he knew as "Sparky" gave him the phone.', "Sparky"),
        ('2) rear pass callum ("Cal") Brennan dob 03.02.2008 - calm', "Cal"),
    ],
)
def test_quoted_nickname_after_knew_as_or_in_brackets(anonymiser, text, nickname):
    assert ("PERSON", nickname) in _found(anonymiser, text)


def test_quoted_word_in_brackets_after_a_non_name_is_kept(anonymiser):
    text = 'The room ("Quiet") was used for the interview.'
    assert not _touched(anonymiser, text, "Quiet")
