"""Detections typed as a person that name a body: saints' names of schools, churches and
hospitals ("St Aldhelm's C of E Secondary") and women's or men's groups ("Somali Women's
Forum"). A reader shown "School: [PERSON 2]" is misled; "[ORGANISATION 2]" reads right."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from tips_nlp.anonymise.spans import result

# valid: "St Aldhelm's", "St. Mary's C of E Primary", "Saint Richard's Hospital", "St John's";
# invalid: "St John" (a surname: "Mr St John"), "Stacey's" (no saint's title)
_SAINTS_BODY = re.compile(r"(?:St\.?|Saint)[ \t]+[A-Z][\w'’-]*['’]s\b.*", re.DOTALL)
# valid: "Somali Women's Forum", "Men's Shed", "Young Mothers' Group"; invalid: "Kyle's"
_GROUP_OF_PEOPLE = re.compile(
    r"\b(?:Women|Men|Ladies|Girls|Boys|Mothers|Fathers|Dads|Mums)['’]s?\b"
)


def people_that_are_bodies(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Retype a person detection that is a saint's-name body or a group of people as an
    organisation."""
    retyped = []
    for r in results:
        value = text[r.start : r.end]
        if r.entity_type in {"PERSON", "PROPER_NOUN"} and (
            _SAINTS_BODY.fullmatch(value) or _GROUP_OF_PEOPLE.search(value)
        ):
            r = result("ORGANIZATION", r.start, r.end, r.score)
        retyped.append(r)
    return retyped
