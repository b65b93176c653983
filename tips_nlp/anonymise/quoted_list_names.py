"""A quoted nickname among the names of a list: 'Tyrese Morgan-Bailey, Liam O'Hara, "Spider",
Nabil.' A nickname that is a word ("Spider", "Tiny") is no name to the name recognizer; beside
a found person in a list of names it is one. Propagation then masks its other mentions.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from tips_nlp.anonymise.recognizers.names import explicit_person

# One quoted nickname of one to three short capitalised words. valid: '"Spider"', '"Big T"';
# invalid: '"you're dead"' (lower case), '"I Never Touched Him, Honest"' (long).
_QUOTED = re.compile(r"[\"“]([A-Z0-9][\w.'’-]{0,15}(?:[ ][A-Z0-9][\w.'’-]{0,15}){0,2})[\"”]")
# What joins list items: a comma, "and", "&", "/", "or"; a colon opens a list, a full stop
# or a line end closes one.
_JOIN_BEFORE = re.compile(r"(?:[,:]|\band|&|/|\bor)[ \t]*\Z", re.IGNORECASE)
_JOIN_AFTER = re.compile(r"[ \t]*(?:,|and\b|&|/|or\b)[ \t]*", re.IGNORECASE)
_LIST_END = re.compile(r"[ \t]*(?:[.;)]|$)", re.MULTILINE)
_QUOTE_MARKS = "\"“”'‘’ \t"


def quoted_names_in_lists(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Add each quoted short item of a list whose neighbouring item is a detected person:
    joined to the list on both sides, so speech beside a name ('"Stop", Kyle said') stays."""
    if '"' not in text and "“" not in text:
        return results
    people = [r for r in results if r.entity_type == "PERSON"]
    ends = {r.end for r in people}
    starts = {r.start for r in people}
    added = []
    for match in _QUOTED.finditer(text):
        before = _JOIN_BEFORE.search(text, max(0, match.start() - 8), match.start())
        after = _JOIN_AFTER.match(text, match.end())
        if before is None or (after is None and not _LIST_END.match(text, match.end())):
            continue
        left = _person_ends_at(text, before.start(), ends)
        right = after is not None and _person_starts_at(text, after.end(), starts)
        if left or right:
            added.append(explicit_person(match.start(1), match.end(1)))
    return results + added if added else results


def _person_ends_at(text: str, pos: int, ends: set[int]) -> bool:
    """A person's span ends at pos, or just before a closing quote: '"Rocco", "Spider"'."""
    while pos > 0 and text[pos - 1] in _QUOTE_MARKS:
        if pos in ends:
            return True
        pos -= 1
    return pos in ends


def _person_starts_at(text: str, pos: int, starts: set[int]) -> bool:
    """A person's span starts at pos, or just after an opening quote."""
    return pos in starts or (text[pos : pos + 1] in {'"', "“"} and pos + 1 in starts)
