"""A label the same sentence explains as a response to harm, or a relationship word whose
sentence names the adult as causing harm, is not coached (rules/coach/reframes.yml); a plain
label, or one given another cause, still is."""

from __future__ import annotations

import pytest

from tips_nlp.coach.principles import RulesError
from tips_nlp.coach.rules import load_reframes


@pytest.mark.parametrize(
    "text",
    [
        "His aggression on the ward is a trauma response to being held down as a child.",
        "Her risk-taking made sense once we learned what the adults had done to her.",
        "His aggressive behaviour at school is a way of coping with what he saw at home.",
        "Her boyfriend, aged 25, had been grooming her since she was 13.",
        "Her boyfriend is 30 and he is exploiting her.",
        # The guides' own alternative to "volatile relationship".
        "She has been in an abusive relationship for years.",
    ],
)
def test_reframed_label_is_not_flagged(rule_flags, text):
    assert rule_flags(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "His aggressive behaviour has increased since he started using cannabis.",
            [("aggressive", "aggressive")],
        ),
        # "in response to" says why he did it, not that it answers harm done to him.
        ("He was aggressive in response to being searched.", [("aggressive", "aggressive")]),
        # "response" here is no explanation of the label.
        (
            "Her risk-taking has got worse and she is a response officer.",
            [("risky-behaviour", "risk-taking")],
        ),
        # What he gives her is no harm named.
        (
            "She has a boyfriend aged 24 who buys her phones.",
            [("boyfriend-aged", "boyfriend aged 24")],
        ),
        # The harm-named excuse is for the aged "boyfriend" rule only.
        ("Her older boyfriend picks her up from school.", [("older-boyfriend", "older boyfriend")]),
        # An explaining phrase too far after the label.
        (
            "Her risk-taking worries the school and her mum and her nan a lot, a reaction to "
            "which is understandable.",
            [("risky-behaviour", "risk-taking")],
        ),
        (
            "They have a volatile relationship.",
            [("volatile-relationship", "volatile relationship")],
        ),
    ],
)
def test_plain_label_is_still_flagged(rule_flags, text, expected):
    assert rule_flags(text) == expected


@pytest.mark.parametrize(
    "content",
    [
        "explained: {categories: [labelling-behaviour], phrases: [response to]}\nmax_gap: 6\n",
        "explained: {categories: [], phrases: [response to]}\n"
        "harm_named: {rules: [boyfriend-aged], phrases: [grooming]}\nmax_gap: 6\n",
        "explained: {categories: [labelling-behaviour], phrases: [response to]}\n"
        "harm_named: {rules: [boyfriend-aged], phrases: [grooming]}\nmax_gap: -1\n",
        "[: not yaml",
    ],
)
def test_malformed_reframes_file_names_it(tmp_path, content):
    path = tmp_path / "reframes.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RulesError, match="reframes.yml"):
        load_reframes(path)
