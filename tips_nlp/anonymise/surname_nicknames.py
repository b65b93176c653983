"""A nickname made from a person's name with a familiar ending: "jones" -> "jonesy", "Smith"
-> "Smithy", "Wilk" -> "Wilko", "Robb" -> "Robbie".

Teams call colleagues this way ("ps jones 2213 ... jonesy angry at the crowd"). The nickname
is in no name list, and lower case it looks like any word; made from a name the same note gives
as a person, it is that person. English words ("belly" from Bell, "hilly" from Hill) are left.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from tips_nlp.anonymise.recognizers.names import EXPLICIT_NAME_SOURCE, NameLists, fold

_ENDINGS = ("y", "ie", "o", "sy", "za")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _nicknames(name: str) -> set[str]:
    forms = {name + e for e in _ENDINGS}
    forms |= {name + name[-1] + e for e in ("y", "o", "ie")}  # "robbo", "kenny"
    return forms


def surname_nicknames(
    text: str, results: list[RecognizerResult], lists: NameLists
) -> list[RecognizerResult]:
    """Add each word that is a detected person's name word plus a familiar ending."""
    wanted: dict[str, str] = {}
    for r in results:
        if r.entity_type != "PERSON":
            continue
        for word in _WORD.findall(text[r.start : r.end]):
            key = fold(word)
            if len(key) < 3 or not key.isalpha():
                continue
            for nick in _nicknames(key):
                wanted.setdefault(nick, key)
    if not wanted:
        return results
    added = []
    for m in _WORD.finditer(text):
        key = fold(m.group())
        if key not in wanted or key in lists.words or lists.is_common(key):
            continue
        if any(r.start <= m.start() and m.end() <= r.end for r in results):
            continue
        added.append(
            RecognizerResult(
                "PERSON",
                m.start(),
                m.end(),
                0.8,
                recognition_metadata={"recognizer_name": EXPLICIT_NAME_SOURCE},
            )
        )
    return results + added if added else results
