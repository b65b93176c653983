"""A surname the note writes in capitals, used alone later: 'Lee "Chalky" WHITE ... WHITE
returned at 1640hrs'.

Police forms write surnames in capitals. When the surname is also a word ("WHITE", "KING",
"BLACK", "YOUNG"), propagation does not spread it from the full name, so that "white van" and
"WHITE BRITISH" stay. In capitals, alone among lower-case words, after the text has given it
in capitals as a person's surname, it is that person.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from tips_nlp.anonymise.recognizers.names import explicit_person

# A capitals surname at the end of a person's span: "Lee "Chalky" WHITE", "Shannon STANLEY".
_LAST_CAPITALS = re.compile(r"(?<![\w'’-])([A-Z][A-Z'’-]{2,20})\Z")
# A capitals word with no capitals word beside it: "WHITE returned", "to WHITE."; not
# "WHITE BRITISH", "IC1 WHITE MALE".
_ALONE = r"(?<![A-Z0-9][ \t])(?<![\w'’-]){word}(?![\w'’-])(?![ \t][A-Z0-9]{{2}})"


def capitals_surnames_alone(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Add each lone capitals mention of a surname a detected person carries in capitals."""
    people = [r for r in results if r.entity_type == "PERSON"]
    surnames = set()
    for r in people:
        value = text[r.start : r.end]
        if value.isupper():
            continue  # "WHITE" alone is what we look for, not a source
        m = _LAST_CAPITALS.search(value)
        if m:
            surnames.add(m.group(1))
    added = []
    for word in surnames:
        for m in re.finditer(_ALONE.format(word=re.escape(word)), text):
            if not any(p.start <= m.start() and m.end() <= p.end for p in people):
                added.append(explicit_person(m.start(), m.end()))
    return results + added if added else results
