"""The whole of a number a pattern found only in part: a passport's letters ("(EA 4471903)")
and an extension's second digit group ("ext. 4457 1190").

A digit run is found on its own as an id; the capital letters written before it with a space
are part of the number (passports, licences and visas open with letters), as is a second group
of an extension number. Left out, they would stay in the output beside the placeholder.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

# One to three capitals, a space, just before the digits. valid: "(EA 4471903)", "no. GB
# 123456789"; invalid: "ID 4471903" and "NO 4471903" (labels), "an 4471903" (lower case).
_LETTERS_BEFORE = re.compile(r"(?<![\w'’-])([A-Z]{1,3})[ \t]?\Z")
_LABELS = frozenset({"ID", "NO", "REF", "TEL", "MOB", "PNC", "CRO", "NHS", "NI", "DL", "DOB", "A"})
# A second digit group after an extension's first: "ext. 4457" + " 1190".
_EXTENSION = re.compile(r"\b(?:ext|extn|extension)\.?[ \t]*(?:no\.?[ \t]*)?\Z", re.IGNORECASE)
_SECOND_GROUP = re.compile(r"[ \t]\d{3,5}\b")


def identifier_extents(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Extend digit-only ids over their capital letters and extensions over a second group."""
    out = []
    for r in results:
        value = text[r.start : r.end]
        start, end = r.start, r.end
        if r.entity_type == "OTHER_ID" and value.isdigit():
            m = _LETTERS_BEFORE.search(text, max(0, r.start - 4), r.start)
            if m and m.group(1) not in _LABELS:
                start = m.start(1)
        elif (
            r.entity_type == "PHONE_NUMBER"
            and value.isdigit()
            and _EXTENSION.search(text, max(0, r.start - 16), r.start)
        ):
            m = _SECOND_GROUP.match(text, r.end)
            end = m.end() if m else end
        if (start, end) != (r.start, r.end):
            r = RecognizerResult(
                r.entity_type,
                start,
                end,
                r.score,
                analysis_explanation=r.analysis_explanation,
                recognition_metadata=r.recognition_metadata,
            )
        out.append(r)
    return out
