"""The context enhancer copies only the results whose score it raises, and scores as Presidio."""

from __future__ import annotations

import copy

import pytest
from presidio_analyzer import RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from tips_nlp.anonymise.context import IndexedContextEnhancer

TEXTS = [
    "Her NHS number is 943 476 5919 and her phone is 07700 900123; DOB 03/04/2009.",
    "Crime ref 44230012345 was given to Kyle O'Brien of 12 Acacia Avenue, SO17 1BJ.",
    "Vehicle VRM AB12 CDE seen at 14:20. Email kyle@example.com. No context here: 4521.",
    "PC 4521 Smith and DC 1234 Jones attended; custody number CU/24/001234.",
]


def _raw_results(anonymiser, text: str):  # noqa: ANN001, ANN202
    """Every recognizer's results before context, ids added as AnalyzerEngine adds them."""
    doc = anonymiser.nlp(text)
    artifacts = anonymiser.nlp_engine.artifacts(doc)
    recognizers = anonymiser.analyzer.registry.recognizers
    raw = []
    for recognizer in recognizers:
        found = recognizer.analyze(
            text=text, entities=recognizer.supported_entities, nlp_artifacts=artifacts
        )
        for result in found or []:
            metadata = result.recognition_metadata or {}
            metadata.setdefault(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY, recognizer.id)
            metadata.setdefault(RecognizerResult.RECOGNIZER_NAME_KEY, recognizer.name)
            result.recognition_metadata = metadata
            raw.append(result)
    return raw, artifacts, recognizers


def _view(results: list[RecognizerResult]) -> list[tuple]:
    return [
        (
            r.entity_type,
            r.start,
            r.end,
            r.score,
            getattr(r.analysis_explanation, "supportive_context_word", None),
            getattr(r.analysis_explanation, "score", None),
        )
        for r in results
    ]


@pytest.mark.parametrize("text", TEXTS)
def test_scores_equal_presidios_enhancer(anonymiser, text: str) -> None:
    raw, artifacts, recognizers = _raw_results(anonymiser, text)
    before = _view(raw)
    ours = IndexedContextEnhancer().enhance_using_context(text, raw, artifacts, recognizers)
    theirs = LemmaContextAwareEnhancer().enhance_using_context(
        text, copy.deepcopy(raw), artifacts, recognizers
    )
    assert _view(ours) == _view(theirs)
    assert _view(raw) == before  # the raw results are never changed


def test_raised_results_are_copies_and_the_rest_pass_through(anonymiser) -> None:
    text = TEXTS[0]
    raw, artifacts, recognizers = _raw_results(anonymiser, text)
    ours = IndexedContextEnhancer().enhance_using_context(text, raw, artifacts, recognizers)
    supported = [
        i
        for i, r in enumerate(ours)
        if getattr(r.analysis_explanation, "supportive_context_word", "")
    ]
    assert supported  # "NHS number", "phone", "DOB" support detections here
    assert any(ours[i].score > raw[i].score for i in supported)
    for i, (before, after) in enumerate(zip(raw, ours, strict=True)):
        if i in supported:
            assert after is not before
            assert after.analysis_explanation is not before.analysis_explanation
            assert after.recognition_metadata is not before.recognition_metadata
        else:
            assert after is before


def test_context_words_given_by_the_caller_raise_scores(anonymiser) -> None:
    text = "Reference 943 476 5919 noted."
    raw, artifacts, recognizers = _raw_results(anonymiser, text)
    context = ["NHS"]
    ours = IndexedContextEnhancer().enhance_using_context(
        text, raw, artifacts, recognizers, context
    )
    theirs = LemmaContextAwareEnhancer().enhance_using_context(
        text, copy.deepcopy(raw), artifacts, recognizers, context
    )
    assert _view(ours) == _view(theirs)
