"""Speech that offers the person a choice, sets the pace or reassures them is the wording the
coach recommends; the classifier, which learnt coercion from second-person speech, does not
score it. A condition or threat after the offer takes it back, and the rules always run."""

from __future__ import annotations

import pytest
from classifier_recorder import Recorder

from tips_nlp.coach.choice_offers import offers_choice
from tips_nlp.coach.classifier import load_classifier
from tips_nlp.coach.engine import Coach


@pytest.mark.parametrize(
    "sentence",
    [
        "Would you prefer a female officer to sit with you?",
        "PC: Is it alright if we sit down in the kitchen?",
        "Take your time, there's no rush at all.",
        "You can take a break whenever you need one.",
        "It’s up to you whether you want to make a statement tonight.",
        "Let me know if any of the questions feel too much.",
        "You're not in trouble for ringing us, you did the right thing.",
        "Is there anything you need before we start?",
    ],
)
def test_offers_are_recognised(sentence):
    assert offers_choice(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "You have to come with us now.",
        "You don't have to talk to me, but it'll look bad in court.",
        "Take your time, otherwise we'll do this down the station.",
        "Why do you keep going back to him?",
        "She said it was up to him.",
    ],
)
def test_threats_and_other_sentences_are_not_offers(sentence):
    assert not offers_choice(sentence)


def test_the_classifier_does_not_see_offers_but_sees_the_rest():
    recorder = Recorder()
    Coach(classifier=recorder).check(
        "Custody Sgt: Would you like someone to be told you are here? "
        "DP was shouting at staff and refused to give his name. "
        "PC: You don't have to say anything, but you'll regret it."
    )
    assert [s.strip() for s in recorder.seen] == [
        "DP was shouting at staff and refused to give his name.",
        "PC: You don't have to say anything, but you'll regret it.",
    ]


def test_rules_still_run_on_a_sentence_with_an_offer():
    result = Coach(classifier=load_classifier()).check(
        "Take your time, but he is a known drug user so we will search him."
    )
    assert "drug-user" in [f.rule_id for f in result.findings]
