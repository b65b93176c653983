"""A surname after a rank and collar number or a personal title is a name even when it is also
an ordinary word ("Smith writing") or a word the allow list keeps ("Mrs Moldovan", "Mr
English"); the same words elsewhere stay words."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PC 4418 Smith writing.", "[OFFICER ID 1] [PERSON 1] writing."),
        ("Pc 4418 Khan writing.", "[OFFICER ID 1] [PERSON 1] writing."),
        ("PC4418 Smith reporting.", "[OFFICER ID 1] [PERSON 1] reporting."),
        ("Ps 2213 Baker writing this note.", "[OFFICER ID 1] [PERSON 1] writing this note."),
        ("Mrs Moldovan very upset.", "Mrs [PERSON 1] very upset."),
        ("Mr English was present.", "Mr [PERSON 1] was present."),
    ],
)
def test_name_after_rank_number_or_title_is_masked(anonymiser, text, expected):
    assert anonymiser.anonymise(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "She is French and speaks English at school.",
        "A frank conversation about the blacksmith's forge.",
        "Flat 12 was empty; the 2013 report said so.",
    ],
)
def test_the_same_words_elsewhere_stay(anonymiser, text):
    out = anonymiser.anonymise(text).text
    for word in ("French", "English", "frank", "blacksmith's"):
        if word in text:
            assert word in out
