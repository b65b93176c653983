"""Name shapes the recognizers find only in part, joined or added before propagation spreads
them: a particle joined to a given name ("Noor ul-Ain Qureshi"), a Vietnamese name whose parts
are words or surnames ("Van Thanh Tran", "LE Thi Hoa"), a surname that is a word after a given
name ("Conor Ward"), a capitals surname before a found given name ("HALL, Jade"), a quoted
nickname right after a name ('MALIK, Hamza "Hammy"'), a name-word on a duty shift ("Brook on
nights"), a family by its plural surname ("both Prices"), and a ranked person's name again
in capitals on a log line ("00:20 STORM draws Taser", after "PC 6114 STORM").
"""

from __future__ import annotations

import re
from functools import lru_cache

from presidio_analyzer import RecognizerResult

from tips_nlp.anonymise.recognizers.names import (
    EXPLICIT_NAME_SOURCE,
    FIELD_NAME,
    NameLists,
    fold,
)
from tips_nlp.anonymise.result import read_word_lists
from tips_nlp.anonymise.spans import _RANK_AND_NUMBER, _RANK_AND_NUMBER_MAX
from tips_nlp.resources import rules_dir

_LISTS = (
    "vietnamese_family",
    "vietnamese_middle",
    "vietnamese_given",
    "joined_particles",
    "spaced_particles",
)


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    lists = read_word_lists(
        rules_dir() / "pii" / "name_structures.yml",
        (*_LISTS, "surname_words", "capitals_role_labels"),
    )
    return {key: frozenset(fold(w) for w in words) for key, words in lists.items()}


def surname_words() -> frozenset[str]:
    """Family surnames that are also English words ("Ward", "Hall", "Price"), folded."""
    return _lists()["surname_words"]


def capitals_role_labels() -> frozenset[str]:
    """Record role labels a capitals name follows ("WITNESS", "PASSENGER", "DO"), folded."""
    return _lists()["capitals_role_labels"]


@lru_cache(maxsize=1)
def _joined_particle() -> re.Pattern:
    """A capitalised word, a particle joined by a hyphen to a capitalised word, and maybe a
    surname: valid "Noor ul-Ain Qureshi", "Najm ud-Din", "Abd al-Karim"; invalid "up-to-date"
    (no particle), "member of al-Shabaab" (no capitalised word before); "Zain ul Abideen"
    with a space only for a particle that is no English word ("Kyle at Home" is not joined)."""
    words = "|".join(sorted(_lists()["joined_particles"], key=len, reverse=True))
    spaced = "|".join(sorted(_lists()["spaced_particles"], key=len, reverse=True))
    return re.compile(
        rf"(?<![\w'’-])[A-Z][a-z]+[ \t]+(?:(?:{words})-|(?:{spaced})[ \t]+)[A-Z][a-z]+(?![\w'’-])"
        rf"(?:[ \t]+([A-Z][A-Za-z'’-]+)(?![\w'’-]))?"
    )


# A capitalised or capitals word: "Van", "LE", "Thanh".
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][A-Za-z]+)[ \t]+\Z")
_WORD_AFTER = re.compile(r"[ \t]+([A-Z][A-Za-z]+)(?![\w'’-])")
# A capitals surname and a comma before a given name: valid "CELL 11 - HALL, ", "Cell 2: KHAN, ",
# "Subject SMITH, ", "2) HOPE, "; invalid "NOTE, " inside a sentence (no line, dash, colon,
# number or label before).
_CAPITALS_SURNAME_BEFORE = re.compile(
    r"(?:^|[-–:][ \t]*|\d[).]?[ \t]+|\b[A-Z][a-z]+[ \t]+)([A-Z][A-Z'’-]+)[ \t]*,[ \t]*\Z",
    re.MULTILINE,
)
# A quoted nickname right after a name, of capitalised words: valid ' "Hammy"', ' (“Bran”)',
# ' "Little A"'; invalid ' "I never"', ' "Go away"' (a lower-case word).
_QUOTED_AFTER = re.compile(
    r"[ \t]*\(?[\"“']([A-Z][\w'’-]{1,15}(?:[ ][A-Z][\w'’-]{0,15}){0,2})[\"”'](?![\w])"
)
# Between two nicknames of one person: valid ' / ', ', ', ' or ', ' aka '.
_NICKNAME_GAP = re.compile(r"[ \t]*(?:/|,|or\b|aka\b|a\.k\.a\.?)[ \t]*")
# A name-word on a shift or post: valid "Brook on nights", "(Mark on the desk)"; the post words
# are names.yml's duty_posts.
_ON_DUTY = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)[ \t]+on[ \t]+(?:the[ \t]+)?([a-z]+)\b")
# A family in the plural after a lower-case word: valid "both Prices", "the Wards"; invalid
# "Prices rose" (a sentence opens with it).
_PLURAL_AFTER_WORD = r"(?<=[a-z,][ \t])"
# A log line opening on a capitals name: valid "00:20 STORM draws", "- STORM draws"; invalid
# "STORM log 1234" (the system's name before its record words).
_LOG_LINE_START = re.compile(r"(?:^|\d{1,2}[:.]?\d{2}(?:hrs?)?[ \t]+|[-–•*][ \t]+)\Z", re.MULTILINE)
_NOT_VERB_AFTER = frozenset(
    {"log", "logs", "ref", "reference", "incident", "number", "no", "entry"}
)


