"""The context enhancer's search for a supportive word answers as Presidio's does."""

from __future__ import annotations

import pytest
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from tips_nlp.anonymise.context import IndexedContextEnhancer

CONTEXT = ["phone", "Mobile", "tel", "number", "call", "rang"]


@pytest.mark.parametrize(
    ("nearby", "context", "mode"),
    [
        (["her", "mobile", "be"], CONTEXT, "substring"),  # the first listed word found wins
        (["telephone", "call"], CONTEXT, "substring"),  # "phone" inside "telephone"
        (["MOBILE"], CONTEXT, "substring"),
        (["mob", "ile"], ["mobile"], "substring"),  # never across two words
        (["rang"], ["rang", ""], "substring"),
        (["x"], ["", "x"], "substring"),  # an empty context word is in every word
        ([], CONTEXT, "substring"),  # nothing nearby
        ([""], [""], "substring"),
        (["telephone"], CONTEXT, "whole_word"),
        (["tel"], CONTEXT, "whole_word"),
        (["a\x00b"], ["a\x00b"], "substring"),  # a context word holding the joining mark
        (["nothing", "here"], CONTEXT, "substring"),
        (None, CONTEXT, "substring"),
        (["phone"], None, "substring"),
    ],
)
def test_the_supportive_word_is_presidios(nearby, context, mode):
    expected = LemmaContextAwareEnhancer._find_supportive_word_in_context(nearby, context, mode)
    assert IndexedContextEnhancer._find_supportive_word_in_context(nearby, context, mode) == (
        expected
    )


def test_a_context_word_raises_the_score(anonymiser):
    """A UK mobile written out is found by the phone recognizers, and "mobile" before it is
    their context word: the enhancer raises the score above the recognizer's own."""
    text = "Her mobile is 07700 900123."
    results = anonymiser.analyse_doc(anonymiser.nlp(text))
    phones = [r for r in results if r.entity_type == "PHONE_NUMBER"]
    assert [text[r.start : r.end] for r in phones] == ["07700 900123"]
    assert phones[0].score > 0.7
