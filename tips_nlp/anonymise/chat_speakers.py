"""Contact names and the speaker labels of a pasted chat.

'messages from a contact saved as "King 👑"', then a pasted screenshot:

    King: u coming out 2nite
    Lacey: cant they lock the doors at 10
    King: say ur at Brooke's then

A contact name is whatever the phone's owner typed, often a word ("King", "Boss", "Angel"), so
the name recognizer, which reads a word as a word, leaves it. Two cues make it a person: the
phrase that says a contact was saved under it, and a chat whose speaker labels alternate
between it and a detected person. Every other capitalised mention of it is then masked too
('The number for "King" comes back to ...').
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from tips_nlp.anonymise.recognizers.names import NameLists, explicit_person, fold

# A contact saved under a name: 'saved as "King 👑"', 'saved in her phone as Boss',
# 'contact name "Angel"', 'comes up as "T"'. invalid: 'saved as evidence' (no capital),
# 'comes up as High Risk' (no quote after a looser lead).
_SAVED_AS = re.compile(
    r"\b(?:saved|stored)\b[^.\n\"“]{0,30}?\bas[ \t]+"
    r"|\b(?:(?:comes|came|shows|showed)[ \t]+up[ \t]+as|contact(?:[ \t]+name)?"
    r"(?:[ \t]+called)?)[ \t]+(?=[\"“])",
    re.IGNORECASE,
)
_CONTACT = re.compile(
    r"[\"“]?([A-Z][\w'’-]{0,20}(?:[ \t][A-Z][\w'’-]{0,20})?)(?=[\s\"”.,!?]|[^\x00-\x7f])"
)
# A chat line: an indented or plain one- or two-word capitalised label, a colon, a message.
# valid: "  King: u coming out 2nite", "Lacey: cant they"; invalid: "Risk: HIGH" (one line
# alone is a form field), "Re: Nimo" (a label word).
_CHAT_LINE = re.compile(
    r"^[ \t]*([A-Z][\w'’-]{0,20}(?:[ \t][A-Z][\w'’-]{0,20})?)[ \t]*:[ \t]+\S.*$", re.MULTILINE
)


def chat_speakers(
    text: str, results: list[RecognizerResult], lists: NameLists
) -> list[RecognizerResult]:
    """Add contact names and chat speaker labels that stand for people, and their mentions."""
    if ":" not in text and "saved" not in text.lower() and "contact" not in text.lower():
        return results
    names = _contact_names(text, lists) | _speaker_labels(text, results, lists)
    if not names:
        return results
    added = []
    for name in names:
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", text):
            added.append(explicit_person(m.start(), m.end()))
    return results + added


def _contact_names(text: str, lists: NameLists) -> set[str]:
    names = set()
    for lead in _SAVED_AS.finditer(text):
        m = _CONTACT.match(text, lead.end())
        if m and _could_be_name(m.group(1), lists):
            names.add(m.group(1))
    return names


def _speaker_labels(text: str, results: list[RecognizerResult], lists: NameLists) -> set[str]:
    """Labels of a run of chat lines where a label repeats and one label is a person."""
    people = {fold(text[r.start : r.end]) for r in results if r.entity_type == "PERSON"}
    found: set[str] = set()
    run: list[re.Match] = []
    for m in [*_CHAT_LINE.finditer(text), None]:
        if m is not None and run and _next_line(text, run[-1].end()) == m.start(1):
            run.append(m)
            continue
        labels = [r.group(1) for r in run]
        if (
            len(run) >= 3
            and len(set(labels)) <= 3
            and len(set(labels)) < len(labels)
            and any(fold(label) in people for label in labels)
        ):
            found.update(label for label in labels if _could_be_name(label, lists))
        run = [m] if m is not None else []
    return found


def _next_line(text: str, end: int) -> int:
    """Start of the next line that is not blank."""
    pos = end
    while pos < len(text) and text[pos] in "\r\n \t":
        pos += 1
    return pos


# Contact names that are kin words or endearments, not a person's name: 'contact "Mama"'.
_NOT_CONTACT_NAMES = frozenset(
    {
        "me",
        "you",
        "unknown",
        "number",
        "no",
        "yes",
        "mama",
        "mam",
        "mummy",
        "mom",
        "papa",
        "daddy",
        "bro",
        "sis",
        "babe",
        "bae",
        "hubby",
        "wifey",
        "home",
        "work",
    }
)


def _could_be_name(label: str, lists: NameLists) -> bool:
    """Not a role, a title or a form label: "Me", "Officer", "Staff" are no contact names."""
    key = fold(label)
    return not (
        key in lists.titles
        or key in lists.role_or_kin
        or key in lists.generic
        or key in _NOT_CONTACT_NAMES
    )
