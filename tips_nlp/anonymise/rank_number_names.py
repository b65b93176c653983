"""A lower-case surname written after an officer's rank and number: "pc 5531 ng + pc 1456
o'reilly", "pcso 17734 hart, pc 2201 ali".

Informal notes give an officer as rank, collar number, surname, all in lower case. A short
surname ("ng", "li", "wu") is no listed name or looks like an abbreviation, so the name
recognizer leaves it; after a rank and number with nothing verbal following it is the officer's
name. Propagation then masks its other mentions ("ng approaches slowly", "danny ng").
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from spacy.tokens import Doc

from tips_nlp.anonymise.recognizers.names import (
    NameLists,
    explicit_person,
    fold,
)
from tips_nlp.anonymise.recognizers.token_table import doc_text

# A rank word opens the officer id: "pc 5531", "PCSO 17734", "sgt 1139".
_RANK = re.compile(r"(?:pcso|pc|wpc|sc|ps|sgt|dc|ds|di|insp|supt)\b", re.IGNORECASE)
# One lower-case word after the id, then a list joint, a bracket or a line end, so that a verb
# phrase after the number is left. valid: " ng + pc", " o'reilly.", " li, pc", " wu and";
# invalid: " attended the", " was first", " (driver)".
_NAME_AFTER = re.compile(
    r"[ \t]+([a-z][a-z'’-]{1,20})(?=[ \t]*(?:$|[,;:+&/()]|\.(?:\s|$)|\band\b|\bre\b|\bwith\b))",
    re.MULTILINE,
)
# Tags of a verb: "pc 5531 attended.", "pc 1234 ran, ...". The tagger reads a short unknown
# surname as anything ("ng" a determiner, "o'reilly" an adverb), so only verbs count.
_VERB_TAGS = frozenset({"MD", "VB", "VBD", "VBP", "VBZ", "VBN", "VBG"})


def surnames_after_rank_numbers(
    doc: Doc, results: list[RecognizerResult], lists: NameLists
) -> list[RecognizerResult]:
    """Add the lower-case word that follows a detected rank-and-number officer id, and its other
    mentions: a word the note gave as an officer's surname is that officer wherever it recurs
    ("ng approaches slowly", "recommend danny ng")."""
    text = doc_text(doc)
    added: list[RecognizerResult] = []
    for r in results:
        if r.entity_type != "OFFICER_ID" or not _RANK.match(text, r.start):
            continue
        match = _NAME_AFTER.match(text, r.end)
        if match is None:
            continue
        word = match.group(1)
        key = fold(word)
        if key in lists.not_names or key in lists.titles or key in lists.generic:
            continue  # "pc 5531 too.", "pc 5531 etc."
        if not lists.is_name(word) and len(key) > 3 and lists.is_common(word):
            continue  # "pc 5531 today.", "pc 5531 only,": a longer English word
        span = doc.char_span(match.start(1), match.end(1))
        if span is None or any(t.tag_ in _VERB_TAGS for t in span):
            continue
        if lists.is_name(word) and key in lists.words:
            added.append(_person(match.start(1), match.end(1)))  # "will": context elsewhere
            continue
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text, re.IGNORECASE):
            added.append(_person(m.start(), m.end()))
    return results + added if added else results


def _person(start: int, end: int) -> RecognizerResult:
    return explicit_person(start, end)