def _person(start: int, end: int, *, field: bool = False) -> RecognizerResult:
    meta = {"recognizer_name": EXPLICIT_NAME_SOURCE}
    if field:
        meta[FIELD_NAME] = True  # the text says it is a name: an allowed word stays masked
    return RecognizerResult("PERSON", start, end, 0.86, recognition_metadata=meta)


def people_by_name_structure(
    text: str, found: list[RecognizerResult], lists: NameLists
) -> list[RecognizerResult]:
    """Spans of people whose names are found only in part (see the module docstring); the
    parts found stay, the new spans overlap them and merge later."""
    people = [r for r in found if r.entity_type == "PERSON"]
    words = _lists()
    added: list[RecognizerResult] = []
    for r in people:
        start, end = r.start, r.end
        value = text[start:end]
        start, end = _vietnamese_run(text, start, end, words)
        if " " not in value and value[:1].isupper() and _given_name_found(value, r, lists):
            end = _surname_word_after(text, end, lists, words["surname_words"]) or end
        if " " not in value and value[:1].isupper() and not value.isupper():
            before = _CAPITALS_SURNAME_BEFORE.search(text, max(0, start - 40), start)
            if before and (
                _surname_in_capitals(before.group(1), lists)
                or _word_surname_on_record(text, before.group(1), end, lists)
            ):
                added.append(_person(before.start(1), before.end(1), field=True))
        added += _quoted_nicknames_after(text, r.end, lists)
        if (start, end) != (r.start, r.end):
            added.append(_person(start, end))
    added += _joined_particle_names(text, lists)
    added += _names_glossed_in_brackets(text, lists)
    added += _on_duty(text, lists)
    added += _family_plurals(text, people, lists)
    added += _ranked_names_on_log_lines(text, people)
    return found + added if added else found


def _quoted_nicknames_after(text: str, end: int, lists: NameLists) -> list[RecognizerResult]:
    """Quoted nicknames right after a name, one after another: 'MAHAMED, Abdi "ABDI" / "Little
    A"' gives both; a first word that is a title or role ("Mum") is no nickname."""
    found: list[RecognizerResult] = []
    quoted = _QUOTED_AFTER.match(text, end)
    while quoted:
        first = quoted.group(1).split()[0]
        if fold(first) in lists.titles_or_generic | lists.role_or_kin or first == "I":
            break
        found.append(_person(quoted.start(1), quoted.end(1)))
        gap = _NICKNAME_GAP.match(text, quoted.end())
        quoted = _QUOTED_AFTER.match(text, gap.end()) if gap else None
    return found


# A word a person goes by, then brackets that give their real name: valid "King (first name
# Kingsley Boateng)", '"Tiny" (real name: Dean Cole)', "Bash (full name Bashir Rahimi)";
# invalid "Support (name withheld)" (no capitalised name after the label).
_GLOSSED_NAME = re.compile(
    r"(?<![\w'’-])[\"“]?([A-Z][\w'’-]+)[\"”]?[ \t]*\([ \t]*"
    r"(?:real|first|full|given|proper|legal|actual|birth|christian)[ \t]+name[ \t]*"
    r"(?:is|was|[:\-])?[ \t]*(?=[A-Z])"
)


