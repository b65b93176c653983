"""Names in a list with ages: "kids: Arman 6, Leyla 3", "children Zofia (8) and Antek (5)".

Notes list a family's children as name and age. A name the gazetteer does not hold ("Arman")
sits beside one it does ("Leyla") in the same shape; when one item of such a list is a detected
person, every item is one. Propagation then masks the lower-case reuse ("arman holding leyla").
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from tips_nlp.anonymise.recognizers.names import NameLists, explicit_person, fold

# One item: a capitalised word (or two), then an age as a bare number, in brackets or with
# "yrs". valid: "Arman 6", "Leyla (3)", "Kai Summers 16yrs"; invalid: "Cell 6" is an item
# too, left out below as a listed word, "Room 101" (three digits).
_ITEM = (
    r"([A-Z][\w'’-]{1,20}(?:[ \t][A-Z][\w'’-]{1,20})?)"
    r"[ \t]*\(?(\d{1,2})(?:[ \t]*(?:yrs?|years?|y/?o))?\)?"
)
_JOIN = r"[ \t]*(?:,|&|\band\b|;)[ \t]*"
_LIST = re.compile(rf"(?<![\w'’-]){_ITEM}(?:{_JOIN}{_ITEM})+(?![\w/:.-]|\.\d)")
_ONE = re.compile(_ITEM)


def names_listed_with_ages(
    text: str, results: list[RecognizerResult], lists: NameLists
) -> list[RecognizerResult]:
    """Add every name of a name-and-age list that holds at least one detected person."""
    people = [r for r in results if r.entity_type == "PERSON"]
    if not people:
        return results
    added = []
    for lst in _LIST.finditer(text):
        items = list(_ONE.finditer(text, lst.start(), lst.end()))
        if not any(_is_person(i.start(1), i.end(1), people) for i in items):
            continue
        for item in items:
            name = item.group(1)
            if _is_person(item.start(1), item.end(1), people) or not _could_be_name(name, lists):
                continue
            added.append(explicit_person(item.start(1), item.end(1)))
    return results + added if added else results


def _is_person(start: int, end: int, people: list[RecognizerResult]) -> bool:
    return any(p.start <= start and end <= p.end for p in people)


def _could_be_name(name: str, lists: NameLists) -> bool:
    """Each word a listed name or no English word: not "Cell 6", "Year 9", "Bay 3"."""
    for word in name.split():
        key = fold(word)
        if key in lists.not_names or key in lists.titles or key in lists.generic:
            return False
        if not lists.is_name(word) and lists.is_common(word):
            return False
    return True
