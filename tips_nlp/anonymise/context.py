"""Presidio's lemma context enhancer, with the token lookup made logarithmic and the copy cheap."""

from __future__ import annotations

import copy
from bisect import bisect_right

from presidio_analyzer import RecognizerResult
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer


class _CheapCopyList(list):
    """Results whose deep copy copies what the enhancer changes (score, explanation) only.

    Presidio's enhancer starts with `copy.deepcopy(raw_results)`, which walks every result's
    explanation and metadata: most of its time on a long text. It changes nothing else.
    """

    def __deepcopy__(self, memo: dict) -> list[RecognizerResult]:
        copies = []
        for result in self:
            twin = copy.copy(result)
            twin.analysis_explanation = copy.copy(result.analysis_explanation)
            if result.recognition_metadata is not None:
                twin.recognition_metadata = dict(result.recognition_metadata)
            copies.append(twin)
        return copies


class IndexedContextEnhancer(LemmaContextAwareEnhancer):
    """Same scores as Presidio's enhancer; finds a detection's token by binary search.

    Presidio walks the Doc from its first token for every detection, so the cost grows with
    tokens x detections: a 10,000-word custody log with hundreds of identifiers spends
    seconds there. Token start offsets are sorted and tokens never overlap, so the first
    token that ends after `start` is found by bisecting the start offsets.
    """

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):  # noqa: ANN001, ANN201, D102
        return super().enhance_using_context(
            text, _CheapCopyList(raw_results), nlp_artifacts, recognizers, context
        )

    @staticmethod
    def _find_index_of_match_token(word, start, tokens, tokens_indices):  # noqa: ANN001, ANN205
        i = bisect_right(tokens_indices, start) - 1
        if i >= 0 and start < tokens_indices[i] + len(tokens[i]):
            return i  # the token that starts at or covers `start`
        if i + 1 < len(tokens_indices):
            return i + 1  # `start` is in the space before the next token
        raise ValueError("a detection starts after the last token")  # never quotes the text
