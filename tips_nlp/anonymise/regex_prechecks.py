"""Cheap assertions put in front of slow recognizer patterns, each implied by its pattern.

The regex engine tries a pattern at every position of a text. For a pattern that opens with
optional groups, negative look-aheads or a lookbehind, the first test that can fail is far in,
so most of the time goes on positions that could never start a match. A look-ahead that every
match must pass anyway, put first, lets the engine skip those positions early: the matches
are the same (the assertion consumes nothing and captures nothing), only found sooner.

Each entry was proven by reading its pattern (the reason is next to it) and is tied to the
pattern's exact text by a hash: when a pattern changes, its pre-check is no longer applied
(recall is never at risk) and a test names the stale entry so it can be proven again.
Measured over the 228 dev texts, one process: see the report in the commit history.
"""

from __future__ import annotations

import hashlib

# (recognizer name, pattern name) -> (assertion, sha256 of the pattern text, first 16 hex)
PRECHECKS: dict[tuple[str, str], tuple[str, str]] = {
    # Every alternative of the pattern opens with "\b" (a capitalised place and a comma, a
    # flat or unit, "no." or the house number itself). valid "12 Acacia Avenue"; invalid:
    # a match starting inside a word.
    ("UkAddressRecognizer", "number and street"): (r"\b", "60b9bcb4c822aa99"),
    # After the label, the pattern needs two letters, an optional separator and a digit:
    # valid "NI number AB 12 34 56 C"; invalid "NI number is pending" (no digit after).
    ("UkNinoAnyFormatRecognizer", "labelled nino, any prefix letters"): (
        r"(?=[a-z]\s?[a-z][\s.\-]?\d)",
        "b848846bbc3e1cb7",
    ),
    # Identifiers that open with two letters and a digit after at most one separator (the
    # letters' classes are inside [a-z], which IGNORECASE widens as it widens them): valid
    # "AB 12 34 56 C", "ab123456c", "SO17 1BJ" (one letter also: "S1 2AB"; or "GIR 0AA"),
    # "ab12 cde"; invalid: "about", "a 12".
    ("UkNinoRecognizer", "NINO (medium)"): (r"(?=[a-z]{2} ?\d)", "21f524c59171e715"),
    ("UkNinoAnyFormatRecognizer", "nino any grouping"): (
        r"(?=[a-z]{2}[\s.\-]?\d)",
        "8d7ff2e968758943",
    ),
    ("UkPostcodeRecognizer", "UK Postcode"): (r"(?=[a-z][a-z]?\d|gir)", "a1d8d743f35dd6a0"),
    ("UkVrmRecognizer", "current format, any case and spacing"): (
        r"(?=[a-z]{2}\s?\d)",
        "ff5c7e4ae036e659",
    ),
    # The patterns below start (after zero-width tests) with a case-sensitive capital:
    # "River " or [A-Z] ("Hayling Island seafront"); [A-Z] ("Bridges Housing", "Compass
    # Service"); "The " or [A-Z] ("nursery called Little Acorns"); [A-Z]{2,3} or
    # "[A-Z] [A-Z]" ("seen by JT"). invalid: any lower-case start.
    ("UkNamedPlaceRecognizer", "capitalised name and a lower-case landmark word"): (
        r"(?=(?-i:[A-Z]))",
        "4b65f59d970161b9",
    ),
    ("UkNamedOrganisationRecognizer", "a named service, scheme or programme"): (
        r"(?=(?-i:[A-Z]))",
        "08a1086a2da83637",
    ),
    ("UkNamedOrganisationRecognizer", "a named housing, advocacy or community project"): (
        r"(?=(?-i:[A-Z]))",
        "cbe397cc7aed7851",
    ),
    ("UkNamedOrganisationRecognizer", "a named nursery, pre-school or club after its kind word"): (
        r"(?=(?-i:[A-Z]))",
        "5e4bd79bce0e13c8",
    ),
    ("TitledNameRecognizer", "initials in capitals where a person stands"): (
        r"(?=(?-i:[A-Z]))",
        "6fd301b92b929f16",
    ),
}


def pattern_hash(pattern: str) -> str:
    """The first 16 hex digits of the pattern text's sha256 (what an entry was proven for)."""
    return hashlib.sha256(pattern.encode("utf-8")).hexdigest()[:16]


def precheck(recognizer: str, name: str, pattern: str) -> str:
    """The assertion to put in front of `pattern`, or "" when there is none or the pattern is
    no longer the one the entry was proven for."""
    entry = PRECHECKS.get((recognizer, name))
    if entry is None or entry[1] != pattern_hash(pattern):
        return ""
    return entry[0]
