"""The late-built NLP artifacts hold exactly what Presidio's own would."""

from __future__ import annotations

import json

import pytest
from presidio_analyzer.nlp_engine import NlpArtifacts

from tips_nlp.anonymise.artifacts import DocArtifacts, Keywords

TEXTS = [
    "PC 4521 spoke to Mrs O'Brien at 14 Elm Grove; she was upset: re: her son's phone.",
    "He's been to the A&E twice... Crime ref 44230123456 (log 567).",
    "ref:abc 12:30 -- time: 10pm, be there!",
    "",
    "   \n\t",
]


def presidio_artifacts(anonymiser, doc) -> NlpArtifacts:
    """Presidio's own artifacts for `doc`, built the way SpacyNlpEngine builds them."""
    engine = anonymiser.nlp_engine
    entities, scores = engine._get_updated_entities(
        engine._get_entities(doc), engine._get_scores_for_entities(doc)
    )
    return NlpArtifacts(
        entities=entities,
        tokens=doc,
        tokens_indices=[token.idx for token in doc],
        lemmas=[token.lemma_ for token in doc],
        nlp_engine=engine,
        language="en",
        scores=scores,
    )


@pytest.mark.parametrize("text", TEXTS)
def test_late_artifacts_equal_presidio(anonymiser, text):
    doc = anonymiser.nlp(text)
    ours = anonymiser.nlp_engine.artifacts(doc)
    theirs = presidio_artifacts(anonymiser, anonymiser.nlp(text))
    assert isinstance(ours, DocArtifacts)
    assert ours.lemmas == theirs.lemmas
    assert ours.tokens_indices == theirs.tokens_indices
    assert list(ours.keywords) == theirs.keywords
    assert [(e.start_char, e.end_char, e.label_) for e in ours.entities] == [
        (e.start_char, e.end_char, e.label_) for e in theirs.entities
    ]
    assert ours.scores == theirs.scores


@pytest.mark.parametrize("text", TEXTS)
def test_late_artifacts_json_holds_presidio_fields(anonymiser, text):
    ours = json.loads(anonymiser.nlp_engine.artifacts(anonymiser.nlp(text)).to_json())
    theirs = json.loads(presidio_artifacts(anonymiser, anonymiser.nlp(text)).to_json())
    assert {k: ours[k] for k in theirs} == theirs


def test_keywords_answer_membership_like_a_list():
    words = Keywords(["call", "phone", "call", "re"])
    assert words == ["call", "phone", "call", "re"]
    assert "phone" in words
    assert "Phone" not in words
    assert "" not in words
