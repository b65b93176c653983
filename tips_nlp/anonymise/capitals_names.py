"""Whole names in ALL-CAPITALS records, where the gazetteer and the model find only a part.

Custody sheets, stop-search logs and handovers are typed in capitals, so capitalisation no
longer tells a name from a word and the model's guesses there are unreliable. The name lists
find the listed part ("AMARA" in "SGT AMARA OKONJO 2815"); the layout of a record says where the
rest of the name is:

- a surname first, a comma and the given names: "C7 — SMITH, LIAM AKA", "DA SILVA SANTOS,
  THIAGO", "WHITLOCK, AUTUMN JADE    DOB" (the run is one name when a part of it was found);
- a listed given name next to a capitals word that is no English word: "AMARA OKONJO",
  "GRACE ODUYA", "DEMARCO HARRIS" (the surname of a found given name, or the given name of a
  found surname), or a surname that is also a word ("TERESA WARD");
- a courtesy title before a capitals word: "MS WARD", "MR PARFITT";
- a record's role label before listed names: "PASSENGER LEWIS HART", "DO KELLY AT DOOR";
- a rank, capitals words and a collar number: "SUPT GERAINT HUWS 0912", "SGT VERITY
  CAMPBELL-ROSS 1929" (the words are the officer's name, the number the officer's id).
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from tips_nlp.anonymise.name_structures import capitals_role_labels, surname_words
from tips_nlp.anonymise.recognizers.names import (
    EXPLICIT_NAME_SOURCE,
    FIELD_NAME,
    NAME_PARTICLES,
    NameLists,
    explicit_person,
    fold,
)

# A word in capitals, with any apostrophe or hyphen joins: "OKONJO", "EL-SAYED", "O'NEILL".
_WORD = r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*"
_CAPITALS_WORD = re.compile(rf"(?<![\w'’-]){_WORD}(?![\w'’-])")
_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "mx"})
_VOWELS = frozenset("AEIOUYÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝ")
# A collar number after an officer's name: "0912", "1929"; not "0912/26" (a reference).
_COLLAR_AFTER = re.compile(r"[ \t]+(\d{3,5})(?![\w/])")


class _Words:
    """The capitals words of a text, with what each may be."""

    def __init__(self, text: str, lists: NameLists) -> None:
        self.text = text
        self.lists = lists
        self.surname_words = surname_words()
        self.words = [m for m in _CAPITALS_WORD.finditer(text) if _is_capitals(m.group())]

    def next_to(self, k: int, step: int) -> int | None:
        """Index of the capitals word one space or tab from word k (step 1 after, -1 before)."""
        j = k + step
        if not 0 <= j < len(self.words):
            return None
        left, right = (self.words[k], self.words[j]) if step > 0 else (self.words[j], self.words[k])
        gap = self.text[left.end() : right.start()]
        return j if gap in {" ", "\t"} else None

    def is_label(self, word: str) -> bool:
        key = fold(word)
        lists = self.lists
        return (
            key in STOP_WORDS
            or key in lists.titles_or_generic
            or key in lists.role_or_kin
            or key in lists.sign_off_words
            or key in _LABELS
        )

    def unknown(self, word: str) -> bool:
        """No English word, no label, and pronounceable: "OKONJO", "HUWS"; not "NFA", "PNC"."""
        parts = [p for p in re.split(r"['’-]", word) if p]
        return (
            len(word) >= 4
            and not self.is_label(word)
            and any(c in _VOWELS for c in word)
            and all(self.lists.is_unknown_word(p) or self.lists.is_name(p) for p in parts)
            and any(self.lists.is_unknown_word(p) for p in parts)
        )

    def name_part(self, word: str) -> bool:
        """A word that may stand in a name written in capitals: listed, a surname that is also
        a word, a hyphened name ("EL-SAYED") or no English word."""
        key = fold(word)
        if self.is_label(word) and key not in self.surname_words:
            return False
        if self.lists.is_name(word) or key in self.lists.words or key in self.surname_words:
            return True
        if "-" in word and not self.lists.is_common(word):
            parts = word.split("-")  # "EL-SAYED", "CAMPBELL-ROSS"; not "LAY-BY", "X-RAY"
            return (
                key not in self.lists.letter_compounds
                and all(p.isalpha() and fold(p) not in STOP_WORDS for p in parts)
                and any(self.lists.is_name(p) or self.lists.is_unknown_word(p) for p in parts)
            )
        return self.unknown(word)


_LABELS = frozenset(
    {"aka", "dob", "nfa", "pnc", "cro", "nino", "nhs", "ref", "age", "aged", "dp", "ip", "cell"}
)


def _field_person(start: int, end: int) -> RecognizerResult:
    """A name the record's layout gives: an allowed word inside ("DA") stays masked."""
    return RecognizerResult(
        "PERSON",
        start,
        end,
        0.86,
        recognition_metadata={"recognizer_name": EXPLICIT_NAME_SOURCE, FIELD_NAME: True},
    )