def _names_glossed_in_brackets(text: str, lists: NameLists) -> list[RecognizerResult]:
    """The word a person goes by, where brackets after it give their name: the text says it
    is a name, so a word ("King", "Tiny") stays masked."""
    if "name" not in text:
        return []
    return [
        _person(m.start(1), m.end(1), field=True)
        for m in _GLOSSED_NAME.finditer(text)
        if fold(m.group(1)) not in lists.titles_or_generic
    ]


def _joined_particle_names(text: str, lists: NameLists) -> list[RecognizerResult]:
    """Names with a particle joined by a hyphen ("Noor ul-Ain Qureshi"); a last word that is
    an English word and no name ("Najm ud-Din Said") is left out."""
    if "-" not in text and " u" not in text:
        return []
    found = []
    for m in _joined_particle().finditer(text):
        end = m.end()
        last = m.group(1)
        if last and lists.is_common(last) and not lists.is_name(last):
            end = m.start(1) - 1
            while text[end - 1] in " \t":
                end -= 1
        found.append(_person(m.start(), end))
    return found


def _vietnamese_run(
    text: str, start: int, end: int, words: dict[str, frozenset[str]]
) -> tuple[int, int]:
    """Grow a found name over the Vietnamese name parts beside it, when the whole run holds a
    family name and a middle name ("Van Thanh Tran", "LE Thi Hoa", "Tran Van Minh")."""
    parts = {fold(w) for w in re.findall(r"[A-Za-z]+", text[start:end])}
    syllables = words["vietnamese_family"] | words["vietnamese_middle"] | words["vietnamese_given"]
    if not parts or not parts <= syllables:
        return start, end
    new_start, new_end = start, end
    for _ in range(2):
        before = _WORD_BEFORE.search(text, max(0, new_start - 20), new_start)
        if not before or fold(before.group(1)) not in syllables:
            break
        parts.add(fold(before.group(1)))
        new_start = before.start(1)
    for _ in range(2):
        after = _WORD_AFTER.match(text, new_end)
        if not after or fold(after.group(1)) not in syllables:
            break
        parts.add(fold(after.group(1)))
        new_end = after.end()
    if (new_start, new_end) == (start, end) or not (
        parts & words["vietnamese_family"] and parts & words["vietnamese_middle"]
    ):
        return start, end
    return new_start, new_end


def _given_name_found(value: str, r: RecognizerResult, lists: NameLists) -> bool:
    """A one-word person found as a given name: a listed name that is no English word
    ("Conor"), a listed name that is one ("Sky", "Hope") or an unlisted one the model or a
    rule found ("Marlena"); not an English word the model took for a name ("Sent")."""
    key = fold(value)
    if key in lists.titles_or_generic or key in lists.role_or_kin:
        return False
    return key in lists.first or not lists.is_common(value)


def _surname_word_after(
    text: str, end: int, lists: NameLists, surname_words: frozenset[str]
) -> int | None:
    """The end of a surname that is a word right after a given name: "Conor Ward and";
    not "Kyle Ward 3" or "Jade Hall Road" (a number or a capitalised word follows)."""
    after = _WORD_AFTER.match(text, end)
    if after is None or fold(after.group(1)) not in surname_words:
        return None
    if re.match(r"[ \t]+[A-Z0-9]", text[after.end() : after.end() + 3]):
        return None
    return after.end()


def _surname_in_capitals(word: str, lists: NameLists) -> bool:
    """A capitals word that is a surname, not a label or a title: "HALL", "GURUNG"; not
    "NOTE", "DOB", "PC"."""
    key = fold(word)
    if len(key) < 2 or key in lists.titles_or_generic or key in lists.role_or_kin:
        return False
    return key in lists.last or not lists.is_common(word)


