"""Nicknames given in quotes in lower case after a word that says names follow.

'names going round for the suspect: "k-dog", "little t"', 'aka "smiler"', 'goes by "tiny" or
"t"': informal notes write street names in lower case, where the name recognizer (capitalised
quoted nicknames) does not look. Propagation then masks their later unquoted mentions
("lucky thinks little t is tyrese").
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from tips_nlp.anonymise.recognizers.names import explicit_person

# A word that says names follow, then up to 40 characters before the first quote.
# valid: 'names going round for the suspect: "', 'aka "', 'known as "', 'street name "';
# invalid: 'she called "' (speech follows a verb of calling), 'name of the game'.
_LEAD = re.compile(
    r"\b(?:nick\s?names?|names?|aliases|alias|aka|a\.k\.a\.?|known\s+as|goes\s+by|go\s+by"
    r"|street\s+names?|tags?|calls?\s+(?:him|her|them)(?:self|selves)?)\b[^\"“”\n]{0,40}?(?=[\"“])",
    re.IGNORECASE,
)
# One quoted nickname of one to three short words, and what may join it to the next.
# valid: '"k-dog"', '"little t"', '"j.j."'; invalid: '"I never touched him, honest"' (too long).
_ITEM = re.compile(r"[\"“]([a-z0-9][\w.'’-]{0,15}(?:[ ][\w.'’-]{1,15}){0,2})[\"”]", re.IGNORECASE)
_JOIN = re.compile(r"[ \t]*(?:,|/|\bor\b|\band\b|&)?[ \t]*", re.IGNORECASE)


def quoted_lower_nicknames(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Add each quoted nickname in a list a naming word opens, in any case."""
    if '"' not in text and "“" not in text:
        return results  # cheap: no quotes, no quoted nicknames
    added = []
    for lead in _LEAD.finditer(text):
        pos = lead.end()
        while item := _ITEM.match(text, pos):
            added.append(explicit_person(item.start(1), item.end(1)))
            pos = _JOIN.match(text, item.end()).end()
    return results + added if added else results
