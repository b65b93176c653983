"""Numbers that belong to a national helpline, and freephone numbers that belong to a person.

A national service named with its number ("Shout 85258", "NHS 111") is allowed whole in
rules/pii/allow.yml, yet its digits look like a reference: a detection lying inside such an
allowed phrase is the service's. A freephone number is kept as a helpline's
(recognizers/phone.py), except where it is given as a person's contact, right after their
name: "first responder Crystal Baptiste (0800 808 3733)", "sunita chaudhary, 0800 0123 4567".
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from tips_nlp.anonymise.recognizers.phone import freephone_spans

# Between a person's name and their number: a bracket, comma, colon, dash or "on"/"tel".
# valid: " (", ", ", " on ", " - tel: "; invalid: " rang the helpline on " (words between).
_NAME_TO_NUMBER = re.compile(
    r"['’]?s?[ \t]*(?:[(,:–-][ \t]*)?(?:(?:on|tel\.?|mob\.?|phone|number)[ \t]*:?[ \t]*)?\(?[ \t]*",
    re.IGNORECASE,
)
_WINDOW = 24


def helpline_numbers(
    text: str, results: list[RecognizerResult], allowed_here: list[tuple[int, int]]
) -> list[RecognizerResult]:
    """Drop an identifier inside an allowed phrase that holds digits ("Shout 85258"); add a
    freephone number written straight after a detected person as a PHONE_NUMBER."""
    numbered = [(s, e) for s, e in allowed_here if any(c.isdigit() for c in text[s:e])]
    kept = [
        r
        for r in results
        if r.entity_type in {"PERSON", "LOCATION", "ORGANIZATION", "DATE_TIME"}
        or not any(s <= r.start and r.end <= e for s, e in numbered)
    ]
    if "0" not in text:
        return kept
    people = [r for r in kept if r.entity_type == "PERSON"]
    for start, end in freephone_spans(text):
        if any(r.start < end and start < r.end for r in kept):
            continue
        if any(
            0 <= start - p.end <= _WINDOW and _NAME_TO_NUMBER.fullmatch(text[p.end : start])
            for p in people
        ):
            kept.append(RecognizerResult("PHONE_NUMBER", start, end, 0.7))
    return kept
