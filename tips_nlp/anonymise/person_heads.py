"""Role words and log times that a merged PERSON span took in front of the name.

Notes open a sentence or a log line on who someone is before their name: "Toddler Alfie on
her hip", "Partner Ryan Coates in lounge", "23:24:00 Paramedic Kay Lindsay:", "My barman
Tendai called 999". The model and the merging of overlapping guesses can hand back the role
with the name; the role identifies nobody and carries the account, so it leaves the span, as
a title does. A word that is also a given name or a surname ("Major", "Hope") stays in it.
The model also reads a role word and a given name as an organisation ("Toddler Mason"): that
is a person.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from tips_nlp.anonymise.recognizers.names import NAME_PARTICLES, NameLists, fold

_WORD = re.compile(r"\S+")
# A log line's time: valid "23:24:00", "09:15"; invalid "9" (a day of a date), "2025".
_LOG_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
# The head of an in-law kin word before "law": valid "mother-in-", "SISTER IN ", "brother-in-".
_IN_LAW_BEFORE = re.compile(r"(?i:\bin)[ \t-]\Z")
# "law" and the space before a capitalised name: valid "LAW BRIDGET", "Law Margaret".
_LAW_HEAD = re.compile(r"(?i:law)[ \t]+(?=[A-Z])")


def trim_person_heads(
    text: str, results: list[RecognizerResult], lists: NameLists
) -> list[RecognizerResult]:
    """PERSON spans without the role words and times before the name."""
    heads = lists.role_words | lists.kin_words | lists.generic
    trimmed = []
    for r in results:
        if r.entity_type in {"ORGANIZATION", "LOCATION"} and _role_and_given_name(
            text, r, lists, heads
        ):
            r = RecognizerResult("PERSON", r.start, r.end, r.score)
        if r.entity_type == "PERSON" and not _opens_after_quote(text, r.start):
            start = _after_in_law(text, r.start, r.end)
            start = _name_start(text, start, r.end, lists, heads)
            if start != r.start:
                r = RecognizerResult(
                    "PERSON", start, r.end, r.score, recognition_metadata=r.recognition_metadata
                )
        trimmed.append(r)
    return trimmed


def _after_in_law(text: str, start: int, end: int) -> int:
    """Past the "law" of an in-law kin word the span took in: "MOTHER-IN-LAW BRIDGET CONNORS",
    "sister in law Margaret Ward"; the name after it stays."""
    m = _LAW_HEAD.match(text, start, end)
    if m is None or not _IN_LAW_BEFORE.search(text, max(0, start - 4), start):
        return start
    return m.end()


def _opens_after_quote(text: str, start: int) -> bool:
    """A span opening right after a quote mark is a name given in full as the person goes by
    it ('calling herself "Auntie Precious"'): its kin or role word is part of that name.
    Looser than `spans._quoted_alias`, which later needs the naming rule's field mark and a
    closing quote: here the model's merged spans carry neither yet."""
    return start > 0 and text[start - 1] in "\"“‘'"


def _name_start(text: str, start: int, end: int, lists: NameLists, heads: frozenset) -> int:
    """Where the name begins once leading role words and times are left out; the span stays
    whole unless a name word follows them and no role or body word comes later ("Safe
    Harbour", "Court Lane Junior School" are bodies, not a role and a name)."""
    words = list(_WORD.finditer(text, start, end))
    begin = _after_heads(words, lists, heads)
    if begin is None or begin == start:
        return start
    rest = [w.strip(".,:;()'’\"") for w in text[begin:end].split()]
    if any(fold(w) in heads for w in rest):
        return start  # "Court Lane Junior School": a body's name, read whole
    key = fold(rest[0])
    if key in lists.first or key in lists.last or lists.is_unknown_word(rest[0]):
        return begin
    if _after_title(text, begin, lists) and rest[0][:1].isupper():
        return begin  # "Neighbour Mrs Feng": a title says the next word is a name
    return start


def _after_title(text: str, begin: int, lists: NameLists) -> bool:
    """The word just before `begin` is a capitalised title ("Mrs", "Dr", "PC")."""
    before = text[max(0, begin - 16) : begin].split()  # a title is short
    return bool(before) and before[-1][:1].isupper() and fold(before[-1].strip(".")) in lists.titles


def _after_heads(words: list[re.Match], lists: NameLists, heads: frozenset) -> int | None:
    """The start of the first word after leading role words and times."""
    for k, word in enumerate(words[:-1]):
        value = word.group().strip(".,:;()")
        key = fold(value)
        next_word = words[k + 1].group()
        if _LOG_TIME.fullmatch(value):
            continue  # "23:24:00 Paramedic Kay Lindsay": a log time
        if key in lists.first or key in lists.last and not value.islower():
            return word.start()
        if (
            value.islower()
            and key not in NAME_PARTICLES
            and key not in STOP_WORDS  # "the Rising Sun": the article is the venue's
            and next_word[:1].isupper()
        ):
            if lists.is_common(value) or key in heads or key in lists.last:
                continue  # "barman Tendai": a lower-case noun before a capitalised name
            return word.start()
        if value[:1].isupper() and key in heads:
            continue  # "Toddler Alfie", "Partner Ryan Coates"
        return word.start()
    return words[-1].start() if words else None


def _role_and_given_name(
    text: str, found: RecognizerResult, lists: NameLists, heads: frozenset
) -> bool:
    """A guess of a capitalised role word and one or two given names that are no English
    words: "Toddler Kayden", "Partner Ryan"; not "Victim Support", "Youth Justice"."""
    words = text[found.start : found.end].split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    head = fold(words[0])
    return (
        head in heads
        and head not in lists.first
        and head not in lists.last
        and all(fold(w) in lists.first and not lists.is_common(w) for w in words[1:])
    )
