"""Parts of one name found apart are joined, so no piece of it is left in view."""

from __future__ import annotations

import pytest


def _people(anonymiser, text: str) -> list[str]:
    doc = anonymiser.nlp(text)
    return [text[r.start : r.end] for r in anonymiser.analyse_doc(doc) if r.entity_type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Apologies: Cllr Brian van der Merwe, Joy Agbaje.", "Brian van der Merwe"),
        ("Present: Brian van der Merwe (chair).", "Brian van der Merwe"),
        ("Reflective case study – written by Chance Obi, TIP, for supervision.", "Chance Obi"),
        ('Tran\'s phone (contact "Chú Hải", 07452 318 904) was seized.', "Chú Hải"),
    ],
)
def test_name_parts_are_one_name(anonymiser, text, name):
    assert name in _people(anonymiser, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Mum Tracey came to the door.", "Mum"),
        ("PC Smith attended.", "PC"),
        ("Social Worker Jane Hughes was told.", "Worker"),
        ("On Monday Kyle said no.", "Monday"),
        ("Yesterday Kyle said no.", "Yesterday"),
    ],
)
def test_a_role_day_or_sentence_opener_stays_outside_the_name(anonymiser, text, kept):
    assert all(kept not in person for person in _people(anonymiser, text))


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ('his mate "Gringo" (prob Kevin Smyth?) brought food.', "Gringo"),
        ('her cousin "Tee" was there.', "Tee"),
        ('He goes by "Sketch" on the estate.', "Sketch"),
    ],
)
def test_quoted_nickname_after_a_relation_or_a_naming_cue(anonymiser, text, nickname):
    assert nickname in _people(anonymiser, text)


@pytest.mark.parametrize("text", ['She said "Fine" and left.', 'his mate said "Later" and left.'])
def test_a_quoted_word_without_a_naming_cue_stays(anonymiser, text):
    assert _people(anonymiser, text) == []
