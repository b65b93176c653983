"""Alternatives the rules used to flag (coach-dc13): a label named only in advice or a rule
about wording ("do not refer to him as ..."), slang for a child's drug running after the
coercion is named, the statutory offence after an admission or plea, and a choice named as
the person's right. The plain label, the plain slang and a denied act stay coached."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        # advice, a rule or a correction about wording (rules/coach/negation.yml)
        "Please do not refer to her as a frequent flyer in the log.",
        "The trainer told us to avoid calling him an addict.",
        "He should not be described as manipulative in the file.",
        "I would not describe her as hysterical; she was terrified.",
        "It is wrong to say she put herself at risk by going there.",
        "We need to stop writing that he is choosing to carry knives.",
        # slang for the child's drug running after the coercion is named
        "He was forced to go country by the men he owed money to.",
        "The girl had been groomed into working a line for the group.",
        # the offence's own name after an admission or plea
        "The 19-year-old pleaded guilty to sexual activity with a child.",
        # a choice named as the person's right
        "She chose not to answer questions, as is her right.",
    ],
)
def test_recommended_wording_is_not_flagged(rule_flags, text):
    assert rule_flags(text) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("She is a frequent flyer and will be back tonight.", "frequent-flyer"),
        ("He went country again last week.", "county-lines-slang"),
        ("The lad was working a line for the Leeds boys.", "county-lines-slang"),
        ("The girl had sexual activity with a 22-year-old man.", "sexual-activity-with"),
        ("She chose not to support the prosecution.", "chose-not-to"),
        # a denied act is not advice about wording
        ("He did not call her a liar but said she was manipulative.", "manipulative"),
    ],
)
def test_the_plain_label_stays_coached(rule_flags, text, rule):
    assert rule in [rule_id for rule_id, _ in rule_flags(text)]
