"""The coach never flags the wording it recommends: every alternative a rule suggests passes
the shipped model and the rules ("It's not your fault", "took their own life")."""

from __future__ import annotations

import pytest

from tips_nlp import check
from tips_nlp.coach.rules import load_rules
from tips_nlp.coach.training import rule_alternative_rows

ALTERNATIVES = sorted({a for rule in load_rules() for a in rule.alternatives})


def test_training_sees_every_rule_alternative_as_ok():
    rows = rule_alternative_rows()
    assert sorted(r.text for r in rows) == ALTERNATIVES
    assert {(r.label, r.kind) for r in rows} == {("ok", "alternative")}


@pytest.mark.parametrize(
    "text",
    [
        "It's not your fault",
        "I believe you",
        "took their own life",
        "What would help right now?",
        "We will do everything we can to help keep you safe",
    ],
)
def test_supportive_wording_is_not_flagged(text):
    assert check(text).findings == []


def test_no_rule_alternative_is_flagged():
    assert [a for a in ALTERNATIVES if check(a).findings] == []
