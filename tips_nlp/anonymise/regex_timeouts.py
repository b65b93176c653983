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
from presidio_analyzer.predefined_recognizers import UrlRecognizer

from tips_nlp.anonymise.regex_literals import Clause, may_match, required_clauses
from tips_nlp.anonymise.regex_prechecks import precheck
from tips_nlp.limits import REGEX_TIMEOUT_SECONDS


class RegexTimeoutError(RuntimeError):
    """A recognizer's pattern ran out of time on this text (Presidio would have skipped it)."""


# Texts shorter than this skip the literal gate: searching them costs less than the gate's
# one-off parse of the pattern, so a short first text (cold start) never waits for it. The
# gate never changes what is found, only whether a hopeless search runs.
GATE_MIN_CHARS = 400


class FailClosedRegex:
    """A compiled regex whose `finditer` raises RegexTimeoutError instead of TimeoutError.

    `required`: a pattern every match needs somewhere in the text (the label of a lookbehind,
    see `required_label`); a text without it is not searched. `leads`: `required` is the label
    of the lookbehind every match starts after, so no match starts before the label's first
    occurrence and the search starts there. `clauses`: literals every match needs (see
    regex_literals.required_clauses); a text without them is not searched either.
    """

    def __init__(
        self,
        pattern: str,
        flags: int,
        required: regex.Pattern | None = None,
        clauses: list[Clause] | None = None,
        *,
        gate_from: str | None = None,
        leads: bool = False,
    ) -> None:
        self.pattern_text, self.pattern_flags = pattern, flags
        self._compiled: regex.Pattern | None = None
        self.required = required
        self.leads = leads and required is not None
        self._clauses = clauses
        self._gate_from = gate_from

    @property
    def clauses(self) -> list[Clause]:
        """The literal gate, worked out from `gate_from` on first use: parsing every pattern
        costs about half a second, which a short first text (start-up) need not wait for."""
        if self._clauses is None:
            source = self._gate_from
            self._clauses = required_clauses(source, self.pattern_flags) if source else []
        return self._clauses

    @property
    def compiled(self) -> regex.Pattern:
        """Compiled on first use: a pattern whose label the first texts lack costs nothing at
        start-up (Presidio has already checked that it compiles)."""
        if self._compiled is None:
            self._compiled = regex.compile(self.pattern_text, flags=self.pattern_flags)
        return self._compiled

    def finditer(self, text: str, *args: object, timeout: float | None = None, **kwargs: object):
        limit = min(timeout or REGEX_TIMEOUT_SECONDS, REGEX_TIMEOUT_SECONDS)
        if (
            len(text) >= GATE_MIN_CHARS  # a short text is searched faster than gated
            and not args
            and not kwargs
            and self.clauses
            and not may_match(self.clauses, text)
        ):
            return iter(())
        if self.required is not None and not args and not kwargs:
            try:
                label = self.required.search(text, timeout=limit)
            except TimeoutError:  # let the full pattern decide (and time out) as before
                return self._matches(self.compiled.finditer(text, timeout=limit))
            if label is None:
                return iter(())
            if self.leads:  # the text before the first label holds no match: not searched
                return self._matches(self.compiled.finditer(text, label.start(), timeout=limit))
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


def _group_end(pattern: str, start: int, *, bar: bool = False) -> int:
    """Index just past the group that opens at pattern[start] ("("), or -1; with `bar`, the
    index of the first "|" outside every group from `start` on, or -1."""
    depth, i, in_class = 0, start, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":  # "[]...]": a literal "]" first
                i += 1
        elif char == "|" and depth == 0 and bar:
            return i
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0 and not bar:
                return i + 1
        i += 1
    return -1


def required_label(pattern: str) -> str | None:
    """The lookbehind L of a pattern that starts with zero-width assertions including
    `(?<=L)`: every match has L just before it, so a text where L is nowhere has no match.

    valid: "(?<=\\bref\\s*)\\d+" -> "\\bref\\s*", "(?=\\d)(?<=no )\\d+" -> "no ";
    invalid: "\\d+(?<=5)" (the lookbehind is not in front), "(?<!x)\\d" (a negative one),
    "(?<=ref )\\d|#\\d" (the second alternative needs no label).
    """
    if _group_end(pattern, 0, bar=True) >= 0:
        return None
    i = 0
    while pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
        end = _group_end(pattern, i)
        if end < 0:
            return None
        if pattern.startswith("(?<=", i):
            return pattern[i + 4 : end - 1]
        i = end
    return None


# Presidio's URL patterns (four of 6,000 characters, run on every text) each hold its
# BASE_URL_REGEX, whose every match has a character of `[a-z0-9.\-]`, a "." and a top-level
# domain of two or more ASCII letters (checked in tests). A text with no word character, "."
# or "-" before a "." and two letters holds no URL: the patterns are neither compiled nor run.
# `[^\W\d_]` (any letter) also covers what IGNORECASE lets an ASCII letter match ("K", "ſ").
# valid: "www.example.com" ("w.ex"), "bit.ly/x" ("t.ly"); invalid: "a.m.", "1.30pm", "e.g."
URL_REQUIRED = r"[\w.\-]\.[^\W\d_]{2}"


# Syntax after which a forward search for a label might miss where the lookbehind finds it
# (an atomic group or a possessive repeat gives up backtracking differently when read back).
_NO_BACKTRACK = regex.compile(r"\(\?>|[*+?}]\+")


def leading_label(pattern: str) -> str | None:
    """`required_label(pattern)` when the search may start at the label's first occurrence:
    every match starts where some match of the label ends, and the leftmost match of the label
    starts no later than any other (the label has no atomic group or possessive repeat).

    valid: "(?<=\\bref\\s*)\\d+" -> "\\bref\\s*"; invalid: "(?<=(?>a+))b" (atomic).
    """
    label = required_label(pattern)
    if label is None or _NO_BACKTRACK.search(label):
        return None
    return label


def required_text(pattern: str) -> str | None:
    """A pattern every match of `pattern` needs somewhere in the text, or None: the label of
    a leading lookbehind, or URL_REQUIRED for a pattern built on Presidio's URL regex."""
    label = required_label(pattern)
    if label is None and UrlRecognizer.BASE_URL_REGEX in pattern:
        return URL_REQUIRED
    return label


def fail_closed_on_regex_timeout(recognizers: Iterable[EntityRecognizer]) -> None:
    """Wrap every pattern of every pattern recognizer to fail closed (and to skip texts
    without what every match needs: a lookbehind's label, a URL's dot and letters, the
    literals of regex_literals; and to start with its proven pre-check, see
    regex_prechecks); each is compiled when first used."""
    for recognizer in recognizers:
        if not isinstance(recognizer, PatternRecognizer):
            continue
        flags = recognizer.global_regex_flags
        for pattern in recognizer.patterns:
            label = required_text(pattern.regex)
            # a look-ahead every match passes anyway, so the engine skips hopeless positions
            first = precheck(recognizer.name, pattern.name, pattern.regex)
            pattern.compiled_regex = FailClosedRegex(
                first + pattern.regex,
                flags,
                regex.compile(label, flags=flags) if label else None,
                gate_from=pattern.regex,
                leads=label is not None and label == leading_label(pattern.regex),
            )
            pattern.compiled_with_flags = flags
