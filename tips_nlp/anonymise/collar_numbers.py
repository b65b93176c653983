"""Collar numbers written without their rank: beside a name in brackets, "Cormac (Ó Ceallaigh
7741)", and again bare after the note gave them with a rank, "pc 7741 ... (7741)".

A bare three-to-six-digit number is too common to mask on its shape. Inside brackets right
after a detected person, or equal to the number of an officer id the same note detected, it
is that officer's number.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

# After a person, inside brackets: the number and the closing bracket. valid "(Ó Ceallaigh
# 7741)", "(Davies, 3412)", "(K. Hope #4410)"; invalid "(Davies 2024)" (a year), "(Davies 12)",
# "(Ionut Radu, 2115)" (after a comma, a clock time).
_NUMBER_BEFORE_BRACKET_END = re.compile(r"[ \t]*,?[ \t]*#?(\d{3,6})[ \t]*\)")
_YEAR = re.compile(r"(?:19|20)\d\d")
# A 24-hour clock time: "2115", "0740".
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
# The digits of a detected officer id: "pc 7741", "PCSO 14426", "collar 4410".
_ID_DIGITS = re.compile(r"(\d{3,6})[A-Za-z]?\Z")
# Not a time or a quantity: "at 7741" cannot be a time, but "1430hrs", "1430 hours" and
# "£1430" are not collar numbers.
_NOT_AFTER = re.compile(r"[ \t]?(?:hrs?|hours|h\b|mins?|[%:.]\d|/\d|-\d)", re.IGNORECASE)
_NOT_BEFORE = re.compile(r"(?:[£$€#:/.\-]|\b(?:at|by|until|till|from|before|after))[ \t]*\Z")


def _officer(start: int, end: int) -> RecognizerResult:
    return RecognizerResult("OFFICER_ID", start, end, 0.8)


def numbers_beside_bracketed_names(
    text: str, results: list[RecognizerResult]
) -> list[RecognizerResult]:
    """Add a collar number written after a detected person inside brackets."""
    if "(" not in text:
        return results
    added = []
    for r in results:
        if r.entity_type != "PERSON" or "(" not in text[max(0, r.start - 3) : r.start]:
            continue
        if not text[max(0, r.start - 3) : r.start].rstrip(" \t").endswith("("):
            continue
        match = _NUMBER_BEFORE_BRACKET_END.match(text, r.end)
        if match is None or _YEAR.fullmatch(match.group(1)):
            continue
        if "," in match.group() and _CLOCK.fullmatch(match.group(1)):
            continue  # "Interpreter booked (Ionut Radu, 2115)": the time booked
        added.append(_officer(match.start(1), match.end(1)))
    return results + added if added else results


def recurring_collar_numbers(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Add each bare recurrence of the number of an officer id detected with its rank."""
    numbers = set()
    for r in results:
        if r.entity_type != "OFFICER_ID":
            continue
        match = _ID_DIGITS.search(text, r.start, r.end)
        if match and not _YEAR.fullmatch(match.group(1)):
            numbers.add(match.group(1))
    if not numbers:
        return results
    pattern = re.compile(rf"(?<![\w.,/-])(?:{'|'.join(sorted(numbers))})(?![\w]|,\d)")
    added = []
    for m in pattern.finditer(text):
        if any(r.start <= m.start() and m.end() <= r.end for r in results):
            continue
        if _NOT_AFTER.match(text, m.end()) or _NOT_BEFORE.search(
            text, max(0, m.start() - 8), m.start()
        ):
            continue
        added.append(_officer(m.start(), m.end()))
    return results + added if added else results
