"""The classifier's verdicts on hand-written sentences that are not in the training data."""

from __future__ import annotations

import pytest

from tips_nlp.coach.classifier import load_classifier


@pytest.mark.parametrize(
    "sentence",
    [
        "Honestly the girl only has herself to blame for what happened at the party.",
        "Dad is a drunk and a waste of space who cares more about lager than his son.",
        "The victim is a liar who has made up stories to the police before.",
        "The lad is a little scrote who will end up inside like his brothers.",
    ],
)
def test_clear_deficit_framing_is_flagged(sentence):
    assert load_classifier().predict([sentence])[0].flag


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers spoke with the victim in the kitchen and took photographs of her injuries.",
        "He said he had drunk four cans of lager and had not eaten since breakfast.",
        "The boy was taken home and his father was told about the referral.",
        "The bus left the depot at seven and arrived at the station on time.",
    ],
)
def test_neutral_description_is_not_flagged(sentence):
    assert not load_classifier().predict([sentence])[0].flag


def test_quoted_phrase_is_not_flagged():
    said_it = 'Her brother told officers "she only has herself to blame, she is a liar".'
    wrote_it = "She only has herself to blame, she is a liar."
    quoted, unquoted = load_classifier().predict([said_it, wrote_it])
    assert unquoted.flag
    assert not quoted.flag


def test_category_and_principle_follow_the_card():
    classifier = load_classifier()
    [prediction] = classifier.predict(["Mum is a junkie who will never get clean."])
    assert prediction.flag
    assert prediction.category == "substance-use"
    assert prediction.principle == classifier.principle_of["substance-use"]
