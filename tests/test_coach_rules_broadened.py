"""The broadened rules (issue 4): each flags its phrasing and leaves the ordinary sense alone."""

from __future__ import annotations

import pytest

from tips_nlp.coach.engine import Coach


@pytest.fixture(scope="module")
def coach() -> Coach:
    return Coach(classifier=None)


FLAGGED = [
    ("She was being difficult with staff.", "difficult-label"),
    ("He was lairy at the bar.", "lairy"),
    ("He went off on one in the custody suite.", "kicking-off-variants"),
    ("She lost her rag with the officer.", "kicking-off-variants"),
    ("She allowed herself to be picked up by him.", "allowed-herself"),
    ("He put himself in that position again.", "put-herself-in-that-position"),
    ("She chose not to report it.", "chose-not-to"),
    ("She is associating with known offenders.", "associating-with"),
    ("Her 24-year-old boyfriend collected her from school.", "boyfriend-adult"),
    ("He recruited other children into the line.", "recruited-others"),
    ("He had an argument with his partner.", "argument-with-partner"),
    ("Officers attended a domestic at the flat.", "domestic-as-noun"),
    ("He lashed out when she came home late.", "heat-of-the-moment"),
    ("She purports to have been assaulted.", "purports"),
    ("Her story changed twice.", "her-story"),
    ("She only reported it three weeks later.", "late-report"),
    ("Wind your neck in, mate.", "wind-your-neck-in"),
    ("He is well known to police.", "known-to-police"),
    ("She is a spice head.", "drug-slur-2"),
    ("The overdose was just a gesture.", "not-genuine-attempt"),
    ("The family is chaotic.", "chaotic-label"),
]

ORDINARY = [
    "It was difficult to hear him over the noise.",
    "The situation was difficult for everyone.",
    "He was demanding money from the shopkeeper.",
    "The queue was chaotic when officers arrived.",
    "She read her son a bedtime story.",
    "Injuries associated with a fall were found.",
    "The homeless charity offered a bed.",
    "The match kicked off at three.",
    "He was charged with wasting police time.",
    "She has a lazy eye.",
]


@pytest.mark.parametrize(("text", "rule_id"), FLAGGED)
def test_broadened_rule_flags_its_phrasing(coach, text, rule_id):
    assert rule_id in [f.rule_id for f in coach.check(text).findings]


@pytest.mark.parametrize("text", ORDINARY)
def test_broadened_rules_leave_ordinary_senses_alone(coach, text):
    assert [f.rule_id for f in coach.check(text).findings] == []
