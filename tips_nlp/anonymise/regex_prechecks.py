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
    # ... and its first character is a capital (the place: "Gosport, 7 ..."), a digit (the
    # number) or the first letter of "the", a dwelling word (flat, apartment, apt, unit, room,
    # maisonette, plot, pitch, caravan, bay, bedsit, block, house) or "no"/"number"/"num".
    # Proven again when the town after a full stop came to need its comma (the start of the
    # pattern did not change).
    ("UkAddressRecognizer", "number and street"): (
        r"\b(?=(?-i:[A-Z])|[\dnftuarmpcbh])",
        "625bead5940d275b",
    ),
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
    # After the title's lookbehind the name starts with a case-sensitive capital (a prefix
    # "Mc", "O'", "De", "Al-" or [A-Z]): valid "Mr Smith", "PC O'Neil"; invalid "Mr smith".
    ("TitledNameRecognizer", "title and name"): (r"(?=(?-i:[A-Z]))", "b0d0ee8411c26e4e"),
    # Every alternative is case-sensitive and opens with a capital, but for "the Society of
    # St James" (a lower-case "t"): valid "Red Cross", "the Society of St James"; invalid "kooth".
    ("UkNamedOrganisationRecognizer", "charities and support services without a telling suffix"): (
        r"(?=(?-i:[A-Zt]))",
        "93ec465d5f2d4441",
    ),
    # A URL without a scheme: an optional "www" + digits + ".", then 1-253 of [a-z0-9.-], a
    # "." and a top-level domain (every one has two letters or more); so from its start, at
    # most 260 of [a-z0-9.-] then "." and two letters (`[^\W\d_]`, any letter, covers what
    # IGNORECASE lets a TLD's letters match). valid "bit.ly/x", "www2.gov.uk"; invalid "a.m.".
    ("UrlRecognizer", "Non schema URL"): (
        r"(?=[a-z0-9.\-]{1,260}\.[^\W\d_]{2})",
        "7405c3a8b8c39f4d",
    ),
    # Presidio's quoted URLs open with a quote, then (with a scheme) "http://" or "https://",
    # or (without) what the "Non schema URL" entry above reads: at most 260 of [a-z0-9.-],
    # a "." and two letters. valid '"https://bit.ly/x"', "'www.example.com'"; invalid
    # '"hello"', "'a.m.'" (one letter after each dot).
    ("UrlRecognizer", "Quoted URL"): (r"(?=[\"']https?://)", "473c5e6b40a31272"),
    ("UrlRecognizer", "Quoted Non-schema URL"): (
        r"(?=[\"'][a-z0-9.\-]{1,260}\.[^\W\d_]{2})",
        "58b5bbbc4796bab1",
    ),
    # Every alternative of Presidio's IPv6 opens with 1-4 hex digits and a colon, or a colon:
    # valid "2001:db8::1", "::1", "fe80::1%eth0"; invalid "beef" (no colon), "note: x" (no
    # hex digit or colon just before the colon).
    ("IpRecognizer", "IPv6"): (r"(?=[0-9A-Fa-f]{0,4}:)", "c4f79b73053cd5f0"),
    # The labelled dates of birth: the character before the date ends the label's lookbehind
    # (a space, "(", ":", "-", "=", the "s" of "is"/"was"/"given as", or the last letter of
    # "dob", "d.o.b.", "birth", "born on", "birthday"); the date starts with a digit, "the",
    # a month (ja fe ma ap ju au se oc no de) or, in words, an ordinal (tw th te fi fo se si
    # ei el ni). valid "DOB: 3rd May 2009", "born on the 4th of June"; invalid "dob unknown".
    ("DobRecognizer", "labelled date of birth"): (
        r"(?<=[\s(:\-bhnsy.])(?=\d|the|ja|fe|ma|ap|ju|au|se|oc|no|de)",
        "844bcd46b6846579",
    ),
    ("DobRecognizer", "labelled date of birth, in words"): (
        r"(?<=[\s(:\-=sbh.y])(?=\d|th|tw|te|fi|fo|se|si|ei|el|ni|ja|fe|ma|ap|ju|au|oc|no|de)",
        "6c8be2b656e5bd8b",
    ),
    # Both alternatives open with a case-sensitive capital: the town before "Custody"
    # ("Southampton Custody") or the name after "suite:" ("suite: Eastleigh"); invalid
    # "in custody".
    ("UkNamedOrganisationRecognizer", "a named custody suite and its town"): (
        r"(?=(?-i:[A-Z]))",
        "dfa7aeb92c88ef16",
    ),
    # The name before "aka" opens with a case-sensitive capital: valid "Jordan Smith aka";
    # invalid "he aka".
    ("TitledNameRecognizer", "a name before aka"): (r"(?=(?-i:[A-Z]))", "9f6840778bc3fea8"),
    # At a word start, either a case-sensitive capital (the system's name: "Mosaic ref 123")
    # or the first letter of footage, exhibit, cam(era), bwv, clip, item or property.
    ("OtherIdRecognizer", "a system's reference with its name and label"): (
        r"\b(?=(?-i:[A-Z])|[fecbip])",
        "49363b3118dfb75e",
    ),
    # The name part is case-sensitive and opens with "\b", an optional "The "/"the ", then a
    # capital: the first character is "t" or a capital. valid "the Red Lion pub", "Fareham
    # College"; invalid "a local pub", "the pub" (no capitalised name). Proven again when
    # capitals little words ("AT", "TO") were barred from the name: still only look-aheads
    # before the capital.
    ("UkNamedOrganisationRecognizer", "name before pub or shop"): (
        r"(?=(?-i:[A-Zt]))",
        "7f88efb7d591bbe1",
    ),
    # The place word's lookbehind always ends in whitespace ("at Greggs", "outside the Co-op").
    ("UkNamedOrganisationRecognizer", "shop chain after a place word"): (
        r"(?<=\s)",
        "db0dbf4827aaa055",
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
