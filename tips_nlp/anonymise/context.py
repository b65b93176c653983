"""Presidio's lemma context enhancer: the token lookup logarithmic, only raised scores copied."""

from __future__ import annotations

import copy
from bisect import bisect_right

from presidio_analyzer import RecognizerResult
from presidio_analyzer.context_aware_enhancers import (
    ContextAwareEnhancer,
    LemmaContextAwareEnhancer,
)

# Joins the words near a detection for one substring search: a context word without it that
# is found in the joined string lies inside one of the words.
_JOIN = "\x00"


class _CheapCopyList(list):
    """Results whose deep copy copies what the enhancer changes (score, explanation) only.

    Presidio's enhancer starts with `copy.deepcopy(raw_results)`, which walks every result's
    explanation and metadata: most of its time on a long text. It changes nothing else.
    """

    def __deepcopy__(self, memo: dict) -> list[RecognizerResult]:
        return [_copy_result(result) for result in self]


def _copy_result(result: RecognizerResult) -> RecognizerResult:
    """A copy of `result` whose score, explanation and metadata can change on their own."""
    twin = copy.copy(result)
    twin.analysis_explanation = copy.copy(result.analysis_explanation)
    if result.recognition_metadata is not None:
        twin.recognition_metadata = dict(result.recognition_metadata)
    return twin


class IndexedContextEnhancer(LemmaContextAwareEnhancer):
    """Same scores as Presidio's enhancer; finds a detection's token by binary search.

    Presidio walks the Doc from its first token for every detection, so the cost grows with
    tokens x detections: a 10,000-word custody log with hundreds of identifiers spends
    seconds there. Token start offsets are sorted and tokens never overlap, so the first
    token that ends after `start` is found by bisecting the start offsets.
    """

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):  # noqa: ANN001, ANN201
        """Presidio's loop and scores; a result is copied only when its score is raised.

        Presidio deep-copies every result first (most of its time: two thirds of the results
        come from recognizers without context words and are returned unchanged). Here the
        unchanged ones are returned as they are, and a raised one as a copy (its explanation
        and metadata copied too), so the raw results are never changed either way.
        """
        if nlp_artifacts is None:  # Presidio's path (it warns and returns the copies)
            return super().enhance_using_context(
                text, _CheapCopyList(raw_results), nlp_artifacts, recognizers, context
            )
        by_id = {recognizer.id: recognizer for recognizer in recognizers}
        context = [word.lower() for word in context] if context else []
        id_key = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
        enhanced_key = RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY
        results = []
        for result in raw_results:
            metadata = result.recognition_metadata
            recognizer = by_id.get(metadata[id_key]) if metadata and id_key in metadata else None
            if not recognizer or not recognizer.context or metadata.get(enhanced_key):
                results.append(result)
                continue
            surrounding = self._extract_surrounding_words(
                nlp_artifacts=nlp_artifacts,
                word=text[result.start : result.end],
                start=result.start,
            )
            surrounding.extend(context)
            word = self._find_supportive_word_in_context(
                surrounding, recognizer.context, self.context_matching_mode
            )
            if word == "":
                results.append(result)
                continue
            twin = _copy_result(result)
            twin.score += self.context_similarity_factor
            twin.score = max(twin.score, self.min_score_with_context_similarity)
            twin.score = min(twin.score, ContextAwareEnhancer.MAX_SCORE)
            twin.analysis_explanation.set_supportive_context_word(word)
            twin.analysis_explanation.set_improved_score(twin.score)
            results.append(twin)
        return results

    @staticmethod
    def _find_supportive_word_in_context(  # noqa: ANN205
        context_list,  # noqa: ANN001
        recognizer_context_list,  # noqa: ANN001
        matching_mode: str = "substring",
    ):
        """Presidio's answer: the first context word of the recognizer found inside a word
        near the detection. In substring mode the nearby words are joined once, so each
        context word is one `in` on a short string, not one per nearby word; a context word
        holding the joining character (never, in our rules) is left to Presidio."""
        if (
            matching_mode != "substring"
            or not context_list
            or recognizer_context_list is None
            or any(_JOIN in word for word in recognizer_context_list)
        ):
            return LemmaContextAwareEnhancer._find_supportive_word_in_context(
                context_list, recognizer_context_list, matching_mode
            )
        nearby = _JOIN.join([word.lower() for word in context_list])
        for word in recognizer_context_list:
            if word.lower() in nearby:
                return word
        return ""

    @staticmethod
    def _find_index_of_match_token(word, start, tokens, tokens_indices):  # noqa: ANN001, ANN205
        i = bisect_right(tokens_indices, start) - 1
        if i >= 0 and start < tokens_indices[i] + len(tokens[i]):
            return i  # the token that starts at or covers `start`
        if i + 1 < len(tokens_indices):
            return i + 1  # `start` is in the space before the next token
        raise ValueError("a detection starts after the last token")  # never quotes the text
