"""Presidio's PatternRecognizer.analyze without its per-pattern clock readings and debug log.

For every pattern on every text Presidio reads the clock twice and formats a debug message
(logged at DEBUG, which is off): with about 170 patterns that costs as much as the regex
engine on a short text. `run_patterns` is the same loop (same results, scores, explanations,
order and de-duplication) without them; `thin_pattern_loops` installs it on each recognizer
that uses Presidio's own `analyze` and whose patterns are wrapped by regex_timeouts (so a
timeout still fails closed: the wrapper raises, as before).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from presidio_analyzer import EntityRecognizer, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from tips_nlp.anonymise.regex_timeouts import FailClosedRegex
from tips_nlp.limits import REGEX_TIMEOUT_SECONDS


def run_patterns(
    recognizer: PatternRecognizer,
    text: str,
    entities: list[str] | None = None,
    nlp_artifacts: NlpArtifacts | None = None,
    regex_flags: int | None = None,
) -> list[RecognizerResult]:
    """`recognizer.analyze(text, ...)` as Presidio runs it (see the module docstring)."""
    flags = regex_flags if regex_flags else recognizer.global_regex_flags
    if not recognizer.patterns:
        return []
    if any(
        not isinstance(p.compiled_regex, FailClosedRegex) or p.compiled_with_flags != flags
        for p in recognizer.patterns
    ):  # Presidio would compile again here: its own loop does that
        return PatternRecognizer.analyze(recognizer, text, entities, nlp_artifacts, regex_flags)
    name, entity = recognizer.name, recognizer.supported_entities[0]
    results = []
    for pattern in recognizer.patterns:
        for match in pattern.compiled_regex.finditer(text, timeout=REGEX_TIMEOUT_SECONDS):
            start, end = match.span()
            current_match = text[start:end]
            if current_match == "":
                continue
            score = pattern.score
            validation_result = recognizer.validate_result(current_match)
            description = recognizer.build_regex_explanation(
                name, pattern.name, pattern.regex, score, validation_result, flags
            )
            result = RecognizerResult(
                entity_type=entity,
                start=start,
                end=end,
                score=score,
                analysis_explanation=description,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: name,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
                },
            )
            if validation_result is not None:
                result.score = (
                    EntityRecognizer.MAX_SCORE if validation_result else EntityRecognizer.MIN_SCORE
                )
            invalidation_result = recognizer.invalidate_result(current_match)
            if invalidation_result is not None and invalidation_result:
                result.score = EntityRecognizer.MIN_SCORE
            if result.score > EntityRecognizer.MIN_SCORE:
                results.append(result)
            description.score = result.score
    return EntityRecognizer.remove_duplicates(results)


def thin_pattern_loops(recognizers: Iterable[EntityRecognizer]) -> None:
    """Give each pattern recognizer that runs Presidio's own `analyze` the `run_patterns`
    loop (a recognizer with its own `analyze` keeps it)."""
    for recognizer in recognizers:
        if (
            isinstance(recognizer, PatternRecognizer)
            and type(recognizer).analyze is PatternRecognizer.analyze
        ):
            recognizer.analyze = partial(run_patterns, recognizer)
