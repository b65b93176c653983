"""The classifier is asked about a sentence without the label its writer denies: "she is not to
blame" is not flagged for the words "to blame", but blame elsewhere in the sentence still is."""

from __future__ import annotations

import pytest

from tips_nlp.coach.engine import get_coach
from tips_nlp.coach.rules import denied_ideas


def _flags(nlp, text: str) -> list[tuple[str, str]]:
    result = get_coach().check_doc(nlp(text))
    return [(f.rule_id, f.text) for f in result.findings if f.severity != "info"]


@pytest.mark.parametrize(
    "text",
    [
        "She is not to blame for what happened.",
        "It was not her fault that he hurt her.",
        "None of this is her fault; the adults who exploited her are responsible.",
        "No one is to blame for what happened to her except the men who abused her.",
        "Her going missing is a sign of exploitation, not a lifestyle choice.",
    ],
)
def test_denied_label_is_not_flagged_by_either_layer(nlp, text):
    assert _flags(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "rule_id"),
    [
        ("She was partly to blame for the assault.", "own-safety-blame"),
        ("She was to blame for going back there.", "own-safety-blame"),
        ("Not her fault, but she keeps putting herself in these situations.", None),
        (
            "It's not a lifestyle choice for her, she just loves the attention from older lads.",
            None,
        ),
    ],
)
def test_blame_beside_or_without_a_denial_is_still_flagged(nlp, text, rule_id):
    flags = _flags(nlp, text)
    assert flags
    if rule_id:
        assert flags[0][0] == rule_id


def test_denials_are_reported_from_the_denying_word_to_the_label(nlp):
    doc = nlp("She is not to blame for what happened.")
    matches, denials = get_coach().matcher.matches_and_denials(doc)
    assert matches == []
    assert [d.text for d in denials] == ["not to blame for"]


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        (
            "The harm comes from the adults exploiting him, not from choices he is making.",
            ["not from choices he is making"],
        ),
        ("None of this is her fault, whatever the neighbours say.", ["None of this is her fault"]),
        # No denial, a limiter, a verb: nothing is left out.
        ("She is making bad choices about who she sees.", []),
        ("It is not just her choices that worry us.", []),
        ("She does not choose to go home.", []),
    ],
)
def test_denied_blame_idea_no_rule_names(nlp, text, denied):
    assert [span.text for span in denied_ideas(nlp(text))] == denied


def test_denied_blame_idea_is_not_flagged_by_the_classifier(nlp):
    text = "The harm comes from the adults exploiting him, not from choices he is making."
    assert _flags(nlp, text) == []
