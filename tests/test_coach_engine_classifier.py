"""The classifier merge point: sentence findings only where no rule already spoke."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tips_nlp.coach.engine import CLASSIFIER_ID, Coach


@dataclass
class Prediction:
    score: float
    flag: bool
    category: str
    principle: str


class KeywordClassifier:
    """A stand-in honouring the SentenceClassifier contract: flags sentences with "blame"."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def predict(self, sentences: list[str], *, masked: bool = False) -> list[Prediction]:
        self.seen.extend(sentences)
        return [
            Prediction(0.9 if "blame" in s else 0.1, "blame" in s, "victim-blaming", "Safety")
            for s in sentences
        ]


@pytest.fixture
def classifier() -> KeywordClassifier:
    return KeywordClassifier()


def test_flagged_sentence_without_rule_finding_becomes_a_finding(classifier):
    coach = Coach(classifier=classifier)
    # A blaming sentence no rule names ("partly to blame" became a rule in the recall round).
    text = "Officers arrived at 9pm. The blame for this lies with her."
    (finding,) = coach.check(text).findings
    assert finding.rule_id == CLASSIFIER_ID
    assert (finding.start, finding.end) == (25, len(text))
    assert finding.text == "The blame for this lies with her."
    assert finding.severity == "suggestion"
    assert finding.category == "victim-blaming"
    assert finding.principle == coach.categories["victim-blaming"].principle
    assert finding.alternatives == list(coach.categories["victim-blaming"].alternatives)
    assert finding.score == 0.9


def test_no_duplicate_classifier_finding_where_a_rule_fired(classifier):
    coach = Coach(classifier=classifier)
    result = coach.check("She kicked off and the blame lies with her.")
    assert [f.rule_id for f in result.findings] == ["kicked-off"]
    assert classifier.seen == []


def test_quoted_speech_is_masked_before_the_model(classifier):
    coach = Coach(classifier=classifier)
    result = coach.check('He said "you are to blame" and left.')
    assert result.findings == []
    assert classifier.seen == ['He said "QUOTE" and left.']


def test_classifier_can_be_switched_off(classifier, nlp):
    coach = Coach(classifier=classifier)
    doc = nlp("The blame lies with her.")
    assert coach.check_doc(doc, use_classifier=False).findings == []


def test_quote_cut_by_the_sentence_splitter_is_still_masked(classifier, nlp):
    """The splitter may end a sentence inside a quote; the model still never sees the quote."""
    coach = Coach(classifier=classifier)
    text = 'He said "I am to blame. You are to blame." and left.'
    coach.check(text)
    assert classifier.seen
    assert all("blame" not in seen for seen in classifier.seen)


def test_a_fragment_of_fewer_than_two_words_is_not_scored(classifier, nlp):
    """A splitter's fragment ("[" cut from "[02:14] Male: ...") says nothing about framing."""
    coach = Coach(classifier=classifier)
    doc = nlp("Blame! It was late at night.")
    assert [s.text for s in doc.sents] == ["Blame!", "It was late at night."]
    assert coach.check_doc(doc, use_rules=False).findings == []
    assert classifier.seen == ["It was late at night."]
