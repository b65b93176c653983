"""Lower-case names that are words, given as items of a list of people.

Typed-on-the-phone debriefs list who was there in lower case: "me (amber), will from the street
pastors, pc rich patel and pcso o'donnell", or one a line ("pc 6102 guy okafor\nrich from the
dog unit"), or quote a pair: 'she came with "jade and
precious"'. A name that is also a word ("will", "precious", "hope") is left to context by the
name recognizer; as a list item beside a detected person, with nothing verbal after it, it is
a name. Propagation then masks the same word where only a name stands ("will gave her water").
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from tips_nlp.anonymise.recognizers.names import NameLists, explicit_person

# A list item that is one lower-case word after a comma (or a list's opening colon), then the
# item's end or where the person comes from. valid: ", will from the street pastors,",
# ", hope, pc", ": grace (sw) and"; invalid: "she will, if" (no comma before), ", will be
# there" (a verb after), ", and will" (a joint before).
_ITEM = re.compile(
    r"(?:^|[,:;][ \t]*)([a-z][a-z'’-]{1,20})"
    r"(?=[ \t]*(?:,|\(|\)|$|\band\b|\bfrom[ \t]+(?:the[ \t]+)?[a-z]))",
    re.MULTILINE,
)
# From a list item's name to the next item's person: "will from the street pastors, pc ",
# "hope and ". invalid: "patience and collaboration" (no person next).
_TO_NEXT_ITEM = re.compile(
    r"(?:[ \t]+from[ \t][^,.;\n]{1,30})?[ \t]*(?:,|\band\b|&)[ \t]*"
    r"(?:(?:pc|pcso|sgt|ps|dc|ds|insp|dr|mr|mrs|ms|miss)[ \t]+)?",
    re.IGNORECASE,
)
# A bulleted or numbered item that opens on one name-word, then the item's end, a role after a
# comma or bracket, or where the person comes from. valid: "* Crystal from the Early Help hub",
# "- Hope (IDVA)", "2. Will, youth worker"; invalid: "- Hope was lost" (a verb after), "* Amber
# light" (a noun after).
_BULLET_ITEM = re.compile(
    r"^[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+([A-Za-z][a-z'’-]{1,20})"
    r"(?=[ \t]*(?:$|,|\(|[-–][ \t]|from[ \t]))",
    re.MULTILINE,
)
_BULLET_LINE = re.compile(r"[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]")
# Punctuation inside a line that makes it a sentence rather than a list item.
_SENTENCE_MARK = re.compile(r"[,;]|[.!?](?=\s*\S)")
# A quoted pair of one-word names. valid: '"jade and precious"', '"Kai & Hope"';
# invalid: '"sorry and sad"' (neither a person), '"jade and her mates"' (three words).
_QUOTED_PAIR = re.compile(
    r"[\"“]([A-Za-z][\w'’-]{1,20})[ \t]+(?:and|&)[ \t]+([A-Za-z][\w'’-]{1,20})[\"”]"
)


def people_list_items(
    text: str, results: list[RecognizerResult], lists: NameLists
) -> list[RecognizerResult]:
    """Add a lower-case listed name in a list (one line) that holds a detected person, and the
    other half of a quoted pair of names."""
    people = [r for r in results if r.entity_type == "PERSON"]
    if not people:
        return results
    added = []
    if "," in text:
        for m in _ITEM.finditer(text):
            start, end = m.span(1)
            if _covered(start, end, people) or not lists.is_name(m.group(1)):
                continue
            if (
                _person_before(text, m.start(), people)
                or _person_after(text, end, people)
                or _line_after_listed_person(text, start, results)
            ):
                added.append(_person(start, end))
    for m in _BULLET_ITEM.finditer(text):
        start, end = m.span(1)
        if (
            not _covered(start, end, people)
            and lists.is_name(m.group(1))
            and _bullet_beside_person(text, m.start(), results)
        ):
            added.append(_person(start, end))
    if '"' in text or "“" in text:
        for m in _QUOTED_PAIR.finditer(text):
            for this, other in ((1, 2), (2, 1)):
                if (
                    _covered(m.start(other), m.end(other), people)
                    and not _covered(m.start(this), m.end(this), people)
                    and lists.is_name(m.group(this))
                ):
                    added.append(_person(m.start(this), m.end(this)))
    return results + added if added else results


def _person_before(text: str, pos: int, people: list[RecognizerResult]) -> bool:
    """The list item before ends with a person: "me (amber), " + "will"."""
    return any(0 <= pos - p.end <= 4 and not text[p.end : pos].strip(" \t,:;()") for p in people)


def _line_after_listed_person(text: str, start: int, results: list[RecognizerResult]) -> bool:
    """A list written one person a line: the item opens its line and the line before ends with
    a person or an officer's number ("pc 6102 guy okafor" + "\nrich from the dog unit")."""
    if start == 0 or text[start - 1] != "\n":
        return False
    line_end = text.find("\n", start)
    if _SENTENCE_MARK.search(text, start, len(text) if line_end < 0 else line_end):
        return False  # "rich from the sale of drugs, he bought": a sentence, not an item
    end = len(text[: start - 1].rstrip(" \t"))
    return any(
        r.end == end
        and r.entity_type in {"PERSON", "OFFICER_ID"}
        and "\n" not in text[r.start : r.end]
        for r in results
    )


def _bullet_beside_person(text: str, line_start: int, results: list[RecognizerResult]) -> bool:
    """The bulleted line before or after this one names a person or an officer: the item is
    one of a list of people ("* Joy Mensah, TIP" + "* Crystal from the hub")."""
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    if _SENTENCE_MARK.search(text.replace(",", " "), line_start, line_end):
        return False  # "- Hope was lost. We ...": a sentence, not an item
    before_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    after_end = text.find("\n", line_end + 1)
    neighbours = []
    if line_start > 0:
        neighbours.append((before_start, line_start - 1))
    if line_end < len(text):
        neighbours.append((line_end + 1, len(text) if after_end < 0 else after_end))
    return any(
        _BULLET_LINE.match(text, s)
        and any(
            r.entity_type in {"PERSON", "OFFICER_ID"} and s <= r.start and r.end <= e
            for r in results
        )
        for s, e in neighbours
    )


def _person_after(text: str, end: int, people: list[RecognizerResult]) -> bool:
    """The list item after starts with a person: "will from the street pastors, " + "pc rich"."""
    m = _TO_NEXT_ITEM.match(text, end)
    return m is not None and any(p.start == m.end() for p in people)


def _covered(start: int, end: int, people: list[RecognizerResult]) -> bool:
    return any(p.start <= start and end <= p.end for p in people)


def _person(start: int, end: int) -> RecognizerResult:
    return explicit_person(start, end)
