"""The name of a site or venue without its kind word: "WESTQUAY SHOPPING CENTRE ... CCTV
FROM WESTQUAY SECURITY", "the Marlands Shopping Centre ... outside Marlands". Once a note
names a shopping centre, retail park or venue in full, it goes on with its distinctive word
alone; that word identifies the place as well as the full name.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from tips_nlp.anonymise.recognizers.names import NameLists, fold

_ORG_TYPES = frozenset({"ORGANIZATION", "ORG"})
# The kind word(s) after a site's own name: valid "Westquay Shopping Centre", "Hedge End
# Retail Park", "Wedgewood Rooms"; the name before is one word.
_SITE = re.compile(
    r"(?i)\A(?:the[ \t]+)?([A-Za-z][a-z]+|[A-Z]+)[ \t]+"
    r"(?:shopping[ \t]+(?:centre|center|mall|precinct)|retail[ \t]+park|leisure[ \t]+centre"
    r"|rooms|arena|stadium|precinct|mall|plaza|quays?|arcade)\Z"
)


def organisation_heads(
    text: str, results: list[RecognizerResult], lists: NameLists
) -> list[RecognizerResult]:
    """Add each standalone use of a detected site's own name word, in the same case shape
    (capitalised or capitals); a word of the language ("Central", "Ocean") is left alone."""
    heads: set[str] = set()
    for r in results:
        if r.entity_type not in _ORG_TYPES:
            continue
        m = _SITE.match(text[r.start : r.end])
        if m is None:
            continue
        head = m.group(1)
        if len(head) < 4 or lists.is_common(head) or fold(head) in lists.first:
            continue
        heads.add(head)
    if not heads:
        return results
    covered = [(r.start, r.end) for r in results]
    added = []
    for head in heads:
        for form in {head, head.upper(), head.capitalize()}:
            for m in re.finditer(rf"(?<![\w'’-]){re.escape(form)}(?![\w'’-])", text):
                if not any(s <= m.start() and m.end() <= e for s, e in covered):
                    added.append(RecognizerResult("ORGANIZATION", m.start(), m.end(), 0.6))
    return results + added if added else results
