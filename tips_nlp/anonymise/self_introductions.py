"""Names people give themselves in speech, in any case: 'says "hiya kasia, i'm danny, can i
stay here and chat?"', '"my name's jordan"', '"call me jess"'.

Informal notes write quoted speech in lower case, where the name recognizer (capitalised names,
or lower-case names after a listed word) does not look. The word after a self-introduction is
a name when the name lists hold it; after "i'm" or "this is" it must also be no word that a
name shares ("i'm mad", "this is will": left to the context rules), after "my name's" or "call
me" any listed name will do.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from tips_nlp.anonymise.recognizers.names import NameLists, explicit_person, fold

# Cheap gate: a text with none of these holds no self-introduction.
_GATE = re.compile(r"\bi['’]?m\b|\bname|\bthis is\b|\bcall me\b|\bi am\b", re.IGNORECASE)
# A self-introduction, then one name word (a second when it too is a name: "i'm danny lee").
# valid: "i'm danny,", "im danny", "my name's danny", "my name is danny", "this is danny from",
# "call me danny", "i am danny", "this is danny's phone" (the name without its 's);
# invalid: "i'm tired".
_INTRODUCTION = re.compile(
    r"\b(?:i['’]?m|i[ \t]+am|my[ \t]+name(?:['’]s|[ \t]+is|[ \t]+was)?|this[ \t]+is"
    r"|call[ \t]+me)[ \t]+"
    r"([^\W\d_][\w-]*(?:['’](?!s\b)\w+)?)(?:[ \t]+([^\W\d_][\w-]*(?:['’](?!s\b)\w+)?))?",
    re.IGNORECASE,
)


# Leads that say a name follows whatever the word: "my name's will", "call me hope".
_STRONG = re.compile(r"(?:my|call)\b", re.IGNORECASE)
# "call me" is also a request: "call me back", "call me later". After it a lower-case common
# word is that request, not a name.
_CALL = re.compile(r"call\b", re.IGNORECASE)


def _is_name(word: str, lists: NameLists, *, strong: bool, call: bool = False) -> bool:
    """A listed name; after "i'm" or "this is" also no ordinary word ("i'm mad", "this is will");
    after "call me" no lower-case common word ("call me back")."""
    if call and word.islower() and fold(word) in lists.common:
        return False
    return lists.is_name(word) and (strong or fold(word) not in lists.words)


def self_introduced_names(
    text: str, results: list[RecognizerResult], lists: NameLists
) -> list[RecognizerResult]:
    """Add the name a speaker gives after "i'm", "my name's", "this is" or "call me"."""
    if not _GATE.search(text):
        return results
    added = []
    for match in _INTRODUCTION.finditer(text):
        strong = bool(_STRONG.match(match.group(0)))
        call = bool(_CALL.match(match.group(0)))
        if not _is_name(match.group(1), lists, strong=strong, call=call):
            continue
        end = match.end(1)
        if match.group(2) and _is_name(match.group(2), lists, strong=False):
            end = match.end(2)
        added.append(explicit_person(match.start(1), end))
    return results + added if added else results
