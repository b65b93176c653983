"""A nickname made from a person's name with a familiar ending: "jones" -> "jonesy", "Smith"
-> "Smithy", "Wilk" -> "Wilko", "Robb" -> "Robbie"; or from its first syllable: "Sullivan" ->
"sully", "Robinson" -> "robbo", "Wilkinson" -> "wilko".

Teams call colleagues this way ("ps jones 2213 ... jonesy angry at the crowd"). The nickname
is in no name list, and lower case it looks like any word; made from a name the same note gives
as a person, it is that person. English words ("belly" from Bell, "hilly" from Hill) are left,
unless the note once writes the word where only a name stands: after a rank or title ("PC sully
(Sullivan)"); then every use of it is the person ("sully went silent").
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
    # the first syllable of a longer name: "sully" (Sullivan), "robbo" (Robinson)
    for n in range(3, min(5, len(name) - 2) + 1):
        head = name[:n]
        if head[-1] in "aeiou":
            continue
        forms |= {head + e for e in ("y", "ie", "o")}
        forms |= {head + head[-1] + e for e in ("y", "o", "ie")}
    return forms


# A rank or title just before the word: a name stands there ("PC sully", "Sgt jonesy").
_TITLE_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \t]+\Z")


def _after_title(text: str, start: int, lists: NameLists) -> bool:
    before = _TITLE_BEFORE.search(text, max(0, start - 12), start)
    return bool(before) and fold(before.group(1)) in lists.titles


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
    # an English word that is a nickname here: written once after a rank or title
    named_words = {
        key
        for m in _WORD.finditer(text)
        if (key := fold(m.group())) in wanted
        and key not in lists.words
        and _after_title(text, m.start(), lists)
    }
    added = []
    for m in _WORD.finditer(text):
        key = fold(m.group())
        if key not in wanted or (
            key not in named_words and (key in lists.words or lists.is_common(key))
        ):
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
