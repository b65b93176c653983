"""A quoted nickname standing as the subject of a record line, and its pairing with a name.

Custody boards and stop-search logs open each entry with the person: 'CELL 6 - "SPIKE" -
refuses name. Believed Gavin Lockhart', '3) "Smudge" / Kai Summers 16 M W1'. A nickname that
is a word ("Spike", "Smudge") is no name to the name recognizer; in the subject slot of an
entry that goes on to a person, a refused name or a sex-and-age marker, it is one. Later the
note pairs the names with a slash ("Kai/smudge"): a word slashed to a person's name, that the
text has given as a person, is the same person in lower case.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from tips_nlp.anonymise.recognizers.names import explicit_person

# An entry marker, a quoted nickname of one to three words, a separator.
# valid: 'CELL 6 - "SPIKE" -', '3) "Smudge" /', '- "Little T" (', 'ROOM 2: "Tiny",';
# invalid: '"Stop" he shouted' (no marker), 'said "Spike" -' (no entry start).
_ENTRY = re.compile(
    r"^[ \t]*(?:[A-Z][A-Za-z]{1,14}[ \t]*\d{1,3}[ \t]*[-–:]|\d{1,3}[).:]|[-•*–])[ \t]*"
    r"[\"“]([A-Za-z0-9][\w.'’-]{0,15}(?:[ ][\w.'’-]{1,15}){0,2})[\"”][ \t]*(?:[-–/,(]|aka\b)",
    re.MULTILINE,
)
# What the rest of the entry says that makes the subject a person: a refused or believed
# name, a sex-and-age marker "(M, 16)", "16 M", an age "aged 16".
_PERSON_CUES = re.compile(
    r"\bnames?\b|\bbelieved\b|\bDOB\b|\baka\b|\(\s*[MF]\b|\b\d{1,2}\s*(?:yrs?\b|[MF]\b)|\baged\b",
    re.IGNORECASE,
)
# A slash pair of words: "Kai/smudge", "kai / smudge".
_SLASH_PAIR = re.compile(
    r"(?<![\w/])([A-Za-z][\w'’-]{1,20})[ \t]*/[ \t]*([A-Za-z][\w'’-]{1,20})(?![\w/])"
)


def record_nicknames(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Add a quoted nickname that opens a record entry about a person."""
    if '"' not in text and "“" not in text:
        return results
    people = [r for r in results if r.entity_type == "PERSON"]
    added = []
    for m in _ENTRY.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        rest = text[m.end() : line_end]
        if _PERSON_CUES.search(rest) or any(m.end() <= p.start < line_end for p in people):
            added.append(_person(m.start(1), m.end(1)))
    return results + added if added else results


def slashed_aliases(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Add the lower-case side of a slash pair whose other side is a detected person and whose
    word the text gives elsewhere as a person: "Kai/smudge" after '"Smudge" / Kai Summers'."""
    if "/" not in text:
        return results
    people = [r for r in results if r.entity_type == "PERSON"]
    given = {text[r.start : r.end].lower() for r in people}
    added = []
    for m in _SLASH_PAIR.finditer(text):
        for this, other in ((1, 2), (2, 1)):
            word = m.group(this)
            if word.lower() not in given or _covered(m.start(this), m.end(this), people):
                continue
            if _covered(m.start(other), m.end(other), people):
                added.append(_person(m.start(this), m.end(this)))
    return results + added if added else results


def _covered(start: int, end: int, people: list[RecognizerResult]) -> bool:
    return any(p.start <= start and end <= p.end for p in people)


def _person(start: int, end: int) -> RecognizerResult:
    return explicit_person(start, end)
