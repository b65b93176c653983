"""The classifier does not score a sentence of fewer than four words past its speaker label:
its score on a handful of n-grams is noise ("Is anyone hurt?" scored 0.94 with the bundled
model). Longer sentences, and rules on short ones, are unchanged."""

from __future__ import annotations

import pytest
from classifier_recorder import Recorder

from tips_nlp.coach.classifier import load_classifier
from tips_nlp.coach.engine import Coach


@pytest.fixture(scope="module")
def coach() -> Coach:
    return Coach(classifier=load_classifier())


@pytest.mark.parametrize(
    "text",
    [
        "Is anyone hurt?",
        "Is he breathing?",
        "Operator: Is anyone hurt?",
        "[00:02:41] PC: Anyone else inside?",
        "Is cell 4 free?",
    ],
)
def test_short_question_is_not_scored(coach, text):
    assert coach.check(text).findings == []


def test_a_short_sentence_still_meets_the_rules(coach):
    assert [f.rule_id for f in coach.check("Known drug user.").findings] == ["drug-user"]


def test_the_label_does_not_count_but_the_words_after_it_do():
    recorder = Recorder()
    Coach(classifier=recorder).check(
        "Operator: Is anyone hurt? PC: Is anyone else in the flat? Is he breathing?"
    )
    assert [s.strip() for s in recorder.seen] == ["PC: Is anyone else in the flat?"]
