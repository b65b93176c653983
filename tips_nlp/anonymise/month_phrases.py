"""A part of a month as a date: "Mid-February", "in early March".

A month after a word of time is a date (spans.keep_specific_dates: "in March"); "mid-" says
"the middle of" in one word, so "Mid-February" is one too, and "early"/"late" narrow a month
that a word of time introduces ("by late May"). A bare "late March" heading stays: writers
differ on it and it names no day.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|sept|aug|oct|nov|dec)"
)
# valid: "Mid-February", "mid march", "in early May", "by late Sept"; invalid: "late March"
# (no word of time), "middle" (no month), "mid-May's" is still one (possessive outside).
_PART_OF_MONTH = re.compile(
    rf"(?<![\w'’-])(?:mid[- ]?|(?P<lead>(?:in|by|until|till|since|from|during|before|after|due)"
    rf"[ \t]+)(?P<part>early|late)[ -]){_MONTHS}(?![\w-])",
    re.IGNORECASE,
)


def part_of_month_dates(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Add "Mid-February", "in early March" as dates (see the module docstring)."""
    low = text.lower()
    if "mid" not in low and "early" not in low and "late" not in low:
        return results
    added = [
        RecognizerResult(
            "DATE_TIME", m.start("part") if m.group("part") else m.start(), m.end(), 0.6
        )
        for m in _PART_OF_MONTH.finditer(text)
    ]
    return results + added if added else results
