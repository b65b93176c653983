"""Our YAML patterns compiled once, at load.

Presidio's `Pattern` checks each regex by compiling it (without the recognizer's flags) and the
fail-closed wrapper (regex_timeouts) compiles it again, with the flags and its pre-check, to
search with: each of our patterns was compiled twice, about 0.3 s apiece at start-up. Here
Presidio builds the registry from the YAML with each custom pattern's regex stood in for by a
regex comment (`defer_patterns`), the real regex is put back in its `Pattern` afterwards
(`restore_patterns`), and `compile_patterns` compiles each in the form it is searched in: once,
still at load, so an invalid regex is still refused before any text is seen.
"""

from __future__ import annotations

import regex
from presidio_analyzer import EntityRecognizer, PatternRecognizer

from tips_nlp.anonymise.regex_timeouts import FailClosedRegex

# A regex comment: it compiles in microseconds and matches nothing that is ever searched, as it
# is replaced before the registry is used. valid: "(?#tips-nlp pattern 12)"
_STAND_IN = "(?#tips-nlp pattern {})"


class InvalidPatternError(ValueError):
    """A recognizer pattern that does not compile (names the recognizer and the pattern)."""


def defer_patterns(conf: dict) -> tuple[dict, dict[str, str]]:
    """A copy of a registry configuration whose custom recognizers' regexes are stand-ins, and
    stand-in -> regex. Predefined recognizers and entries Presidio would refuse are unchanged
    (so Presidio still reports what is wrong with them)."""
    deferred: dict[str, str] = {}
    recognizers = []
    for entry in conf.get("recognizers") or []:
        if (
            isinstance(entry, dict)
            and entry.get("type", "custom") == "custom"
            and isinstance(entry.get("patterns"), list)
        ):
            patterns = []
            for pattern in entry["patterns"]:
                if isinstance(pattern, dict) and isinstance(pattern.get("regex"), str):
                    stand_in = _STAND_IN.format(len(deferred))
                    deferred[stand_in] = pattern["regex"]
                    pattern = {**pattern, "regex": stand_in}
                patterns.append(pattern)
            entry = {**entry, "patterns": patterns}
        recognizers.append(entry)
    return {**conf, "recognizers": recognizers}, deferred


def restore_patterns(
    recognizers: list[EntityRecognizer], deferred: dict[str, str]
) -> list[tuple[PatternRecognizer, object]]:
    """Put each real regex back in its Pattern; returns the (recognizer, pattern) pairs restored,
    in registry order."""
    restored = []
    for recognizer in recognizers:
        if not isinstance(recognizer, PatternRecognizer):
            continue
        for pattern in recognizer.patterns:
            real = deferred.get(pattern.regex)
            if real is not None:
                pattern.regex = real
                pattern.compiled_regex = pattern.compiled_with_flags = None
                restored.append((recognizer, pattern))
    return restored


def compile_patterns(restored: list[tuple[PatternRecognizer, object]]) -> None:
    """Compile each restored pattern as it will be searched (its fail-closed wrapper, see
    regex_timeouts); an invalid regex raises InvalidPatternError."""
    for recognizer, pattern in restored:
        wrapper = pattern.compiled_regex
        try:
            if isinstance(wrapper, FailClosedRegex):
                wrapper.compiled  # noqa: B018 - compiled now, at load
            else:  # as Presidio compiles it on first use
                flags = recognizer.global_regex_flags
                pattern.compiled_regex = regex.compile(pattern.regex, flags=flags)
                pattern.compiled_with_flags = flags
        except regex.error as exc:
            raise InvalidPatternError(
                f"pattern {pattern.name!r} of {recognizer.name} is not a valid regex: {exc}"
            ) from None
