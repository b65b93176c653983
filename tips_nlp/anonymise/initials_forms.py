"""Initials in the forms notes sign and assign with, which the bare-initials rule leaves.

- A note signed off at a line end with a dash and no space: 'not as "prolific shoplifter".
  -HMK'. After a finished sentence a dash and two to four capitals end a note as a signature.
- A named person's initials with the apostrophe of an O' or D' surname: "DC Siobhan
  O'Driscoll ... - SO'D - arrange ABE".
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

# A sign-off: after sentence punctuation (or alone on its line), a dash, capitals, line end.
# valid: 'shoplifter". -HMK', "Reviewed.\n-JT", "calm. –AB"; invalid: "released -NFA" (no
# sentence ends before it), "- HMK" (a list item), "-HMK2" (a code).
_SIGN_OFF = re.compile(r"(?:^|(?<=[.!?\"”')][ \t]))[ \t]*[-–—]([A-Z]{2,4})[ \t]*$", re.MULTILINE)
# A name word with an O' or D' prefix: "O'Driscoll", "D’Souza".
_APOSTROPHE_SURNAME = re.compile(r"\b([OoDd])['’]([A-Z])[a-z]+")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _person(start: int, end: int) -> RecognizerResult:
    return RecognizerResult("PERSON", start, end, 0.86)


def signed_off_initials(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Add capital initials that sign off a note after a dash at a line end."""
    if "-" not in text and "–" not in text and "—" not in text:
        return results
    added = [_person(m.start(1), m.end(1)) for m in _SIGN_OFF.finditer(text)]
    return results + added if added else results


def apostrophe_initials(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Add "SO'D" wherever a named person is Siobhan O'Driscoll (or "J D'S" style kin)."""
    if "'" not in text and "’" not in text:
        return results
    wanted = set()
    for r in results:
        if r.entity_type != "PERSON":
            continue
        value = text[r.start : r.end]
        surname = _APOSTROPHE_SURNAME.search(value)
        if surname is None:
            continue
        given = [w for w in _NAME_WORD.findall(value[: surname.start()]) if w[0].isupper()]
        if 1 <= len(given) <= 2:
            initials = "".join(w[0] for w in given)
            wanted.add(f"{initials}{surname.group(1).upper()}['’]{surname.group(2)}")
    if not wanted:
        return results
    # valid "SO'D - arrange", "(SO’D)"; invalid "SO'DS" (a longer code)
    bare = re.compile(rf"(?<![\w'’-])(?:{'|'.join(sorted(wanted))})(?![\w'’-])")
    added = [_person(m.start(), m.end()) for m in bare.finditer(text)]
    return results + added if added else results