def _is_capitals(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def capitals_names(
    text: str, found: list[RecognizerResult], lists: NameLists
) -> list[RecognizerResult]:
    """Add the whole capitals names and officer numbers the record's layout shows (module
    docstring); the parts found stay and merge with them later."""
    if sum(c.isupper() for c in text) < 20:
        return found
    words = _Words(text, lists)
    if not words.words:
        return found
    people = [r for r in found if r.entity_type == "PERSON"]
    added: list[RecognizerResult] = []
    added += _surname_first(words, people)
    added += _beside_given_names(words, people)
    added += _after_titles(words, found)
    added += _after_role_labels(words)
    return found + added if added else found


def _overlaps(start: int, end: int, people: list[RecognizerResult]) -> bool:
    return any(p.start < end and start < p.end for p in people)


def _surname_first(words: _Words, people: list[RecognizerResult]) -> list[RecognizerResult]:
    """ "SMITH, LIAM", "DA SILVA SANTOS, THIAGO": capitals surname words, a comma, capitals
    given names; the whole of both when the model or the lists found a part of either."""
    text = words.text
    spans = []
    for k, m in enumerate(words.words):
        after = text[m.end() : m.end() + 3]
        if not re.match(r",[ \t]", after):
            continue
        first = k
        while True:
            j = words.next_to(first, -1)
            if j is None:
                break
            w = words.words[j].group()
            if not (fold(w) in NAME_PARTICLES or words.name_part(w)):
                break
            first = j
        if not words.name_part(m.group()):
            continue
        given = k + 1
        if given >= len(words.words):
            continue
        gap = text[m.end() : words.words[given].start()]
        if not re.fullmatch(r",[ \t]", gap) or not words.name_part(words.words[given].group()):
            continue
        last = given
        while (j := words.next_to(last, 1)) is not None and last - given < 2:
            if not words.name_part(words.words[j].group()):
                break
            last = j
        start, end = words.words[first].start(), words.words[last].end()
        if _overlaps(start, end, people):  # two names, as a field writes them ("[1], [2]")
            spans.append(_field_person(start, m.end()))
            spans.append(_field_person(words.words[given].start(), end))
    return spans


def _beside_given_names(words: _Words, people: list[RecognizerResult]) -> list[RecognizerResult]:
    """A listed given name in capitals and the capitals name word beside it: "AMARA OKONJO",
    "GRACE ODUYA", "TERESA WARD"; and an unknown word before a found capitals surname:
    "DEMARCO HARRIS". Not "JOHN NFA" (an acronym) nor "GRACE PERIOD" (a word)."""
    lists = words.lists
    spans = []
    for k, m in enumerate(words.words):
        w = m.group()
        key = fold(w)
        if key not in lists.first or words.is_label(w) and key not in lists.words:
            continue
        j = words.next_to(k, 1)
        if j is None:
            continue
        nxt = words.words[j].group()
        found_given = _overlaps(m.start(), m.end(), people)
        if words.unknown(nxt) or (
            found_given
            and (
                fold(nxt) in words.surname_words
                or ("-" in nxt and words.name_part(nxt))
                or (lists.is_name(nxt) and not lists.is_common(nxt))
            )
        ):
            spans.append(explicit_person(m.start(), words.words[j].end()))
    for k, m in enumerate(words.words):
        key = fold(m.group())
        if not lists.is_name(m.group()) or not (
            _overlaps(m.start(), m.end(), people) or key in lists.last
        ):
            continue
        j = words.next_to(k, -1)
        if j is not None and words.unknown(words.words[j].group()):
            spans.append(explicit_person(words.words[j].start(), m.end()))
    return spans


def _after_titles(words: _Words, found: list[RecognizerResult]) -> list[RecognizerResult]:
    """ "MS WARD", "MR PARFITT": a courtesy title and a capitals name; "SUPT GERAINT HUWS
    0912": a rank, up to three capitals words and a collar number (name and officer id)."""
    text = words.text
    lists = words.lists
    spans: list[RecognizerResult] = []
    for k, m in enumerate(words.words):
        title = fold(m.group())
        if title not in lists.titles:
            continue
        j = words.next_to(k, 1)
        if j is None:
            continue
        if title in _COURTESY:
            first = words.words[j].group()
            if words.name_part(first) or (
                fold(first) not in STOP_WORDS and not words.is_label(first) and len(first) > 2
            ):
                last = j
                while (n := words.next_to(last, 1)) is not None and words.unknown(
                    words.words[n].group()
                ):
                    last = n
                spans.append(explicit_person(words.words[j].start(), words.words[last].end()))
            continue
        last = j
        while last - j < 2 and (n := words.next_to(last, 1)) is not None:
            last = n
        for end in range(last, j - 1, -1):
            number = _COLLAR_AFTER.match(text, words.words[end].end())
            names = [words.words[i].group() for i in range(j, end + 1)]
            if (
                number
                and all(not words.is_label(w) and not w.endswith(("ED", "ING")) for w in names)
                and any(words.name_part(w) for w in names)
            ):
                spans.append(explicit_person(words.words[j].start(), words.words[end].end()))
                if not any(
                    r.entity_type == "OFFICER_ID" and r.start <= number.start(1) < r.end
                    for r in found
                ):
                    spans.append(
                        RecognizerResult("OFFICER_ID", number.start(1), number.end(1), 0.85)
                    )
                break
    return spans


def _unlisted_surname(word: str, lists: NameLists) -> bool:
    """A capitals word after a role label that no list holds and no dictionary knows:
    "HCP AMADI", "INTERPRETER VASILESCU"; not an abbreviation ("DP NFA", "WITNESS STMT": short
    or without a vowel) or an English word ("DP ASSESSED")."""
    return (
        word.isupper()
        and word.isalpha()
        and len(word) >= 4
        and any(c in "AEIOUY" for c in word)
        and not lists.is_common(word)
        and fold(word) not in lists.titles_or_generic
        and fold(word) not in lists.role_or_kin
    )


def _after_role_labels(words: _Words) -> list[RecognizerResult]:
    """ "PASSENGER LEWIS HART", "DO KELLY AT DOOR": a role label of the record, then a listed
    name (even one that is also a word, "LEWIS", "HART") and up to two name words after it.
    A stop word ("DRIVER WILL BE", "DO NOT") is no name, a verb ("ROSE SAID") no surname."""
    labels = capitals_role_labels()
    lists = words.lists
    spans = []
    for k, m in enumerate(words.words):
        if fold(m.group()) not in labels:
            continue
        j = words.next_to(k, 1)
        if j is None:
            continue
        first = words.words[j].group()
        key = fold(first)
        if (
            key in STOP_WORDS
            or key in lists.verbs_after_person
            or words.is_label(first)
            or not (lists.is_name(first) or _unlisted_surname(first, lists))
        ):
            continue
        last = j
        while last - j < 2 and (n := words.next_to(last, 1)) is not None:
            nxt = words.words[n].group()
            key = fold(nxt)
            if key in STOP_WORDS or key in lists.verbs_after_person or not words.name_part(nxt):
                break
            last = n
        spans.append(explicit_person(words.words[j].start(), words.words[last].end()))
    return spans
