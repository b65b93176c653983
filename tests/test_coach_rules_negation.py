"""A label or blame phrase the writer denies ("not from her own choices", "not a lifestyle
choice") is not coached; blame phrased with a negation ("not compliant", "does not help
herself", "not just attention seeking") still is."""

from __future__ import annotations

import pytest

from tips_nlp.coach.principles import RulesError
from tips_nlp.coach.rules import load_negation


@pytest.mark.parametrize(
    "text",
    [
        "The risk comes from the adults who are targeting him, not from his own choices.",
        "Going missing is not a lifestyle choice; she is being exploited.",
        "This is not about her being difficult, she is frightened.",
        "He was not aggressive at any point during the search.",
        "She wasn't attention seeking, she was scared.",
        "The harm is the result of exploitation rather than her own choices.",
        "Her missing episodes are not down to her own decisions.",
        "He is never a willing participant in what the adults make him do.",
    ],
)
def test_denied_label_is_not_coached(rule_flags, text):
    assert rule_flags(text) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # the negation is the rule's own words
        ("He was not compliant with the search.", [("not-cooperative", "not compliant")]),
        # a limiter keeps part of the label true
        ("She is not just attention seeking.", [("attention-seeking", "attention seeking")]),
        (
            "It is not solely her own choices that put her at risk.",
            [("own-decision-blame", "her own choices")],
        ),
        # a verb between the negation and the match: the negation reports what she did
        (
            "She never takes responsibility for her own actions.",
            [("own-safety-blame", "responsibility for her own actions")],
        ),
        # the negation is in another clause
        ("He did not go to school and kicked off at home.", [("kicked-off", "kicked off")]),
        (
            "She was not hurt, she is a lifestyle choice.",
            [("lifestyle-choice", "lifestyle choice")],
        ),
    ],
)
def test_blame_with_a_negation_is_still_coached(rule_flags, text, flagged):
    assert rule_flags(text) == flagged


@pytest.mark.parametrize(
    "content",
    [
        "negators: [not]\nnegator_phrases: [rather than]\nlimiters: [just]\nmax_gap: 5\n",
        "negators: []\nnegator_phrases: [rather than]\nlimiters: [just]\nbridge_words: [own]\n"
        "max_gap: 5\n",
        "negators: [not]\nnegator_phrases: [rather than]\nlimiters: [just]\nbridge_words: [own]\n"
        "max_gap: -1\n",
        "[: not yaml",
    ],
)
def test_malformed_negation_file_names_it(tmp_path, content):
    path = tmp_path / "negation.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RulesError, match="negation.yml"):
        load_negation(path)
