"""Framing markers: the tokens appended to the classifier's input for recommended wording."""

import pytest

from tips_nlp.coach.classifier import featurise
from tips_nlp.coach.framing import framing_tokens, recommended_trigrams


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She is being criminally exploited by adults who supply her.",
            ["framingmarkpassiveagent", "framingmarkrecommended"],
        ),
        (
            "A man who uses heroin was found.",
            ["framingmarkpersonfirst", "framingmarkrecommended"],
        ),
        ("The father who drinks was at home.", ["framingmarkpersonfirst"]),
        ("She disclosed that he hit her.", []),
        ("He kicked off in custody.", []),
        ("The engine kicked off by itself.", []),
    ],
)
def test_framing_tokens_name_each_marker_found(text, expected):
    assert framing_tokens(text) == expected


def test_recommended_trigrams_come_from_the_rules_alternatives():
    trigrams = recommended_trigrams()
    # exploitation.yml: "is being sexually exploited by [person]"
    assert ("being", "sexually", "exploited") in trigrams
    # function words alone and writer instructions ("describe what you saw") are not wording
    assert ("is", "being", "a") not in trigrams
    assert ("describe", "what", "you") not in trigrams


def test_featurise_appends_markers_after_masking_quotes():
    text = 'She said "I was exploited by them" and was helped by the nurse.'
    assert (
        featurise(text) == 'She said "QUOTE" and was helped by the nurse. framingmarkpassiveagent'
    )
