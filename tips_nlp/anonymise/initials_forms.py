"""Initials in the forms notes sign and assign with, which the bare-initials rule leaves.

- A note signed off at a line end with a dash and no space: 'not as "prolific shoplifter".
  -HMK'. After a finished sentence a dash and two to four capitals end a note as a signature.
- A named person's initials with the apostrophe of an O' or D' surname: "DC Siobhan
  O'Driscoll ... - SO'D - arrange ABE".
- A named person's initial in lower case as a hurried note's subject: "k said ..." when
  the note names Kacper.
- A staff login written as a name: "f.begum" (an initial, a dot, a listed surname).
- A note signed at its foot with initials and a date, as practitioners date a note: "PQ
  30/10/24, mob 07700 900123" as the last line.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from tips_nlp.anonymise.recognizers.names import NameLists

# A sign-off: after sentence punctuation (or alone on its line), a dash, capitals, line end.
# valid: 'shoplifter". -HMK', "Reviewed.\n-JT", "calm. –AB"; invalid: "released -NFA" (no
# sentence ends before it), "- HMK" (a list item), "-HMK2" (a code).
_SIGN_OFF = re.compile(r"(?:^|(?<=[.!?\"”')][ \t]))[ \t]*[-–—]([A-Z]{2,4})[ \t]*$", re.MULTILINE)
# The last line of a note opening on initials and a date: valid "PQ 30/10/24, mob 07700 ...",
# "- JH 3.11.2024"; invalid "DOB 30/10/24" (a label), "PQ" alone, a line before more text.
_DATED_SIGN_OFF = re.compile(
    r"[ \t]*(?:[-–—][ \t]*)?([A-Z]{2,3})[ \t]+\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})\b[^\n]*\s*\Z"
)
# Capitals that label a date rather than sign one.
_DATE_LABELS = frozenset({"DOB", "DOD", "CAD", "RUI", "NFA", "ETA", "TBC", "REF", "LOG", "NB"})
# A name word with an O' or D' prefix: "O'Driscoll", "D’Souza".
_APOSTROPHE_SURNAME = re.compile(r"\b([OoDd])['’]([A-Z])[a-z]+")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _person(start: int, end: int) -> RecognizerResult:
    return RecognizerResult("PERSON", start, end, 0.86)


def signed_off_initials(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Add capital initials that sign off a note: after a dash at a line end, or opening the
    note's last line before a date."""
    added = []
    if "-" in text or "–" in text or "—" in text:
        added = [_person(m.start(1), m.end(1)) for m in _SIGN_OFF.finditer(text)]
    last_line = text.rstrip().rfind("\n") + 1
    dated = _DATED_SIGN_OFF.match(text, last_line)
    if dated and dated.group(1) not in _DATE_LABELS:
        added.append(_person(dated.start(1), dated.end(1)))
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


# A named person's first word, then the rest of the name: "Kerry Hope", "Liam O'Connell",
# "Siobhan Ní Bhriain". Title-case first word only: "TIP Connor" opens with a role.
_FIRST_AND_REST = re.compile(r"([A-Z])[a-z][\w'’-]*[ \t]+(.+)")
# The short form of an O'/D' surname: "O'C" for O'Connell, "D’S" for D’Souza.
_APOSTROPHE_HEAD = re.compile(r"[OoDd]['’][A-Z]")


def _surname_forms(rest: str) -> set[str]:
    """The ways a note shortens a surname after an initial: in capitals ("HOPE"), its O'/D'
    head ("O'C"), its words' initials when it has two ("NB" for Ní Bhriain) or the initials
    of a double-barrelled surname ("M-B" for Mensah-Bart)."""
    words = _NAME_WORD.findall(rest)
    if not words or not all(w[0].isupper() for w in words):
        return set()
    forms = {" ".join(w.upper() for w in words)}
    head = _APOSTROPHE_HEAD.match(words[-1])
    if head:
        forms.add(head.group().upper())
    if len(words) == 2:
        forms.add(words[0][0] + words[1][0])
    parts = words[-1].split("-")
    if len(parts) == 2 and all(p[:1].isupper() for p in parts):
        forms.add(f"{parts[0][0]}-{parts[1][0]}")  # "M-B" for Mensah-Bart
    return {f for f in forms if len(f.replace("'", "").replace("’", "")) >= 2}


def initial_and_short_surname(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Add a named person written as an initial and a shortened surname: Kerry Hope as "K.
    HOPE", Liam O'Connell as "L. O'C", Siobhan Ní Bhriain as "S NB" (a sign-off), Joy
    Mensah-Bart as "J M-B".

    The surname alone in capitals or cut short can be a word ("HOPE") or a code ("NB"); after
    the initial of a person the document names in full, it is that person.
    """
    forms: set[str] = set()
    for r in results:
        if r.entity_type != "PERSON":
            continue
        match = _FIRST_AND_REST.fullmatch(text, r.start, r.end)
        if match is None:
            continue
        for surname in _surname_forms(match.group(2)):
            either = re.sub("['’]", "['’]", re.escape(surname))  # either apostrophe
            forms.add(rf"{match.group(1)}(?:\.[ \t]?|[ \t]){either}")
    if not forms:
        return results
    # valid "(K. HOPE)", "L. O'C was", "S NB."; invalid "K. HOPEFUL", "S NBC", "AS NB"
    shortened = re.compile(rf"(?<![\w'’.-])(?:{'|'.join(sorted(forms))})(?![\w'’-])")
    added = [_person(m.start(), m.end()) for m in shortened.finditer(text)]
    return results + added if added else results


# A login-style name: an initial, a dot and a surname, in lower case as a staff account or an
# email's local part writes it: "f.begum", "j.smith"; not "e.g", "i.e", "a.m" (too short) nor
# "p.s.v" (more dots) nor a web address ("f.begum.co.uk").
_DOTTED_NAME = re.compile(r"(?<![\w.@/-])[a-z]\.([a-z][a-z'’-]{2,})(?![\w@]|\.[a-z])")


def dotted_initial_names(
    text: str, results: list[RecognizerResult], lists: NameLists
) -> list[RecognizerResult]:
    """Add "f.begum" (a listed surname or name after an initial and a dot) as a person; a
    web-address guess inside it ("f.be") is then covered by the whole."""
    if "." not in text:
        return results
    added = [
        _person(m.start(), m.end())
        for m in _DOTTED_NAME.finditer(text)
        if lists.is_name(m.group(1))
    ]
    return results + added if added else results


# A lower-case letter opening a line or sentence as the subject of a speech verb: "k said",
# "- j says"; not "a said" / "i said" (words), nor "Child A said" (a capital letter that
# stands for someone on purpose is kept).
_LETTER_SPEAKER = re.compile(
    r"(?:^|(?<=[.!?;:][ \t])|(?<=[.!?][ \t]{2})|(?<=^[-–•*][ \t]))([b-hj-z])"
    r"(?=[ \t]+(?:said|says|told|tells|stated|states|asked|replied|shouted|disclosed)\b)",
    re.MULTILINE,
)


def lower_case_initial_speakers(
    text: str, results: list[RecognizerResult]
) -> list[RecognizerResult]:
    """Add a lower-case letter that speaks ("k said") when a person the note names starts
    with it: typed in a hurry, it is that person's initial."""
    initials = {
        text[r.start].casefold() for r in results if r.entity_type == "PERSON" and r.end > r.start
    }
    added = [
        _person(m.start(1), m.end(1))
        for m in _LETTER_SPEAKER.finditer(text)
        if m.group(1) in initials
    ]
    return results + added if added else results
