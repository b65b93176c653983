"""The anonymiser's AnalyzerEngine returns what Presidio's returns, in the same order."""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine, EntityRecognizer

from tips_nlp.anonymise.engine import SharedAnalyzerEngine

TEXTS = [
    "Mrs Janet O'Brien (07700 900123) rang PC 4521 at 22:10 from PO7 5DE; NHS 943 476 5919.",
    "Kyle's mobile number is 07912 345678, his Snapchat is kyle_b07 and crime ref 44230123456.",
    "No personal data here at all.",
]


def _view(results):  # noqa: ANN001, ANN202
    return [
        (r.entity_type, r.start, r.end, r.score, r.recognition_metadata["recognizer_name"])
        for r in results
    ]


@pytest.mark.parametrize("text", TEXTS)
def test_same_results_as_presidios_engine(anonymiser, nlp, text: str) -> None:
    ours = anonymiser.analyzer
    assert isinstance(ours, SharedAnalyzerEngine)
    presidio = AnalyzerEngine(
        registry=ours.registry,
        nlp_engine=ours.nlp_engine,
        supported_languages=["en"],
        context_aware_enhancer=ours.context_aware_enhancer,
    )
    artifacts = anonymiser.nlp_engine.artifacts(nlp(text))
    expected = presidio.analyze(text=text, language="en", nlp_artifacts=artifacts)
    assert _view(ours.analyze(text=text, language="en", nlp_artifacts=artifacts)) == _view(expected)


def test_no_recognizer_enhances_its_own_results(anonymiser) -> None:
    """Else the engine takes Presidio's slower path (still correct)."""
    assert all(
        type(r).enhance_using_context is EntityRecognizer.enhance_using_context
        for r in anonymiser.analyzer.registry.recognizers
    )
