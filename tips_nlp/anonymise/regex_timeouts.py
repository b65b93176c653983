"""Fail closed when a recognizer's regex runs out of time.

Presidio runs each pattern with a timeout and, when it expires, logs a warning and SKIPS that
pattern: the text comes back with whatever it would have found (a URL, a postcode) left in
place. Here every pattern's compiled regex is wrapped so a timeout raises an error Presidio
does not catch, and the anonymiser fails closed instead. The timeout is also shortened from
Presidio's 60 seconds to tips_nlp.limits.REGEX_TIMEOUT_SECONDS.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex
from presidio_analyzer import EntityRecognizer, PatternRecognizer

from tips_nlp.limits import REGEX_TIMEOUT_SECONDS


class RegexTimeoutError(RuntimeError):
    """A recognizer's pattern ran out of time on this text (Presidio would have skipped it)."""


class FailClosedRegex:
    """A compiled regex whose `finditer` raises RegexTimeoutError instead of TimeoutError."""

    def __init__(self, compiled: regex.Pattern) -> None:
        self.compiled = compiled

    def finditer(self, text: str, *args: object, timeout: float | None = None, **kwargs: object):
        limit = min(timeout or REGEX_TIMEOUT_SECONDS, REGEX_TIMEOUT_SECONDS)
        return self._matches(self.compiled.finditer(text, *args, timeout=limit, **kwargs))

    @staticmethod
    def _matches(matches: Iterator) -> Iterator:
        error = None
        try:
            yield from matches
        except TimeoutError:
            error = RegexTimeoutError("a recognizer pattern ran out of time on this text")
        if error is not None:
            raise error

    def __getattr__(self, name: str) -> object:
        return getattr(self.compiled, name)


def fail_closed_on_regex_timeout(recognizers: Iterable[EntityRecognizer]) -> None:
    """Compile every pattern of every pattern recognizer now, wrapped to fail closed."""
    for recognizer in recognizers:
        if not isinstance(recognizer, PatternRecognizer):
            continue
        flags = recognizer.global_regex_flags
        for pattern in recognizer.patterns:
            pattern.compiled_regex = FailClosedRegex(regex.compile(pattern.regex, flags=flags))
            pattern.compiled_with_flags = flags
