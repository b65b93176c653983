"""Lower-case names after a role noun, and their later mentions as the subject of a past tense.

Informal debriefs list who was present in lower case: "pc rich malone, me (jade, tip), student
officer will  re the missing from home". A name that is also a word ("will", "hope") is left to
context, and "officer will" is a modal as often as a name; it is a name when no article owns
the role ("the officer will attend" is a modal) and nothing verbal follows it (a line end, a
comma, a bracket, "re"). Once named so, propagation masks the same word where only a name
stands: "- will stayed really calm" (a modal never takes a past tense).
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from tips_nlp.anonymise.recognizers.names import NameLists, explicit_person

_ROLES = (
    r"officer|constable|probationer|pc|pcso|sgt|sergeant|dc|ds|tip|special|detective"
    r"|inspector|insp|colleague|crewmate|oic"
)
# A role noun no article owns, then one lower-case word, then no verb.
# valid: "student officer will  re the missing", "pcso hope, pc", "crewmate will (new)";
# invalid: "the officer will attend", "an officer will, if needed, ...", "officer will be".
_ROLE_NAME = re.compile(
    rf"(?<!\bthe[ \t])(?<!\ban[ \t])(?<!\ba[ \t])(?<!\bany[ \t])(?<!\beach[ \t])"
    rf"(?<!\bevery[ \t])(?<!\bthis[ \t])(?<!\bthat[ \t])\b(?:{_ROLES})[ \t]+([a-z][a-z'’-]*)"
    r"(?=[ \t]*(?:$|[,;:()/–-]|\bre\b|\band\b))",
    re.MULTILINE | re.IGNORECASE,
)


def names_after_roles(
    text: str, results: list[RecognizerResult], lists: NameLists
) -> list[RecognizerResult]:
    """Add a listed name that follows a role noun no article owns, with no verb after it."""
    lowered = text.lower()
    if not any(role in lowered for role in ("officer", "pc", "sgt", "tip", "constable", "ds ")):
        return results  # cheap: no role noun, no role-named person
    added = []
    for match in _ROLE_NAME.finditer(text):
        if lists.is_name(match.group(1)):
            added.append(_person(match.start(1), match.end(1)))
    return results + added if added else results


def _person(start: int, end: int) -> RecognizerResult:
    return explicit_person(start, end)
