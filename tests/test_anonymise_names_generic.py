"""Names the gazetteer does not list: unknown capitalised words, lower-case names by position."""

from __future__ import annotations

import pytest


def _found(anonymiser, text):
    result = anonymiser.anonymise(text)
    return {(text[e.start : e.end], e.entity_type) for e in result.entities}


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a capitalised word that is no English word is masked wherever it stands
        ("He said his mate Olamide gets stopped every time.", "Olamide"),
        ("Camera worn by SPC 30218 Ptolemy Ashdown on the night.", "Ptolemy Ashdown"),
        # lower-case listed names that are no English word, anywhere
        ("registered to a precious okafor at the flat", "precious okafor"),
        ("pc lindqvist did cpr until they came", "lindqvist"),
        # lower-case names that are also words, where only a name stands
        ("she mentioned her friend hope from church", "hope"),
        ("check in with grace's mum about it", "grace"),
    ],
)
def test_unlisted_or_lower_case_name_is_masked(anonymiser, text, span):
    assert span in {value for value, _ in _found(anonymiser, text)}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Loneliness and bereavement sat underneath the drinking.", "Loneliness"),
        ("Outcome: housing referral via the council.", "Outcome"),
        ("Signposted to the crisis line after the call.", "Signposted"),
        ("There is hope here and she will call.", "hope"),
    ],
)
def test_ordinary_or_known_word_is_kept(anonymiser, text, word):
    assert all(word not in value for value, _ in _found(anonymiser, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They met at the Wetherspoons in town.", [("Wetherspoons", "PROPER_NOUN")]),
        ("Later Olamide said he was fine.", [("Olamide", "PERSON")]),  # a verb of speech
        ("Mrs Oduya called.", [("Oduya", "PERSON")]),  # after a title
    ],
)
def test_gazetteer_recognizer_types_unknown_words_by_evidence(anonymiser, text, expected):
    (recognizer,) = [
        r for r in anonymiser.analyzer.registry.recognizers if r.name == "NameGazetteerRecognizer"
    ]
    artifacts = anonymiser.nlp_engine.artifacts(anonymiser.nlp(text))
    found = recognizer.analyze(text, ["PERSON", "PROPER_NOUN"], artifacts)
    assert [(text[r.start : r.end], r.entity_type) for r in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hyun-woo Park was seen at the shop.", "[PERSON 1] was seen at the shop."),
        ("Then Hyun-woo left with Ji-ho.", "Then [PERSON 1] left with [PERSON 2]."),
        ("Mei-ling said she was scared.", "[PERSON 1] said she was scared."),
        ("Follow-up booked. Mid-morning she moved. Co-worker called.", None),
        ("Set-up was fine. Ex-partner arrived. Hi-vis jacket worn.", None),
    ],
)
def test_short_hyphenated_given_names_regression(anonymiser, text, expected):
    """The property test leaked "Hyun-woo": both syllables are ordinary words on their own."""
    assert anonymiser.anonymise(text).text == (expected or text)
