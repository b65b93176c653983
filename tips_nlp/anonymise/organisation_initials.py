"""The initials a note uses for an organisation it has named in full: "transported to Antelope
House ... met them at AH", "Southern Domestic Abuse Service (SDAS)".

Once a place of safety, a school or a service is named, notes shorten it to its capitals. The
initials identify it as well as the name, so each standalone capitals word equal to the
initials of a detected organisation of two to five words is masked as that organisation.
The other way round, initials in brackets after a name the note leaves in view ("Mental Health
Triage (MHT)") stand for that name: masking them hides nothing the reader cannot see.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from tips_nlp.anonymise.recognizers.names import NameLists, fold

_WORDS = re.compile(r"[A-Z][\w'’&-]*")
_ORG_TYPES = frozenset({"ORGANIZATION", "ORG"})
# A lower-case word straight after two capitals reads as a term: valid "met them at AH.",
# "AH (the ward)"; left out "CS spray", "AH staff" (a two-letter term is the likelier reading).
_ATTRIBUTIVE = re.compile(r"[ \t]+[a-z]")


def organisation_initials(
    text: str, results: list[RecognizerResult], lists: NameLists
) -> list[RecognizerResult]:
    """Add each capitals word that spells the initials of a detected organisation."""
    initials = set()
    for r in results:
        if r.entity_type not in _ORG_TYPES:
            continue
        words = text[r.start : r.end].split()
        if not 2 <= len(words) <= 5 or not all(_WORDS.fullmatch(w) for w in words):
            continue
        letters = "".join(w[0] for w in words)
        key = fold(letters)
        if key in lists.titles or key in lists.not_names or key in lists.generic:
            continue  # "PS" (Police Station) is a rank, "IT" a word
        initials.add(letters)
    if not initials:
        return results
    covered = [(r.start, r.end) for r in results]
    added = []
    for letters in initials:
        for m in re.finditer(rf"(?<![\w'’&-]){letters}(?![\w'’&-])", text):
            if len(letters) == 2 and _ATTRIBUTIVE.match(text, m.end()):
                continue  # "CS spray", "PS report": two capitals before a noun are a term
            if not any(s <= m.start() and m.end() <= e for s, e in covered):
                added.append(RecognizerResult("ORGANIZATION", m.start(), m.end(), 0.6))
    return results + added if added else results


# Initials in brackets after the words they spell: valid "Mental Health Triage (MHT)",
# "Early Help Hub (EHH)"; invalid "Triage (MH)" (too few words before).
_BRACKETED = re.compile(r"\(([A-Z]{2,6})\)")


def initials_of_names_in_view(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Drop an organisation guess on bracketed initials whose full name, just before them,
    nobody masked; the same initials elsewhere in the note go with them."""
    if "(" not in text:
        return results
    covered = [(r.start, r.end) for r in results]
    in_view = set()
    for m in _BRACKETED.finditer(text):
        letters = m.group(1)
        words = text[max(0, m.start() - 80) : m.start()].split()[-len(letters) :]
        if len(words) != len(letters) or not all(_WORDS.fullmatch(w) for w in words):
            continue
        if "".join(w[0] for w in words) != letters:
            continue
        name_start = m.start() - len(" ".join(words)) - 1
        if not any(s < m.start() and e > name_start for s, e in covered):
            in_view.add(letters)
    if not in_view:
        return results
    return [
        r for r in results if not (r.entity_type in _ORG_TYPES and text[r.start : r.end] in in_view)
    ]
