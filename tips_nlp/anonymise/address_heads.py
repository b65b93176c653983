"""The flat, floor, bay or pitch written before a detected address: "flat 11, 3rd floor,
Kingsland House, St Mary's St", "flat 2 above the nail bar, 67 northam rd", "Bay 3, Tinker's
Lane".

The address patterns find the building or the street; the unit before it (a flat number, a
floor, a shop the flat is above, a bay on a site) narrows the address to one household, so it
belongs to the span. An address detection is extended back over such a head that ends where
it starts.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

# A unit word and its number, then at most a short "above the nail bar", then a floor.
# valid: "flat 11, 3rd floor, ", "flat 2 above the nail bar, ", "Bay 3, ", "pitch 6 ",
# "Flat 4b, ground floor, "; invalid: "aged 11, " (no unit word), "room for 2, " (no number
# after the unit word), "flat 2 and then went to " (no place word).
_HEAD = re.compile(
    r"\b(?:flat|apartment|apt|unit|bay|pitch|plot|room|maisonette|studio|bedsit)\.?[ \t]*"
    r"(?:no\.?[ \t]*)?\d{1,4}[a-z]?"
    r"(?:[ \t]+(?:above|over|below|behind|beside|next[ \t]+to)[ \t]+(?:the[ \t]+)?"
    r"[\w'’&-]+(?:[ \t][\w'’&-]+){0,2})?"
    r"[ \t]*[,/]?[ \t]*"
    r"(?:(?:\d{1,2}(?:st|nd|rd|th)|ground|first|second|third|fourth|fifth|top|upper|lower"
    r"|basement)[ \t]+floor[ \t]*,?[ \t]*)?\Z",
    re.IGNORECASE,
)
# A unit word alone before an address the patterns began at its number: "Bay " + "3, Tinker's
# Lane". invalid: "at " + "3, Tinker's Lane" (no unit word).
_UNIT_WORD = re.compile(
    r"\b(?:flat|apartment|apt|unit|bay|pitch|plot|maisonette|studio|bedsit)\.?[ \t]*"
    r"(?:no\.?[ \t]*)?\Z",
    re.IGNORECASE,
)
_WINDOW = 70


def address_heads(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Extend each address back over the flat, floor or bay written just before it."""
    out = []
    for r in results:
        if r.entity_type == "ADDRESS":
            m = _HEAD.search(text, max(0, r.start - _WINDOW), r.start)
            if m is None and text[r.start : r.start + 1].isdigit():
                m = _UNIT_WORD.search(text, max(0, r.start - 16), r.start)
            if m and m.start() < r.start and "\n" not in text[m.start() : r.start]:
                r = RecognizerResult(
                    r.entity_type,
                    m.start(),
                    r.end,
                    r.score,
                    analysis_explanation=r.analysis_explanation,
                    recognition_metadata=r.recognition_metadata,
                )
        out.append(r)
    return out
