"""A given name written as its customary abbreviation before a detected name: Filipino "Ma."
(Maria) in "Ma. Cristina Dela Cruz", South Asian "Md."/"Mohd." (Mohammed) in "Md. Rahim
Uddin", and old English forms ("Wm.", "Thos.") in family records.

The abbreviation is part of the name, and a distinctive part. Alone it is no name ("Ma" is
also a mother), so it is taken only with its dot, capitalised, right before a person.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

# valid "Ma. Cristina", "Md. Rahim", "Mohd. Faizal", "Wm. Henry"; invalid "Ma Cristina" (no
# dot: "Ma" may be the mother), "ma. cristina" (lower case), "MA. Jones" (a degree)
_ABBREVIATION_BEFORE = re.compile(
    r"(?<![\w.'’-])(?:Ma|Md|Mohd|Muhd|Mhd|Wm|Thos|Jas|Chas|Geo|Robt|Saml|Edw|Benj)\.[ \t]+\Z"
)


def abbreviated_given_names(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Widen each detected person over an abbreviated given name right before it."""
    if "." not in text:
        return results
    widened = []
    for r in results:
        if r.entity_type == "PERSON" and r.start >= 3 and text[r.start - 1] in " \t":
            match = _ABBREVIATION_BEFORE.search(text, max(0, r.start - 8), r.start)
            if match is not None:
                r = RecognizerResult(
                    r.entity_type,
                    match.start(),
                    r.end,
                    r.score,
                    r.analysis_explanation,
                    r.recognition_metadata,
                )
        widened.append(r)
    return widened
