"""The indexed context enhancer finds the same token as Presidio's linear walk."""

from __future__ import annotations

import pytest
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from tips_nlp.anonymise.context import IndexedContextEnhancer

TEXT = (
    "  Mrs Janet O'Brien (07700 900123) rang  PC 4521 at 22:10 from PO7 5DE.\n\nNHS 943 476 5919."
)


def test_every_offset_finds_the_same_token_as_presidio(nlp):
    doc = nlp(TEXT)
    indices = [token.idx for token in doc]
    for start in range(len(TEXT) - 1):  # the last character is the last token itself
        expected = LemmaContextAwareEnhancer._find_index_of_match_token("w", start, doc, indices)
        assert IndexedContextEnhancer._find_index_of_match_token("w", start, doc, indices) == (
            expected
        ), start


def test_an_offset_past_the_last_token_fails_without_quoting_text(nlp):
    doc = nlp("Kyle rang.  ")
    indices = [token.idx for token in doc]
    with pytest.raises(ValueError) as error:
        IndexedContextEnhancer._find_index_of_match_token("Kyle", 50, doc, indices)
    assert "Kyle" not in str(error.value)


def test_the_anonymiser_uses_it(anonymiser):
    assert isinstance(anonymiser.analyzer.context_aware_enhancer, IndexedContextEnhancer)


def test_scores_and_spans_are_presidios_and_the_input_is_left_alone(anonymiser, nlp):
    text = "Her mobile is 07700 900123 and NHS number 943 476 5919; custody record 44-12345-24."
    doc = nlp(text)
    artifacts = anonymiser.nlp_engine.artifacts(doc)
    recognizers = anonymiser.analyzer.registry.recognizers
    raw = []
    for recognizer in recognizers:  # as AnalyzerEngine.analyze collects them
        for r in recognizer.analyze(text, recognizer.supported_entities, artifacts):
            r.recognition_metadata = r.recognition_metadata or {}
            r.recognition_metadata.setdefault("recognizer_identifier", recognizer.id)
            r.recognition_metadata.setdefault("recognizer_name", recognizer.name)
            raw.append(r)
    before = [(r.entity_type, r.start, r.end, r.score) for r in raw]

    def enhanced(enhancer):  # noqa: ANN001, ANN202
        results = enhancer.enhance_using_context(text, raw, artifacts, recognizers)
        return [(r.entity_type, r.start, r.end, r.score) for r in results]

    ours = enhanced(IndexedContextEnhancer())
    assert ours == enhanced(LemmaContextAwareEnhancer())
    assert ours != before  # context words raised some scores
    assert [(r.entity_type, r.start, r.end, r.score) for r in raw] == before
