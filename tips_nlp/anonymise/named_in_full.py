"""People a document names in full once and then by a word that is also an ordinary word or
a title ("Subject: King (King Solomon Ashby, 23)" ... "alright King"), and surname initials
joined by a hyphen ("Kwame A-B")."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from tips_nlp.anonymise.recognizers.names import NameLists, fold
from tips_nlp.anonymise.spans import result

_WORD = r"[A-Z][a-z]+(?:['’-][A-Z][a-z]+)?"
_FULL = rf"({_WORD})[ \t]+({_WORD})[ \t]+({_WORD})"
# Three capitalised words in brackets, closed or followed by a comma (an age, a role):
# valid "(King Solomon Ashby, 23)", "(Precious Amara Obi)"; invalid "(Youth Offending Team)"
# (checked by the words), "(King Solomon)" (two words: the name passes decide those).
_BRACKETED = re.compile(rf"\([ \t]*{_FULL}[ \t]*(?=[),])")
# A form's name field: valid "Subject: Prince Kofi Mensah", "Person searched: Major Tom
# Okafor"; invalid "Subject: Child Protection Conference" (checked by the words).
_LABELLED = re.compile(
    r"(?im)^[ \t]*(?:subject|name|full[ \t]+name|person[ \t]+searched|detainee|young[ \t]+person"
    rf"|child|victim|suspect|dp|ip|yp)[ \t]*:[ \t]*(?-i:{_FULL})(?![ \t]*(?-i:[A-Z]))"
)
_SCORE = 0.86
# A short form, then in brackets the full name it shortens: valid "King (Kingsley Boateng)",
# "Storm (Stormzy Adeyemi)"; invalid "King (Queen's Road)", "Hope (Hope Street)" (the name
# in brackets must lengthen the word and be name-like: checked by the words).
_SHORT_BEFORE_FULL = re.compile(
    rf"(?<![\w'’-])([A-Z][a-z]{{1,10}})[ \t]*\([ \t]*({_WORD})[ \t]+({_WORD})"
)


def names_given_in_full(
    text: str, results: list[RecognizerResult], lists: NameLists
) -> list[RecognizerResult]:
    """A full name of three capitalised words in brackets or in a name field is a person; its
    first word, when it is also an ordinary word or a title ("King", "Major", "Precious"), is
    that person wherever the document writes it capitalised. Lower-case mentions ("the king of
    this yard") stay words."""
    found = []
    for match in [*_BRACKETED.finditer(text), *_LABELLED.finditer(text)]:
        words = match.groups()
        if not _is_full_name(words, lists):
            continue
        found.append(result("PERSON", match.start(1), match.end(3), _SCORE))
        found += _every_capitalised(text, words[0], lists)
    for match in _SHORT_BEFORE_FULL.finditer(text):
        short, given, surname = match.groups()
        if not given.lower().startswith(short.lower()) or len(given) <= len(short):
            continue
        if not _is_full_name((given, surname, surname), lists):
            continue
        found.append(result("PERSON", match.start(1), match.end(1), _SCORE))
        found += _every_capitalised(text, short, lists)
    return results + found


def _every_capitalised(text: str, first: str, lists: NameLists) -> list[RecognizerResult]:
    """Every capitalised occurrence of a name's first word that is also a word or a title."""
    if fold(first) not in lists.not_names and not lists.is_common(first):
        return []
    return [
        result("PERSON", other.start(), other.end(), _SCORE)
        for other in re.finditer(rf"(?<![\w'’-]){re.escape(first)}(?![\w-])", text)
    ]


def _is_full_name(words: tuple[str, ...], lists: NameLists) -> bool:
    """Given names and a surname: the last two words name-like (listed, or no English word),
    one of the three a listed given name, none a title, service or institution word.

    valid ("King", "Solomon", "Ashby"); invalid ("Youth", "Offending", "Team"), ("Mr", "Kofi",
    "Mensah") (a title: the titled-name passes take it).
    """
    keys = [fold(w) for w in words]
    if any(k in lists.titles or k in lists.generic for k in keys):
        return False
    if not any(k in lists.first for k in keys):
        return False
    return all(
        fold(w) not in lists.not_names and (lists.is_name(w) or lists.is_unknown_word(w))
        for w in words[1:]
    )


# Surname initials joined by a hyphen after a name: valid "Kwame A-B", "Tia J-M."; invalid
# "Kwame A-Level" (a word after the hyphen), "A-B" alone (no name before it).
_HYPHEN_INITIALS = re.compile(r"[ \t]+([A-Z]\.?-[A-Z]\.?)(?![\w-])")


def hyphenated_initials(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Hyphenated initials right after a detected person are that person's surname; the
    adjacent-people step joins the two into one name."""
    found = []
    for r in results:
        if r.entity_type == "PERSON" and (match := _HYPHEN_INITIALS.match(text, r.end)):
            found.append(result("PERSON", match.start(1), match.end(1), r.score))
    return results + found