# What follows a name on a record line and makes it a person's entry: a date of birth, an age
# or a sex-and-age marker. valid " (DOB 02.02.2003)", ", 17,", " (M, 16)"; invalid " said".
_PERSON_ENTRY_AFTER = re.compile(
    r"[ \t]*[(,:-]?[ \t]*(?:\(?(?:DOB|D\.O\.B\.?|born|b\.)\b|\d{1,2}[ \t]*(?:yrs?\b|[MF]\b|[,)])"
    r"|\(?[MF][ \t]*[,/][ \t]*\d{1,2}\b|aged\b)",
    re.IGNORECASE,
)


def _word_surname_on_record(text: str, word: str, name_end: int, lists: NameLists) -> bool:
    """A capitals surname that is also a word, before a comma and the given name, where the
    entry goes on with a date of birth or an age: "Cell 7 - CHANCE, Tyler (DOB ...)",
    "2) HOPE, Kian, 16,"; not a role or label ("NOTE, Tyler said")."""
    key = fold(word)
    if len(key) < 3 or key in lists.titles_or_generic or key in lists.role_or_kin:
        return False
    return _PERSON_ENTRY_AFTER.match(text, name_end) is not None


def _on_duty(text: str, lists: NameLists) -> list[RecognizerResult]:
    """A listed name on a shift or post: "(Brook on nights)", "Mark on the desk"."""
    if " on " not in text:
        return []
    found = []
    for m in _ON_DUTY.finditer(text):
        word = fold(m.group(1))
        if (
            fold(m.group(2)) in lists.duty_posts
            and (word in lists.first or word in lists.words)
            and word not in lists.generic_titles_not_names
            and word not in lists.role_or_kin
        ):
            found.append(_person(m.start(1), m.end(1)))
    return found


def _family_plurals(
    text: str, people: list[RecognizerResult], lists: NameLists
) -> list[RecognizerResult]:
    """A family by the plural of a found surname that is also a word: "both Prices" after
    "Kyle and Jordan Price"; capitalised after a lower-case word, so "Prices rose" stays."""
    surnames = {
        text[r.start : r.end].split()[-1] for r in people if " " in text[r.start : r.end].strip()
    }
    found = []
    for surname in surnames:
        if not surname[:1].isupper() or not surname.isalpha() or fold(surname) not in lists.words:
            continue
        plural = rf"{_PLURAL_AFTER_WORD}{re.escape(surname.capitalize())}e?s(?![\w'’-])"
        for m in re.finditer(plural, text):
            found.append(_person(m.start(), m.end()))
    return found


def _ranked_names_on_log_lines(text: str, people: list[RecognizerResult]) -> list[RecognizerResult]:
    """A capitals one-word name given after a rank and number ("PC 6114 STORM") opening a log
    line again with a verb after it ("00:20 STORM draws Taser"): the person, though the word
    is also on the allow list (a command-and-control system)."""
    names = {
        text[r.start : r.end]
        for r in people
        if text[r.start : r.end].isupper()
        and text[r.start : r.end].isalpha()
        and _RANK_AND_NUMBER.search(text, max(0, r.start - _RANK_AND_NUMBER_MAX), r.start)
    }
    found = []
    for name in names:
        for m in re.finditer(rf"(?<![\w'’-]){name}[ \t]+([a-z]+)\b", text):
            if (
                m.group(1) not in _NOT_VERB_AFTER
                and m.group(1).endswith(("s", "ed"))
                and _LOG_LINE_START.search(text, max(0, m.start() - 12), m.start())
            ):
                found.append(_person(m.start(), m.start() + len(name), field=True))
    return found


# A word before a word-surname that makes it the word, not the family: "the Ward", "on Ward 7",
# "THE WARD", "A HALL". Articles, prepositions and determiners only.
_WORD_SURNAME_LEADS = frozenset(
    {
        "the",
        "a",
        "an",
        "on",
        "to",
        "in",
        "into",
        "onto",
        "at",
        "from",
        "of",
        "this",
        "that",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "its",
        "each",
        "every",
        "same",
    }
)
_WORD_BEFORE_SURNAME = re.compile(r"([A-Za-z'’-]+)[^\w\n]{0,3}\Z")


