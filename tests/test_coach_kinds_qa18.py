"""Kinds an independent probe set of alternatives and flags showed (data/coach/qa-probes18.csv):
a choice of where to get care is respected, a mood word beside bodily signs is an observation,
and two blaming forms the rules lacked ("asking for trouble", "not a credible victim")."""

from __future__ import annotations

import pytest

from tips_nlp import check


def rule_ids(text: str) -> set[str]:
    return {f.rule_id for f in check(text).findings}


@pytest.mark.parametrize(
    "text",
    [
        "She chose to go to hospital in the ambulance with her nan.",
        "He decided to go to A&E with his youth worker rather than with us.",
        "Shaking, pale and agitated, he asked for water and a blanket.",
        "He was clammy and agitated; paramedics thought his sugar was low.",
        "The victim gave a credible and detailed account of the assault.",
    ],
)
def test_respected_choices_and_observations_are_not_flagged(text):
    assert not rule_ids(text) & {"chose-to", "irate", "not-credible", "asking-for-it"}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("He chose to go back to the house where the older males were.", "chose-to"),
        ("He was agitated and shouting at staff in the foyer.", "irate"),
        ("She was asking for trouble walking home that way at night.", "asking-for-it"),
        ("In my view the complainant is not a reliable victim.", "not-credible"),
        ("He isn't a credible witness given his record.", "not-credible"),
    ],
)
def test_blaming_and_labelling_forms_are_flagged(text, rule):
    assert rule in rule_ids(text)