def word_surnames_again(
    text: str, found: list[RecognizerResult], lists: NameLists
) -> list[RecognizerResult]:
    """A family's surname that is an English word ("Ward", "Hall", "Price"), once a person is
    found with it, at its other uses as the surname: after another given name ("Marlena
    Ward", "Sky Ward") and in capitals as the family or a witness ("Family: WARD / ...",
    "WITNESS WARD ATTENDED"). Propagation leaves such a word alone, since "ward" and "hall" are
    places in a hospital or a house; an article or preposition before it ("on the ward",
    "THE HALL") or a number after it ("Ward 7") keeps it a word.
    """
    surnames = set()
    for r in found:
        if r.entity_type != "PERSON":
            continue
        parts = text[r.start : r.end].split()
        if len(parts) >= 2 and fold(parts[-1]) in surname_words():
            surnames.add(fold(parts[-1]))
    if not surnames:
        return found
    covered = [(r.start, r.end) for r in found]
    added: list[RecognizerResult] = []
    pattern = "|".join(sorted(re.escape(s) for s in surnames))
    for m in re.finditer(rf"(?<![\w'’-])(?i:{pattern})(?![\w'’-])", text):
        word = m.group()
        if not (word.isupper() or word[:1].isupper() and word[1:].islower()):
            continue
        if any(s <= m.start() and m.end() <= e for s, e in covered):
            continue
        if re.match(r"[ \t]*\d", text[m.end() : m.end() + 4]):
            continue  # "Ward 7", "HALL 2"
        before = _WORD_BEFORE_SURNAME.search(text, max(0, m.start() - 30), m.start())
        lead = fold(before.group(1)) if before else ""
        if lead in _WORD_SURNAME_LEADS:
            continue
        if (word.isupper() and _capitals_name_position(text, m, before, lists)) or (
            before
            and before.group(1)[:1].isupper()
            and text[before.end(1) : m.start()] in {" ", "\t"}
            and (
                any(s <= before.start(1) and before.end(1) <= e for s, e in covered)
                or fold(before.group(1)) in lists.first
            )
        ):
            added.append(_person(m.start(), m.end()))
    return found + added if added else found


def _capitals_name_position(
    text: str, m: re.Match, before: re.Match | None, lists: NameLists
) -> bool:
    """A capitals word-surname where a name stands: after a field's colon or a slash ("Family:
    WARD / CASH"), after a record's role label ("WITNESS WARD"), or before a verb ("WARD
    ATTENDED"); not "IC1 WHITE BRITISH" (a description)."""
    if before is None:  # no word before: a line or the text opens on it, or a code ("IC1")
        lead = text[max(0, m.start() - 30) : m.start()].rstrip(" \t")
        return not lead or lead[-1] in "\n:/"
    gap = text[before.end(1) : m.start()]
    if ":" in gap or "/" in gap:
        return True
    if fold(before.group(1)) in capitals_role_labels():
        return True
    nxt = re.match(r"[ \t]+([A-Za-z]+)", text[m.end() : m.end() + 30])
    return nxt is not None and fold(nxt.group(1)) in lists.verbs_after_person


def field_names_acting(
    text: str, found: list[RecognizerResult], lists: NameLists
) -> list[RecognizerResult]:
    """A word-name from a person's record field ("SUBJECT: DANIELS, STORM LEIGH") again in
    capitals with a verb after it ("STORM WAS ANGRY", "STORM SAID"): the person, marked as a
    field's name so the allow list (STORM is a command-and-control system) leaves it; "THE
    STORM OF POLICE" (an article before, no verb after) stays a word."""
    parts: set[str] = set()
    for r in found:
        if r.entity_type != "PERSON" or not (r.recognition_metadata or {}).get(FIELD_NAME):
            continue
        for part in re.split(r"[\s,]+", text[r.start : r.end]):
            if part.isupper() and part.isalpha() and len(part) > 2:
                parts.add(part)
    added = []
    for part in parts:
        for m in re.finditer(rf"(?<![\w'’-]){part}[ \t]+([A-Z]+)\b", text):
            if fold(m.group(1)) not in lists.verbs_after_person:
                continue
            before = _WORD_BEFORE_SURNAME.search(text, max(0, m.start() - 30), m.start())
            if before and fold(before.group(1)) in _WORD_SURNAME_LEADS:
                continue
            added.append(_person(m.start(), m.start() + len(part), field=True))
    return found + added if added else found
